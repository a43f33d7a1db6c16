// The benchmark page: production Vue + the built kit (dist/index.js, Markdown bundled by the host
// build), driven from bench/browser.mjs through `window.bench`. Every call returns after the
// result is painted (two animation frames), so the caller's CPU window holds the whole cost.
import { createApp, h, shallowRef } from 'vue'
import { KefuChat, createConversation } from 'kefu-kit'
import 'kefu-kit/style.css'

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)))
const painted = async () => { await frame(); await frame() }
const T0 = Date.UTC(2026, 0, 5, 9, 0, 0)

/** message i of a mixed conversation: text of varying length, branch menus, rich text */
function wire(i, n) {
  const time = T0 + (i - n) * 60_000
  const from = i % 3 ? 'service' : 'customer'
  let body
  if (i % 10 === 5) body = { type: 'custom', data: JSON.stringify({ customerServicePlugin: 0, src: '15', content: { header: `menu ${i}`, items: [{ content: 'a' }, { content: 'b' }] } }) }
  else if (i % 10 === 7) body = { type: 'custom', data: JSON.stringify({ customerServicePlugin: 0, src: '30', content: `**answer ${i}**\n\n- one\n- two` }) }
  else body = { type: 'text', text: `message ${i} ` + 'lorem ipsum '.repeat(i % 7) }
  return { id: `m${i}`, time, from: from === 'customer' && body.type === 'custom' ? 'service' : from, body }
}
const plainText = (m) => (m.body.type === 'text' ? m.body.text : m.body.data)

function fakeTransport(history) {
  const listeners = new Set()
  return {
    status: 'online',
    connect: async () => {},
    disconnect: async () => {},
    send: async () => ({ id: 's' + Math.random(), time: Date.now() }),
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    loadHistory: async () => ({ messages: history, hasMore: false }),
    emit: (e) => { for (const l of listeners) l(e) },
  }
}

let app = null
let transport = null
let seq = 0
const el = () => document.getElementById('app')

function unmount() {
  if (app) app.unmount()
  app = null
  el().innerHTML = ''
}

window.bench = {
  /** prepares an engine holding n messages (not measured) */
  async prepare(n) {
    unmount()
    const history = Array.from({ length: n }, (_, i) => wire(i, n))
    transport = fakeTransport(history)
    const engine = createConversation({ transport, historyPageSize: Math.max(1, n) })
    await engine.start()
    // the history page may land after start() resolves: wait for it, so mounting measures the kit
    // (up to a minute: on a loaded 2-core machine ingesting 50,000 messages can take seconds)
    const landed = () => engine.getState().messages.length >= n && !engine.getState().loadingHistory
    // The engine loads no history on start (the list asks for it when mounted): load the page here,
    // or the measured mount would hold the engine's ingestion of all n messages (and this wait
    // would time out after a minute with an empty engine).
    if (!landed()) await engine.loadOlder()
    for (let i = 0; i < 6000 && !landed(); i++) await new Promise((r) => setTimeout(r, 10))
    // and let whatever that queued (timers, the storage write) run before the measured part
    await new Promise((r) => setTimeout(r, 50))
    window.__engine = engine
    window.__history = history
    return engine.getState().messages.length
  },
  /** mounts the kit on the prepared engine, resolves when painted */
  async mountKit() {
    app = createApp({ render: () => h(KefuChat, { engine: window.__engine, height: 800, locale: 'en' }) })
    app.mount(el())
    await painted()
    return document.querySelectorAll('.kefu-root *').length
  },
  /** the floor: a plain v-for of the same messages as text rows */
  async mountFloor() {
    const rows = shallowRef(window.__history)
    window.__floorRows = rows
    app = createApp({ render: () => h('div', { class: 'floor' }, rows.value.map((m) => h('div', { key: m.id, class: 'row' }, plainText(m)))) })
    app.mount(el())
    await painted()
    return document.querySelectorAll('#app *').length
  },
  unmount() { unmount() },
  /** one more message from the service, resolves when painted */
  async append() {
    seq++
    transport.emit({ type: 'message', message: { id: `extra${seq}`, time: T0 + seq * 1000, from: 'service', body: { type: 'text', text: `one more ${seq}` } } })
    await painted()
  },
  async appendFloor() {
    seq++
    window.__floorRows.value = [...window.__floorRows.value, { id: `extra${seq}`, body: { type: 'text', text: `one more ${seq}` } }]
    await painted()
  },
  /** chunk k of a streamed Markdown answer (each event carries the chunks so far, as the backend does) */
  async streamChunk(k, total) {
    const chunks = window.__chunks || (window.__chunks = [])
    if (k === 0) { chunks.length = 0; seq++ }
    chunks.push(streamPiece(k))
    const payload = { customerServicePlugin: 0, src: '31', chunks, isFinished: k === total - 1 ? 1 : 0 }
    transport.emit({ type: 'message', message: { id: `s${seq}-${k}`, time: T0 + seq * 1000 + k, from: 'service', body: { type: 'custom', data: JSON.stringify(payload) } } })
    await frame()
  },
  /** one frame that draws nothing: the measuring's own cost, to read beside a stream chunk */
  async emptyFrame() {
    await frame()
  },
  /**
   * a whole answer of `total` chunks driven from inside the page, one chunk per frame as
   * streamChunk does, with no DevTools round trip between them (the caller reads the CPU metrics
   * once before and once after), then one more frame so the last chunk is painted
   */
  async streamAnswer(total) {
    for (let k = 0; k < total; k++) await window.bench.streamChunk(k, total)
    await frame()
  },
  /** the same number of frames that draw nothing, driven the same way: the loop's own cost */
  async emptyFrames(n) {
    for (let k = 0; k <= n; k++) await frame()
  },
  streamHtmlLength() {
    const all = document.querySelectorAll('.kefu-stream .kefu-markdown')
    return all.length ? all[all.length - 1].innerHTML.length : 0
  },
}

/** a realistic answer: paragraphs, a list, a code block, inline markup, ~20 characters a chunk */
function streamPiece(k) {
  const m = k % 40
  if (m === 0) return `\n\n## Step ${k / 40 + 1}\n\n`
  if (m >= 10 && m < 16) return `\n- item ${m} with **bold** text`
  if (m === 16) return '\n\n```js\nconst x = 1\n'
  if (m === 17) return 'console.log(x)\n```\n\n'
  return `word${k} and *some* more text `
}

Object.assign(globalThis, { __VUE_OPTIONS_API__: true, __VUE_PROD_DEVTOOLS__: false, __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false })
window.benchReady = true
