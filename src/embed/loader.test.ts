// The classic loader (kefu-kit.js, src/embed/loader.ts) in jsdom, with the import of
// kefu-kit.core.js injected: `mount` answers at once and replays what was done before the code
// arrived, the simulator stand-in waits, a code that cannot load shows its URL in place of the
// chat, config errors still throw at once, and <kefu-chat> reads attributes changed meanwhile.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createFakeTransport, flush } from '../testing/fakeTransport'
import { createKefuChatElement } from './element'
import { coreUrlOf, createLoader } from './loader'
import type { EmbedEventName, EmbedOptions, KefuKitInstance } from './mount'
import type { EmbedCore } from './pending'

const CORE_URL = 'https://cdn.example/kefu/1.2.3/kefu-kit.core.js'

/** A promise resolved from outside: the kit's code "arrives" when the test says so. */
function later<T>() {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej })
  return { promise, resolve, reject }
}

/** A stand-in for kefu-kit.core.js that records what the loader asks of it. */
function fakeCore() {
  const calls: string[] = []
  const listeners = new Map<EmbedEventName, Set<(v: unknown) => void>>()
  let open = false
  const instance = (host: HTMLElement): KefuKitInstance => ({
    open() { calls.push('open'); if (!open) { open = true; for (const f of listeners.get('open') ?? []) f(undefined) } },
    close() { calls.push('close'); open = false },
    toggle() { calls.push('toggle'); open = !open },
    destroy() { calls.push('destroy') },
    update(o) { calls.push(`update:${JSON.stringify(o)}`) },
    on(event, fn) {
      let set = listeners.get(event)
      if (!set) listeners.set(event, (set = new Set()))
      set.add(fn as (v: unknown) => void)
      return () => { set!.delete(fn as (v: unknown) => void) }
    },
    get isOpen() { return open },
    unread: 3,
    engine: {} as KefuKitInstance['engine'],
    element: host,
    simulator: { agentReply: (text: string) => ({ ok: true, value: text }), idle: () => Promise.resolve() } as never,
    ready: Promise.resolve(),
  })
  const core: EmbedCore = {
    mount: vi.fn((_o?: EmbedOptions) => instance(document.createElement('kefu-kit-host'))),
    mountInto: vi.fn((host: HTMLElement, options: EmbedOptions) => {
      calls.push(`mountInto:${String(options.title)}`)
      return instance(host)
    }),
  }
  return { core, calls, emit: (e: EmbedEventName, v: unknown) => { for (const f of listeners.get(e) ?? []) f(v) } }
}

afterEach(() => {
  document.body.replaceChildren()
  vi.restoreAllMocks()
})

