/* global KefuKit */
// Loads kefu-kit.js from ?cdn= (another origin), then mounts the chat at once: the kit's code
// (kefu-kit.core.js and its chunks) must come from the script's folder, not the page's.
const cdn = new URLSearchParams(location.search).get('cdn')
const script = document.createElement('script')
script.src = `${cdn}/embed/kefu-kit.js`
script.onload = () => {
  window.chat = KefuKit.mount({ locale: 'en', title: 'CDN support', launcher: false, target: '#chat' })
}
const box = document.createElement('div')
box.id = 'chat'
box.style.height = '600px'
document.body.appendChild(box)
document.head.appendChild(script)
