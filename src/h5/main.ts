// The no-code H5 page (dist-h5/, `npm run build:h5`): the chat full screen, configured from the
// address, with the postMessage bridge when it is in an iframe. Runs after kefu-kit.js (both
// deferred), which defines window.KefuKit.
import { parseH5Config } from './config'
import { startBridge } from './bridge'

function main(): void {
  const config = parseH5Config(location.search)
  document.title = config.documentTitle
  if (config.options.theme) document.documentElement.setAttribute('data-theme', config.options.theme)
  if (config.options.locale) document.documentElement.lang = config.options.locale
  const kit = window.KefuKit
  const target = document.getElementById('kefu')
  if (!kit || !target) {
    console.error('[kefu-kit] the H5 page needs kefu-kit.js next to it')
    return
  }
  let chat
  try {
    chat = kit.mount({ ...config.options, target })
  } catch (e) {
    target.textContent = e instanceof Error ? e.message : String(e)
    target.setAttribute('role', 'alert')
    throw e
  }
  const framed = window.parent !== window
  // a top-level page shows the unread count in its title while hidden; inside an iframe the
  // page around it does that (from kefu:unread)
  if (!framed) {
    chat.on('unread', (n) => { document.title = n > 0 ? `(${n}) ${config.documentTitle}` : config.documentTitle })
  }
  startBridge({ self: window, parent: framed ? window.parent : null, origins: config.origins, chat })
  ;(window as unknown as { kefuChat: unknown }).kefuChat = chat
}

main()
