// A seeded, misbehaving transport for the chaos suite: a server with a stored log, and a network
// that rejects, hangs, resolves after the echo, echoes twice, drops and restores the connection,
// duplicates and reorders incoming messages, and withholds some so only history has them.
// Deterministic per seed: every choice comes from `rand`, every delay from the (fake) timers.
import { TransportError } from '../../transport'
import type { KefuLocks, KefuStorage } from '../../storage/storage'
import { isOutgoingMediaBody, mediaWireBody } from '../../wire/media'
import type { ConnectionStatus, HistoryPage, IncomingMessage, OutgoingMessage, SendReceipt, Transport, TransportEvent, TransportListener } from '../../transport'

/** mulberry32: a small, fast, seeded PRNG in [0, 1) */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface ChaosCounts {
  sends: number
  rejected: number
  hung: number
  echoFirst: number
  echoTwice: number
  drops: number
  incoming: number
  duplicated: number
  reordered: number
  withheld: number
  historyCalls: number
}

export interface ChaosTransport extends Transport {
  status: ConnectionStatus
  /** the server's stored log, oldest first (customer messages once per client id) */
  readonly log: IncomingMessage[]
  readonly counts: ChaosCounts
  /** faults on/off (off for the final settling phase) */
  faults: boolean
  /** the network goes down: offline now, and a connect() ends offline until restore() */
  drop(): void
  restore(): void
  /** the service sends `n` messages: some duplicated, reordered or withheld from live delivery */
  serviceSends(n: number): void
  /** answers every hung send */
  releaseHung(): void
}

