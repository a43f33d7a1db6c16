// The page around the H5 iframe: its own button, badge and title count, from the bridge.
// ?h5=<the H5 page's origin>. The iframe's address allows this page's origin.
const q = new URLSearchParams(location.search)
const h5 = q.get('h5')
const frame = document.getElementById('kefu')
const badge = document.getElementById('badge')
const baseTitle = document.title
window.bridge = { ready: false, unread: 0, open: false, log: [] }
frame.src = h5 + '/h5/index.html?locale=en&title=Support&open=0&origin=' + encodeURIComponent(location.origin)
window.addEventListener('message', function (e) {
  if (e.origin !== h5 || e.source !== frame.contentWindow) return
  const m = e.data || {}
  if (m.source !== 'kefu-kit') return
  window.bridge.log.push(m.type)
  if (m.type === 'kefu:ready') window.bridge.ready = true
  if (m.type === 'kefu:unread') {
    window.bridge.unread = m.count
    badge.hidden = m.count === 0
    badge.textContent = String(m.count)
    document.title = m.count > 0 ? '(' + m.count + ') ' + baseTitle : baseTitle
  }
  if (m.type === 'kefu:open') window.bridge.open = true
  if (m.type === 'kefu:close') window.bridge.open = false
})
function send(type) { frame.contentWindow.postMessage({ type: type }, h5) }
window.openChat = function () { frame.hidden = false; send('kefu:open') }
window.closeChat = function () { frame.hidden = true; send('kefu:close') }
document.getElementById('toggle').addEventListener('click', function () {
  if (frame.hidden) window.openChat()
  else window.closeChat()
})
