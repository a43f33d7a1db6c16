import { beforeAll, describe, expect, it } from 'vitest'
import { renderMarkdown, clearMarkdownCache, loadMarkdown } from './markdown'
import { safeMarkdownCases, xssVectors } from './xss-vectors'

// marked and DOMPurify load on demand; these tests are about the rendered Markdown
beforeAll(() => loadMarkdown())

const ALLOWED_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:']
const FORBIDDEN_TAGS = ['script', 'iframe', 'object', 'embed', 'svg', 'math', 'style', 'form', 'input', 'meta', 'base', 'link', 'template', 'noscript', 'video', 'source', 'details', 'body']

function parse(html: string): HTMLElement {
  const div = document.createElement('div')
  div.innerHTML = html
  return div
}

/** Every way a sanitized fragment could still run script or leave the page. */
function assertHarmless(html: string): void {
  expect(html.toLowerCase()).not.toContain('<script')
  const root = parse(html)
  for (const tag of FORBIDDEN_TAGS) expect(root.querySelector(tag), `<${tag}> survived`).toBeNull()
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      expect(attr.name.startsWith('on'), `${attr.name} on <${el.tagName}>`).toBe(false)
      expect(['style', 'id', 'name', 'srcset', 'xlink:href', 'action', 'formaction'].includes(attr.name), attr.name).toBe(false)
    }
  }
  for (const a of Array.from(root.querySelectorAll('[href]'))) {
    const href = a.getAttribute('href') as string
    expect(a.tagName).toBe('A')
    expect(ALLOWED_SCHEMES).toContain(new URL(href).protocol)
    expect(a.getAttribute('target')).toBe('_blank')
    expect(a.getAttribute('rel')).toBe('noopener noreferrer')
  }
  for (const img of Array.from(root.querySelectorAll('img'))) {
    expect(['http:', 'https:']).toContain(new URL(img.getAttribute('src') as string).protocol)
    expect(img.hasAttribute('alt')).toBe(true)
  }
  // no attribute anywhere may carry a dangerous scheme (text content may mention one: it is text)
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      expect(attr.value.replace(/[\u0000-\u0020]/g, ''), `${attr.name}=${attr.value}`).not.toMatch(/(javascript|vbscript|data|file):/i)
    }
  }
}

describe('given hostile Markdown', () => {
  it.each(xssVectors.map((v) => [v.id, v] as const))('%s is neutralised', (_id, vector) => {
    const html = renderMarkdown(vector.markdown)
    assertHarmless(html)
    if (vector.keepsText) expect(parse(html).textContent).toContain(vector.keepsText)
  })

  it('removes the href of a neutralised link but keeps its text, without target/rel', () => {
    const root = parse(renderMarkdown('[click me](javascript:alert(1))'))
    const a = root.querySelector('a')
    expect(a?.textContent).toBe('click me')
    expect(a?.hasAttribute('href')).toBe(false)
    expect(a?.hasAttribute('target')).toBe(false)
  })

  it('removes an image whose source is not http(s) entirely', () => {
    const root = parse(renderMarkdown('before ![x](data:image/png;base64,AAAA) after'))
    expect(root.querySelector('img')).toBeNull()
    expect(root.textContent).toContain('before')
    expect(root.textContent).toContain('after')
  })

  it('keeps the code of an inline code span as text', () => {
    const root = parse(renderMarkdown('`<img src=x onerror=alert(1)>`'))
    expect(root.querySelector('code')?.textContent).toBe('<img src=x onerror=alert(1)>')
    expect(root.querySelector('img')).toBeNull()
  })
})

