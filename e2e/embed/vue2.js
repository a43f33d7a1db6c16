/* global KefuKit, Vue */
// The page's own Vue 2 app (window.Vue) next to the embed's Vue 3; the chat inline in #chat.
window.app = new Vue({ el: '#app', data: { greeting: 'Vue 2 app', count: 0 } })
window.chat = KefuKit.mount({ launcher: false, target: '#chat', locale: 'en', title: 'Inline support', notifications: { title: true }, storageKey: 'vue2' })
window.chat.on('unread', function (n) { window.app.count = n })
