// kefu-kit/embed: the chat for any web page, with Vue inside. Importing this module (through a
// bundler; built as dist/embed/kefu-kit.mjs over kefu-kit.core.js) defines `window.KefuKit` and
// the custom element <kefu-chat>. The classic script dist/embed/kefu-kit.js (src/embed/script.ts)
// defines them itself and imports kefu-kit.core.js (core.ts) as soon as it runs; whichever comes
// first keeps its definitions.
import { defineElementWith } from './element'
import { mount, mountInto } from './mount'
import { provideEmbedShared } from './shared'

export { mount, type EmbedEventName, type EmbedEvents, type EmbedNotifications, type EmbedOptions, type EmbedPosition, type KefuKitInstance } from './mount'
export { ELEMENT_TAG } from './element'
export { EmbedConfigError } from './errors'
export type { EmbedBackend, EmbedTencentOptions } from './backend'

/** The embed's version (the package's). */
export const version: string = typeof __KEFU_VERSION__ === 'string' ? __KEFU_VERSION__ : '0.0.0-dev'

/** Defines `<kefu-chat>` (once; a second call, or a second copy of the script, keeps the first). */
export function defineKefuChatElement(registry: CustomElementRegistry | undefined = globalThis.customElements): void {
  defineElementWith({ mountInto }, registry)
}

/** What `window.KefuKit` holds. */
export interface KefuKitGlobal {
  mount: typeof mount
  defineKefuChatElement: typeof defineKefuChatElement
  version: string
}

declare global {
  interface Window {
    KefuKit?: KefuKitGlobal
  }
}
declare const __KEFU_VERSION__: string | undefined

// the chat's code (kefu-kit.core.js) takes the error class, the checks and the stylesheet from here
// when it first needs them (see shared.ts); this runs before any of its functions can be called
provideEmbedShared()

if (typeof window !== 'undefined') {
  if (!window.KefuKit) window.KefuKit = { mount, defineKefuChatElement, version }
  defineKefuChatElement()
}
