// marked and DOMPurify load on demand: until then a rich or streamed message shows its text,
// escaped (never interpreted), and the Markdown replaces it once loaded.
import { afterAll, describe, expect, it, vi } from 'vitest'
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

  it('renderers start loading Markdown when the page is idle, not while the chat mounts', async () => {
    resetMarkdownForTests()
    const idle: Array<() => void> = []
    const timeouts: unknown[] = []
    vi.stubGlobal('requestIdleCallback', (cb: () => void, opts?: { timeout?: number }) => { idle.push(cb); timeouts.push(opts?.timeout); return idle.length })
    try {
      const w = mountRenderer(RichTextMessage, fixtureMessage('r2', { kind: 'richText', src: '30', content: '**bold**' }))
      const s = mountRenderer(StreamMessage, fixtureMessage('s2', { kind: 'stream', src: '31', chunks: ['**hi**'], isFinished: false }))
      // one idle request for both, with a deadline; nothing loaded meanwhile
      expect(idle).toHaveLength(1)
      expect(timeouts[0]).toBeGreaterThan(0)
      await new Promise((r) => setTimeout(r, 30))
      expect(markdownReady()).toBe(false)
      expect(w.find('.kefu-markdown').text()).toBe('**bold**')
      idle[0]!()
      await settle()
      expect(w.find('strong').text()).toBe('bold')
      expect(s.find('strong').text()).toBe('hi')
      // loaded: a later renderer draws Markdown at once, without asking for idle time
      const later = mountRenderer(RichTextMessage, fixtureMessage('r3', { kind: 'richText', src: '30', content: '*it*' }))
      expect(idle).toHaveLength(1)
      expect(later.find('em').text()).toBe('it')
      unmount(w)
      unmount(s)
      unmount(later)
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('renderMarkdown returns escaped text before loading and starts the load', async () => {
    resetMarkdownForTests()
    expect(renderMarkdown('*a* <b>')).toBe('<p>*a* &lt;b&gt;</p>')
    await loadMarkdown()
    expect(renderMarkdown('*a*')).toBe('<p><em>a</em></p>\n')
  })
})
