// The entry of dist/embed/kefu-kit.js, the classic script (see loader.ts): defines
// `window.KefuKit` and <kefu-chat> while it runs and starts loading kefu-kit.core.js from its own
// folder. A second copy of the script (or the ES module loaded first) keeps the first definitions.
import type { KefuKitGlobal } from './index'
import { coreUrlOf, createLoader } from './loader'
import { provideEmbedShared } from './shared'

declare const __KEFU_VERSION__: string | undefined

if (typeof window !== 'undefined' && !window.KefuKit) {
  // before the chat's code is imported: it takes these from the page (see shared.ts)
  provideEmbedShared()
  const loader = createLoader({
    coreUrl: coreUrlOf(document.currentScript, document),
    importModule: (url) => import(/* @vite-ignore */ url),
  })
  const kit: KefuKitGlobal & { coreUrl: string } = {
    mount: loader.mount,
    defineKefuChatElement: loader.defineKefuChatElement,
    version: typeof __KEFU_VERSION__ === 'string' ? __KEFU_VERSION__ : '0.0.0-dev',
    coreUrl: loader.coreUrl,
  }
  window.KefuKit = kit
  loader.defineKefuChatElement()
  // the chat's code is needed for anything the page does with KefuKit: start now
  loader.load().catch(() => undefined)
}
