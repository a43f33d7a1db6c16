/* global KefuKit */
window.__csp = []
document.addEventListener('securitypolicyviolation', function (e) {
  window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || ''))
})
window.chat = KefuKit.mount({ locale: 'en', title: 'Acme support', notifications: { title: true }, storageKey: 'csp' })
