import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createBot } from '../bot'
import { defaultKnowledgeBase } from './kit'

const bot = createBot(defaultKnowledgeBase())
const answerText = (q: string, locale: 'zh-CN' | 'en'): string => {
  const d = bot.decide(q, locale)
  if (d.kind !== 'answer') throw new Error(`"${q}" got ${d.kind}, not an answer`)
  const a = d.entry.answer
  return typeof a === 'string' ? a : a.kind === 'text' ? a.text : a.kind === 'markdown' ? a.markdown : ''
}

describe('the kit knowledge base agrees with README.md on Vue versions', () => {
  const readme = readFileSync(resolve(process.cwd(), 'README.md'), 'utf8')

  it('README says Vue 2.6 needs @vue/composition-api and Vue 2.7 does not (the premise of the answers below)', () => {
    expect(readme).toMatch(/Vue 2\.6\**\s*\(with `@vue\/composition-api`\)/)
    expect(readme).toMatch(/On Vue 2\.6 the kit also needs\s+`@vue\/composition-api`/)
    expect(readme).toMatch(/npm install vue@\^2\.7 @vitejs\/plugin-vue2/)
  })

  it.each([
    ['支持 Vue 2.6 吗', 'zh-CN'],
    ['Vue 2.6 需要安装什么', 'zh-CN'],
    ['支持vue2吗', 'zh-CN'],
    ['Does it work with Vue 2.6', 'en'],
    ['Which Vue versions are supported', 'en'],
  ] as const)('%s: Vue 2.6 needs @vue/composition-api, Vue 3 and 2.7 nothing extra', (q, locale) => {
    const text = answerText(q, locale)
    expect(text).toContain('Vue 2.6')
    expect(text).toContain('@vue/composition-api')
    expect(text).toMatch(/2\.6\.14/)
    expect(text).toMatch(locale === 'en' ? /Vue 3 and Vue 2\.7 need nothing extra/ : /Vue 3 和 Vue 2\.7 无需额外安装/)
  })

  it('never says every Vue 2 needs nothing extra', () => {
    for (const e of defaultKnowledgeBase().entries) {
      const a = typeof e.answer === 'string' ? e.answer : JSON.stringify(e.answer)
      expect(a, e.id).not.toMatch(/nothing extra to install|不需要分别安装/)
      if (/Vue 2\.7/.test(a)) expect(a, `${e.id} names Vue 2.7 but not 2.6`).toMatch(/Vue 2\.6/)
    }
  })
})

describe('the kit knowledge base answers the same question in both languages', () => {
  it.each([
    ['能换颜色吗', 'zh-colors', 'zh-CN'],
    ['能改颜色吗', 'zh-colors', 'zh-CN'],
    ['can I change the colour', 'en-colors', 'en'],
  ] as const)('%s → %s', (q, id, locale) => {
    expect(bot.decide(q, locale)).toMatchObject({ kind: 'answer', entry: { id } })
  })
})
