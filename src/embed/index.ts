// kefu-kit/embed: the chat for any web page, with Vue inside. Loading it (the classic script
// dist/embed/kefu-kit.js, or this module through a bundler) defines `window.KefuKit` and the
// custom element <kefu-chat>.
import { defineKefuChatElement } from './element'
import { mount } from './mount'

export { mount, type EmbedEventName, type EmbedEvents, type EmbedNotifications, type EmbedOptions, type EmbedPosition, type KefuKitInstance } from './mount'
export { defineKefuChatElement, ELEMENT_TAG } from './element'
export { EmbedConfigError, type EmbedBackend, type EmbedTencentOptions } from './backend'

/** The embed's version (the package's). */
export const version: string = typeof __KEFU_VERSION__ === 'string' ? __KEFU_VERSION__ : '0.0.0-dev'

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

if (typeof window !== 'undefined') {
  if (!window.KefuKit) window.KefuKit = { mount, defineKefuChatElement, version }
  defineKefuChatElement()
}
