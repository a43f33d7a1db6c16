// An in-memory Transport for tests: the engine's tests and the component tests use it to play the
// server. Everything is synchronous or resolves in microtasks; it starts no timers, so a test
// decides exactly when things happen (use `flush()` to let pending promises settle).
//
// It behaves like a strict real transport on purpose: `send` rejects with `offline` unless the
// status is `online`, receipts carry increasing server ids, times and seqs, and delivered
// messages become part of the server's history (flags excepted, like `onlineUserOnly` on Tencent).
// It does NOT dedupe by client id: it counts, so a test can prove the engine never sends twice.
import { TransportError } from '../protocol/transport'
import { isOutgoingMediaBody, mediaWireBody } from '../protocol/wire/media'
import type {
  ConnectionStatus,
  HistoryPage,
  IncomingMessage,
  OutgoingMessage,
  SendContext,
  SendReceipt,
  TransportCapabilities,
  Transport,
  TransportErrorCode,
  TransportEvent,
  TransportListener,
  WireBody,
} from '../protocol/transport'

export interface FakeTransportOptions {
  /**
   * which conversation the engine stores under (Transport.storageKey) @default unique per fake
   * transport, so two engines in one test never share a stored outbox or cache by accident
   */
  storageKey?: string
  /** status before connect() @default 'idle' */
  status?: ConnectionStatus
  /** status connect() moves to (emitting a status event) @default 'online' */
  connectTo?: ConnectionStatus
  /** make connect() reject with this error instead */
  connectError?: Error
  /**
   * The server's stored history, oldest first, served by `loadHistory` in pages. Messages the test
   * later `receive`s and the customer's delivered (non-flag) messages are appended to it.
   * Pass `false` for a transport without `loadHistory` at all. @default []
   */
  history?: IncomingMessage[] | false
  /** server clock for receipts and received messages @default Date.now (so vi.useFakeTimers controls it) */
  now?: () => number
  /** after a successful send, also deliver the message back as a `message` event carrying its clientId (a second device's view) @default false */
  echo?: boolean
  /** media it accepts (`Transport.capabilities.media`) @default none: texts only */
  media?: TransportCapabilities['media']
}

/** What `receive` needs at least; the rest gets server-like defaults. */
export type FakeIncoming = Partial<IncomingMessage> & { body: WireBody }

export interface FakeTransport extends Transport {
  status: ConnectionStatus
  /** set from the `media` option; a test may change it */
  capabilities?: TransportCapabilities
  /** every send attempt, in call order, including the ones that failed or are held */
  readonly sent: OutgoingMessage[]
  /** the context of each send attempt (same order as `sent`): a media send's progress and signal */
  readonly contexts: (SendContext | undefined)[]
  /** reports upload progress on the oldest held send (see `holdSends`) */
  progress(fraction: number): void
  /** the held sends aborted through their signal (each rejected with `cancelled`) */
  readonly aborted: OutgoingMessage[]
  /** the sends that succeeded, in order */
  readonly delivered: OutgoingMessage[]
  /** successful deliveries per clientId: any value above 1 is a duplicate */
  readonly deliveries: Map<string, number>
  /** receipts given, in order */
  readonly receipts: SendReceipt[]
  /** every loadHistory call's options */
  readonly historyCalls: { before?: string; limit: number }[]
  /** the server's history log (oldest first) */
  readonly history: IncomingMessage[]
  readonly connectCalls: number
  readonly disconnectCalls: number
  /** how often `markRead` was called */
  readonly markReadCalls: number
  /** current subscribers */
  readonly listenerCount: number

  /** pushes any event to every subscriber, synchronously */
  emit(event: TransportEvent): void
  /** delivers a live message (defaults: a fresh server id, the server clock, the next seq, `from: 'service'`) and records it in history; returns it */
  receive(message: FakeIncoming): IncomingMessage
  /** a live service text */
  receiveText(text: string, extra?: Partial<IncomingMessage>): IncomingMessage
  /** a live custom message whose `data` is `JSON.stringify(payload)` (a customer-service object such as `{customerServicePlugin: 0, src: '15', content: …}`) */
  receiveCustom(payload: Record<string, unknown>, extra?: Partial<IncomingMessage>): IncomingMessage
  /** emits `modified` for a message (give the same id) */
  modify(message: IncomingMessage): void
  /** emits `revoked` */
  revoke(id: string): void
  /** sets the status and emits a status event (even when unchanged) */
  setStatus(status: ConnectionStatus): void

