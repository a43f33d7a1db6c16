import { createBot, DEFAULT_BOT_OPTIONS } from './bot'
import { defaultKnowledgeBase } from './knowledge'
import type { KnowledgeBase } from './types'

// These cases pin the default thresholds against the built-in library: if tokenisation or the
// thresholds move, the routes below are what a playground user would notice.
describe('the default strategy on the built-in library', () => {
  const bot = createBot(defaultKnowledgeBase())

  it.each([
    ['怎么安装', 'zh-install'],
    ['支持vue2吗', 'zh-vue'],
    ['深色模式', 'zh-dark'],
    ['How do I install Kefu Kit', 'en-install'],
    ['installing', 'en-install'],
    ['dark mode', 'en-dark'],
    ['change colors', 'en-colors'],
  ])('answers %s directly with %s', (text, id) => {
    const d = bot.decide(text, 'zh-CN')
    expect(d.kind).toBe('answer')
    if (d.kind === 'answer') {
      expect(d.entry.id).toBe(id)
      expect(d.score).toBeGreaterThanOrEqual(DEFAULT_BOT_OPTIONS.directThreshold)
    }
  })

  it.each([
    ['你好', 'zh-hello'],
    ['谢谢你', 'zh-thanks'],
    ['Hello', 'en-hello'],
    ['thanks a lot', 'en-thanks'],
    ['bye', 'en-bye'],
  ])('replies to %s with small talk %s', (text, id) => {
    const d = bot.decide(text)
    expect(d).toMatchObject({ kind: 'smallTalk', entry: { id } })
  })

  it('asks "did you mean" for a vague 主题 with the three look-and-feel entries', () => {
    const d = bot.decide('主题', 'zh-CN')
    expect(d.kind).toBe('clarify')
    if (d.kind !== 'clarify') return
    expect(d.candidates.map((c) => c.entry.id).sort()).toEqual(['zh-colors', 'zh-dark', 'zh-theme'])
    for (const c of d.candidates) {
      expect(c.score).toBeGreaterThanOrEqual(DEFAULT_BOT_OPTIONS.clarifyThreshold)
      expect(c.score).toBeLessThan(DEFAULT_BOT_OPTIONS.directThreshold)
    }
  })

  it('asks "did you mean" for a vague "theme" in English, with English questions only', () => {
    const d = bot.decide('theme', 'zh-CN')
    expect(d.kind).toBe('clarify')
    if (d.kind !== 'clarify') return
    expect(d.candidates.map((c) => c.entry.id).sort()).toEqual(['en-colors', 'en-dark', 'en-theme'])
  })

  it.each(['今天天气怎么样', 'what is the weather like', 'asdfgh'])('falls back on %s', (text) => {
    const d = bot.decide(text)
    expect(d.kind).toBe('fallback')
    if (d.kind === 'fallback') expect(d.bestScore).toBeLessThan(DEFAULT_BOT_OPTIONS.clarifyThreshold)
  })

  it('answers a question both libraries share in the session language', () => {
    expect(bot.decide('Vue 2', 'zh-CN')).toMatchObject({ kind: 'answer', entry: { id: 'zh-vue' } })
    expect(bot.decide('Vue 2', 'en')).toMatchObject({ kind: 'answer', entry: { id: 'en-vue' } })
  })

  it('lists featured questions of the session locale in the welcome card, at most 20', () => {
    const zh = bot.welcomeQuestions('zh-CN')
    expect(zh).toContain('如何安装 Kefu Kit')
    expect(zh.every((q) => /[\u4e00-\u9fff]/.test(q))).toBe(true)
    expect(bot.welcomeQuestions('en')).toContain('How do I install Kefu Kit')
    const big: KnowledgeBase = { entries: Array.from({ length: 30 }, (_, i) => ({ id: `q${i}`, question: `question ${i}`, answer: 'a', featured: true })) }
    expect(createBot(big).welcomeQuestions('en')).toHaveLength(20)
    expect(createBot(big, { welcomeCardCount: 5 }).welcomeQuestions('en')).toHaveLength(5)
  })
})

describe('thresholds and switches', () => {
  const kb: KnowledgeBase = {
    entries: [
      { id: 'refund', question: 'how to request a refund', answer: 'refund' },
      { id: 'invoice', question: 'how to request an invoice', answer: 'invoice' },
    ],
    smallTalk: [{ id: 'hi', question: 'hello there', answer: 'hi!' }],
  }

  it('moves the same input between routes as the thresholds move', () => {
    const text = 'request'
    const score = createBot(kb).explain(text).knowledge[0]!.score
    expect(score).toBeGreaterThan(0.3)
    expect(createBot(kb, { directThreshold: score }).decide(text).kind).toBe('answer')
    expect(createBot(kb, { directThreshold: score + 0.01, clarifyThreshold: score }).decide(text).kind).toBe('clarify')
    expect(createBot(kb, { directThreshold: score + 0.02, clarifyThreshold: score + 0.01 }).decide(text).kind).toBe('fallback')
  })

  it('puts small talk after a direct answer and before clarify', () => {
    const mixed = 'hello there, refund request'
    const e = createBot(kb).explain(mixed)
    const k = e.knowledge[0]!.score
    const s = e.smallTalk[0]!.score
    expect(k).toBeGreaterThan(0)
    expect(s).toBeGreaterThan(0)
    const band = { directThreshold: k + 0.01, clarifyThreshold: k, smallTalkThreshold: s }
    expect(createBot(kb, band).decide(mixed).kind).toBe('smallTalk')
    expect(createBot(kb, { ...band, smallTalk: false }).decide(mixed).kind).toBe('clarify')
    expect(createBot(kb, { ...band, smallTalkThreshold: s + 0.01 }).decide(mixed).kind).toBe('clarify')
    expect(createBot(kb, { ...band, directThreshold: k }).decide(mixed).kind).toBe('answer')
  })

  it('gives the top N in the clarify card', () => {
    const d = createBot(kb, { clarifyCount: 1 }).decide('request')
    expect(d.kind === 'clarify' && d.candidates.length).toBe(1)
    const both = createBot(kb).decide('request')
    expect(both.kind === 'clarify' && both.candidates.map((c) => c.entry.id).sort()).toEqual(['invoice', 'refund'])
  })

  it('falls back when clarify is off', () => {
    expect(createBot(kb, { clarify: false }).decide('request').kind).toBe('fallback')
  })

  it('rejects thresholds that cannot work', () => {
    expect(() => createBot(kb, { directThreshold: 1.5 })).toThrow(RangeError)
    expect(() => createBot(kb, { directThreshold: 0.4, clarifyThreshold: 0.6 })).toThrow(/clarifyThreshold/)
    expect(() => createBot(kb, { clarifyCount: 0 })).toThrow(RangeError)
    expect(() => createBot(kb, { smallTalkThreshold: Number.NaN })).toThrow(RangeError)
  })
})
