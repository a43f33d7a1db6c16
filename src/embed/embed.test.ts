// The embed in jsdom (Vue 3 only: the embed carries its own Vue 3): mount inline and with the
// launcher over a fake transport, events, open/close and unread, errors for unusable options, the
// custom element, and the deferred transport. The real-browser checks (isolation, CSP, the built
// script) are in e2e/tests/embed.test.mjs.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createFakeTransport, flush } from '../testing/fakeTransport'
import { TencentChatStandIn } from '../testing/tencentStandIn'
import { EmbedConfigError } from './backend'
import { createDeferredTransport } from './deferred'
import { optionsFromAttributes, parseNotifications } from './element'
import { defineKefuChatElement } from './index'
import { mount, type KefuKitInstance } from './mount'

const mounted: KefuKitInstance[] = []
afterEach(() => {
  for (const m of mounted.splice(0)) m.destroy()
  document.body.replaceChildren()
  document.title = ''
})

function target(): HTMLElement {
  const el = document.createElement('div')
  document.body.appendChild(el)
  return el
}

const shadowOf = (chat: KefuKitInstance) => chat.element.shadowRoot!

async function settle(): Promise<void> {
  await flush()
  await new Promise((r) => setTimeout(r, 0))
  await flush()
}

describe('KefuKit.mount inline (launcher: false + target)', () => {
  it('renders the chat in an open shadow root of a host inside the target, and reports service messages', async () => {
    const transport = createFakeTransport()
    const el = target()
    const chat = mount({ backend: transport, launcher: false, target: el, locale: 'en', title: 'Acme' })
    mounted.push(chat)
    expect(el.firstElementChild).toBe(chat.element)
    expect(chat.element.tagName.toLowerCase()).toBe('kefu-kit-host')
    expect(chat.element.shadowRoot?.mode).toBe('open')
    await settle()
    expect(shadowOf(chat).querySelector('.kefu-chat')?.getAttribute('aria-label')).toBe('Acme')
    // the page's document has none of the kit's elements
    expect(document.querySelector('.kefu-chat')).toBeNull()
    const messages: string[] = []
    chat.on('message', (m) => messages.push(m.payload.kind === 'text' ? m.payload.text : m.payload.kind))
    transport.receiveText('Hello from the service')
    await settle()
    expect(messages).toEqual(['Hello from the service'])
  })

  it('close() hides it and unmounts the view, so service messages count as unread; open() reads them', async () => {
    const transport = createFakeTransport()
    const chat = mount({ backend: transport, launcher: false, target: target(), locale: 'en' })
    mounted.push(chat)
    await settle()
    const events: string[] = []
    chat.on('open', () => events.push('open'))
    chat.on('close', () => events.push('close'))
    chat.on('unread', (n) => events.push(`unread:${n}`))
    chat.close()
    await settle()
    expect(chat.isOpen).toBe(false)
    expect(chat.element.hasAttribute('data-kefu-closed')).toBe(true)
    expect(shadowOf(chat).querySelector('.kefu-chat')).toBeNull()
    transport.receiveText('one')
    transport.receiveText('two')
    await settle()
    expect(chat.unread).toBe(2)
    chat.open()
    await settle()
    expect(chat.unread).toBe(0)
    expect(shadowOf(chat).querySelector('.kefu-chat')).not.toBeNull()
    expect(events).toEqual(['close', 'unread:1', 'unread:2', 'open', 'unread:0'])
  })

  it('a service message arriving in the same moment as close() counts as unread (the view has not unmounted yet)', async () => {
    const transport = createFakeTransport()
    const chat = mount({ backend: transport, launcher: false, target: target(), locale: 'en' })
    mounted.push(chat)
    await settle()
    chat.close()
    transport.receiveText('right as you closed it')
    await settle()
    expect(chat.unread).toBe(1)
    chat.open()
    await settle()
    expect(chat.unread).toBe(0)
  })

  it('with notifications.title, the document title carries the unread count while closed, and is restored', async () => {
    const transport = createFakeTransport()
    document.title = 'Shop'
    const chat = mount({ backend: transport, launcher: false, target: target(), notifications: true })
    mounted.push(chat)
    await settle()
    chat.close()
    await settle()
    transport.receiveText('hi')
    await settle()
    expect(document.title).toBe('(1) Shop')
    chat.open()
    await settle()
    expect(document.title).toBe('Shop')
  })

  it('update() applies title, theme and locale live; destroy() removes the host and stops the conversation', async () => {
    const transport = createFakeTransport()
    const chat = mount({ backend: transport, launcher: false, target: target(), locale: 'en', title: 'A' })
    await settle()
    chat.update({ title: 'B', theme: 'dark' })
    await settle()
    expect(shadowOf(chat).querySelector('.kefu-chat')?.getAttribute('aria-label')).toBe('B')
    expect(shadowOf(chat).querySelector('.kefu-root')?.getAttribute('data-kefu-theme')).toBe('dark')
    const host = chat.element
    chat.destroy()
    await settle()
    expect(host.isConnected).toBe(false)
    expect(transport.listenerCount).toBe(0)
    chat.destroy() // twice is harmless
  })
})

