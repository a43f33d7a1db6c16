// Issue 13: the simulator's demo texts and the shop library in the kit's fifteen languages.
// - every locale has every key of the Chinese/English texts (the shape of the pack), none empty;
// - nothing left in English (or simplified Chinese in zh-TW) where a translation is expected:
//   no text equal to its English counterpart unless listed below, no common English word, the
//   locale's own script in the non-Latin ones;
// - every placeholder ({orderNo}, ${Seconds}, $(StaffName), the invoice form's {fields}) kept;
// - a demo conversation (welcome → a common question → the order flow → small talk) answers in
//   the locale's language, through the real simulator;
// - the languages load lazily (loadSimulatorLocale), and nothing is localized before that.
import { defaultAgentReplies, defaultGroups, defaultTexts } from '../defaults'
import { shopBaseTexts } from '../knowledge/shop'
import { builtInKnowledgeBase, shopKnowledgeBase } from '../knowledge'
import { createBot } from '../bot'
import { kinds, open, say, tick, type Seen } from '../simulator.fixtures'
import { encodeStart } from '../../wire/encode'
import type { KnowledgeEntry, SimulatorLocale } from '../types'
import { FEATURED_SHOP_INTENTS, SHOP_SMALL_TALK, type SimulatorLocalePack } from './types'
import { isSimulatorLocaleLoaded, loadSimulatorLocale, localePack } from '.'
import { SIMULATOR_TEXT_LOCALES, simulatorLocaleOptions, simulatorTexts } from './texts'
import { LOCALIZED_TRANSFER_KEYWORDS } from '../transferKeywords'
import { recognizeNotice, resolveTemplates } from '../../engine/notices'

const KIT_LOCALES = ['zh-CN', 'zh-TW', 'en', 'ja', 'ko', 'vi', 'th', 'id', 'ms', 'fil', 'es', 'fr', 'de', 'pt-BR', 'ar'] as const
const OTHERS = KIT_LOCALES.filter((l) => l !== 'zh-CN' && l !== 'en')
/** the simulator language the playground runs for a kit locale */
const simLocale = (l: string): SimulatorLocale => (l.startsWith('zh') ? 'zh-CN' : 'en')

const DEMO_TEXT_KEYS = ['welcome', 'welcomeCardTitle', 'clarifyTitle', 'fallback', 'queue', 'transferring', 'transferSucceeded', 'transferFailed',
  'offHours', 'groupMenuHeader', 'sessionEnded',
  'sessionTimeout', 'timeoutWarning', 'alreadyQueued', 'ratingHead', 'ratingTail', 'ratingOptions'] as const

/** The English pack: the simulator's and the shop's English texts in the shape of a locale pack. */
function basePack(lang: 'zh' | 'en'): SimulatorLocalePack {
  const sim: SimulatorLocale = lang === 'zh' ? 'zh-CN' : 'en'
  const all = defaultTexts(sim)
  const kb = shopKnowledgeBase()
  const entry = (id: string) => kb.entries.find((e) => e.id === `shop-${lang}-${id}`) as KnowledgeEntry
  const text = (e: KnowledgeEntry) => (typeof e.answer === 'string' ? e.answer : e.answer.kind === 'markdown' ? e.answer.markdown : '')
  const agent = defaultAgentReplies(sim)
  return {
    texts: Object.fromEntries(DEMO_TEXT_KEYS.map((k) => [k, all[k]])) as SimulatorLocalePack['texts'],
    shop: {
      ...shopBaseTexts(lang),
      questions: Object.fromEntries(FEATURED_SHOP_INTENTS.map((id) => [id, entry(id).question])) as SimulatorLocalePack['shop']['questions'],
      answers: { refund: text(entry('refund')), return: text(entry('return')), help: text(entry('help')) },
    },
    agent: { greeting: agent.greeting, replies: agent.replies as [string, string, string] },
    groups: defaultGroups(sim).map((g) => g.name) as [string, string],
  }
}
const EN = basePack('en')
const ZH = basePack('zh')

