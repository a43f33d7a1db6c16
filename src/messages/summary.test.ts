import { describe, expect, it, beforeAll } from 'vitest'
import { summarizeMessage, markdownToPlainText, SUMMARY_MAX_LENGTH } from './summary'
import { galleryFixtures } from './gallery'
import { fixtureMessage } from './_shared/fixture'
import { translate } from '../i18n'
import type { Payload } from '../protocol/types'
import { loadLocale as preloadLocale } from '../i18n'

// the Chinese dictionaries are lazily loaded chunks: load them before the tests read them
beforeAll(() => Promise.all([preloadLocale('zh-CN'), preloadLocale('zh-TW')]))

const en = (k: string, p?: Record<string, string | number>) => translate('en', k, p)
const zh = (k: string, p?: Record<string, string | number>) => translate('zh-CN', k, p)
const sum = (payload: Payload, extra = {}, t = en) => summarizeMessage(fixtureMessage('x', payload, extra), t)

describe('given summarizeMessage', () => {
  it('summarises text, collapsing whitespace and truncating by code points', () => {
    expect(sum({ kind: 'text', text: '  你好\n\n世界  ' })).toBe('你好 世界')
    const long = sum({ kind: 'text', text: '😀'.repeat(500) })
    expect(Array.from(long)).toHaveLength(SUMMARY_MAX_LENGTH)
    expect(long.endsWith('…')).toBe(true)
    // never half a surrogate pair
    expect(long).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
    expect(sum({ kind: 'text', text: ' ' })).toBe('(empty message)')
  })

  it('names cards by what they are', () => {
    expect(sum({ kind: 'image', url: 'https://e.x/a.png' })).toBe('[Image]')
    expect(sum({ kind: 'image', url: 'https://e.x/a.png', alt: '发票' })).toBe('[Image] 发票')
    expect(sum({ kind: 'branch', src: '15', header: '请选择', items: [{ content: 'a' }, { content: 'b' }], tail: '' })).toBe('请选择 (2 options)')
    expect(sum({ kind: 'form', src: '21', header: '你的名字?', type: 0, items: [] })).toBe('你的名字?')
    expect(sum({ kind: 'rating', src: '9', head: '请评价', tail: '', menu: [], type: 1, sessionId: 's' })).toBe('Rating: 请评价')
    expect(sum({ kind: 'product', src: '22', header: '耳机', desc: '', pic: '', url: '' })).toBe('[Product] 耳机')
    expect(sum({ kind: 'order', src: '28', guide: '', name: '订单 1', desc: '', pic: '', customField: [] })).toBe('[Order] 订单 1')
    expect(sum({ kind: 'welcome', src: '29', subtype: 'welcome_msg', title: '猜你想问', content: '', items: [{ content: 'q' }] })).toBe('猜你想问 (1 question)')
    expect(sum({ kind: 'sessionEnd', src: '19' })).toBe('Conversation ended')
    expect(sum({ kind: 'sessionTimeout', src: '20' })).toBe('Conversation ended: no reply')
    expect(sum({ kind: 'notice', notice: 'queue', text: '您排在第 3 位' })).toBe('您排在第 3 位')
    expect(sum({ kind: 'unknown', src: '99' })).toBe('This message type is not supported')
    expect(sum({ kind: 'invalid', reason: 'bad' })).toBe('This message type is not supported')
    expect(sum({ kind: 'typing', src: '12' })).toBe('[Message]')
  })

  it('reads Markdown as plain text, never HTML', () => {
    expect(sum({ kind: 'richText', src: '30', content: '## 标题\n\n- **加粗** 和 [链接](https://e.x)\n\n![图](https://e.x/a.png) ![](https://e.x/b.png)' }))
      .toBe('标题 加粗 和 链接 图 [Image]')
    expect(sum({ kind: 'richText', src: '30', content: '<img src=x onerror=alert(1)>hi' })).toBe('hi')
    expect(sum({ kind: 'stream', src: '31', chunks: ['您好，', '*世界*'], isFinished: false })).toBe('您好，世界')
    expect(sum({ kind: 'stream', src: '31', chunks: [], isFinished: false })).toBe('Answering…')
  })

  it('drops bidi overrides and zero-width characters', () => {
    expect(sum({ kind: 'text', text: '\u202Egnirts\u202C a\u200Bb' })).toBe('gnirts ab')
  })

  it('says a withdrawn message was withdrawn, not what it said', () => {
    expect(sum({ kind: 'text', text: 'secret' }, { revoked: true })).toBe('A message was withdrawn')
    expect(sum({ kind: 'text', text: 'secret' }, { revoked: true, from: 'customer' })).toBe('You withdrew a message')
  })

  it('speaks the current language', () => {
    expect(sum({ kind: 'image', url: 'https://e.x/a.png' }, {}, zh)).toBe('[图片]')
    expect(sum({ kind: 'sessionEnd', src: '19' }, {}, zh)).toBe('会话已结束')
  })

  it('summarises every gallery message to a short non-empty line without markup', () => {
    for (const f of galleryFixtures) {
      const s = summarizeMessage(f.message, en)
      expect(s.length, f.id).toBeGreaterThan(0)
      expect(Array.from(s).length, f.id).toBeLessThanOrEqual(SUMMARY_MAX_LENGTH)
      // Markdown is reduced to its text (a plain text may contain "<b>": that is its text)
      if (f.kind === 'richText' || f.kind === 'stream') expect(s, f.id).not.toMatch(/<[a-z]/i)
      expect(s, f.id).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b]/)
      expect(s, f.id).not.toMatch(/messages\.\w+\.\w+/)
    }
  })

  it('keeps code and emphasis text', () => {
    expect(markdownToPlainText('```js\nconst a = 1\n```\n_em_ `code`', '[Image]').replace(/\s+/g, ' ').trim()).toBe('const a = 1 em code')
  })
})
