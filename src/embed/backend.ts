// Turns the embed's `backend` option into a transport: the built-in simulator (the default), Tencent
// Cloud Chat through the SDK the page loaded (`window.TencentCloudChat`), or any Transport object.
//
// The simulator and the Tencent transport are their own chunks (./chunks/*: files next to the
// script in the build), loaded when used; the engine talks to a deferred transport meanwhile.
import { resolveLocale } from '../i18n'
import { createLocalStorage } from '../protocol/storage/storage'
import type { Simulator, SimulatorOptions } from '../protocol/simulator/types'
import type { Transport } from '../protocol/transport'
import { createDeferredTransport } from './deferred'

/** `backend: { tencent: … }`: the embed creates the SDK instance and logs in with your userSig. */
export interface EmbedTencentOptions {
  /** your Tencent Cloud Chat application id */
  SDKAppID: number | string
  /** the customer's user id */
  userID: string
  /** the customer's signature, computed by YOUR server (never in the page) */
  userSig: string
  /** the service account the customer talks to @default '@customer_service_account' */
  serviceUserID?: string
  /** the SDK's log level (0 = all … 4 = none) @default 1 */
  logLevel?: number
  /** extra fields for every sent message's `cloudCustomData` */
  cloudCustomData?: Record<string, unknown>
  /** the SDK's default export; @default window.TencentCloudChat (the SDK's script tag) */
  TencentCloudChat?: unknown
}

/** What `backend` accepts. */
export type EmbedBackend = 'simulator' | { simulator: SimulatorOptions } | { tencent: EmbedTencentOptions } | Transport

export interface ResolvedBackend {
  transport: Transport
  /** resolves when the backend's code is loaded: with the simulator when it is the backend */
  ready: Promise<Simulator | undefined>
  /** a name for the engine's storage key */
  kind: 'simulator' | 'tencent' | 'custom'
  dispose(): void
}

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

function chunkError(name: string, e: unknown): EmbedConfigError {
  const error = new EmbedConfigError(`could not load ${name} (it is served next to kefu-kit.js): ${e instanceof Error ? e.message : String(e)}`)
  console.error(error.message)
  return error
}

function simulatorFor(locale: string | undefined, options: SimulatorOptions = {}): ResolvedBackend {
  const ui = resolveLocale(locale || 'auto', 'en')
  let simulator: Simulator | undefined
  let disposed = false
  const transport = createDeferredTransport(() => import('./chunks/simulator').then((m) => {
    simulator = m.createSimulator({
      locale: ui.startsWith('zh') ? 'zh-CN' : 'en',
      texts: m.simulatorTexts(ui),
      storage: createLocalStorage('kefu-kit:'),
      storageKey: 'embed:simulator',
      ...options,
    })
    if (disposed) simulator.dispose()
    return simulator
  }, (e: unknown) => { throw chunkError('kefu-kit.simulator.js', e) }))
  return {
    transport,
    ready: transport.loaded.then(() => simulator),
    kind: 'simulator',
    dispose() {
      disposed = true
      simulator?.dispose()
    },
  }
}

interface TencentStatics {
  create(options: { SDKAppID: number }): TencentSdk
}
interface TencentSdk {
  login(o: { userID: string; userSig: string }): Promise<unknown>
  logout(): Promise<unknown>
  setLogLevel?(level: number): void
  destroy?(): Promise<unknown>
}

function tencentFor(o: EmbedTencentOptions): ResolvedBackend {
  const statics = (o.TencentCloudChat ?? (globalThis as { TencentCloudChat?: unknown }).TencentCloudChat) as TencentStatics | undefined
  if (!statics || typeof statics.create !== 'function') {
    throw new EmbedConfigError(
      'backend.tencent needs the Tencent Cloud Chat SDK: load its script (it defines window.TencentCloudChat) before calling KefuKit.mount, or pass it as backend.tencent.TencentCloudChat.',
    )
  }
  const SDKAppID = Number(o.SDKAppID)
  if (!Number.isFinite(SDKAppID) || SDKAppID <= 0) throw new EmbedConfigError('backend.tencent.SDKAppID must be your application id (a number).')
  if (typeof o.userID !== 'string' || !o.userID) throw new EmbedConfigError('backend.tencent.userID must be a non-empty string.')
  if (typeof o.userSig !== 'string' || !o.userSig) throw new EmbedConfigError('backend.tencent.userSig must be a non-empty string (computed by your server).')
  const chat = statics.create({ SDKAppID })
  chat.setLogLevel?.(o.logLevel ?? 1)
  const transport = createDeferredTransport(() => import('./chunks/tencent').then((m) => m.createTencentChatTransport({
    chat: chat as never,
    serviceUserID: o.serviceUserID,
    TencentCloudChat: statics as never,
    cloudCustomData: o.cloudCustomData,
    onError: (e) => console.warn('[kefu-kit]', e.message),
  }), (e: unknown) => { throw chunkError('kefu-kit.tencent.js', e) }))
  // The transport reports "connecting" until the SDK is ready; messages typed meanwhile wait.
  chat.login({ userID: o.userID, userSig: o.userSig }).catch((e: unknown) => {
    console.error('[kefu-kit] Tencent Cloud Chat login failed', e)
  })
  return {
    transport,
    ready: transport.loaded.then(() => undefined),
    kind: 'tencent',
    dispose() {
      chat.logout().catch(() => undefined).then(() => chat.destroy?.()).catch(() => undefined)
    },
  }
}

export function resolveBackend(backend: unknown, locale: string | undefined): ResolvedBackend {
  if (backend === undefined || backend === null || backend === 'simulator') return simulatorFor(locale)
  if (isTransport(backend)) return { transport: backend, ready: Promise.resolve(undefined), kind: 'custom', dispose() {} }
  if (typeof backend === 'object' && 'tencent' in backend) return tencentFor((backend as { tencent: EmbedTencentOptions }).tencent ?? ({} as EmbedTencentOptions))
  if (typeof backend === 'object' && 'simulator' in backend) return simulatorFor(locale, (backend as { simulator: SimulatorOptions }).simulator)
  if (backend === 'tencent') throw new EmbedConfigError("backend 'tencent' needs its settings: backend: { tencent: { SDKAppID, userID, userSig } }.")
  throw new EmbedConfigError(`unknown backend ${JSON.stringify(String(backend))}: use 'simulator', { tencent: { SDKAppID, userID, userSig } } or a Transport object.`)
}
