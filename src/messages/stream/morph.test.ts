import { describe, expect, it } from 'vitest'
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