  /** the next `n` sends reject with `code` (retryable unless `rejected`/`unauthorized`) */
  failNext(n: number, code?: TransportErrorCode): void
  /** every send rejects with `code` until `failAll(null)` */
  failAll(code: TransportErrorCode | null): void
  /** sends stay pending until `release` / `releaseAll` / `rejectHeld` */
  holdSends(hold?: boolean): void
  /** sends currently held, oldest first */
  readonly held: OutgoingMessage[]
  /** delivers the oldest `n` held sends (default 1) */
  release(n?: number): void
  releaseAll(): void
  /** rejects the oldest held send with `code` */
  rejectHeld(code?: TransportErrorCode): void
  /** the next loadHistory rejects with `code` */
  failNextHistory(code?: TransportErrorCode): void
  /** loadHistory calls stay pending until `releaseHistory()` */
  holdHistory(hold?: boolean): void
  releaseHistory(): void

  /** texts of the delivered text messages, in order */
  deliveredTexts(): string[]
  /** parsed `data` of the delivered custom messages, in order */
  deliveredCustom(): Record<string, unknown>[]
}

/** Awaits enough microtask turns for chained promises (send → receipt → next send) to settle. */
export async function flush(turns = 50): Promise<void> {
  for (let i = 0; i < turns; i++) await Promise.resolve()
}

/**
 * Creates an in-memory transport.
 *
 * @example
 * const t = createFakeTransport()
 * const engine = createConversation({ transport: t })
 * await engine.start()               // connect() → online; src 7 goes out
 * t.receiveText('您好，请问有什么可以帮您？')
 * engine.sendText('hi'); await flush()
 * expect(t.deliveredTexts()).toEqual(['hi'])
 */
let fakeTransports = 0