describe('KefuKit.mount with the launcher (the default)', () => {
  it('starts closed with a badge for service messages; open() and close() drive the panel', async () => {
    const transport = createFakeTransport()
    const chat = mount({ backend: transport, locale: 'en', title: 'Acme' })
    mounted.push(chat)
    await settle()
    const root = shadowOf(chat)
    expect(chat.element.getAttribute('data-kefu-mode')).toBe('launcher')
    expect(root.querySelector('.kefu-launcher__panel')).toBeNull()
    transport.receiveText('Are you there?')
    await settle()
    expect(root.querySelector('.kefu-launcher__badge')?.textContent).toBe('1')
    chat.open()
    await settle()
    expect(root.querySelector('.kefu-launcher__panel')).not.toBeNull()
    expect(root.querySelector('.kefu-launcher__badge')).toBeNull()
    expect(chat.unread).toBe(0)
    chat.toggle()
    await settle()
    expect(root.querySelector('.kefu-launcher__panel')).toBeNull()
  })

  it('the launcher button opens it and fires open; the open state is remembered for the next mount', async () => {
    const transport = createFakeTransport({ storageKey: 'remember' })
    const first = mount({ backend: transport, storageKey: 'remember' })
    await settle()
    const opened = vi.fn()
    first.on('open', opened)
    ;(shadowOf(first).querySelector('.kefu-launcher__button') as HTMLButtonElement).click()
    await settle()
    expect(opened).toHaveBeenCalledTimes(1)
    expect(first.isOpen).toBe(true)
    first.destroy()
    const second = mount({ backend: createFakeTransport(), storageKey: 'remember' })
    mounted.push(second)
    expect(second.isOpen).toBe(true)
  })
})

