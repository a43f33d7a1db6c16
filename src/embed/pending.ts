// A chat whose code is still loading: what the classic loader (kefu-kit.js) returns from
// `KefuKit.mount` before kefu-kit.core.js has arrived. It has the whole `KefuKitInstance` shape at
// once: `on` listeners are attached as soon as the chat exists, `open`/`close`/`toggle`/`update`
// are replayed on it in order, `destroy` before then means it never mounts, and `simulator` is a
// stand-in whose calls wait. If the code cannot load, the host shows the error (and it is logged).
// No Vue and no engine in here: it is part of the loader.
import type { Simulator } from '../protocol/simulator/types'
import { showEmbedError } from './errors'
import { standInFor } from './standIn'
import type { EmbedEventName, EmbedEvents, EmbedOptions, KefuKitInstance } from './mount'

/** What the loader needs from the kit's code (kefu-kit.core.js). @internal */
export interface EmbedCore {
  mount(options?: EmbedOptions): KefuKitInstance
  mountInto(host: HTMLElement, options: EmbedOptions, removeHost: boolean): KefuKitInstance
}

/** Whether `backend` means the built-in simulator (the default). */
export function isSimulatorBackend(backend: unknown): boolean {
  return backend === undefined || backend === null || backend === 'simulator' || (typeof backend === 'object' && 'simulator' in backend)
}

interface Subscription {
  event: EmbedEventName
  fn: (value: never) => void
  off?: () => void
  active: boolean
}

/**
 * Mounts into `host` once `load()` has given the kit's code; returns at once. `load` rejects with
 * an error that names what could not be loaded. @internal
 */
export function mountWhenLoaded(host: HTMLElement, options: EmbedOptions, removeHost: boolean, load: () => Promise<EmbedCore>, onError?: (e: unknown) => void): KefuKitInstance {
  let real: KefuKitInstance | null = null
  let destroyed = false
  let failed = false
  const inline = options.launcher === false
  let open = inline ? options.open !== false : !!options.open
  const queue: Array<(chat: KefuKitInstance) => void> = []
  // the open shadow root is there at once (empty until the chat mounts into it)
  if (!host.shadowRoot) host.attachShadow({ mode: 'open' })
  const subscriptions = new Set<Subscription>()

  const started: Promise<KefuKitInstance | null> = load().then((core) => {
    if (destroyed) return null
    const chat = core.mountInto(host, options, removeHost)
    real = chat
    for (const s of subscriptions) if (s.active) s.off = chat.on(s.event, s.fn as (v: unknown) => void)
    for (const op of queue.splice(0)) op(chat)
    return chat
  })
  started.catch((e: unknown) => {
    failed = true
    if (destroyed) return
    console.error(e)
    showEmbedError(host, e)
    onError?.(e)
  })
  const ready: Promise<void> = started.then((chat) => chat?.ready).then(() => undefined)
  ready.catch(() => undefined)
  let simulatorStandIn: Simulator | undefined
  if (isSimulatorBackend(options.backend)) {
    const simulator = started.then((chat) => chat?.simulator)
    simulator.catch(() => undefined) // its calls reject with the error instead
    simulatorStandIn = standInFor<Simulator>(simulator, 'simulator')
  }

  const later = (op: (chat: KefuKitInstance) => void, before?: () => void) => {
    if (destroyed) return
    if (real) return op(real)
    if (failed) return
    before?.()
    queue.push(op)
  }

  return {
    open: () => later((c) => c.open(), () => { open = true }),
    close: () => later((c) => c.close(), () => { open = false }),
    toggle: () => later((c) => c.toggle(), () => { open = !open }),
    update: (next) => later((c) => c.update(next), () => { if (next && typeof next === 'object' && 'open' in next) open = !!next.open }),
    destroy() {
      if (destroyed) return
      destroyed = true
      queue.length = 0
      subscriptions.clear()
      if (real) real.destroy()
      else if (removeHost) host.remove()
    },
    on<E extends EmbedEventName>(event: E, listener: (value: EmbedEvents[E]) => void) {
      const s: Subscription = { event, fn: listener as (value: never) => void, active: true }
      subscriptions.add(s)
      if (real) s.off = real.on(event, listener)
      return () => {
        s.active = false
        subscriptions.delete(s)
        s.off?.()
      }
    },
    get isOpen() { return real ? real.isOpen : !failed && open },
    get unread() { return real ? real.unread : 0 },
    get engine() { return real?.engine as KefuKitInstance['engine'] },
    element: host,
    get simulator() { return real?.simulator ?? simulatorStandIn },
    ready,
  }
}
