// renderMarkdownOnce (a streamed answer's blocks and open tail) skips marked for plain prose and
// DOMPurify for Markdown without HTML, links or images. Whatever path it takes, the DOM it gives
// is the DOM of the full pipeline (marked + DOMPurify), and hostile input always meets DOMPurify.
import { beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { loadMarkdown, markdownWork, renderMarkdown, renderMarkdownOnce } from './markdown'
import { xssVectors } from './xss-vectors'

beforeAll(() => loadMarkdown())

/** the DOM a string of HTML makes, serialised (so `&quot;` and `"` in text compare equal) */
function dom(html: string): string {
  const div = document.createElement('div')
  div.innerHTML = html
  return div.innerHTML
}

/** marked + DOMPurify, always (the memoised rich-text path) */
const full = (md: string) => renderMarkdown(md, { imageAlt: 'image' })

function work<T>(fn: () => T): { value: T; parses: number; sanitizes: number } {
  const p = markdownWork.parses
  const s = markdownWork.sanitizes
  const value = fn()
  return { value, parses: markdownWork.parses - p, sanitizes: markdownWork.sanitizes - s }
}

const PIECES = [
  'a', 'b', 'word', ' ', '  ', '\n', '\n\n', '\t', '*', '**', '_', '~', '~~', '`', '```', '#', '## ', '- ', '+ ', '1. ', '2) ',
  '> ', '|', '---', '===', '[', ']', '(', ')', '!', ':', '@', 'www.', 'http://x.io', '<', '>', '&', '&lt;', '&#60;', '"', "'",
  '\\', '.', '12', '\u00a0', '\u202e', '\u0000', '测试', 'x@y.io', '[a](javascript:alert(1))', '<img src=x onerror=alert(1)>',
]

describe('renderMarkdownOnce', () => {
  it('gives the same DOM as marked + DOMPurify, for any text', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (parts) => {
      const md = parts.join('')
      expect(dom(renderMarkdownOnce(md, 'image'))).toBe(dom(full(md)))
    }), { numRuns: 600 })
  }, 120_000)

  it('renders plain prose without marked or DOMPurify', () => {
    const r = work(() => renderMarkdownOnce('word12 and some more text, then a question? 100% sure.', 'image'))
    expect(r).toMatchObject({ parses: 0, sanitizes: 0 })
    expect(dom(r.value)).toBe(dom(full('word12 and some more text, then a question? 100% sure.')))
  })

  it('skips DOMPurify for Markdown without HTML, links or images, but not marked', () => {
    for (const md of ['word and *some* more text', '## Step 2', '- item with **bold** text\n- two', '| a | b |\n|:-|-:|\n| 1 | 2 |', '3. three\n4. four', '> quote `code`']) {
      const r = work(() => renderMarkdownOnce(md, 'image'))
      expect(r, md).toMatchObject({ parses: 1, sanitizes: 0 })
      expect(dom(r.value), md).toBe(dom(full(md)))
    }
  })

  it('sends anything that could hold HTML, a link, an image or a URL through DOMPurify', () => {
    for (const md of ['a <b>x</b>', 'a &amp; b', '[x](https://a.io)', '![](https://a.io/i.png)', 'see https://a.io', 'mail x@y.io', 'www.a.io', '```js\nx\n```']) {
      expect(work(() => renderMarkdownOnce(md, 'image')).sanitizes, md).toBe(1)
    }
    for (const v of xssVectors) {
      const r = work(() => renderMarkdownOnce(v.markdown, 'image'))
      expect(dom(r.value), v.id).toBe(dom(full(v.markdown)))
      // a vector that skipped DOMPurify had nothing for it to remove
      if (r.sanitizes === 0) expect(dom(r.value), v.id).not.toMatch(/<(?!\/?(p|br|strong|em|del|code|pre|blockquote|ul|ol|li|h\d|hr)>)/)
    }
  })
})
