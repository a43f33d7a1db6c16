// The floating launcher on every Vue runtime: badge, preview, open/close with focus return, the
// remembered state, read reporting through the engine, and the title count.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { vueLabel } from '../../testing/mount'
import { host, keydown, mountCompat, realEngine, sentSrcs, settle, unmount } from '../../testing/shell'
import { KefuLauncher } from './KefuLauncher'
import { resetSoundState } from './notify'

function mountLauncher(props: Record<string, unknown> = {}, on?: Record<string, (...args: any[]) => void>) {
  const harness = realEngine({ history: false, storageKey: 'launcher-test' })
  const w = mountCompat(KefuLauncher, { props: { transport: harness.transport, locale: 'en', title: 'Acme support', ...props }, on, attachTo: host() })
  return { ...harness, w }
}

const button = (w: any) => w.find('.kefu-launcher__button')
const label = (w: any) => button(w).attributes('aria-label')

beforeEach(() => {
  localStorage.clear()
  document.title = 'Shop'
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe(`KefuLauncher on ${vueLabel}`, () => {
  it('starts closed with a named button; an agent message raises the badge, names the count and shows a preview', async () => {
    const unread = vi.fn()
    const { w, transport } = mountLauncher({}, { unread })
    await settle()
    expect(w.find('.kefu-launcher__panel').exists()).toBe(false)
    expect(button(w).attributes('aria-expanded')).toBe('false')
    expect(label(w)).toBe('Open chat')
    expect(w.find('.kefu-launcher__badge').exists()).toBe(false)
    transport.receiveText('Hi! Your parcel left the warehouse.', { senderName: 'Mia' } as never)
    transport.receiveCustom({ customerServicePlugin: 0, src: '15', content: { header: 'Pick one', items: [{ content: 'Orders' }] } })
    await settle()
    expect(w.find('.kefu-launcher__badge').text()).toBe('2')
    expect(label(w)).toBe('Open chat, 2 unread messages')
    // the newest unread message, summarised by its kind
    expect(w.find('.kefu-launcher__preview-text').text()).toContain('Pick one')
    expect(unread).toHaveBeenLastCalledWith(expect.objectContaining({ count: 2 }))
    unmount(w)
  })

  it('opens the chat in a labelled dialog, marks everything read, and closes with Escape returning focus', async () => {
    const events: string[] = []
    const { w, transport } = mountLauncher({}, { open: () => events.push('open'), close: () => events.push('close') })
    await settle()
    transport.receiveText('Hello?')
    await settle()
    const readsBefore = transport.markReadCalls
    await button(w).trigger('click')
    await settle()
    const panel = w.find('.kefu-launcher__panel')
    expect(panel.attributes('role')).toBe('dialog')
    expect(panel.attributes('aria-label')).toBe('Acme support')
    expect(button(w).attributes('aria-expanded')).toBe('true')
    expect(w.find('.kefu-launcher__badge').exists()).toBe(false)
    expect(w.find('.kefu-launcher__preview').exists()).toBe(false)
    expect(transport.markReadCalls).toBe(readsBefore + 1)
    // focus moved into the panel (the composer)
    expect(document.activeElement?.tagName).toBe('TEXTAREA')
    // a message while open is read at once
    transport.receiveText('Still there?')
    await settle()
    expect(w.find('.kefu-launcher__badge').exists()).toBe(false)
    expect(transport.markReadCalls).toBe(readsBefore + 2)
    await keydown(document.activeElement as Element, { key: 'Escape' })
    await settle()
    expect(w.find('.kefu-launcher__panel').exists()).toBe(false)
    expect(document.activeElement).toBe(button(w).element)
    expect(events).toEqual(['open', 'close'])
    unmount(w)
  })

  it('closes with its close button in the header and returns focus to the launcher', async () => {
    const { w } = mountLauncher({ defaultOpen: true })
    await settle()
    expect(w.find('.kefu-launcher__panel').exists()).toBe(true)
    const close = w.find('.kefu-launcher__close')
    expect(close.attributes('aria-label')).toBe('Close chat')
    await close.trigger('click')
    await settle()
    expect(w.find('.kefu-launcher__panel').exists()).toBe(false)
    expect(document.activeElement).toBe(button(w).element)
    unmount(w)
  })

  it('remembers open and closed across a re-mount (a reload), per conversation', async () => {
    const first = mountLauncher()
    await settle()
    await button(first.w).trigger('click')
    await settle()
    unmount(first.w)
    const second = mountLauncher()
    await settle()
    expect(second.w.find('.kefu-launcher__panel').exists()).toBe(true)
    await button(second.w).trigger('click')
    unmount(second.w)
    const third = mountLauncher()
    await settle()
    expect(third.w.find('.kefu-launcher__panel').exists()).toBe(false)
    unmount(third.w)
    // persist: false never reads nor writes
    localStorage.setItem('kefu-kit:launcher-open:launcher-test', '1')
    const fourth = mountLauncher({ persist: false })
    await settle()
    expect(fourth.w.find('.kefu-launcher__panel').exists()).toBe(false)
    unmount(fourth.w)
  })

  it('survives a localStorage that throws', async () => {
    const get = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('denied')
    })
    const set = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('denied')
    })
    const { w } = mountLauncher()
    await settle()
    await button(w).trigger('click')
    await settle()
    expect(w.find('.kefu-launcher__panel').exists()).toBe(true)
    get.mockRestore()
    set.mockRestore()
    unmount(w)
  })

  it('shows the unread count in the document title when asked, and restores it', async () => {
    const { w, transport } = mountLauncher({ notifications: { title: true } })
    await settle()
    transport.receiveText('one')
    transport.receiveText('two')
    transport.receiveText('three')
    await settle()
    expect(document.title).toBe('(3) Shop')
    await button(w).trigger('click')
    await settle()
    expect(document.title).toBe('Shop')
    unmount(w)
  })

  it('leaves the title alone without the option, and restores it on unmount', async () => {
    const plain = mountLauncher()
    await settle()
    plain.transport.receiveText('one')
    await settle()
    expect(document.title).toBe('Shop')
    unmount(plain.w)
    // (the engine's cache of the first conversation would dedupe the second's same server ids)
    localStorage.clear()
    const titled = mountLauncher({ notifications: { title: true } })
    await settle()
    titled.transport.receiveText('one')
    await settle()
    expect(document.title).toBe('(1) Shop')
    unmount(titled.w)
    expect(document.title).toBe('Shop')
  })

  it('hides a dismissed preview until a newer message arrives', async () => {
    const { w, transport } = mountLauncher()
    await settle()
    transport.receiveText('first')
    await settle()
    await w.find('.kefu-launcher__preview-dismiss').trigger('click')
    await settle()
    expect(w.find('.kefu-launcher__preview').exists()).toBe(false)
    expect(w.find('.kefu-launcher__badge').text()).toBe('1')
    transport.receiveText('second')
    await settle()
    expect(w.find('.kefu-launcher__preview-text').text()).toBe('second')
  })

  it('follows a controlled open prop and sits in the corner it is given', async () => {
    const { w } = mountLauncher({ open: false, position: 'top-left', offset: { x: 8, y: '2rem' } })
    await settle()
    const root = w.find('.kefu-launcher')
    expect(root.attributes('data-kefu-position')).toBe('top-left')
    expect((root.element as HTMLElement).style.getPropertyValue('--kefu-launcher-offset-x')).toBe('8px')
    expect((root.element as HTMLElement).style.getPropertyValue('--kefu-launcher-offset-y')).toBe('2rem')
    await w.setProps({ open: true })
    await settle()
    expect(w.find('.kefu-launcher__panel').exists()).toBe(true)
    unmount(w)
  })

  it('with autoStart false, starts the conversation when the customer first opens it', async () => {
    const { w, transport } = mountLauncher({ autoStart: false })
    await settle()
    expect(sentSrcs(transport)).toEqual([])
    await button(w).trigger('click')
    await settle()
    expect(sentSrcs(transport)).toEqual(['7'])
    unmount(w)
  })

  it('system notifications: permission asked only from the panel button, then a notification per message while closed', async () => {
    const shown: { title: string; body?: string }[] = []
    const requestPermission = vi.fn(async () => {
      FakeNotification.permission = 'granted'
      return 'granted' as const
    })
    class FakeNotification {
      static permission: 'default' | 'granted' | 'denied' = 'default'
      static requestPermission = requestPermission
      onclick: (() => void) | null = null
      constructor(title: string, options?: { body?: string }) {
        shown.push({ title, body: options?.body })
      }
      close() {}
    }
    vi.stubGlobal('Notification', FakeNotification)
    try {
      const { w, transport } = mountLauncher({ notifications: { system: true } })
      await settle()
      transport.receiveText('before permission')
      await settle()
      expect(shown).toEqual([])
      expect(requestPermission).not.toHaveBeenCalled()
      await button(w).trigger('click')
      await settle()
      await w.find('.kefu-launcher__notify').trigger('click')
      await settle()
      expect(requestPermission).toHaveBeenCalledTimes(1)
      expect(w.find('.kefu-launcher__notify').exists()).toBe(false)
      // open and visible: no notification
      transport.receiveText('while open')
      await settle()
      expect(shown).toEqual([])
      await w.find('.kefu-launcher__close').trigger('click')
      await settle()
      transport.receiveText('Your refund was approved')
      await settle()
      expect(shown).toEqual([{ title: 'Acme support', body: 'Your refund was approved' }])
      unmount(w)
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('sound: a beep per new message while closed, only after the page had a user gesture', async () => {
    const started: number[] = []
    class FakeAudioContext {
      currentTime = 0
      destination = {}
      state = 'running'
      createGain() {
        return { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect() {} }
      }
      createOscillator() {
        return { type: '', frequency: { setValueAtTime() {} }, connect() {}, start: (t: number) => started.push(t), stop() {} }
      }
    }
    vi.stubGlobal('AudioContext', FakeAudioContext)
    // earlier tests pressed keys: start from a page without a gesture
    resetSoundState()
    try {
      const { w, transport } = mountLauncher({ notifications: { sound: true } })
      await settle()
      transport.receiveText('before any gesture')
      await settle()
      expect(started).toEqual([])
      window.dispatchEvent(new Event('pointerdown'))
      transport.receiveText('after a click')
      await settle()
      expect(started).toHaveLength(1)
      unmount(w)
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