// lists whose length is free: keywords and the other phrasings of a small-talk question
const FREE = /^shop\.(order|invoice)\.keywords$|^shop\.smallTalk\.\w+\.1$/
/** every text of a pack by path ("shop.order.fields.0.1"); the free lists as "<path>.*" */
function leaves(v: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof v === 'string') out.set(path, v)
  else if (Array.isArray(v)) v.forEach((x, i) => leaves(x, `${path}.${FREE.test(path) ? '*' : i}`, out))
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) leaves(x, path ? `${path}.${k}` : k, out)
  return out
}
const paths = (p: SimulatorLocalePack) => [...new Set(leaves(p).keys())].sort()
const placeholders = (s: string) => Array.from(s.matchAll(/\$?\{[^}]+\}|\$\([^)]+\)/g), (m) => m[0]).sort()

// Texts the same as the English on purpose (a loanword, a code, a name).
const SAME_AS_ENGLISH: Record<string, string[]> = {
  fil: ['shop.order.fields.0.0', 'shop.order.fields.1.0', 'shop.invoice.email.0', 'shop.order.name'],
  id: ['shop.order.fields.0.0', 'shop.invoice.email.0'],
  ms: ['shop.order.fields.0.0'],
  vi: ['shop.invoice.email.0'],
  de: ['shop.order.fields.0.0', 'texts.ratingOptions.2'],
  fr: [],
  es: [],
  'pt-BR': ['shop.order.fields.0.0'],
}
// Words of English that no translation here should contain.
const ENGLISH = /\b(the|your|please|with|which|will|have|this|here|you|shipping|refund request|thank you)\b/i
// Non-Latin locales write every text in their own script (Han for zh-TW; kana or Han for ja).
const SCRIPT: Record<string, RegExp> = {
  'zh-TW': /\p{Script=Han}/u, ja: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u, ko: /\p{Script=Hangul}/u,
  th: /\p{Script=Thai}/u, ar: /\p{Script=Arabic}/u,
}
// simplified characters whose traditional form differs: none may appear in zh-TW
const SIMPLIFIED = /[们这为发货单订还没时帮务开见过会说对么联账号邮处递费价钱购买卖满换输择选专报气欢门页轻码应讯问题请谢运]/u

beforeAll(async () => {
  expect(SIMULATOR_TEXT_LOCALES.some((l) => isSimulatorLocaleLoaded(l))).toBe(false)
  await Promise.all(SIMULATOR_TEXT_LOCALES.map((l) => loadSimulatorLocale(l)))
})

