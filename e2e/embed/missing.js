/* global KefuKit */
// Only kefu-kit.js was uploaded (kefu-kit.core.js is missing): the chat's place shows the error.
window.chat = KefuKit.mount({ locale: 'en', title: 'Support' })