export function createFakeTransport(opts: FakeTransportOptions = {}): FakeTransport {
  const clock = opts.now ?? (() => Date.now())
  const listeners = new Set<TransportListener>()
  const log: IncomingMessage[] = opts.history === false ? [] : [...(opts.history ?? [])]
  let serverIds = 0
  let seq = log.reduce((max, m) => Math.max(max, m.seq ?? 0), 0)
  const failures: TransportErrorCode[] = []
  let failEvery: TransportErrorCode | null = null
  let holding = false
  const heldSends: { message: OutgoingMessage; context?: SendContext; resolve: (r: SendReceipt) => void; reject: (e: unknown) => void }[] = []
  let historyFailure: TransportErrorCode | null = null
  let holdingHistory = false
  const heldHistory: (() => void)[] = []

  function nextId(): string {
    let id: string
    do id = `srv-${++serverIds}`
    while (log.some((m) => m.id === id))
    return id
  }

  function error(code: TransportErrorCode): TransportError {
    return new TransportError(code, `fake transport: ${code}`)
  }

  function deliver(message: OutgoingMessage): SendReceipt {
    const receipt: SendReceipt = { id: nextId(), time: clock(), seq: ++seq }
    t.delivered.push(message)
    t.deliveries.set(message.clientId, (t.deliveries.get(message.clientId) ?? 0) + 1)
    t.receipts.push(receipt)
    const stored: IncomingMessage = {
      id: receipt.id,
      time: receipt.time,
      seq: receipt.seq,
      from: 'customer',
      clientId: message.clientId,
      body: isOutgoingMediaBody(message.body)
        ? mediaWireBody(message.body, `https://fake.invalid/upload/${receipt.id}`)
        : message.body.type === 'text'
          ? { type: 'text', text: message.body.text }
          : { type: 'custom', data: message.body.data },
    }
    if (!message.options?.onlineUserOnly) log.push(stored)
    if (opts.echo) queueMicrotask(() => t.emit({ type: 'message', message: stored }))
    return receipt
  }

  const t: FakeTransport = {
    status: opts.status ?? 'idle',
    storageKey: opts.storageKey ?? `fake-transport-${++fakeTransports}`,
    sent: [],
    contexts: [],
    aborted: [],
    delivered: [],
    deliveries: new Map(),
    receipts: [],
    historyCalls: [],
    history: log,
    connectCalls: 0,
    disconnectCalls: 0,
    markReadCalls: 0,
    markRead() {
      ;(t as { markReadCalls: number }).markReadCalls++
    },
    get listenerCount() {
      return listeners.size
    },
    get held() {
      return heldSends.map((h) => h.message)
    },

    async connect() {
      ;(t as { connectCalls: number }).connectCalls++
      if (opts.connectError) throw opts.connectError
      t.setStatus('connecting')
      t.setStatus(opts.connectTo ?? 'online')
    },
    async disconnect() {
      ;(t as { disconnectCalls: number }).disconnectCalls++
      t.setStatus('idle')
    },
    send(message, context) {
      t.sent.push(message)
      t.contexts.push(context)
      if (failures.length > 0) return Promise.reject(error(failures.shift() as TransportErrorCode))
      if (failEvery) return Promise.reject(error(failEvery))
      if (t.status !== 'online') return Promise.reject(error('offline'))
      if (isOutgoingMediaBody(message.body) && !t.capabilities?.media?.[message.body.type]) return Promise.reject(new TransportError('rejected', 'fake transport: no media', { retryable: false }))
      if (holding) {
        return new Promise<SendReceipt>((resolve, reject) => {
          const held = { message, context, resolve, reject }
          heldSends.push(held)
          context?.signal?.addEventListener('abort', () => {
            const at = heldSends.indexOf(held)
            if (at < 0) return
            heldSends.splice(at, 1)
            t.aborted.push(message)
            reject(error('cancelled'))
          })
        })
      }
      return Promise.resolve(deliver(message))
    },
    progress(fraction) {
      heldSends[0]?.context?.onProgress?.(fraction)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },

    emit(event) {
      for (const l of [...listeners]) l(event)
    },
    receive(partial) {
      const message: IncomingMessage = {
        id: partial.id ?? nextId(),
        time: partial.time ?? clock(),
        from: partial.from ?? 'service',
        ...partial,
      }
      // `seq: undefined` given on purpose means "no seq"; absent means the next one
      if (!('seq' in partial)) message.seq = ++seq
      else if (partial.seq !== undefined) seq = Math.max(seq, partial.seq)
      log.push(message)
      t.emit({ type: 'message', message })
      return message
    },
    receiveText(text, extra = {}) {
      return t.receive({ ...extra, body: { type: 'text', text } })
    },
    receiveCustom(payload, extra = {}) {
      return t.receive({ ...extra, body: { type: 'custom', data: JSON.stringify(payload) } })
    },
    modify(message) {
      const at = log.findIndex((m) => m.id === message.id)
      if (at >= 0) log[at] = message
      t.emit({ type: 'modified', message })
    },
    revoke(id) {
      t.emit({ type: 'revoked', id })
    },
    setStatus(status) {
      t.status = status
      t.emit({ type: 'status', status })
    },

    failNext(n, code = 'timeout') {
      for (let i = 0; i < n; i++) failures.push(code)
    },
    failAll(code) {
      failEvery = code
    },
    holdSends(hold = true) {
      holding = hold
    },
    release(n = 1) {
      for (let i = 0; i < n && heldSends.length > 0; i++) {
        const h = heldSends.shift() as (typeof heldSends)[number]
        h.resolve(deliver(h.message))
      }
    },
    releaseAll() {
      t.release(heldSends.length)
    },
    rejectHeld(code = 'timeout') {
      const h = heldSends.shift()
      if (h) h.reject(error(code))
    },
    failNextHistory(code = 'timeout') {
      historyFailure = code
    },
    holdHistory(hold = true) {
      holdingHistory = hold
    },
    releaseHistory() {
      for (const go of heldHistory.splice(0)) go()
    },

    deliveredTexts() {
      return t.delivered.flatMap((m) => (m.body.type === 'text' ? [m.body.text] : []))
    },
    deliveredCustom() {
      return t.delivered.flatMap((m) => (m.body.type === 'custom' ? [JSON.parse(m.body.data) as Record<string, unknown>] : []))
    },
  }

  if (opts.media) t.capabilities = { media: opts.media }

  if (opts.history !== false) {
    t.loadHistory = ({ before, limit }) => {
      t.historyCalls.push({ before, limit })
      const answer = (): Promise<HistoryPage> => {
        if (historyFailure) {
          const code = historyFailure
          historyFailure = null
          return Promise.reject(error(code))
        }
        // `before` unknown or absent: the newest page, as a server would for a first load
        const at = before === undefined ? -1 : log.findIndex((m) => m.id === before)
        const end = at < 0 ? log.length : at
        const start = Math.max(0, end - limit)
        return Promise.resolve({ messages: log.slice(start, end), hasMore: start > 0 })
      }
      if (!holdingHistory) return answer()
      return new Promise<HistoryPage>((resolve, reject) => heldHistory.push(() => answer().then(resolve, reject)))
    }
  }

  return t
}