describe('the loader: KefuKit.mount before the kit\'s code has arrived', () => {
  it('returns the chat at once; listeners, open() and update() made meanwhile reach the chat once it mounts', async () => {
    const code = later<EmbedCore>()
    const fake = fakeCore()
    const importModule = vi.fn(() => code.promise)
    const kit = createLoader({ coreUrl: CORE_URL, importModule })
    const chat = kit.mount({ title: 'Acme', backend: createFakeTransport() })
    // the host is in the page at once; nothing is mounted yet
    expect(chat.element.tagName.toLowerCase()).toBe('kefu-kit-host')
    expect(chat.element.parentElement).toBe(document.body)
    expect(chat.element.shadowRoot?.mode).toBe('open')
    expect(importModule).toHaveBeenCalledWith(CORE_URL)
    const opened = vi.fn()
    const messages = vi.fn()
    chat.on('open', opened)
    const off = chat.on('message', messages)
    chat.open()
    chat.update({ title: 'Help' })
    expect(chat.isOpen).toBe(true)
    expect(chat.unread).toBe(0)
    off()
    expect(fake.calls).toEqual([])
    code.resolve(fake.core)
    await chat.ready
    expect(fake.calls).toEqual(['mountInto:Acme', 'open', 'update:{"title":"Help"}'])
    expect(opened).toHaveBeenCalledTimes(1)
    fake.emit('message', { id: 'm1' })
    expect(messages).not.toHaveBeenCalled()
    // mounted: the chat's own state
    expect(chat.unread).toBe(3)
    // a second mount after the code is there is the kit's own, synchronous
    kit.mount({ title: 'Two' })
    expect(fake.core.mount).toHaveBeenCalledWith({ title: 'Two' })
    expect(importModule).toHaveBeenCalledTimes(1)
  })

  it('simulator: a stand-in at once whose calls wait for the chat, then the chat\'s own', async () => {
    const code = later<EmbedCore>()
    const fake = fakeCore()
    const kit = createLoader({ coreUrl: CORE_URL, importModule: () => code.promise })
    const chat = kit.mount({ launcher: false })
    const early = chat.simulator!
    expect(early).toBeDefined()
    const reply = early.agentReply('hi') as unknown as Promise<{ ok: boolean; value: string }>
    const idle = early.idle()
    code.resolve(fake.core)
    expect(await reply).toEqual({ ok: true, value: 'hi' })
    await idle
    expect(chat.simulator).not.toBe(early)
    // a backend that is not the simulator has none
    const other = createLoader({ coreUrl: CORE_URL, importModule: () => new Promise(() => undefined) }).mount({ backend: createFakeTransport() })
    expect(other.simulator).toBeUndefined()
  })

  it('destroy() before the code arrives removes the host and never mounts', async () => {
    const code = later<EmbedCore>()
    const fake = fakeCore()
    const kit = createLoader({ coreUrl: CORE_URL, importModule: () => code.promise })
    const chat = kit.mount({})
    chat.open()
    chat.destroy()
    expect(chat.element.isConnected).toBe(false)
    code.resolve(fake.core)
    await chat.ready
    await flush()
    expect(fake.core.mountInto).not.toHaveBeenCalled()
    expect(fake.calls).toEqual([])
  })

  it('options it cannot use still throw at once, and leave nothing in the page', () => {
    const kit = createLoader({ coreUrl: CORE_URL, importModule: () => new Promise(() => undefined) })
    expect(() => kit.mount({ backend: { tencent: { SDKAppID: 1, userID: 'u', userSig: 's' } } })).toThrow(/TencentCloudChat/)
    expect(() => kit.mount({ backend: 'firebase' as never })).toThrow(/unknown backend/)
    expect(() => kit.mount({ target: '#nowhere' })).toThrow(/#nowhere/)
    expect(() => kit.mount(null as never)).toThrow(/options object/)
    expect(document.querySelector('kefu-kit-host')).toBeNull()
  })

  it('code that cannot load: a visible error naming its URL in place of the chat, logged, and ready rejects', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const kit = createLoader({ coreUrl: CORE_URL, importModule: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')) })
    const chat = kit.mount({ title: 'Acme' })
    chat.open() // nothing to replay it on: harmless
    await expect(chat.ready).rejects.toThrow(CORE_URL)
    await flush()
    const alert = chat.element.shadowRoot?.querySelector('[role="alert"]')
    expect(alert?.textContent).toContain(CORE_URL)
    expect(alert?.textContent).toMatch(/Failed to fetch/)
    // shown inline (a launcher's host has no size)
    expect(chat.element.getAttribute('data-kefu-mode')).toBe('inline')
    expect(errors.mock.calls.flat().map(String).join(' ')).toContain(CORE_URL)
    expect(chat.isOpen).toBe(false)
  })

  it('a later mount tries to load the code again after a failure', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const fake = fakeCore()
    const importModule = vi.fn()
      .mockImplementationOnce(() => Promise.reject(new Error('offline')))
      .mockImplementation(() => Promise.resolve(fake.core))
    const kit = createLoader({ coreUrl: CORE_URL, importModule })
    await expect(kit.mount({}).ready).rejects.toThrow(/offline/)
    await kit.mount({ title: 'again' }).ready
    expect(fake.calls).toEqual(['mountInto:again'])
  })

  it('a module without mount is refused clearly', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const kit = createLoader({ coreUrl: CORE_URL, importModule: () => Promise.resolve({}) })
    await expect(kit.mount({}).ready).rejects.toThrow(/kefu-kit\.core\.js has no mount/)
  })
})

