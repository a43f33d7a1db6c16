// The H5 page's address parsing and its postMessage bridge (the page itself runs in
// e2e/tests/embed.test.mjs, in a cross-origin iframe).
import { describe, expect, it, vi } from 'vitest'
import { startBridge } from './bridge'
import { normalizeOrigin, parseH5Config } from './config'

describe('parseH5Config', () => {
  it('reads locale, theme, title and the simulator; starts inline', () => {
    const c = parseH5Config('?locale=en&theme=dark&title=Acme%20support&backend=simulator')
    expect(c.options).toEqual({ launcher: false, locale: 'en', theme: 'dark', title: 'Acme support', backend: 'simulator' })
    expect(c.documentTitle).toBe('Acme support')
    expect(c.origins).toEqual([])
  })

  it('reads the Tencent parameters (and picks Tencent when SDKAppID is given)', () => {
    const c = parseH5Config('?SDKAppID=1400000001&userID=alice&userSig=abc&serviceUserID=%40svc')
    expect(c.options.backend).toEqual({ tencent: { SDKAppID: '1400000001', userID: 'alice', userSig: 'abc', serviceUserID: '@svc' } })
  })

  it('leaves out what it cannot use: an unknown theme, a javascript: avatar, non-origins', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const c = parseH5Config('?theme=neon&avatar=javascript:alert(1)&origin=https://shop.example/path&origin=https://a.example,http://b.example:8080/&origin=ftp://x&open=0')
    expect(c.options.theme).toBeUndefined()
    expect(c.options.avatar).toBeUndefined()
    expect(c.options.open).toBe(false)
    expect(c.origins).toEqual(['https://a.example', 'http://b.example:8080'])
    expect(warn).toHaveBeenCalledTimes(2)
    warn.mockRestore()
  })

  it('normalizeOrigin', () => {
    expect(normalizeOrigin('https://Shop.Example:443/')).toBe('https://shop.example')
    expect(normalizeOrigin('*')).toBe('*')
    expect(normalizeOrigin('https://user:pw@shop.example')).toBeNull()
    expect(normalizeOrigin('shop.example')).toBeNull()
  })
})

function fakeChat() {
  const listeners = new Map<string, (v: unknown) => void>()
  return {
    open: vi.fn(), close: vi.fn(), toggle: vi.fn(), isOpen: true, unread: 0,
    on: vi.fn((event: string, fn: (v: unknown) => void) => { listeners.set(event, fn); return () => listeners.delete(event) }),
    fire: (event: string, v?: unknown) => listeners.get(event)?.(v),
    listeners,
  }
}

describe('the postMessage bridge', () => {
  const setup = (origins: string[]) => {
    const self = new EventTarget() as unknown as Window
    const parent = { postMessage: vi.fn() }
    const chat = fakeChat()
    const stop = startBridge({ self, parent: parent as unknown as Window, origins, chat: chat as never })
    // MessageEvent's source must be a window-like; set it after construction
    const deliver = (data: unknown, origin: string, source: unknown = parent) => {
      const e = new MessageEvent('message', { data, origin })
      Object.defineProperty(e, 'source', { value: source })
      self.dispatchEvent(e)
    }
    return { parent, chat, stop, deliver }
  }

  it('says ready to each allowed origin, and forwards unread, open and close', () => {
    const { parent, chat } = setup(['https://shop.example', 'https://www.shop.example'])
    expect(parent.postMessage).toHaveBeenCalledWith({ source: 'kefu-kit', type: 'kefu:ready', open: true, unread: 0 }, 'https://shop.example')
    expect(parent.postMessage).toHaveBeenCalledWith({ source: 'kefu-kit', type: 'kefu:ready', open: true, unread: 0 }, 'https://www.shop.example')
    parent.postMessage.mockClear()
    chat.fire('unread', 3)
    chat.fire('close')
    expect(parent.postMessage.mock.calls.filter(([, o]) => o === 'https://shop.example').map(([m]) => m)).toEqual([
      { source: 'kefu-kit', type: 'kefu:unread', count: 3 },
      { source: 'kefu-kit', type: 'kefu:close' },
    ])
  })

  it('obeys open / close / toggle from an allowed origin and its parent only', () => {
    const { chat, deliver } = setup(['https://shop.example'])
    deliver({ type: 'kefu:close' }, 'https://evil.example')
    deliver({ type: 'kefu:close' }, 'https://shop.example', {})
    deliver('kefu:close', 'https://shop.example')
    expect(chat.close).not.toHaveBeenCalled()
    deliver({ type: 'kefu:close' }, 'https://shop.example')
    deliver({ type: 'kefu:open' }, 'https://shop.example')
    deliver({ type: 'kefu:toggle' }, 'https://shop.example')
    expect([chat.close.mock.calls.length, chat.open.mock.calls.length, chat.toggle.mock.calls.length]).toEqual([1, 1, 1])
  })

  it('is off without an allowlist (nothing posted, nothing heard), and stops', () => {
    const off = setup([])
    expect(off.parent.postMessage).not.toHaveBeenCalled()
    off.deliver({ type: 'kefu:close' }, 'https://shop.example')
    expect(off.chat.close).not.toHaveBeenCalled()
    const on = setup(['*'])
    expect(on.parent.postMessage).toHaveBeenCalledWith(expect.objectContaining({ type: 'kefu:ready' }), '*')
    on.stop()
    on.deliver({ type: 'kefu:close' }, 'https://any.example')
    expect(on.chat.close).not.toHaveBeenCalled()
    expect(on.chat.listeners.size).toBe(0)
  })
})
