import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue-demi'
import { StreamMessage } from './StreamMessage'
import { loadMarkdown, markdownWork, renderMarkdown } from '../richText/markdown'
import { fixtureMessage } from '../_shared/fixture'
import { mountRenderer, unmount } from '../../testing/renderers'
import { vueLabel } from '../../testing/mount'

// marked and DOMPurify load on demand; these tests are about the rendered Markdown
beforeAll(() => loadMarkdown())

const stream = (chunks: string[], isFinished: boolean) => fixtureMessage('st', { kind: 'stream', src: '31', chunks, isFinished })

describe(`given a streaming answer (${vueLabel})`, () => {
  it('is busy with a cursor while streaming, and grows as chunks arrive', async () => {
    const w = mountRenderer(StreamMessage, stream(['您好，'], false))
    expect(w.find('.kefu-stream').attributes('aria-busy')).toBe('true')
    expect(w.find('.kefu-stream__cursor').exists()).toBe(true)
    expect(w.find('.kefu-markdown').text()).toBe('您好，')
    await w.setProps({ message: stream(['您好，', '**智能客服**'], false) })
    expect(w.find('.kefu-markdown').text()).toBe('您好，智能客服')
    expect(w.find('strong').text()).toBe('智能客服')
    await w.setProps({ message: stream(['您好，', '**智能客服**', '为您服务'], true) })
    expect(w.find('.kefu-stream').attributes('aria-busy')).toBe('false')
    expect(w.find('.kefu-stream__cursor').exists()).toBe(false)
    expect(w.find('.kefu-markdown').text()).toBe('您好，智能客服为您服务')
    unmount(w)
  })

  it('sanitizes like rich text', () => {
    const w = mountRenderer(StreamMessage, stream(['<img src=x one', 'rror=alert(1)>', '[x](javascript:alert(1))'], true))
    expect(w.html()).not.toMatch(/onerror/)
    expect(w.find('a').attributes('href')).toBeUndefined()
    unmount(w)
  })

  it('tells screen readers the answer is still coming', () => {
    const w = mountRenderer(StreamMessage, stream([], false))
    expect(w.find('.kefu-stream__cursor .kefu-sr-only').text()).toBe('Answering…')
    unmount(w)
  })
})

/** the DOM a string of HTML makes, serialised */
function dom(html: string): string {
  const div = document.createElement('div')
  div.innerHTML = html
  return div.innerHTML
}

describe(`given a stream arriving chunk by chunk (${vueLabel})`, () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  /** mounts the stream, then feeds `chunks` one render at a time; `each` runs after every chunk */
  async function feed(chunks: string[], each: (w: any, k: number) => void, finish = true) {
    vi.useFakeTimers()
    const w = mountRenderer(StreamMessage, stream([], false))
    for (let k = 1; k <= chunks.length; k++) {
      await w.setProps({ message: stream(chunks.slice(0, k), finish && k === chunks.length) })
      // the next frame, so every chunk is drawn (chunks within one frame are drawn together)
      vi.advanceTimersByTime(20)
      await nextTick()
      each(w, k)
    }
    return w
  }

  it('never lets hostile Markdown split across chunks run, at any step', async () => {
    const pieces = [
      'hello <scr', 'ipt>alert(1)</scr', 'ipt> ', '<img src=x one', 'rror=alert(1)>', ' [x](java', 'script:alert(1)) ',
      '[y](  javascript', ':alert(1)) ', '<a href="jav&#x61;', 'script:alert(1)">z</a> ', '<svg><scr', 'ipt>alert(1)</script></svg>', ' <iframe src', '=//x.io></iframe> end',
    ]
    const w = await feed(pieces, (w, k) => {
      const el = w.find('.kefu-markdown').element as HTMLElement
      expect(el.querySelector('script, iframe, svg, [onerror]'), `chunk ${k}`).toBeNull()
      for (const a of Array.from(el.querySelectorAll('a'))) expect(a.getAttribute('href') ?? '', `chunk ${k}`).not.toMatch(/script/i)
    })
    const text = pieces.join('')
    expect(dom((w.find('.kefu-markdown').element as HTMLElement).innerHTML.replace(/<\/?div[^>]*>/g, ''))).toBe(dom(renderMarkdown(text, { imageAlt: 'Image' })))
    unmount(w)
  })

  it('costs the same per chunk at the end of a long answer as at its start, with DOMPurify only where it is needed', async () => {
    const piece = (k: number) => (k % 10 === 0 ? `\n\n## Step ${k}\n\n` : k % 10 === 5 ? '\n\n- item with **bold**\n- two\n\n' : `word${k} and *some* more text `)
    const chunks = Array.from({ length: 120 }, (_, k) => piece(k))
    const cost: { parses: number; sanitizes: number }[] = []
    let before = { ...markdownWork }
    const w = await feed(chunks, () => {
      cost.push({ parses: markdownWork.parses - before.parses, sanitizes: markdownWork.sanitizes - before.sanitizes })
      before = { ...markdownWork }
    }, false)
    // every chunk: the open tail (and at most the block it completed) through marked, never the answer so far
    for (const c of cost) expect(c.parses).toBeLessThanOrEqual(2)
    expect(cost.reduce((n, c) => n + c.sanitizes, 0)).toBe(0)
    const html = (w.find('.kefu-markdown').element as HTMLElement).innerHTML.replace(/<\/?div[^>]*>/g, '')
    expect(dom(html)).toBe(dom(renderMarkdown(chunks.join(''), { imageAlt: 'Image' })))
    unmount(w)
  })

  it('changes only the end of the open block per chunk: its paragraph stays the same element', async () => {
    const chunks = ['## Title\n\n', 'word1 and ', '*some* more ', 'text word2 ', 'and **more**']
    let para: Element | null = null
    const w = await feed(chunks, (w, k) => {
      if (k < 2) return
      const p = (w.find('.kefu-markdown').element as HTMLElement).querySelector('p')
      if (k === 2) para = p
      expect(p, `chunk ${k}`).toBe(para)
    }, false)
    expect(dom((w.find('.kefu-markdown').element as HTMLElement).innerHTML.replace(/<\/?div[^>]*>/g, ''))).toBe(dom(renderMarkdown(chunks.join(''), { imageAlt: 'Image' })))
    unmount(w)
  })

  it('draws chunks that arrive within one frame once, and the end of the answer at once', async () => {
    vi.useFakeTimers()
    const w = mountRenderer(StreamMessage, stream(['*a* '], false))
    const parses = markdownWork.parses
    await w.setProps({ message: stream(['*a* ', '*b* '], false) })
    await w.setProps({ message: stream(['*a* ', '*b* ', '*c* '], false) })
    await w.setProps({ message: stream(['*a* ', '*b* ', '*c* ', '*d* '], false) })
    // the first chunk of the frame was drawn; the others wait for the next frame
    expect(w.find('.kefu-markdown').text()).toBe('a b')
    vi.advanceTimersByTime(20)
    await nextTick()
    expect(w.find('.kefu-markdown').text()).toBe('a b c d')
    expect(markdownWork.parses - parses).toBe(2)
    // the engine's state had every chunk at once; the end is drawn without waiting for a frame
    await w.setProps({ message: stream(['*a* ', '*b* ', '*c* ', '*d* ', '*e*'], false) })
    await w.setProps({ message: stream(['*a* ', '*b* ', '*c* ', '*d* ', '*e*', ' end'], true) })
    expect(w.find('.kefu-markdown').text()).toBe('a b c d e end')
    expect(w.find('.kefu-stream').attributes('aria-busy')).toBe('false')
    unmount(w)
  })
})
