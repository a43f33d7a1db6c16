import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue-demi'
import { vueLabel } from '../../testing/mount'
import { hc } from '../../vue/compat'
import { all, host, mountCompat, realEngine, sentSrcs, settle, unmount } from '../../testing/shell'
import { KefuProvider } from '../KefuProvider/KefuProvider'
import { KefuToolbar, type ToolbarButton } from './KefuToolbar'

const inSeat = { customerServicePlugin: 0, src: '26', content: { command: 'updateSeatStatus', content: 'inSeat' } }
const outSeat = { customerServicePlugin: 0, src: '26', content: { command: 'updateSeatStatus', content: 'outSeat' } }
const rules = (flag: number) => ({ customerServicePlugin: 0, src: '23', content: { menuSendRuleFlag: flag } })
const PRODUCT = { header: 'Trail shoe X2', desc: 'Size 42, blue', pic: 'https://example.com/x2.png', url: 'https://example.com/p/x2' }
const ORDER = { guide: 'Your order', name: 'Order 42', desc: '2 items', pic: 'javascript:alert(1)', customField: [] }

function mountToolbar(props: Record<string, unknown>, autoStart = true) {
  const harness = realEngine({ history: false })
  const sent: unknown[] = []
  const Host = defineComponent({
    setup() {
      return () => hc(KefuProvider, {
        props: { engine: harness.engine, locale: 'en', autoStart },
        slots: { default: () => hc(KefuToolbar, { props, on: { sent: (m: unknown) => sent.push(m) } }) },
      })
    },
  })
  const w = mountCompat(Host, { attachTo: host() })
  return { ...harness, w, sent }
}

describe(`KefuToolbar on ${vueLabel}`, () => {
  it('draws the host\'s buttons in order: a text sends it, a link opens safely, presets follow the seat status', async () => {
    const toolbar: ToolbarButton[] = [
      { type: 'text', label: 'Where is my order?', text: 'Where is my order #?' },
      { type: 'link', label: 'Help centre', url: 'https://example.com/help' },
      { type: 'link', label: 'Bad', url: 'javascript:alert(1)' },
      { type: 'preset', preset: 'humanService', label: 'Human service' },
      { type: 'preset', preset: 'serviceRating' },
      { type: 'preset', preset: 'endHumanService' },
      { type: 'text', label: 'Hidden', text: 'x', enabled: false },
    ]
    const { w, transport, sent } = mountToolbar({ toolbar })
    await settle()
    const labels = () => all(w, '.kefu-toolbar__buttons > *').map((e) => e.attributes('data-kefu-action') || e.text())
    expect(labels()).toEqual(['Where is my order?', 'Help centre(opens in a new tab)', 'transfer'])
    const link = w.find('a[data-kefu-toolbar="link"]')
    expect(link.attributes('href')).toBe('https://example.com/help')
    expect(link.attributes('rel')).toBe('noopener noreferrer')
    expect(link.attributes('target')).toBe('_blank')
    expect(w.find('[data-kefu-action="transfer"]').text()).toBe('Human service')
    await w.find('[data-kefu-toolbar="text"]').trigger('click')
    await settle()
    expect(transport.deliveredTexts()).toEqual(['Where is my order #?'])
    expect(sent).toHaveLength(1)
    transport.receiveCustom(rules(4))
    transport.receiveCustom(inSeat)
    await settle()
    expect(labels()).toEqual(['Where is my order?', 'Help centre(opens in a new tab)', 'rate', 'end'])
    transport.receiveCustom(outSeat)
    await settle()
    expect(labels()).toEqual(['Where is my order?', 'Help centre(opens in a new tab)', 'transfer'])
    unmount(w)
  })

  it('an empty list draws no buttons at all', async () => {
    const { w } = mountToolbar({ toolbar: [] })
    await settle()
    expect(w.find('.kefu-toolbar').exists()).toBe(false)
    unmount(w)
  })

  it('offers the host\'s product above the composer and sends it as a card (src 22) with one tap', async () => {
    const { w, transport } = mountToolbar({ toolbar: [], product: PRODUCT })
    await settle()
    const offer = w.find('[data-kefu-offer="product"]')
    expect(offer.attributes('role')).toBe('group')
    expect(offer.find('.kefu-toolbar__offer-title').text()).toBe('Trail shoe X2')
    expect(offer.find('img').attributes('src')).toBe('https://example.com/x2.png')
    await w.find('[data-kefu-offer-send="product"]').trigger('click')
    await settle()
    expect(sentSrcs(transport)).toEqual(['7', '22'])
    expect(w.find('[data-kefu-offer="product"]').exists()).toBe(false)
    unmount(w)
  })

  it('offers an order (src 28), drops an unsafe picture, and can be dismissed without sending', async () => {
    const { w, transport } = mountToolbar({ toolbar: [], order: ORDER })
    await settle()
    expect(w.find('[data-kefu-offer="order"] img').exists()).toBe(false)
    await w.find('[data-kefu-offer-dismiss="order"]').trigger('click')
    await settle()
    expect(w.find('[data-kefu-offer="order"]').exists()).toBe(false)
    expect(sentSrcs(transport)).toEqual(['7'])
    unmount(w)
  })

  it('shows why a send was refused', async () => {
    const { w } = mountToolbar({ toolbar: [], order: ORDER }, false)
    // not started: the engine refuses
    await w.find('[data-kefu-offer-send="order"]').trigger('click')
    await settle()
    expect(w.find('[role="alert"]').text()).toBe('The conversation hasn’t started yet. Try again in a moment.')
    expect(w.find('[data-kefu-offer="order"]').exists()).toBe(true)
    unmount(w)
  })
})
