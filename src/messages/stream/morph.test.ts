import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { loadMarkdown } from '../richText/markdown'
import { renderStream, type StreamBlocks } from './incremental'
import { setHtml } from './morph'

/** what `innerHTML = html` makes, serialised */
function fresh(html: string): string {
  const div = document.createElement('div')
  div.innerHTML = html
  return div.innerHTML
}

// consecutive tails of a streamed answer, and jumps between unrelated ones
const steps = [
  '',
  '<p>word1 and</p>',
  '<p>word1 and <em>some</em> more</p>',
  '<p>word1 and <em>some</em> more text word2</p>',
  '<h2>Step 2</h2>\n<p>x</p>',
  '<ul>\n<li>item with <strong>bold</strong></li>\n<li>two</li>\n</ul>',
  '<ul>\n<li>item with <strong>bold</strong></li>\n<li>two</li>\n<li>three <a href="https://x.io" rel="noopener noreferrer">x</a></li>\n</ul>',
  '<ul>\n<li>item with <strong>bold</strong></li>\n<li>two</li>\n<li>three <a href="https://y.io" rel="noopener noreferrer">x</a></li>\n</ul>',
  '<pre><code class="language-js">const x = 1\n</code></pre>',
  '<pre><code>const x = 1\n</code></pre><!-- c -->',
  '<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>',
  '<p><img src="https://x.io/a.png" alt="Image"> text</p>',
  '<p><input type="checkbox" disabled checked> done</p>',
  'plain text &amp; &lt;b&gt;',
  '<p>word1 and</p>',
  '',
]

describe('setHtml', () => {
  it('makes the same DOM as innerHTML, from any previous content', () => {
    for (const from of steps) {
      for (const to of steps) {
        const el = document.createElement('div')
        el.innerHTML = from
        setHtml(el, to)
        expect(el.innerHTML, `${JSON.stringify(from)} → ${JSON.stringify(to)}`).toBe(fresh(to))
      }
    }
  })

  it('keeps the nodes that did not change (a chunk that adds words rebuilds nothing before them)', () => {
    const el = document.createElement('div')
    setHtml(el, '<p>word1 and <em>some</em> more</p><p>next</p>')
    const p = el.firstChild
    const em = el.querySelector('em')
    const second = el.lastChild
    setHtml(el, '<p>word1 and <em>some</em> more text word2 <strong>x</strong></p><p>next one</p>')
    expect(el.firstChild).toBe(p)
    expect(el.querySelector('em')).toBe(em)
    expect(el.lastChild).toBe(second)
    expect(el.innerHTML).toBe('<p>word1 and <em>some</em> more text word2 <strong>x</strong></p><p>next one</p>')
  })

  it('replaces an element whose attributes changed rather than patching them', () => {
    const el = document.createElement('div')
    setHtml(el, '<p><a href="https://x.io">x</a></p>')
    const a = el.querySelector('a')
    setHtml(el, '<p><a href="https://y.io">x</a></p>')
    expect(el.querySelector('a')).not.toBe(a)
    expect(el.querySelector('a')!.getAttribute('href')).toBe('https://y.io')
  })
})

describe('setHtml with the HTML the element holds (prev)', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  // every pair of tails, both ways, and tails that grow by plain text where markup could trip a shortcut
  const grown = [
    '<p>word1</p>\n',
    '<p>word1 and more</p>\n',
    '<p>word1 and more <em>x</em></p>\n',
    '<p>word1 and more <em>x</em> y z</p>\n',
    '<ul>\n<li>item with <strong>bold</strong></li>\n</ul>\n',
    '<ul>\n<li>item with <strong>bold</strong> text</li>\n</ul>\n',
    '<pre><code>const x = 1\n</code></pre>\n',
    '<pre><code>const x = 1\nconsole.log(x)\n</code></pre>\n',
    '<pre>\n</pre>',
    '<pre>\n\nx</pre>',
    '<p><a href="https://x.io">x</a></p>',
    '<p><a href="https://x.io/more">x</a></p>',
    '<p><a href="https://x.io">xy</a></p>',
    '<table><tbody><tr><td>1</td></tr></tbody></table>',
    '<table><tbody><tr><td>1</td> x</tr></tbody></table>',
    '<p>a<br>b</p>',
    '<p>a<br>b c</p>',
    '<p>a &amp; b</p>',
    '<p>a &amp; b and c</p>',
    'plain',
    'plain text',
    '<h2>Step</h2>\n<p>x</p>\n',
    '<h2>Step 2</h2>\n<p>x y</p>\n',
  ]

  it('makes the same DOM as innerHTML (same nodes, not only the same serialisation)', () => {
    const shape = (n: Node): string => Array.from(n.childNodes).map((c) => (c.nodeType === 3 ? `#${(c as Text).data}` : `${c.nodeName}(${shape(c)})`)).join(',')
    for (const from of [...steps, ...grown]) {
      for (const to of [...steps, ...grown]) {
        const el = document.createElement('div')
        el.innerHTML = from
        setHtml(el, to, from)
        const want = document.createElement('div')
        want.innerHTML = to
        expect(el.innerHTML, `${JSON.stringify(from)} → ${JSON.stringify(to)}`).toBe(want.innerHTML)
        expect(shape(el), `${JSON.stringify(from)} → ${JSON.stringify(to)}`).toBe(shape(want))
      }
    }
  })

  it('adds words to the text that grew without parsing any HTML', () => {
    const el = document.createElement('div')
    const first = '<ul>\n<li>one</li>\n<li>item with <strong>bold</strong> text</li>\n</ul>\n'
    setHtml(el, first)
    const text = el.querySelectorAll('li')[1]!.lastChild
    const parse = vi.spyOn(Element.prototype, 'innerHTML', 'set')
    const next = '<ul>\n<li>one</li>\n<li>item with <strong>bold</strong> text and more</li>\n</ul>\n'
    setHtml(el, next, first)
    expect(parse).not.toHaveBeenCalled()
    expect(el.querySelectorAll('li')[1]!.lastChild).toBe(text)
    expect(el.innerHTML).toBe(next)
  })
})

describe('setHtml on a streamed answer, tail by tail', () => {
  beforeAll(() => loadMarkdown())

  it('holds what innerHTML would make after every chunk, however the answer is cut', () => {
    const piece = fc.constantFrom('word ', 'and *some* ', '**bold** ', '\n\n', '\n- item ', '\n1. one ', '\n```js\nconst x = 1\n', '```\n', '`code` ',
      '<b>x</b> ', 'a & b ', 'x > y ', '[link](https://x.io) ', '# Head ', '\n> quote ', '|a|b|\n|-|-|\n|1|2|\n', '  ', '\n')
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const el = document.createElement('div')
      let prev: StreamBlocks | null = null
      let held = ''
      let text = ''
      for (const p of pieces) {
        text += p
        prev = renderStream(text, 'image', true, prev)
        if (el.firstChild) setHtml(el, prev.tail, held)
        else el.innerHTML = prev.tail
        held = prev.tail
        const want = document.createElement('div')
        want.innerHTML = prev.tail
        expect(el.isEqualNode(want)).toBe(true)
      }
    }), { numRuns: 150 })
  })
})
