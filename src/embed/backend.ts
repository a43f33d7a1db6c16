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
import { checkBackend, EmbedConfigError, isTransport, tencentStatics } from './errors'

export { EmbedConfigError, isTransport } from './errors'

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

function chunkError(name: string, e: unknown): EmbedConfigError {
  const error = new EmbedConfigError(`could not load ${name} (served from the folder kefu-kit.js is in): ${e instanceof Error ? e.message : String(e)}`)
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
  }, (e: unknown) => { throw chunkError('the simulator', e) }))
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
  checkBackend({ tencent: o })
  const statics = tencentStatics(o) as TencentStatics
  const SDKAppID = Number(o.SDKAppID)
  const chat = statics.create({ SDKAppID })
  chat.setLogLevel?.(o.logLevel ?? 1)
  const transport = createDeferredTransport(() => import('./chunks/tencent').then((m) => m.createTencentChatTransport({
    chat: chat as never,
    serviceUserID: o.serviceUserID,
    TencentCloudChat: statics as never,
    cloudCustomData: o.cloudCustomData,
    onError: (e) => console.warn('[kefu-kit]', e.message),
  }), (e: unknown) => { throw chunkError('the Tencent Cloud Chat transport', e) }))
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
  checkBackend(backend)
  if (backend === undefined || backend === null || backend === 'simulator') return simulatorFor(locale)
  if (isTransport(backend)) return { transport: backend, ready: Promise.resolve(undefined), kind: 'custom', dispose() {} }
  if ('tencent' in backend) return tencentFor((backend as { tencent: EmbedTencentOptions }).tencent ?? ({} as EmbedTencentOptions))
  return simulatorFor(locale, (backend as { simulator: SimulatorOptions }).simulator)
}
