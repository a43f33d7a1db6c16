/* global KefuKit */
// kefu-kit.mjs (the entry bundlers get as `kefu-kit/embed`) ran first: it defined KefuKit over
// kefu-kit.core.js, so mount is the kit's own (synchronous, `engine` at once).
window.chat = KefuKit.mount({ locale: 'en', title: 'Module support', launcher: false, target: document.body.appendChild(document.createElement('div')) })
window.engineAtOnce = window.chat.engine !== undefined