describe('the loader: the real kit behind it', () => {
  it('mounts the chat in the host it created, with the simulator stand-in resolving to the simulator', async () => {
    const code = later<EmbedCore>()
    const kit = createLoader({ coreUrl: CORE_URL, importModule: () => code.promise })
    const el = document.body.appendChild(document.createElement('div'))
    const chat = kit.mount({ launcher: false, target: el, locale: 'en', title: 'Acme' })
    const idle = chat.simulator!.idle()
    code.resolve((await import('./core')) as EmbedCore)
    await chat.ready
    await idle
    await flush()
    expect(el.firstElementChild).toBe(chat.element)
    expect(chat.element.shadowRoot?.querySelector('.kefu-chat')?.getAttribute('aria-label')).toBe('Acme')
    expect(chat.simulator?.session.phase).toBe('bot')
    chat.destroy()
    expect(el.firstElementChild).toBeNull()
  })
})

describe('the loader: <kefu-chat>', () => {
  it('attribute changes made while the code loads apply to the chat', async () => {
    const code = later<EmbedCore>()
    const fake = fakeCore()
    customElements.define('kefu-chat-loading', createKefuChatElement(() => code.promise))
    const el = document.createElement('kefu-chat-loading') as HTMLElement & { instance: KefuKitInstance | null; open(): void }
    el.setAttribute('title', 'Support')
    document.body.appendChild(el)
    await flush()
    expect(el.instance).not.toBeNull()
    el.setAttribute('title', 'Help desk')
    el.open()
    code.resolve(fake.core)
    await el.instance!.ready
    expect(fake.calls).toEqual(['mountInto:Support', 'update:{"title":"Help desk"}', 'open'])
  })

  it('shows the error in place of the chat when the code cannot load', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const kit = createLoader({ coreUrl: CORE_URL, importModule: () => Promise.reject(new Error('404')) })
    customElements.define('kefu-chat-broken', createKefuChatElement(kit.load))
    const el = document.createElement('kefu-chat-broken') as HTMLElement & { instance: KefuKitInstance | null }
    document.body.appendChild(el)
    await flush()
    await new Promise((r) => setTimeout(r, 0))
    expect(el.shadowRoot?.querySelector('[role="alert"]')?.textContent).toContain(CORE_URL)
    expect(el.instance).toBeNull()
    expect(errors).toHaveBeenCalled()
  })
})

describe('coreUrlOf: kefu-kit.core.js next to the running script', () => {
  it('uses the script\'s own URL, not the page\'s', () => {
    const script = document.createElement('script')
    script.src = 'https://cdn.example/kefu/1.2.3/kefu-kit.js?v=1'
    expect(coreUrlOf(script, document)).toBe(CORE_URL)
  })

  it('falls back to the page\'s address without a current script', () => {
    expect(coreUrlOf(null, document)).toBe(new URL('kefu-kit.core.js', document.baseURI).href)
  })
})

describe('addEmbedCss: a lazily loaded chunk\'s CSS joins the embed\'s stylesheet', () => {
  it('reaches shadow roots that adopted it before', async () => {
    const { adoptStyles, addEmbedCss } = await import('./styles')
    const host = document.body.appendChild(document.createElement('div'))
    const shadow = host.attachShadow({ mode: 'open' })
    adoptStyles(shadow)
    const cssOf = () => [
      ...Array.from(shadow.querySelectorAll('style')).map((s) => s.textContent ?? ''),
      ...(shadow.adoptedStyleSheets ?? []).flatMap((sheet) => Array.from(sheet.cssRules).map((r) => r.cssText)),
    ].join('\n')
    expect(cssOf()).toContain(':host')
    expect(cssOf()).not.toContain('kefu-lazy-card')
    addEmbedCss('.kefu-lazy-card { display: flex }')
    expect(cssOf()).toContain('kefu-lazy-card')
  })
})
