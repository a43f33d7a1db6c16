import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue-demi'
import { vueLabel } from '../../testing/mount'
import { hc } from '../../vue/compat'
import { host, mountCompat, realEngine, settle, unmount } from '../../testing/shell'
import { KefuProvider } from '../KefuProvider/KefuProvider'
import { KefuHeader } from './KefuHeader'

const inSeat = { customerServicePlugin: 0, src: '26', content: { command: 'updateSeatStatus', content: 'inSeat' } }
const outSeat = { customerServicePlugin: 0, src: '26', content: { command: 'updateSeatStatus', content: 'outSeat' } }
const ended = { customerServicePlugin: 0, src: '19', content: 'The conversation has ended.' }

function mountHeader(props: Record<string, unknown> = { title: 'Acme support', avatar: 'https://example.com/acme.png' }) {
  const harness = realEngine({ history: false })
  const Host = defineComponent({
    setup() {
      return () => hc(KefuProvider, {
        props: { engine: harness.engine, locale: 'en' },
        slots: { default: () => hc(KefuHeader, { props }) },
      })
    },
  })
  const w = mountCompat(Host, { attachTo: host() })
  const title = () => w.find('.kefu-header__title').text()
  const avatar = () => {
    const img = w.find('img.kefu-header__avatar')
    return img.exists() ? img.attributes('src') : `initial:${w.find('.kefu-header__avatar').text()}`
  }
  return { ...harness, w, title, avatar }
}

describe(`KefuHeader on ${vueLabel}`, () => {
  it('shows the serving agent\'s name and avatar while a human serves, and the service again when the agent leaves', async () => {
    const { w, transport, title, avatar } = mountHeader()
    await settle()
    transport.receiveText('Hi, I am the assistant.', { senderName: 'Acme Bot' })
    await settle()
    expect(title()).toBe('Acme support')
    expect(avatar()).toBe('https://example.com/acme.png')
    transport.receiveCustom(inSeat)
    transport.receiveText('You are now connected to Ann.', { senderName: 'Acme support' })
    await settle()
    // the agent has not spoken yet: still the service (the bot's name is not the agent's)
    expect(title()).toBe('Acme support')
    transport.receiveText('Hello, this is Ann. How can I help?', { senderName: 'Ann', avatar: 'https://example.com/ann.png' })
    await settle()
    expect(title()).toBe('Ann')
    expect(avatar()).toBe('https://example.com/ann.png')
    expect(w.find('.kefu-header').attributes('data-kefu-serving')).toBe('agent')
    transport.receiveCustom(outSeat)
    await settle()
    expect(title()).toBe('Acme support')
    expect(avatar()).toBe('https://example.com/acme.png')
    expect(w.find('.kefu-header').attributes('data-kefu-serving')).toBe('service')
    unmount(w)
  })

  it('draws an agent without an avatar by the initial of the name, and goes back to the title when the session ends', async () => {
    const { w, transport, title, avatar } = mountHeader({})
    await settle()
    expect(title()).toBe('Customer service')
    transport.receiveText('Let me find you a person.', { senderName: 'Acme Bot' })
    transport.receiveCustom(inSeat)
    await settle()
    // no "connected to" notice from this backend: the bot spoke before the agent came
    expect(title()).toBe('Customer service')
    transport.receiveText('Hi there', { senderName: 'Ben' })
    await settle()
    expect(title()).toBe('Ben')
    expect(avatar()).toBe('initial:B')
    transport.receiveCustom(ended)
    transport.receiveCustom(outSeat)
    await settle()
    expect(title()).toBe('Customer service')
    unmount(w)
  })

  it('loads no avatar the URL rule refuses (javascript:, data:), and shows a name with a right-to-left override isolated and without it', async () => {
    const { w, transport, title, avatar } = mountHeader({ title: 'Acme support', avatar: 'javascript:alert(1)' })
    await settle()
    expect(avatar()).toBe('initial:A')
    transport.receiveCustom(inSeat)
    transport.receiveText('Hi there', { senderName: '\u202Eexe.cod', avatar: 'data:image/svg+xml,<svg onload=alert(1)>' })
    await settle()
    expect(title()).toBe('exe.cod')
    expect(w.find('.kefu-header__title bdi').text()).toBe('exe.cod')
    expect(avatar()).toBe('initial:e')
    expect(w.html()).not.toMatch(/javascript:|data:|\u202e/i)
    unmount(w)
  })
})
