// A team adds its own message kind from outside the kit, through the public entry only (what an
// app imports as `kefu-kit`): a coupon (`src: 1001`) drawn as a system line with its own summary,
// a hidden kind, a shared plugin's layer and the app's own layer composing without knowing each other.
import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue-demi'
import {
  KefuChat,
  defineMessageKind,
  defineRendererWrapper,
  hc,
  rendererProps,
  type RendererMiddleware,
} from '../../index'
import { vueLabel } from '../../testing/mount'
import { all, host, mountCompat, realEngine, settle, unmount } from '../../testing/shell'

const couponCode = (m: { payload: unknown }) => {
  const p = m.payload as { kind: string; data?: { content?: { coupon?: unknown } } }
  return p.kind === 'unknown' ? String(p.data?.content?.coupon ?? '') : ''
}

const CouponMessage = defineComponent({
  name: 'CouponMessage',
  props: rendererProps,
  setup(props) {
    return () => hc('p', { class: 'coupon' }, `Coupon ${couponCode(props.message)}`)
  },
})

// The app's own kinds.
const couponKind = defineMessageKind({
  src: '1001',
  component: CouponMessage,
  layout: 'system',
  summary: (m) => `You got coupon ${couponCode(m)}`,
})
const receiptKind = defineMessageKind({ src: '1002', component: CouponMessage, layout: 'hidden' })

// A shared plugin's layer: frames every message it is given. It knows nothing of the app.
const pluginFrame = defineRendererWrapper('PluginFrame', (Inner, props) => hc('div', { class: 'plugin-frame' }, [hc(Inner, { props })]))
const pluginLayer: RendererMiddleware = (next) => (message) => {
  const inner = next(message)
  return inner && pluginFrame(inner)
}

// The app's layer: badges its coupons, hides images, passes everything else on.
const appBadge = defineRendererWrapper('AppBadge', (Inner, props) => hc('div', { class: 'app-badge' }, [hc(Inner, { props })]))
const appLayer: RendererMiddleware = (next) => (message) => {
  if (message.payload.kind === 'image') return false
  const inner = next(message)
  return inner && 'src' in message.payload && message.payload.src === '1001' ? appBadge(inner) : inner
}

describe(`a team's own kind through the public API (${vueLabel})`, () => {
  it('draws as a system line, summarises itself, is wrapped by both layers, and hidden kinds stay out', async () => {
    const { transport } = realEngine({ history: false })
    const w = mountCompat(KefuChat, {
      props: { transport, locale: 'en', kinds: [couponKind, receiptKind], renderers: [pluginLayer, appLayer] },
      attachTo: host(),
    })
    await settle()
    transport.receiveCustom({ customerServicePlugin: 0, src: '1001', content: { coupon: 'SAVE10' } })
    await settle()
    // announced with its own summary
    expect(w.find('[data-kefu-live]').text()).toContain('You got coupon SAVE10')

    transport.receiveCustom({ customerServicePlugin: 0, src: '1002', content: { coupon: 'SECRET' } })
    transport.receive({ body: { type: 'image', url: 'https://example.com/a.png' } })
    transport.receiveText('after')
    await settle()

    const rows = all(w, '[data-kefu-row]')
    expect(rows).toHaveLength(2)
    // the coupon: a centred system line, the app's layer outside the plugin's
    expect(rows[0].classes()).toContain('kefu-row--system')
    expect(rows[0].find('.app-badge > .plugin-frame > .coupon').text()).toBe('Coupon SAVE10')
    // a kit kind goes through the plugin's layer only, still a bubble
    expect(rows[1].classes()).toContain('kefu-row--service')
    expect(rows[1].find('.plugin-frame > .kefu-text').text()).toBe('after')
    expect(rows[1].find('.app-badge').exists()).toBe(false)
    expect(w.html()).not.toContain('SECRET')
    unmount(w)
  })
})
