import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { safeImageUrl, safeLinkUrl } from './url'

describe('given safeLinkUrl', () => {
  it.each([
    ['https://example.com/a?b=1#c', 'https://example.com/a?b=1#c'],
    ['http://example.com', 'http://example.com/'],
    ['  https://example.com/x  ', 'https://example.com/x'],
    ['HTTPS://EXAMPLE.com/Path', 'https://example.com/Path'],
    ['mailto:help@example.com', 'mailto:help@example.com'],
    ['tel:+86-10-1234-5678', 'tel:+86-10-1234-5678'],
  ])('keeps %s as %s', (input, expected) => {
    expect(safeLinkUrl(input)).toBe(expected)
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    ' \u0000javascript:alert(1)',
    '&#106;avascript:alert(1)',
    'javascript&colon;alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com/x',
    'blob:https://example.com/uuid',
    '//evil.example/x',
    '/relative/path',
    'relative',
    'https://',
    '',
    `https://example.com/${'a'.repeat(5000)}`,
  ])('refuses %j', (input) => {
    expect(safeLinkUrl(input)).toBeNull()
  })

  it('refuses anything that is not a string', () => {
    for (const v of [undefined, null, 42, {}, ['https://example.com'], { toString: () => 'https://example.com' }]) {
      expect(safeLinkUrl(v)).toBeNull()
    }
  })

  it('never returns a URL whose scheme is outside the allowlist, whatever the input', () => {
    fc.assert(fc.property(fc.string(), fc.constantFrom('', 'javascript:', 'JAVASCRIPT:', 'data:', ' java\tscript:', 'https://', 'mailto:'), (tail, head) => {
      const out = safeLinkUrl(head + tail)
      if (out !== null) expect(['http:', 'https:', 'mailto:', 'tel:']).toContain(new URL(out).protocol)
    }))
  })
})

describe('given safeImageUrl', () => {
  it('keeps http(s) images', () => {
    expect(safeImageUrl('https://example.com/a.png')).toBe('https://example.com/a.png')
    expect(safeImageUrl('http://example.com/a.png')).toBe('http://example.com/a.png')
  })

  it.each([
    'data:image/png;base64,AAAA',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'javascript:alert(1)',
    'mailto:a@b.c',
    'tel:123',
    'x',
    '',
  ])('refuses %j', (input) => {
    expect(safeImageUrl(input)).toBeNull()
  })
})

describe('given a URL with credentials', () => {
  it.each([
    ['https://user:pass@example.com/a.png', 'https://example.com/a.png'],
    ['https://bank.example:pin@evil.example/login', 'https://evil.example/login'],
    ['http://user@example.com/', 'http://example.com/'],
    ['https://:secret@example.com/x', 'https://example.com/x'],
  ])('drops them: %s -> %s', (input, expected) => {
    expect(safeLinkUrl(input)).toBe(expected)
    expect(safeImageUrl(input)).toBe(expected)
  })

  it('never returns a URL with an @ before its host, whatever the input', () => {
    fc.assert(fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (u, user, pass) => {
      const url = new URL(u)
      url.username = user
      url.password = pass
      const out = safeLinkUrl(url.href)
      if (out !== null) {
        const parsed = new URL(out)
        expect(parsed.username + parsed.password).toBe('')
      }
    }))
  })
})
