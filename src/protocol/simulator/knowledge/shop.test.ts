import { createBot } from '../bot'
import { SHOP_QUESTIONS_EN, SHOP_QUESTIONS_ZH, type ShopIntent } from './shop.questions'
import { shopKnowledgeBase } from './shop'
import type { SimulatorLocale } from '../types'

// The match rate: the share of the 80 questions (written before the library, see
// shop.questions.ts) the bot answers directly with the expected entry under the default strategy.
// A clarify card, a fallback or a wrong entry is a miss.
describe('the shop knowledge base', () => {
  const bot = createBot(shopKnowledgeBase())

  function rate(list: ReadonlyArray<readonly [string, ShopIntent]>, lang: 'zh' | 'en', locale: SimulatorLocale) {
    const misses: string[] = []
    for (const [q, intent] of list) {
      const d = bot.decide(q, locale)
      const got = d.kind === 'answer' ? d.entry.id : d.kind === 'clarify' ? `clarify(${d.candidates.map((c) => c.entry.id).join(',')})` : d.kind
      if (got !== `shop-${lang}-${intent}`) misses.push(`${q} → ${got} (want ${intent})`)
    }
    return { hits: list.length - misses.length, total: list.length, misses }
  }

  it.each([
    ['zh', 'zh-CN', SHOP_QUESTIONS_ZH],
    ['en', 'en', SHOP_QUESTIONS_EN],
  ] as const)('answers at least 85%% of the %s questions with the expected entry', (lang, locale, list) => {
    expect(list).toHaveLength(40)
    const r = rate(list, lang, locale)
    // the rate and the misses are printed only when the rate is too low (the test's own message)
    const report = `shop match rate ${lang}: ${r.hits}/${r.total} = ${((100 * r.hits) / r.total).toFixed(1)}%${r.misses.length ? `\n  misses:\n  ${r.misses.join('\n  ')}` : ''}`
    expect(r.hits / r.total, report).toBeGreaterThanOrEqual(0.85)
  })
})