describe('the simulator’s demo texts in the kit’s languages', () => {
  it('has a pack for each of the 13 locales besides zh-CN and en, each loaded on demand', () => {
    expect([...SIMULATOR_TEXT_LOCALES].sort()).toEqual([...OTHERS].sort())
    for (const l of OTHERS) expect(isSimulatorLocaleLoaded(l), l).toBe(true)
    expect(simulatorTexts('en')).toEqual({})
    expect(simulatorTexts('xx')).toEqual({})
  })

  it('keeps every language out of the simulator entry: each pack is an import() in ./index.ts alone', () => {
    type RawGlob = (pattern: string[], options: { query: '?raw'; import: 'default'; eager: true }) => Record<string, string>
    const sources = (import.meta as unknown as { glob: RawGlob }).glob(['../**/*.ts', '!../**/*.test.ts'], { query: '?raw', import: 'default', eager: true })
    const packs = SIMULATOR_TEXT_LOCALES.join('|')
    const staticImport = new RegExp(`(?:from|import)\\s*['"][^'"]*\\/(${packs})['"]`, 'g')
    for (const [file, text] of Object.entries(sources)) expect(Array.from(text.matchAll(staticImport), (m) => m[1]), file).toEqual([])
    const index = sources['./index.ts'] as string
    expect(Array.from(index.matchAll(/import\(\s*['"]\.\/([\w-]+)['"]\s*\)/g), (m) => m[1]).sort()).toEqual([...OTHERS].sort())
  })

  it.each(OTHERS)('%s: every key of the English texts, none empty, none else', (l) => {
    const pack = localePack(l) as SimulatorLocalePack
    expect(paths(pack)).toEqual(paths(EN))
    expect(paths(ZH)).toEqual(paths(EN))
    for (const [path, text] of leaves(pack)) expect(text.trim(), `${l} ${path}`).not.toBe('')
    for (const k of ['shop.order.keywords.*', 'shop.smallTalk.hello.1.*']) expect([...leaves(pack).keys()].filter((p) => p === k), k).toHaveLength(1)
  })

  it.each(OTHERS)('%s: nothing left in English (or in simplified Chinese)', (l) => {
    const pack = localePack(l) as SimulatorLocalePack
    // zh-TW may share a text with zh-CN (no simplified character in it, checked below)
    const english = leaves(EN)
    const allowed = SAME_AS_ENGLISH[l] ?? []
    const same: string[] = []
    for (const [path, text] of leaves(pack)) {
      if (text === english.get(path) && !allowed.includes(path)) same.push(path)
      if (SCRIPT[l]) expect(text, `${l} ${path}`).toMatch(SCRIPT[l] as RegExp)
      else expect(text, `${l} ${path}`).not.toMatch(ENGLISH)
      if (l === 'zh-TW') expect(text, `${l} ${path}`).not.toMatch(SIMPLIFIED)
    }
    expect(same, l).toEqual([])
  })

  it.each(OTHERS)('%s: every placeholder kept, the invoice form’s fields named in its reply', (l) => {
    const pack = localePack(l) as SimulatorLocalePack
    const english = leaves(EN)
    for (const [path, text] of leaves(pack)) {
      if (path === 'shop.invoice.done') continue
      expect(placeholders(text), `${l} ${path}`).toEqual(placeholders(english.get(path) ?? ''))
    }
    const v = pack.shop.invoice
    expect(placeholders(v.done), l).toEqual([`{${v.title[0]}}`, `{${v.type[0]}}`, `{${v.email[0]}}`].sort())
    for (const name of [v.title[0], v.taxNumber[0], v.email[0], v.type[0]]) expect(name, l).toMatch(/^[\p{L}\p{M}\p{N}_ -]+$/u)
    expect(new Set([v.title[0], v.taxNumber[0], v.email[0], v.type[0]]).size).toBe(4)
  })

  it.each(OTHERS)('%s: the fallback names a transfer keyword the simulator answers', (l) => {
    const fallback = simulatorTexts(l).fallback as string
    expect(LOCALIZED_TRANSFER_KEYWORDS.some((k) => fallback.includes(k)), l).toBe(true)
  })
})

describe('the shop library in the kit’s languages', () => {
  it.each(KIT_LOCALES)('%s: the welcome card suggests questions in that locale, each answered in it', (locale) => {
    const kb = builtInKnowledgeBase('shop', locale)
    const bot = createBot(kb)
    const sim = simLocale(locale)
    const pack = localePack(locale)
    const suggestions = bot.welcomeQuestions(sim)
    const own = pack ? pack.shop : sim === 'en' ? EN.shop : ZH.shop
    expect(suggestions).toEqual(FEATURED_SHOP_INTENTS.map((id) => own.questions[id]))
    for (const q of suggestions) {
      const d = bot.decide(q, sim)
      expect(d.kind === 'answer' && d.entry.question, `${locale}: "${q}"`).toBe(q)
    }
  })

  it('still answers the original question of a translated entry (typed in English)', () => {
    const bot = createBot(shopKnowledgeBase('ja'))
    const d = bot.decide('How do I get a refund', 'en')
    expect(d.kind === 'answer' && d.entry.id).toBe('shop-en-refund')
    const hello = bot.decide('Hello', 'en')
    expect(hello.kind === 'smallTalk' && hello.entry.answer).toBe(localePack('ja')?.shop.smallTalk.hello[2])
  })

  it('without a locale, or with an unknown one, is the zh/en library', () => {
    expect(shopKnowledgeBase('xx')).toEqual(shopKnowledgeBase())
    expect(builtInKnowledgeBase('shop')).toEqual(shopKnowledgeBase())
  })
})

describe('a demo conversation in each language', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2024-06-03T10:00:00Z'))
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  // what a customer reads in a service message (not ids, kinds, urls, numbers)
  const HIDDEN = new Set(['id', 'event', 'kind', 'src', 'url', 'pic', 'seq', 'nodeStatus', 'type', 'formType', 'variable', 'variableValue', 'sessionId', 'reason', 'optionType', 'subtype'])
  function visible(list: Seen[]): string[] {
    const out: string[] = []
    const walk = (v: unknown, key = ''): void => {
      if (typeof v === 'string') {
        if (!HIDDEN.has(key) && /\p{L}/u.test(v)) out.push(v)
      } else if (Array.isArray(v)) v.forEach((x) => walk(x, key))
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!HIDDEN.has(k)) walk(x, k)
    }
    list.forEach((s) => walk(s))
    return out
  }
  const ORDER_NO = '20250115-0042'
  /** every visible text written in `locale` (not the English or the simplified Chinese of the library) */
  function expectInLanguage(locale: string, texts: string[], step: string) {
    expect(texts.length, step).toBeGreaterThan(0)
    const english = new Set([...leaves(EN).values()].map((s) => s.replace('{orderNo}', ORDER_NO)))
    const chinese = new Set([...leaves(ZH).values()].map((s) => s.replace('{orderNo}', ORDER_NO)))
    for (const t of texts) {
      const where = `${locale} ${step}: “${t}”`
      if (locale === 'en') { expect(t, where).not.toMatch(/\p{Script=Han}/u); continue }
      if (locale === 'zh-CN') { expect(t, where).toMatch(/\p{Script=Han}/u); continue }
      if (!(SAME_AS_ENGLISH[locale] ?? []).some((p) => leaves(localePack(locale) as SimulatorLocalePack).get(p)?.replace('{orderNo}', ORDER_NO) === t)) expect(english.has(t), where).toBe(false)
      if (SCRIPT[locale]) expect(t, where).toMatch(SCRIPT[locale] as RegExp)
      else expect(t, where).not.toMatch(ENGLISH)
      if (locale === 'zh-TW') expect(chinese.has(t) && SIMPLIFIED.test(t), where).toBe(false)
    }
  }

  it.each(KIT_LOCALES)('%s: welcome, a common question, the order flow and small talk answer in that language', async (locale) => {
    const sim = simLocale(locale)
    const options = simulatorLocaleOptions(locale, 'shop')
    const { c } = await open({ locale: sim, ...options })
    await c.send(encodeStart({ language: locale }))
    await tick()
    const own = localePack(locale)?.shop ?? (sim === 'en' ? EN.shop : ZH.shop)
    // the welcome and its card
    const welcome = c.take()
    expect(kinds(welcome).length).toBeGreaterThanOrEqual(2)
    expect(visible(welcome)).toContain(own.welcome)
    expect(visible(welcome)).toEqual(expect.arrayContaining(FEATURED_SHOP_INTENTS.map((id) => own.questions[id])))
    expectInLanguage(locale, visible(welcome), 'welcome')
    expect(welcome.every((s) => s.senderName === undefined || s.senderName === own.serviceName)).toBe(true)
    // a common question
    const refund = await say(c, own.questions.refund)
    expect(visible(refund).join('\n')).toContain(own.answers.refund.slice(0, 12))
    expectInLanguage(locale, visible(refund), 'a common question')
    // the order flow: the prompt, the order card, then what to do next and the chosen answer
    const prompt = await say(c, own.questions['order-status'])
    expect(visible(prompt)).toContain(own.orderPrompt)
    const card = await say(c, ORDER_NO)
    const shown = visible(card)
    expect(shown).toEqual(expect.arrayContaining([own.order.guide, own.order.name.replace('{orderNo}', ORDER_NO), own.order.header, own.order.address[0]]))
    expectInLanguage(locale, shown, 'the order card')
    const address = await say(c, own.order.address[0])
    expect(visible(address)).toContain(own.order.address[1].replace('{orderNo}', ORDER_NO))
    expectInLanguage(locale, visible(address), 'the order flow’s answer')
    // small talk
    for (const id of SHOP_SMALL_TALK) {
      const [question, , answer] = own.smallTalk[id]
      const reply = await say(c, question)
      expect(visible(reply), `${locale} ${id}`).toContain(answer)
      expectInLanguage(locale, visible(reply), `small talk ${id}`)
    }
    // a human: the transfer notice (which the engine recognises with the templates) and the agent's greeting
    const keyword = LOCALIZED_TRANSFER_KEYWORDS[KIT_LOCALES.indexOf(locale)] as string
    const human = await say(c, keyword, 2000)
    const texts = human.flatMap((s) => (s.kind === 'text' ? [s.text] : []))
    const templates = resolveTemplates(options.templates)
    const notices = texts.map((t) => recognizeNotice(t, templates)?.notice)
    expect(notices, `${locale}: ${texts.join(' | ')}`).toContain('transferSucceeded')
    const greeting = texts.find((t, i) => notices[i] === undefined)
    const staff = localePack(locale)?.agent.greeting ?? defaultAgentReplies(sim).greeting
    expect(greeting).toBe(staff.replace('$(StaffName)', sim === 'en' ? 'Ann' : '客服小安'))
    expectInLanguage(locale, texts.map((t) => t.replace(/Ann|客服小安/, '')), 'the transfer')
  })
})