describe('KefuKit.mount: options it cannot use fail clearly', () => {
  it('Tencent without the SDK on the page', () => {
    expect(() => mount({ backend: { tencent: { SDKAppID: 1400000000, userID: 'u', userSig: 's' } } })).toThrow(/TencentCloudChat/)
    expect(document.querySelector('kefu-kit-host')).toBeNull()
  })

  it('Tencent with the SDK but without a userSig; an unknown backend; a target that matches nothing', () => {
    const sdk = { create: vi.fn(() => ({ login: vi.fn(), logout: vi.fn() })) }
    expect(() => mount({ backend: { tencent: { SDKAppID: 1, userID: 'u', userSig: '', TencentCloudChat: sdk } } })).toThrow(/userSig/)
    expect(sdk.create).not.toHaveBeenCalled()
    expect(() => mount({ backend: 'firebase' as never })).toThrow(EmbedConfigError)
    expect(() => mount({ target: '#nowhere' })).toThrow(/#nowhere/)
  })

  it('Tencent with the SDK: creates it, logs in with the given user, and loads the transport', async () => {
    const login = vi.fn(() => Promise.resolve())
    const standIn = Object.assign(new TencentChatStandIn(), { login, logout: vi.fn(() => Promise.resolve()) })
    const sdk = { create: vi.fn(() => standIn) }
    const chat = mount({ launcher: false, target: target(), backend: { tencent: { SDKAppID: '1400000001', userID: 'alice', userSig: 'sig', TencentCloudChat: sdk } } })
    mounted.push(chat)
    expect(sdk.create).toHaveBeenCalledWith({ SDKAppID: 1400000001 })
    expect(login).toHaveBeenCalledWith({ userID: 'alice', userSig: 'sig' })
    await chat.ready
    expect(chat.simulator).toBeUndefined()
  })
})

describe('<kefu-chat>', () => {
  it('reads its options from attributes', () => {
    const el = document.createElement('div')
    el.setAttribute('locale', 'ja')
    el.setAttribute('launcher', 'false')
    el.setAttribute('notifications', 'title sound')
    el.setAttribute('strings', '{"en":{"composer.placeholder":"Ask"}}')
    el.setAttribute('backend', 'tencent')
    el.setAttribute('sdkappid', '14')
    el.setAttribute('user-id', 'u1')
    el.setAttribute('user-sig', 's1')
    const o = optionsFromAttributes(el)
    expect(o).toMatchObject({
      locale: 'ja', launcher: false, notifications: { title: true, sound: true, system: false },
      strings: { en: { 'composer.placeholder': 'Ask' } },
      backend: { tencent: { SDKAppID: '14', userID: 'u1', userSig: 's1' } },
    })
    expect(parseNotifications('true')).toBe(true)
    expect(parseNotifications('false')).toBe(false)
    expect(parseNotifications(null)).toBeUndefined()
  })

  it('shows a visible error when it cannot start, and mounts again after the attribute is fixed', async () => {
    defineKefuChatElement()
    const el = document.createElement('kefu-chat') as HTMLElement & { instance: KefuKitInstance | null }
    el.setAttribute('backend', 'tencent')
    el.setAttribute('launcher', 'false')
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    document.body.appendChild(el)
    await settle()
    const alert = el.shadowRoot?.querySelector('[role="alert"]')
    expect(alert?.textContent).toMatch(/TencentCloudChat/)
    expect(el.instance).toBeNull()
    errors.mockRestore()
  })

  it('applies attribute changes live and is destroyed when removed', async () => {
    defineKefuChatElement()
    const el = document.createElement('kefu-chat') as HTMLElement & { instance: KefuKitInstance | null }
    el.setAttribute('launcher', 'false')
    el.setAttribute('title', 'Support')
    el.setAttribute('locale', 'en')
    document.body.appendChild(el)
    await settle()
    const chat = el.instance!
    expect(chat).not.toBeNull()
    expect(el.shadowRoot?.querySelector('.kefu-chat')?.getAttribute('aria-label')).toBe('Support')
    el.setAttribute('title', 'Help desk')
    await settle()
    expect(el.shadowRoot?.querySelector('.kefu-chat')?.getAttribute('aria-label')).toBe('Help desk')
    const closed = vi.fn()
    el.addEventListener('close', closed)
    el.setAttribute('open', 'false')
    await settle()
    expect(closed).toHaveBeenCalledTimes(1)
    await chat.ready
    expect(chat.simulator?.session.phase).toBe('bot')
    el.remove()
    await settle()
    expect(el.instance).toBeNull()
    expect(el.shadowRoot?.querySelector('.kefu-chat')).toBeNull()
  })
})

describe('mount().simulator with the simulator as the backend', () => {
  it('is there at once: a stand-in whose calls wait for the simulator, then the simulator itself', async () => {
    const chat = mount({ backend: 'simulator', launcher: false, target: target(), locale: 'en' })
    mounted.push(chat)
    const early = chat.simulator
    expect(early).toBeDefined()
    // called before the simulator's file has loaded: it waits, then behaves as the real one
    await early!.idle()
    await chat.ready
    expect(chat.simulator).not.toBe(early)
    expect(chat.simulator?.session.phase).toBe('bot')
    const reply = await (early!.agentReply('hi') as unknown as Promise<{ ok: boolean }>)
    expect(typeof reply.ok).toBe('boolean')
    await expect((early as unknown as { noSuchMethod(): Promise<unknown> }).noSuchMethod()).rejects.toThrow(/no method noSuchMethod/)
  })
})

describe('the deferred transport (the simulator and the Tencent transport are loaded later)', () => {
  it('is idle, then connecting until the real one is loaded; events and sends go through once it is', async () => {
    const real = createFakeTransport()
    let resolve!: (t: typeof real) => void
    const t = createDeferredTransport(() => new Promise((r) => { resolve = r }))
    const events: string[] = []
    t.subscribe((e) => events.push(e.type === 'status' ? `status:${e.status}` : e.type))
    expect(t.status).toBe('idle')
    const connecting = t.connect()
    expect(t.status).toBe('connecting')
    const sending = t.send({ clientId: 'c1', body: { type: 'text', text: 'hi' } })
    resolve(real)
    await connecting
    expect(t.status).toBe('online')
    await sending
    expect(real.deliveredTexts()).toEqual(['hi'])
    real.receiveText('yo')
    expect(events[0]).toBe('status:connecting')
    expect(events.slice(-2)).toEqual(['status:online', 'message'])
  })

  it('a chunk that cannot load: connect rejects and the status is offline', async () => {
    const t = createDeferredTransport(() => Promise.reject(new Error('404')))
    await expect(t.connect()).rejects.toThrow('404')
    expect(t.status).toBe('offline')
  })
})
