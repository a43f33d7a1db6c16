import { describe, expect, it } from 'vitest'
import { linkify } from './linkify'

const links = (s: string) => linkify(s).filter((p) => p.type === 'link').map((p) => (p as { href: string }).href)

describe('given linkify', () => {
  it('returns plain text as one piece', () => {
    expect(linkify('你好，世界')).toEqual([{ type: 'text', text: '你好，世界' }])
    expect(linkify('')).toEqual([])
  })

  it('finds http and https URLs and keeps the text around them', () => {
    expect(linkify('see https://example.com/a and http://example.org.')).toEqual([
      { type: 'text', text: 'see ' },
      { type: 'link', text: 'https://example.com/a', href: 'https://example.com/a' },
      { type: 'text', text: ' and ' },
      { type: 'link', text: 'http://example.org', href: 'http://example.org/' },
      { type: 'text', text: '.' },
    ])
  })

  it('stops at CJK punctuation that follows a URL without a space', () => {
    expect(links('详见https://cloud.tencent.com/document/product/269，谢谢')).toEqual(['https://cloud.tencent.com/document/product/269'])
    expect(links('地址：https://example.com/x。')).toEqual(['https://example.com/x'])
    expect(links('（https://example.com/y）')).toEqual(['https://example.com/y'])
  })

  it('drops trailing sentence punctuation but keeps balanced parentheses', () => {
    expect(links('go to https://example.com/a!')).toEqual(['https://example.com/a'])
    expect(links('(https://example.com/a_(b))')).toEqual(['https://example.com/a_(b)'])
    expect(links('"https://example.com/q?x=1"')).toEqual(['https://example.com/q?x=1'])
  })

  it('never links other schemes', () => {
    expect(links('javascript:alert(1) data:text/html,x mailto:a@b.c')).toEqual([])
  })

  it('keeps a bare scheme as text', () => {
    expect(linkify('https:// is a prefix')).toEqual([{ type: 'text', text: 'https:// is a prefix' }])
  })

  it('puts every character back, in order', () => {
    const s = 'a https://x.example/1, b (https://y.example/2) c https://z.example/3。end'
    expect(linkify(s).map((p) => p.text).join('')).toBe(s)
  })
})
