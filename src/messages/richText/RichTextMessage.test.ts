import { beforeAll, describe, expect, it } from 'vitest'
import { RichTextMessage } from './RichTextMessage'
import { loadMarkdown } from './markdown'
import { fixtureMessage } from '../_shared/fixture'
import { makeContext, mountRenderer, unmount } from '../../testing/renderers'
import { translate } from '../../i18n'
import { vueLabel } from '../../testing/mount'
import { xssVectors } from './xss-vectors'
import { loadLocale as preloadLocale } from '../../i18n'

// the Chinese dictionaries are lazily loaded chunks: load them before the tests read them
beforeAll(() => Promise.all([preloadLocale('zh-CN'), preloadLocale('zh-TW')]))

// marked and DOMPurify load on demand; these tests are about the rendered Markdown
beforeAll(() => loadMarkdown())

const rich = (content: string) => fixtureMessage('m1', { kind: 'richText', src: '30', content })

describe(`given a rich text message (${vueLabel})`, () => {
  it('renders the Markdown as HTML', () => {
    const w = mountRenderer(RichTextMessage, rich('## 工作时间\n\n- **9:00** 起\n\n[帮助](https://example.com/help)'))
    expect(w.find('h2').text()).toBe('工作时间')
    expect(w.find('li strong').text()).toBe('9:00')
    const a = w.find('a')
    expect(a.attributes('href')).toBe('https://example.com/help')
    expect(a.attributes('target')).toBe('_blank')
    expect(a.attributes('rel')).toBe('noopener noreferrer')
    unmount(w)
  })

  it('renders every hostile vector harmlessly', () => {
    const w = mountRenderer(RichTextMessage, rich(xssVectors.map((v) => v.markdown).join('\n\n')))
    const html = w.html().toLowerCase()
    expect(html).not.toContain('<script')
    expect(html).not.toMatch(/\son[a-z]+=/)
    expect(html).not.toMatch(/(href|src)="\s*(javascript|data|vbscript|file):/)
    unmount(w)
  })

  it('labels images without alt text in the current language', () => {
    const ctx = makeContext({ locale: 'zh-CN', t: (k, p) => translate('zh-CN', k, p) })
    const w = mountRenderer(RichTextMessage, rich('![](https://example.com/a.png)'), ctx)
    expect(w.find('img').attributes('alt')).toBe('图片')
    expect(w.find('img').attributes('loading')).toBe('lazy')
    unmount(w)
  })

  it('re-renders when the content changes', async () => {
    const w = mountRenderer(RichTextMessage, rich('first'))
    await w.setProps({ message: rich('**second**') })
    expect(w.find('strong').text()).toBe('second')
    unmount(w)
  })
})
