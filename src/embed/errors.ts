// What the embed can check without the chat's code: the error class, the checks of `backend` and
// `target` that make `KefuKit.mount` throw at once, and the visible error box. Imported by the
// classic loader (kefu-kit.js) as well as by the kit, so nothing here imports Vue or the engine.
import type { EmbedBackend, EmbedTencentOptions } from './backend'
import type { Transport } from '../protocol/transport'
import { adoptStyles } from './styles'

/** A clear error for a misconfigured embed (thrown by `KefuKit.mount`, shown by `<kefu-chat>`). */
export class EmbedConfigError extends Error {
  override readonly name = 'KefuKitConfigError'
  constructor(message: string) {
    super(`[kefu-kit] ${message}`)
  }
}

export function isTransport(x: unknown): x is Transport {
  const t = x as Partial<Transport> | null
  return !!t && typeof t === 'object' && typeof t.connect === 'function' && typeof t.send === 'function' && typeof t.subscribe === 'function'
}

/** The SDK's statics `backend: { tencent }` uses (the option, else `window.TencentCloudChat`). @internal */
export function tencentStatics(o: EmbedTencentOptions): unknown {
  return o.TencentCloudChat ?? (globalThis as { TencentCloudChat?: unknown }).TencentCloudChat
}

/**
 * Throws an `EmbedConfigError` for a `backend` the embed cannot use (an unknown name, Tencent
 * without its SDK or its settings). Everything it accepts, `resolveBackend` can start.
 */
export function checkBackend(backend: unknown): asserts backend is EmbedBackend | undefined | null {
  if (backend === undefined || backend === null || backend === 'simulator' || isTransport(backend)) return
  if (typeof backend === 'object' && 'tencent' in backend) {
    const o = ((backend as { tencent: EmbedTencentOptions }).tencent ?? {}) as EmbedTencentOptions
    const statics = tencentStatics(o) as { create?: unknown } | undefined
    if (!statics || typeof statics.create !== 'function') {
      throw new EmbedConfigError(
        'backend.tencent needs the Tencent Cloud Chat SDK: load its script (it defines window.TencentCloudChat) before calling KefuKit.mount, or pass it as backend.tencent.TencentCloudChat.',
      )
    }
    const SDKAppID = Number(o.SDKAppID)
    if (!Number.isFinite(SDKAppID) || SDKAppID <= 0) throw new EmbedConfigError('backend.tencent.SDKAppID must be your application id (a number).')
    if (typeof o.userID !== 'string' || !o.userID) throw new EmbedConfigError('backend.tencent.userID must be a non-empty string.')
    if (typeof o.userSig !== 'string' || !o.userSig) throw new EmbedConfigError('backend.tencent.userSig must be a non-empty string (computed by your server).')
    return
  }
  if (typeof backend === 'object' && 'simulator' in backend) return
  if (backend === 'tencent') throw new EmbedConfigError("backend 'tencent' needs its settings: backend: { tencent: { SDKAppID, userID, userSig } }.")
  throw new EmbedConfigError(`unknown backend ${JSON.stringify(String(backend))}: use 'simulator', { tencent: { SDKAppID, userID, userSig } } or a Transport object.`)
}

/** Tag of the element `mount` creates (a name no page styles by accident). */
export const HOST_TAG = 'kefu-kit-host'

/** The element `target` names (default: the body); throws an `EmbedConfigError` if there is none. */
export function resolveTarget(target: Element | string | undefined | null): Element {
  if (target === undefined || target === null) {
    if (typeof document === 'undefined' || !document.body) throw new EmbedConfigError('mount needs a document with a <body> (call it after the page has loaded, or pass `target`).')
    return document.body
  }
  if (typeof target === 'string') {
    const el = document.querySelector(target)
    if (!el) throw new EmbedConfigError(`target ${JSON.stringify(target)} matches no element.`)
    return el
  }
  if (typeof target === 'object' && (target as Element).nodeType === 1) return target as Element
  throw new EmbedConfigError('target must be an element or a CSS selector.')
}

/**
 * Shows `e` in place of the chat: a visible box (role alert) in the host's shadow root, which
 * becomes an inline block so it is seen even where the launcher would have floated.
 */
export function showEmbedError(host: HTMLElement, e: unknown): void {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' })
  shadow.replaceChildren()
  adoptStyles(shadow)
  const box = host.ownerDocument.createElement('div')
  box.className = 'kefu-embed-error'
  box.setAttribute('role', 'alert')
  const message = e instanceof Error ? e.message : String(e)
  box.textContent = e instanceof Error && e.name === 'KefuKitConfigError' ? message : `[kefu-kit] the chat could not start: ${message}`
  shadow.appendChild(box)
  host.setAttribute('data-kefu-mode', 'inline')
}
