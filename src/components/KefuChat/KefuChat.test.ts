import { describe, expect, it, vi, beforeAll } from 'vitest'
import { defineComponent, shallowRef } from 'vue-demi'
import { rendererProps } from '../../messages/types'
import type { ChatMessage } from '../../protocol/engine/types'
import { setPropsCompat, vueLabel } from '../../testing/mount'
import { hc } from '../../vue/compat'
import { all, host, mountCompat, realEngine, sentSrcs, settle, unmount } from '../../testing/shell'
import { KefuProvider } from '../KefuProvider/KefuProvider'
import { KefuChat } from './KefuChat'
import { loadLocale as preloadLocale } from '../../i18n'

// the Chinese dictionaries are lazily loaded chunks: load them before the tests read them
beforeAll(() => Promise.all([preloadLocale('zh-CN'), preloadLocale('zh-TW')]))

const textOf = (m: ChatMessage) => (m.payload.kind === 'text' ? m.payload.text : '')

/** A team's own text renderer. */
const Shout = defineComponent({
  name: 'Shout',
  props: rendererProps,
  setup(props) {
    return () => hc('p', { class: 'shout' }, textOf(props.message).toUpperCase())
  },
})

/** A renderer that decorates the kit's own. */
const Framed = defineComponent({
  name: 'Framed',
  props: rendererProps,
  setup(props) {
    return () => hc('div', { class: 'framed' }, [
      hc('span', { class: 'framed__badge' }, '★'),
      hc(props.defaultRenderer as any, { props: { message: props.message, context: props.context } }),
    ])
  },
})

/** A broken renderer: throws for one particular text. */
const Fragile = defineComponent({
  name: 'Fragile',
  props: rendererProps,
  setup(props) {
    return () => {
      const text = textOf(props.message)
      if (text === 'boom') throw new Error('renderer exploded')
      return hc('p', { class: 'fragile' }, text)
    }
  },
})

function mountChat(props: Record<string, unknown> = {}, on?: Record<string, (...args: any[]) => void>) {
  const harness = realEngine({ history: false })
  const w = mountCompat(KefuChat, { props: { transport: harness.transport, locale: 'en', ...props }, on, attachTo: host() })
  return { ...harness, w }
}