export function createChaosTransport(rand: () => number, now: () => number): ChaosTransport {
  const listeners = new Set<TransportListener>()
  const log: IncomingMessage[] = []
  const receipts = new Map<string, SendReceipt>()
  const hung: (() => void)[] = []
  let ids = 0
  let seq = 0
  let serviceCount = 0
  /** the network is down (drop() until restore()): connecting then ends offline */
  let down = false
  const counts: ChaosCounts = { sends: 0, rejected: 0, hung: 0, echoFirst: 0, echoTwice: 0, drops: 0, incoming: 0, duplicated: 0, reordered: 0, withheld: 0, historyCalls: 0 }

  const emit = (event: TransportEvent) => {
    for (const l of [...listeners]) l(event)
  }
  const stamp = () => ({ id: `s${++ids}`, time: now() + ids, seq: ++seq })

  function store(message: OutgoingMessage): { receipt: SendReceipt; stored: IncomingMessage | null } {
    // a compliant transport: a resend under the same client id is the same message
    const known = receipts.get(message.clientId)
    if (known) return { receipt: known, stored: null }
    const s = stamp()
    const receipt: SendReceipt = { id: s.id, time: s.time, seq: s.seq }
    receipts.set(message.clientId, receipt)
    if (message.options?.onlineUserOnly) return { receipt, stored: null }
    const stored: IncomingMessage = {
      ...s,
      from: 'customer',
      clientId: message.clientId,
      body: wireBodyOf(message.body, s.id),
    }
    log.push(stored)
    return { receipt, stored }
  }

  const t: ChaosTransport = {
    status: 'idle',
    log,
    counts,
    faults: true,
    async connect() {
      t.status = 'connecting'
      emit({ type: 'status', status: 'connecting' })
      t.status = down ? 'offline' : 'online'
      emit({ type: 'status', status: t.status })
    },
    async disconnect() {
      t.status = 'idle'
      emit({ type: 'status', status: 'idle' })
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    send(message) {
      counts.sends++
      if (t.status !== 'online') return Promise.reject(new TransportError('offline', 'chaos: offline'))
      const r = t.faults ? rand() : 1
      if (r < 0.12) {
        counts.rejected++
        return Promise.reject(new TransportError('timeout', 'chaos: rejected before the server'))
      }
      const { receipt, stored } = store(message)
      if (r < 0.2) {
        // reached the server, but the answer is lost: the outbox retries, the server dedupes
        counts.rejected++
        return Promise.reject(new TransportError('timeout', 'chaos: answer lost'))
      }
      if (r < 0.28) {
        counts.hung++
        return new Promise((resolve) => hung.push(() => resolve(receipt)))
      }
      if (r < 0.36 && stored) {
        counts.echoFirst++
        emit({ type: 'message', message: { ...stored } })
        return Promise.resolve(receipt)
      }
      if (r < 0.44 && stored) {
        counts.echoTwice++
        queueMicrotask(() => {
          emit({ type: 'message', message: { ...stored } })
          emit({ type: 'message', message: { ...stored } })
        })
      }
      return Promise.resolve(receipt)
    },
    async loadHistory({ before, limit }): Promise<HistoryPage> {
      counts.historyCalls++
      if (t.faults && rand() < 0.1) throw new TransportError('timeout', 'chaos: history failed')
      let end = log.length
      if (before !== undefined) {
        const at = log.findIndex((m) => m.id === before || m.clientId === before)
        if (at >= 0) end = at
      }
      const start = Math.max(0, end - limit)
      return { messages: log.slice(start, end).map((m) => ({ ...m })), hasMore: start > 0 }
    },
    drop() {
      counts.drops++
      down = true
      t.status = 'offline'
      emit({ type: 'status', status: 'offline' })
    },
    restore() {
      down = false
      t.status = 'online'
      emit({ type: 'status', status: 'online' })
    },
    serviceSends(n) {
      const batch: IncomingMessage[] = []
      for (let i = 0; i < n; i++) {
        const m: IncomingMessage = { ...stamp(), from: 'service', body: { type: 'text', text: `service ${++serviceCount}` } }
        log.push(m)
        counts.incoming++
        // sent while we were offline or stopped: only history will bring it
        if (t.status !== 'online') {
          counts.withheld++
          continue
        }
        batch.push(m)
        if (t.faults && rand() < 0.15) {
          counts.duplicated++
          batch.push(m)
        }
      }
      if (t.faults && batch.length > 1 && rand() < 0.3) {
        counts.reordered++
        const i = Math.floor(rand() * (batch.length - 1))
        ;[batch[i], batch[i + 1]] = [batch[i + 1], batch[i]]
      }
      for (const m of batch) emit({ type: 'message', message: { ...m } })
    },
    releaseHung() {
      for (const release of hung.splice(0)) release()
    },
  }
  return t
}

/**
 * One page's view of the chaos transport (a reload makes a new page over the same server). While
 * `alive`, everything passes through; once the page is gone (`kill()`: a closed tab or a crash),
 * nothing reaches it any more: no events, no answers to its sends or history calls (they never
 * settle), and nothing it still tries reaches the server.
 */
export interface ChaosPage {
  transport: Transport
  /** the page's storage: writes after `kill()` are lost, as a dead tab's would be */
  storage: KefuStorage
  /** the page's locks: released when the page dies (as the browser releases Web Locks) */
  locks: KefuLocks
  kill(): void
}

export function createChaosPage(t: ChaosTransport, storage: KefuStorage, locks: KefuLocks, key: string): ChaosPage {
  let alive = true
  const never = <T>() => new Promise<T>(() => {})
  const releases: (() => void)[] = []
  const offs: (() => void)[] = []
  const guard = <T>(call: () => Promise<T>): Promise<T> =>
    alive ? call().then((v) => (alive ? v : never<T>()), (e: unknown) => (alive ? Promise.reject(e) : never<T>())) : never<T>()
  const transport: Transport = {
    get status() {
      return t.status
    },
    storageKey: key,
    connect: () => guard(() => t.connect()),
    disconnect: () => guard(() => t.disconnect()),
    subscribe(listener) {
      const off = t.subscribe((event) => {
        if (alive) listener(event)
      })
      offs.push(off)
      return off
    },
    send: (message) => guard(() => t.send(message)),
    loadHistory: (o) => guard(() => t.loadHistory!(o)),
  }
  return {
    transport,
    storage: {
      get: (k) => (alive ? storage.get(k) : never()),
      set: (k, v) => (alive ? storage.set(k, v) : Promise.resolve()),
      remove: (k) => (alive ? storage.remove(k) : Promise.resolve()),
    },
    locks: {
      acquire: (name) =>
        new Promise((resolve) => {
          void locks.acquire(name).then((release) => {
            if (!alive) return release()
            releases.push(release)
            resolve(release)
          })
        }),
    },
    kill() {
      alive = false
      for (const off of offs.splice(0)) off()
      for (const release of releases.splice(0)) release()
    },
  }
}

/** What the server stores for a sent body: a media upload gets a made-up URL. */
function wireBodyOf(body: OutgoingMessage['body'], id: string): IncomingMessage['body'] {
  if (isOutgoingMediaBody(body)) return mediaWireBody(body, `https://chaos.invalid/upload/${id}`)
  return body.type === 'text' ? { type: 'text', text: body.text } : { type: 'custom', data: body.data }
}
