// A Vue 2.7 host: the same chat, with a render function (no SFC compiler needed).
import Vue from 'vue'
import { KefuChat } from 'kefu-kit'
import { createSimulator } from 'kefu-kit/simulator'
import 'kefu-kit/style.css'
import { recordTransport, simulatorOptions } from './recording.js'

const q = new URLSearchParams(location.search)
const simulator = createSimulator(simulatorOptions(location.search))
const { transport, sent, received, inject } = recordTransport(simulator)
window.__kefu = { sent, received, simulator, transport, inject, vue: Vue.version }

new Vue({
  render: (h) => h(KefuChat, { props: { transport, locale: 'en', theme: q.get('theme') || 'light', height: 640 } }),
}).$mount('#app')
