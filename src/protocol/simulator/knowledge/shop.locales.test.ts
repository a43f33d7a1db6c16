import { createBot } from '../bot'
import { builtInKnowledgeBase, shopKnowledgeBase } from '.'
import { SHOP_LOCALE_TEXTS } from './shop.locales'
import type { KnowledgeEntry, SimulatorLocale } from '../types'

// Issue 13: in every kit locale the shop bot's welcome card (the questions it suggests) and the
// answers to those questions are in that locale, and a clicked suggestion (the customer sends its
// text) is answered directly, not with the fallback.
const KIT_LOCALES = ['zh-CN', 'zh-TW', 'en', 'ja', 'ko', 'vi', 'th', 'id', 'ms', 'fil', 'es', 'fr', 'de', 'pt-BR', 'ar'] as const
/** the simulator language the playground runs for a kit locale */
const simLocale = (l: string): SimulatorLocale => (l.startsWith('zh') ? 'zh-CN' : 'en')
const answerText = (e: KnowledgeEntry): string =>
  typeof e.answer === 'string' ? e.answer : e.answer.kind === 'markdown' ? e.answer.markdown : e.answer.kind === 'text' ? e.answer.text : ''

const english = createBot(shopKnowledgeBase()).welcomeQuestions('en')
const chinese = createBot(shopKnowledgeBase()).welcomeQuestions('zh-CN')
const englishKb = shopKnowledgeBase()

describe('the shop knowledge base in the kit locales', () => {
  it('has translations for the 13 locales besides zh-CN and en', () => {
    expect(Object.keys(SHOP_LOCALE_TEXTS).sort()).toEqual(KIT_LOCALES.filter((l) => l !== 'zh-CN' && l !== 'en').sort())
  })

  it.each(KIT_LOCALES)('%s: the welcome card suggests questions in that locale, and each is answered in it', (locale) => {
    const kb = builtInKnowledgeBase('shop', locale)
    const bot = createBot(kb)
    const sim = simLocale(locale)
    const suggestions = bot.welcomeQuestions(sim)
    expect(suggestions).toHaveLength(5)
    const tr = SHOP_LOCALE_TEXTS[locale]
    if (tr) {
      expect(suggestions).toEqual(Object.values(tr.questions))
      // not the English (or simplified Chinese) ones, except where a word is the same by nature
      const base = sim === 'en' ? english : chinese
      const same = suggestions.filter((q, i) => q === base[i])
      expect(same).toEqual([])
    } else {
      expect(suggestions).toEqual(locale === 'en' ? english : chinese)
    }
    for (const q of suggestions) {
      const d = bot.decide(q, sim)
      expect(d.kind, `${locale}: "${q}"`).toBe('answer')
      if (d.kind !== 'answer') continue
      expect(d.entry.question).toBe(q)
      if (d.entry.answer && typeof d.entry.answer === 'object' && d.entry.answer.kind === 'flow') {
        const flowId = d.entry.answer.flowId
        const flow = kb.flows?.find((f) => f.id === flowId)
        const first = flow && typeof flow.start === 'string' ? flow.steps?.[flow.start] : undefined
        // the order flow asks with a form; the invoice flow starts with a task-flow menu (src 32)
        expect(['form', 'taskBranch']).toContain(first?.kind)
        if (tr && first?.kind === 'form') expect(first.header).toBe(tr.orderPrompt)
      } else if (tr) {
        const original = englishKb.entries.find((e) => e.id === d.entry.id) as KnowledgeEntry
        expect(answerText(d.entry)).not.toBe(answerText(original))
        expect(Object.values(tr.answers)).toContain(answerText(d.entry))
      }
    }
  })

  it('still answers the original question of a translated entry (typed in English)', () => {
    const bot = createBot(shopKnowledgeBase('ja'))
    const d = bot.decide('How do I get a refund', 'en')
    expect(d.kind === 'answer' && d.entry.id).toBe('shop-en-refund')
  })

  it('without a locale, or with an unknown one, is the zh/en library', () => {
    expect(shopKnowledgeBase('xx')).toEqual(shopKnowledgeBase())
    expect(builtInKnowledgeBase('shop')).toEqual(shopKnowledgeBase())
  })
})
