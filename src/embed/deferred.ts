// A transport whose implementation arrives later (the embed loads the simulator and the Tencent
// transport as their own chunks, so the script stays small). Until it is loaded the status is
// `idle`, then `connecting`; sends wait for it, in order; listeners are attached when it arrives.
import type { ConnectionStatus, HistoryPage, Transport, TransportListener } from '../protocol/transport'

export interface DeferredTransport extends Transport {
  /** resolves with the real transport (rejects if it could not be loaded) */
  readonly loaded: Promise<Transport>
}

export function createDeferredTransport(load: () => Promise<Transport>, storageKey?: string): DeferredTransport {
  const listeners = new Set<TransportListener>()
  let real: Transport | null = null
  let status: ConnectionStatus = 'idle'
  const emit: TransportListener = (event) => {
    for (const l of Array.from(listeners)) l(event)
  }
  let promise: Promise<Transport> | null = null
  const loaded = () => {
    if (!promise) {
      promise = load().then((t) => {
        real = t
        t.subscribe(emit)
        return t
      })
      promise.catch(() => undefined)
    }
    return promise
  }

  return {
    get status() {
      return real ? real.status : status
    },
    get capabilities() {
      return real?.capabilities
    },
    storageKey,
    get loaded() {
      return loaded()
    },
    async connect() {
      if (!real) {
        status = 'connecting'
        emit({ type: 'status', status })
      }
      let t: Transport
      try {
        t = await loaded()
      } catch (e) {
        status = 'offline'
        emit({ type: 'status', status })
        throw e
      }
      await t.connect()
    },
    async disconnect() {
      if (real) return real.disconnect()
      status = 'idle'
    },
    async send(message, context) {
      const t = await loaded()
      return t.send(message, context)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => { listeners.delete(listener) }
    },
    async loadHistory(options): Promise<HistoryPage> {
      const t = await loaded()
      return t.loadHistory ? t.loadHistory(options) : { messages: [], hasMore: false }
    },
    markRead() {
      real?.markRead?.()
    },
  }
}
