import { beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { loadMarkdown, renderMarkdown, renderMarkdownOnce } from '../richText/markdown'
import { xssVectors } from '../richText/xss-vectors'
import { renderStream, streamHtml, type StreamBlocks } from './incremental'

beforeAll(() => loadMarkdown())

const answers = [
  '您好，\n\n智能客服可以：\n\n- 自动回答**常见问题**\n- 识别意图后转人工\n\n谢谢！',
  '## Step 1\n\nword and *some* text\n\n- a\n- b\n\n- loose c\n\nafter the list\n\n```js\nconst x = 1\n\n\nconsole.log(x)\n```\n\nend `code`',
  '1. one\n\n2. two\n\n   indented continuation\n\nparagraph\n\n> quote\n\n> more quote\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\ntext after table',
  'Title\n===\n\nsub\n---\n\n    indented code\n\n    more code\n\n~~~\nfence with ``` inside\n\n~~~\n\n***\n\nlast',
  'see [the docs][d] below\n\nmore\n\n[d]: https://example.com/docs',
  '<pre>\n\nhtml block\n\n</pre>\n\nafter',
  xssVectors.map((v) => v.markdown).join('\n\n'),
]

/** the DOM a string of HTML makes, serialised */
function dom(html: string): string {
  const div = document.createElement('div')
  div.innerHTML = html
  return div.innerHTML
}

/** feeds `text` in pieces cut at `cuts`, checking every step against a full render (marked + DOMPurify) */
function stream(text: string, cuts: number[]): StreamBlocks {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b).concat(text.length)
  let prev: StreamBlocks | null = null
  for (const at of points) {
    const part = text.slice(0, at)
    const next = renderStream(part, 'image', true, prev)
    expect(dom(streamHtml(next))).toBe(dom(renderMarkdown(part, { imageAlt: 'image' })))
    if (prev && prev.blocks.length && next.blocks.length) {
      // completed blocks are kept, never re-rendered (a reference definition turns cutting off)
      expect(next.blocks.slice(0, prev.blocks.length)).toEqual(prev.blocks)
    }
    prev = next
  }
  return prev!
}

describe('renderStream', () => {
  it('renders the same sanitized HTML as a full render, at every chunk boundary', () => {
    for (const text of answers) {
      fc.assert(fc.property(fc.array(fc.nat(), { maxLength: 12 }), (cuts) => void stream(text, cuts)), { numRuns: 12 })
    }
  }, 120_000)

  it('keeps completed blocks and re-renders only the open tail', () => {
    const text = answers[0]!
    const done = stream(text, Array.from({ length: text.length }, (_, i) => i))
    expect(done.blocks.length).toBeGreaterThan(1)
    expect(done.stableEnd).toBeGreaterThan(text.indexOf('谢谢') - 1)
    expect(done.tail).toBe(renderMarkdownOnce('谢谢！', 'image'))
  }, 60_000)

  it('does not cut a text with a link reference definition or an HTML block', () => {
    expect(stream(answers[4]!, [5, 20]).blocks).toEqual([])
    expect(stream(answers[5]!, [5, 20]).blocks).toEqual([])
  })

  it('starts over when the text is not an extension of the last one', () => {
    const a = renderStream('first\n\nsecond\n\nthird', 'image', true, null)
    const b = renderStream('other\n\ntext', 'image', true, a)
    expect(streamHtml(b)).toBe(renderMarkdownOnce('other\n\ntext', 'image'))
  })
})
