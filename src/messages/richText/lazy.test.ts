// marked and DOMPurify load on demand: until then a rich or streamed message shows its text,
// escaped (never interpreted), and the Markdown replaces it once loaded.
import { afterAll, describe, expect, it } from 'vitest'
import { nextTick } from 'vue-demi'
import { RichTextMessage } from './RichTextMessage'
import { StreamMessage } from '../stream/StreamMessage'
import { loadMarkdown, markdownReady, renderMarkdown, resetMarkdownForTests } from './markdown'
import { fixtureMessage } from '../_shared/fixture'
import { mountRenderer, unmount } from '../../testing/renderers'
import { vueLabel } from '../../testing/mount'

afterAll(() => loadMarkdown())

const settle = async () => {
  await loadMarkdown()
  await nextTick()
  await nextTick()
}

describe(`Markdown loaded on demand (${vueLabel})`, () => {
  it('shows a rich text message as escaped plain text until Markdown is loaded', async () => {
    resetMarkdownForTests()
    expect(markdownReady()).toBe(false)
    const w = mountRenderer(RichTextMessage, fixtureMessage('r1', { kind: 'richText', src: '30', content: '**bold** <img src=x onerror=alert(1)>\n\nsecond' }))
    expect(w.find('strong').exists()).toBe(false)
    expect(w.find('img').exists()).toBe(false)
    expect(w.findAll('.kefu-markdown p')).toHaveLength(2)
    expect(w.find('.kefu-markdown p').text()).toBe('**bold** <img src=x onerror=alert(1)>')
    await settle()
    expect(markdownReady()).toBe(true)
    expect(w.find('strong').text()).toBe('bold')
    expect(w.html()).not.toMatch(/onerror/)
    unmount(w)
  })

  it('shows a streamed answer as plain text until Markdown is loaded', async () => {
    resetMarkdownForTests()
    const w = mountRenderer(StreamMessage, fixtureMessage('s1', { kind: 'stream', src: '31', chunks: ['**hi**', ' there'], isFinished: false }))
    expect(w.find('strong').exists()).toBe(false)
    expect(w.find('.kefu-markdown').text()).toBe('**hi** there')
    await settle()
    expect(w.find('strong').text()).toBe('hi')
    unmount(w)
  })

  it('renderMarkdown returns escaped text before loading and starts the load', async () => {
    resetMarkdownForTests()
    expect(renderMarkdown('*a* <b>')).toBe('<p>*a* &lt;b&gt;</p>')
    await loadMarkdown()
    expect(renderMarkdown('*a*')).toBe('<p><em>a</em></p>\n')
  })
})