describe('given benign Markdown', () => {
  it.each(safeMarkdownCases.map((c) => [c.id, c] as const))('%s keeps working', (_id, c) => {
    const html = renderMarkdown(c.markdown)
    assertHarmless(html)
    const root = parse(html)
    expect(Array.from(root.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual(c.hrefs ?? [])
    const imgs = Array.from(root.querySelectorAll('img'))
    expect(imgs.map((i) => i.getAttribute('src'))).toEqual(c.srcs ?? [])
    for (const img of imgs) {
      expect(img.getAttribute('loading')).toBe('lazy')
      expect(img.getAttribute('alt')).not.toBe('')
    }
  })

  it('gives an image without alt text the label it is passed, and keeps a real alt', () => {
    const root = parse(renderMarkdown('![](https://example.com/b.png) ![chart](https://example.com/c.png)', { imageAlt: '图片' }))
    expect(Array.from(root.querySelectorAll('img')).map((i) => i.getAttribute('alt'))).toEqual(['图片', 'chart'])
  })

  it('renders emphasis, lists, quotes, code blocks, headings, rules and tables', () => {
    const md = '# Title\n\n**bold** _em_ ~~del~~\n\n- one\n- two\n\n1. first\n\n> quote\n\n```\ncode\n```\n\n---\n\n| a | b |\n|---|:-:|\n| 1 | 2 |'
    const root = parse(renderMarkdown(md))
    for (const tag of ['h1', 'strong', 'em', 'del', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'hr', 'table', 'thead', 'tbody', 'th', 'td']) {
      expect(root.querySelector(tag), tag).not.toBeNull()
    }
  })

  it('keeps single line breaks as <br> (chat answers are written that way)', () => {
    expect(parse(renderMarkdown('line one\nline two')).querySelector('br')).not.toBeNull()
  })

  it('draws GFM task list boxes as symbols, not form controls', () => {
    const html = renderMarkdown('- [x] done\n- [ ] todo')
    expect(parse(html).querySelector('input')).toBeNull()
    expect(parse(html).textContent).toContain('\u2611')
    expect(parse(html).textContent).toContain('\u2610')
  })

  it('treats non-strings as text instead of throwing', () => {
    expect(renderMarkdown(undefined as unknown as string)).toBe('')
    expect(parse(renderMarkdown(42 as unknown as string)).textContent).toContain('42')
  })
})

describe('given the memo', () => {
  it('returns the same string for the same input, and a different one for a different alt', () => {
    clearMarkdownCache()
    const a = renderMarkdown('![](https://example.com/a.png)', { imageAlt: 'Image' })
    expect(renderMarkdown('![](https://example.com/a.png)', { imageAlt: 'Image' })).toBe(a)
    expect(renderMarkdown('![](https://example.com/a.png)', { imageAlt: '图片' })).toContain('alt="图片"')
  })

  it('does not grow without bound', () => {
    clearMarkdownCache()
    for (let i = 0; i < 500; i++) renderMarkdown(`answer ${i}`)
    // the oldest entries were evicted, the newest are kept: rendering again still works
    expect(renderMarkdown('answer 499')).toContain('answer 499')
    expect(renderMarkdown('answer 0')).toContain('answer 0')
  }, 30_000)

  it('drops credentials from image and link URLs', () => {
    clearMarkdownCache()
    const root = parse(renderMarkdown('![pic](https://user:pass@example.com/a.png) [site](https://me:secret@example.com/p)'))
    expect(root.querySelector('img')!.getAttribute('src')).toBe('https://example.com/a.png')
    expect(root.querySelector('a')!.getAttribute('href')).toBe('https://example.com/p')
    expect(root.innerHTML).not.toContain('pass')
    expect(root.innerHTML).not.toContain('secret')
  })

  it('isolates link texts and drops their direction controls ("\\u202Eexe.cod" cannot read "doc.exe")', () => {
    clearMarkdownCache()
    for (const md of ['[\u202Eexe.cod](https://example.com/f)', '<a href="https://example.com/f">\u2067<b>\u202Eexe.cod</b>\u2069</a>']) {
      const a = parse(renderMarkdown(md)).querySelector('a')!
      expect(a.textContent).toBe('exe.cod')
      expect(a.getAttribute('dir')).toBe('auto')
    }
  })
})
