// The floating launcher over a demo shop page: the way most sites show customer service. The
// conversation is a simulator session like the chat page's (`window.__kefu` with `engine` and
// `simulator`), so tests drive the agent from outside: `#/launcher?mode=manual&position=bottom-left`.
// The demo header shows the unread count from `engine.on('unread')`, outside the chat.
import { defineComponent, h, onBeforeUnmount, onMounted, ref, watch } from 'vue'
import { KefuLauncher, type LauncherPosition } from 'kefu-kit'
import { builtInKnowledgeBase, simulatorTexts, type SimulatorLocale } from 'kefu-kit/simulator'
import { createSimulatorSession, currentSession, useSession, type SimulatorMode } from '../lib/session'
import { route, settings } from '../state'

const simLocale = (): SimulatorLocale => (settings.locale.startsWith('zh') ? 'zh-CN' : 'en')
const modeFromUrl = (): SimulatorMode => (route.query.mode === 'manual' ? 'manual' : 'auto')
const POSITIONS: readonly LauncherPosition[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left']
const positionFromUrl = (): LauncherPosition =>
  POSITIONS.includes(route.query.position as LauncherPosition) ? (route.query.position as LauncherPosition) : 'bottom-right'
const latencyFromUrl = (): number | undefined => {
  const n = Number(route.query.latency)
  return route.query.latency !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined
}

const PRODUCTS = [
  { name: 'Trail Runner 2', price: '$129', tone: '#dfe9f7' },
  { name: 'Summit Jacket', price: '$249', tone: '#f5e6dc' },
  { name: 'Basecamp Tent', price: '$389', tone: '#e2f1e6' },
  { name: 'Day Pack 24L', price: '$89', tone: '#f3efd9' },
  { name: 'Thermal Mug', price: '$24', tone: '#ece3f4' },
  { name: 'Hiking Poles', price: '$59', tone: '#e0eef1' },
]

export const LauncherPage = defineComponent({
  name: 'PgLauncherPage',
  setup() {
    const unread = ref(0)
    let stopUnread: (() => void) | null = null

    const start = (fresh: boolean) => {
      const mode = modeFromUrl()
      const texts = simulatorTexts(settings.locale)
      const persist = { key: `launcher.${mode}.${simLocale()}`, fresh }
      // the shop's own bot library, as on the chat page's default
      const knowledge = builtInKnowledgeBase('shop', settings.locale)
      const serviceName = simLocale() === 'en' ? 'Shop Assistant' : '商城客服'
      useSession(createSimulatorSession(mode, simLocale(), { latency: latencyFromUrl(), texts, knowledge, serviceName }, persist))
    }
    const follow = () => {
      stopUnread?.()
      const engine = currentSession.value?.engine
      unread.value = engine?.getState().unread ?? 0
      stopUnread = engine?.on?.('unread', (info) => { unread.value = info.count }) ?? null
    }

    onMounted(() => {
      const s = currentSession.value
      if (!s || s.kind !== 'simulator' || s.options.locale !== simLocale() || s.options.mode !== modeFromUrl()) start(false)
      follow()
    })
    watch([simLocale, modeFromUrl], () => {
      start(false)
      follow()
    })
    onBeforeUnmount(() => stopUnread?.())

    const reset = () => {
      start(true)
      follow()
    }

    return () => {
      const s = currentSession.value
      return h('div', { class: 'pg-shop' }, [
        h('header', { class: 'pg-shop__bar' }, [
          h('h1', { class: 'pg-shop__brand' }, 'Acme Outdoor'),
          h('nav', { class: 'pg-shop__nav', 'aria-label': 'Shop' }, ['New', 'Men', 'Women', 'Camping'].map((x) => h('span', { key: x }, x))),
          h('span', { class: 'pg-shop__inbox', 'data-testid': 'launcher-page-unread' }, `Support messages: ${unread.value}`),
          h('button', { type: 'button', class: 'pg-button', 'data-testid': 'reset-conversation', onClick: reset }, 'Reset conversation'),
        ]),
        h('section', { class: 'pg-shop__hero' }, [
          h('h2', null, 'Gear for the long way round'),
          h('p', null, 'Free returns within 30 days. Questions about an order? The chat in the corner answers, and an agent takes over when you ask for one.'),
        ]),
        h('ul', { class: 'pg-shop__grid', 'aria-label': 'Products' }, PRODUCTS.map((p) =>
          h('li', { key: p.name, class: 'pg-shop__card' }, [
            h('div', { class: 'pg-shop__image', style: { background: p.tone }, 'aria-hidden': 'true' }),
            h('p', { class: 'pg-shop__name' }, p.name),
            h('p', { class: 'pg-shop__price' }, p.price),
          ]),
        )),
        s
          ? h(KefuLauncher, {
              key: s.id,
              engine: s.engine,
              theme: settings.theme,
              locale: settings.locale,
              title: settings.locale.startsWith('zh') ? '在线客服' : 'Acme support',
              position: positionFromUrl(),
              persist: `playground.${s.options.mode}.${s.options.locale}`,
              notifications: { title: true, sound: true, system: true },
            })
          : null,
      ])
    }
  },
})
