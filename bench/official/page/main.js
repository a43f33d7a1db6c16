// The official plugin's side of `npm run bench` (bench/browser.mjs): production Vue, the plugin's
// `index.vue` mounted once per message of the same conversation the kit's page builds
// (bench/page/main.js `wire`: text of varying length, branch menus every 10th message, rich text
// every 10th). The plugin has no text kind (TUIKit draws text itself), so a text message is
// rendered two ways: `text: 'plugin'` sends it through the plugin as rich text (src 30, what the
// Desk's bot answers are), `text: 'div'` draws it as a plain host row (a floor for TUIKit's text
// bubble, which favours the plugin). Every call resolves after two animation frames (painted).
import { createApp, h } from 'vue'
import Plugin from '@tencentcloud/tui-customer-service-plugin/index.vue'

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)))
const painted = async () => { await frame(); await frame() }
const T0 = Date.UTC(2026, 0, 5, 9, 0, 0)

/** message i of the kit page's conversation (same content as bench/page/main.js `wire`) */
function wire(i, n) {
  const time = T0 + (i - n) * 60_000
  let data = null
  let text = null
  if (i % 10 === 5) data = JSON.stringify({ customerServicePlugin: 0, src: '15', content: { header: `menu ${i}`, items: [{ content: 'a' }, { content: 'b' }] } })
  else if (i % 10 === 7) data = JSON.stringify({ customerServicePlugin: 0, src: '30', content: `**answer ${i}**\n\n- one\n- two` })
  else text = `message ${i} ` + 'lorem ipsum '.repeat(i % 7)
  return { id: `m${i}`, time, text, data }
}

const asPlugin = (m, data) => ({ ID: m.id, type: 'TIMCustomElem', conversationID: 'C2C@customer_service_account', time: m.time / 1000, payload: { data } })

let app = null
let rows = []
const el = () => document.getElementById('app')

window.bench = {
  /** builds the messages (not measured) */
  prepare(n, text = 'plugin') {
    if (app) app.unmount()
    app = null
    el().innerHTML = ''
    rows = Array.from({ length: n }, (_, i) => {
      const m = wire(i, n)
      if (m.data) return { id: m.id, message: asPlugin(m, m.data) }
      if (text === 'plugin') return { id: m.id, message: asPlugin(m, JSON.stringify({ customerServicePlugin: 0, src: '30', content: m.text })) }
      return { id: m.id, text: m.text }
    })
    return rows.length
  },
  /** mounts every message, resolves when painted; returns the DOM node count */
  async mount() {
    app = createApp({
      render: () => h('div', { class: 'list' }, rows.map((r) => h('div', { key: r.id, class: 'row' }, [r.message ? h(Plugin, { message: r.message }) : h('div', { class: 'text' }, r.text)]))),
    })
    app.mount(el())
    await painted()
    return document.querySelectorAll('#app *').length
  },
}

window.benchReady = true
