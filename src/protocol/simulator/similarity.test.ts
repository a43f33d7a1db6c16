import fc from 'fast-check'
import { createSimilarityIndex, normalizeText, stem, tokenize } from './similarity'

describe('tokenize', () => {
  it('cuts Chinese into bigrams plus half-weight characters, dropping particles as characters only', () => {
    const t = tokenize('主题吗')
    expect(t.get('b:主题')).toBe(1)
    expect(t.get('b:题吗')).toBe(1)
    expect(t.get('u:主')).toBe(0.5)
    expect(t.has('u:吗')).toBe(false)
  })

  it('lowercases and stems English words and drops stop words', () => {
    const t = tokenize('How do I install the Themes?')
    expect([...t.keys()].sort()).toEqual(['w:install', 'w:them'])
    expect(tokenize('installing')).toEqual(tokenize('installed'))
    expect(tokenize('colours')).toEqual(tokenize('color'))
    expect(tokenize('customise')).toEqual(tokenize('customize'))
  })

  it('splits mixed scripts and letters from digits', () => {
    expect([...tokenize('支持vue2吗').keys()]).toEqual(expect.arrayContaining(['b:支持', 'w:vue', 'w:2']))
    expect([...tokenize('markdown安全').keys()]).toEqual(expect.arrayContaining(['w:markdown', 'b:安全']))
  })

  it('folds full-width forms', () => {
    expect(normalizeText('ＶＵＥ　３')).toBe('vue 3')
    expect(tokenize('ＶＵＥ３')).toEqual(tokenize('vue 3'))
  })

  it('leaves short words and -ss words alone', () => {
    expect(stem('bus')).toBe('bus')
    expect(stem('class')).toBe('class')
    expect(stem('queries')).toBe('query')
  })
})

describe('createSimilarityIndex', () => {
  const index = createSimilarityIndex([
    { key: 'install', text: '如何安装组件库' },
    { key: 'install', text: 'How do I install the kit' },
    { key: 'theme', text: '如何修改主题颜色' },
    { key: 'theme', text: 'How do I change the theme colours' },
    { key: 'hours', text: '人工客服的工作时间' },
  ])

  it('scores an identical question 1 and an unrelated one 0', () => {
    expect(index.search('如何安装组件库')[0]).toMatchObject({ key: 'install', score: 1 })
    expect(index.search('今天天气').length).toBe(0)
    expect(index.search('weather forecast').length).toBe(0)
  })

  it('ranks a Chinese paraphrase to the right entry, above the others', () => {
    const [best, second] = index.search('组件库怎么安装')
    expect(best?.key).toBe('install')
    expect(best?.score).toBeGreaterThan(0.5)
    expect(second === undefined || second.score < best!.score / 2).toBe(true)
  })

  it('ranks an English paraphrase with other inflections to the right entry', () => {
    const [best] = index.search('installing the kit')
    expect(best?.key).toBe('install')
    expect(best?.score).toBeGreaterThan(0.6)
    expect(index.search('changing colors')[0]?.key).toBe('theme')
  })

  it('keeps one result per key: the best of its questions', () => {
    const results = index.search('install')
    expect(results.filter((r) => r.key === 'install')).toHaveLength(1)
    expect(results[0]?.matched).toBe('How do I install the kit')
  })

  it('penalises words the library has never seen', () => {
    expect(index.score('install', 'How do I install the kit')).toBeGreaterThan(index.score('install a database server', 'How do I install the kit'))
  })

  it('is symmetric, bounded to [0, 1] and 1 on itself (property)', () => {
    const text = fc.string({ unit: fc.constantFrom(...'主题颜色安装人工的吗 abcinstalthemecolour2'.split('')), maxLength: 24 })
    fc.assert(fc.property(text, text, (a, b) => {
      const ab = index.score(a, b)
      expect(ab).toBeGreaterThanOrEqual(0)
      expect(ab).toBeLessThanOrEqual(1)
      expect(Math.abs(ab - index.score(b, a))).toBeLessThan(1e-12)
      if (tokenize(a).size > 0) expect(index.score(a, a)).toBeCloseTo(1, 12)
    }))
  })
})

describe('question words, boundary bigrams and trailing punctuation', () => {
  it('cuts Chinese runs at question and request words, so 怎么退货, 如何退货 and 我要退货 are one question', () => {
    expect(tokenize('怎么退货')).toEqual(tokenize('退货'))
    expect(tokenize('如何退货')).toEqual(tokenize('退货'))
    expect(tokenize('我要退货')).toEqual(tokenize('退货'))
    expect(tokenize('怎么退货').has('b:么退')).toBe(false)
  })

  it('gives an unseen Chinese bigram no weight, but keeps unseen characters and English words', () => {
    const index = createSimilarityIndex([{ key: 'coupon', text: '优惠券' }, { key: 'other', text: '发票' }])
    // 有优 and 券吗 are boundary bigrams no question has: they must not drag the score down
    expect(index.search('有优惠券吗')[0]?.score).toBeGreaterThan(0.85)
    // unknown characters (天气) still count against the match
    expect(index.search('优惠券天气')[0]?.score).toBeLessThan(index.search('有优惠券吗')[0]?.score as number)
  })

  it('matches a question exactly whatever its trailing punctuation, even when every word is a stop word', () => {
    const index = createSimilarityIndex([{ key: 'help', text: 'What can you do' }])
    expect(index.search('What can you do?')[0]).toMatchObject({ key: 'help', score: 1 })
    expect(index.search('what can you do ！')[0]).toMatchObject({ key: 'help', score: 1 })
  })
})
