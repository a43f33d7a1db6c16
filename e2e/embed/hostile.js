/* global KefuKit */
window.chat = KefuKit.mount({ locale: 'en', title: 'Acme support', notifications: { title: true }, storageKey: 'hostile' })
