// A Vue 3 host: the chat on the built-in simulator, as the README shows it.
import { createApp, h } from 'vue'
import { KefuChat } from 'kefu-kit'
import { createSimulator } from 'kefu-kit/simulator'
import 'kefu-kit/style.css'
import { recordTransport, simulatorOptions } from './recording.js'

const q = new URLSearchParams(location.search)
const simulator = createSimulator(simulatorOptions(location.search))
const { transport, sent, received, inject } = recordTransport(simulator)
window.__kefu = { sent, received, simulator, transport, inject, vue: 3 }

createApp({
  render: () => h(KefuChat, { transport, locale: 'en', theme: q.get('theme') || 'light', height: 640 }),
}).mount('#app')