describe(`KefuChat on ${vueLabel}`, () => {
  it('opens the conversation with src 7 and draws incoming messages through the registry', async () => {
    const { w, transport } = mountChat({ title: 'Acme support' })
    await settle()
    expect(sentSrcs(transport)).toEqual(['7'])
    transport.receiveText('Hello, how can I help?')
    transport.receiveCustom({ customerServicePlugin: 0, src: '15', content: { header: 'Pick one', items: [{ content: 'Orders' }, { content: 'Refunds' }] } })
    await settle()
    const rows = all(w, '[data-kefu-row]')
    expect(rows).toHaveLength(2)
    expect(rows[0].find('.kefu-text').text()).toBe('Hello, how can I help?')
    expect(rows[1].attributes('data-kefu-kind')).toBe('branch')
    expect(rows[1].text()).toContain('Refunds')
    expect(w.find('section.kefu-chat').attributes('aria-label')).toBe('Acme support')
    expect(w.find('.kefu-header__title').text()).toBe('Acme support')
    // the service's name goes on its messages too
    expect(rows[0].find('.kefu-row__name').text()).toBe('Acme support')
    unmount(w)
  })

  it('reports read on mount and for each incoming message, but not while the page is hidden', async () => {
    const { w, transport } = mountChat()
    await settle()
    const afterMount = transport.markReadCalls
    expect(afterMount).toBeGreaterThanOrEqual(1)
    transport.receiveText('Agent reply')
    await settle()
    expect(transport.markReadCalls).toBe(afterMount + 1)
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    transport.receiveText('While you were away')
    await settle()
    expect(transport.markReadCalls).toBe(afterMount + 1)
    visibility.mockReturnValue('visible')
    document.dispatchEvent(new Event('visibilitychange'))
    expect(transport.markReadCalls).toBe(afterMount + 2)
    visibility.mockRestore()
    unmount(w)
  })

  it('sends what the customer types and shows it as their own message', async () => {
    const sent = vi.fn()
    const { w, transport } = mountChat({}, { sent })
    await settle()
    const textarea = w.find('textarea')
    await textarea.setValue('Where is my parcel?')
    await w.find('.kefu-composer__send').trigger('click')
    await settle()
    expect(transport.deliveredTexts()).toEqual(['Where is my parcel?'])
    expect(sent).toHaveBeenCalledTimes(1)
    const row = w.find('.kefu-row--customer')
    expect(row.text()).toContain('Where is my parcel?')
    expect(row.attributes('data-kefu-status')).toBe('sent')
    expect((textarea.element as HTMLTextAreaElement).value).toBe('')
    unmount(w)
  })

  it('lets a team replace a renderer, or wrap the default one', async () => {
    const { w, transport } = mountChat({ renderers: { text: Shout } })
    await settle()
    transport.receiveText('quiet please')
    await settle()
    expect(w.find('.shout').text()).toBe('QUIET PLEASE')
    expect(w.find('.kefu-text').exists()).toBe(false)
    unmount(w)

    const second = mountChat({ renderers: { text: Framed } })
    await settle()
    second.transport.receiveText('decorated')
    await settle()
    const framed = second.w.find('.framed')
    expect(framed.find('.framed__badge').exists()).toBe(true)
    expect(framed.find('.kefu-text').text()).toBe('decorated')
    unmount(second.w)
  })

  it('draws a custom src with the renderer registered for it, and hides kinds mapped to false', async () => {
    const Coupon = defineComponent({
      props: rendererProps,
      setup(props) {
        return () => hc('p', { class: 'coupon' }, `coupon ${(props.message.payload as any).src}`)
      },
    })
    const { w, transport } = mountChat({ renderers: { 'src:1001': Coupon, image: false } })
    await settle()
    transport.receiveCustom({ customerServicePlugin: 0, src: '1001', content: { code: 'X' } })
    transport.receive({ body: { type: 'image', url: 'https://example.com/a.png' } })
    transport.receiveText('after')
    await settle()
    expect(w.find('.coupon').text()).toBe('coupon 1001')
    expect(all(w, '[data-kefu-row]')).toHaveLength(2)
    unmount(w)
  })

  it('survives a renderer that throws: that message shows a placeholder, the others render', async () => {
    const renderError = vi.fn()
    const { w, transport } = mountChat({ renderers: { text: Fragile } }, { 'render-error': renderError })
    await settle()
    transport.receiveText('before')
    transport.receiveText('boom')
    transport.receiveText('after')
    await settle()
    const rows = all(w, '[data-kefu-row]')
    expect(rows).toHaveLength(3)
    expect(rows[0].find('.fragile').text()).toBe('before')
    expect(rows[1].find('.kefu-render-error').exists()).toBe(true)
    expect(rows[1].find('.fragile').exists()).toBe(false)
    expect(rows[2].find('.fragile').text()).toBe('after')
    expect(renderError).toHaveBeenCalledTimes(1)
    expect(String(renderError.mock.calls[0]![0])).toMatch(/renderer exploded/)
    expect(renderError.mock.calls[0]![1].id).toBe(rows[1].attributes('data-kefu-id'))
    // the conversation goes on
    transport.receiveText('still alive')
    await settle()
    expect(all(w, '.fragile').map((p) => p.text())).toEqual(['before', 'after', 'still alive'])
    unmount(w)
  })

  it('shows the connection state in the header and an offline hint in the composer', async () => {
    const { w, transport } = mountChat()
    await settle()
    const status = () => w.find('.kefu-header__status')
    expect(status().text()).toBe('Online')
    expect(status().attributes('role')).toBe('status')
    expect(w.find('.kefu-composer__status').exists()).toBe(false)
    transport.setStatus('offline')
    await settle()
    expect(status().text()).toBe('Offline, reconnecting…')
    expect(w.find('.kefu-composer__status').text()).toMatch(/offline/i)
    transport.setStatus('connecting')
    await settle()
    expect(status().text()).toBe('Connecting…')
    transport.setStatus('kicked')
    await settle()
    expect(status().text()).toBe('Signed in elsewhere')
    expect(w.find('.kefu-composer__status').text()).toMatch(/another device/)
    unmount(w)
  })

  it('shows the queue position while waiting for an agent, and the typing indicator', async () => {
    const { w, transport } = mountChat()
    await settle()
    expect(w.find('[data-kefu-queue]').exists()).toBe(false)
    transport.receiveText('You are number 3 in the queue, with 2 ahead of you. Please wait.')
    await settle()
    const queue = w.find('[data-kefu-queue]')
    expect(queue.text()).toContain('You’re number 3 in the queue')
    expect(queue.text()).toContain('2 people ahead of you')
    expect(queue.attributes('role')).toBe('status')
    expect(w.find('[data-kefu-typing]').exists()).toBe(false)
    transport.receiveCustom({ customerServicePlugin: 0, src: '12', content: {} })
    await settle()
    expect(w.find('[data-kefu-typing]').text()).toBe('Agent is typing…')
    transport.receiveCustom({ customerServicePlugin: 0, src: '26', content: { command: 'updateSeatStatus', content: 'inSeat' } })
    await settle()
    expect(w.find('[data-kefu-queue]').exists()).toBe(false)
    unmount(w)
  })

  it('switches every string when the locale changes', async () => {
    const { w, transport } = mountChat({ locale: 'zh-CN' })
    await settle()
    transport.receiveText('你好')
    await settle()
    expect(w.find('.kefu-composer__send').text()).toBe('发送')
    expect(w.find('.kefu-header__status').text()).toBe('在线')
    expect(w.find('textarea').attributes('placeholder')).toBe('请输入消息…')
    expect(w.find('[role=log]').attributes('aria-label')).toBe('聊天记录')
    expect(w.find('.kefu-row__day').text()).toBe('今天')
    expect(w.find('.kefu-root').attributes('lang')).toBe('zh-CN')
    await setPropsCompat(w, { locale: 'en' })
    await settle()
    expect(w.find('.kefu-composer__send').text()).toBe('Send')
    expect(w.find('.kefu-header__status').text()).toBe('Online')
    expect(w.find('textarea').attributes('placeholder')).toBe('Type a message…')
    expect(w.find('[role=log]').attributes('aria-label')).toBe('Conversation')
    expect(w.find('.kefu-row__day').text()).toBe('Today')
    expect(w.find('.kefu-root').attributes('lang')).toBe('en')
    await setPropsCompat(w, { locale: 'zh-TW' })
    await settle()
    expect(w.find('.kefu-composer__send').text()).toBe('傳送')
    unmount(w)
  })

  it('applies per-string overrides', async () => {
    const { w } = mountChat({ strings: { en: { 'composer.send': 'Go', 'header.title': 'Helpdesk' } } })
    await settle()
    expect(w.find('.kefu-composer__send').text()).toBe('Go')
    expect(w.find('.kefu-header__title').text()).toBe('Helpdesk')
    unmount(w)
  })

  it('sets the theme attribute and switches it at runtime', async () => {
    const { w } = mountChat({ theme: 'dark' })
    await settle()
    expect(w.find('.kefu-root').attributes('data-kefu-theme')).toBe('dark')
    await setPropsCompat(w, { theme: 'light' })
    expect(w.find('.kefu-root').attributes('data-kefu-theme')).toBe('light')
    unmount(w)
  })

  it('uses the conversation of a surrounding KefuProvider', async () => {
    const { transport } = realEngine({ history: false })
    const Host = defineComponent({
      setup() {
        return () => hc(KefuProvider, {
          props: { transport, locale: 'en' },
          slots: { default: () => hc(KefuChat, { props: { title: 'Inner', height: 480 } }) },
        })
      },
    })
    const w = mountCompat(Host, { attachTo: host() })
    await settle()
    // one provider, one conversation, one src 7
    expect(all(w, '.kefu-root')).toHaveLength(1)
    expect(sentSrcs(transport)).toEqual(['7'])
    expect((w.find('.kefu-chat').element as HTMLElement).style.height).toBe('480px')
    transport.receiveText('shared')
    await settle()
    expect(w.find('.kefu-text').text()).toBe('shared')
    unmount(w)
  })

  it('puts the height on its own root when standalone', async () => {
    const { w } = mountChat({ height: '70vh' })
    await settle()
    expect((w.find('.kefu-root').element as HTMLElement).style.height).toBe('70vh')
    expect((w.find('.kefu-chat').element as HTMLElement).style.height).toBe('100%')
    unmount(w)
  })

  it('keeps the header avatar decorative and falls back to an initial', async () => {
    const { w } = mountChat({ title: 'Zed', avatar: 'https://example.com/a.png' })
    await settle()
    expect(w.find('img.kefu-header__avatar').attributes('alt')).toBe('')
    await setPropsCompat(w, { avatar: undefined })
    expect(w.find('.kefu-header__avatar--initial').text()).toBe('Z')
    unmount(w)
  })

  it('keeps what was typed when the chat is closed and opened again inside one provider', async () => {
    const { transport } = realEngine({ history: false })
    const open = shallowRef(true)
    const Host = defineComponent({
      setup() {
        return () => hc(KefuProvider, {
          props: { transport, locale: 'en' },
          slots: { default: () => (open.value ? hc(KefuChat) : hc('p', {}, 'closed')) },
        })
      },
    })
    const w = mountCompat(Host, { attachTo: host() })
    await settle()
    await w.find('textarea').setValue('half a thought')
    open.value = false
    await settle()
    expect(w.find('textarea').exists()).toBe(false)
    open.value = true
    await settle()
    expect((w.find('textarea').element as HTMLTextAreaElement).value).toBe('half a thought')
    unmount(w)
  })
})
