// The transport half: connection status, the backlog of events held while offline, send receipts
// (deduplicated by clientId), injected failures, and history pages. Everything the engine sees of
// the simulator goes through here; what the service side does with a message is inbound's job.
import {
  TransportError,
  type ConnectionStatus,
  type HistoryPage,
  type IncomingMessage,
  type OutgoingMediaBody,
  type OutgoingMessage,
  type SendContext,
  type SendReceipt,
  type TransportErrorCode,
  type TransportEvent,
  type TransportListener,
} from '../transport'
import { isOutgoingMediaBody, mediaLimit, mediaWireBody, objectUrlOf } from '../wire/media'
import { readMessageMeta } from '../wire/meta'
import { safeCall, type SimContext } from './context'

export interface TransportSide {
  readonly status: ConnectionStatus
  connect(): Promise<void>
  disconnect(): Promise<void>
  send(message: OutgoingMessage, context?: SendContext): Promise<SendReceipt>
  subscribe(listener: TransportListener): () => void
  loadHistory(opts: { before?: string; limit: number }): Promise<HistoryPage>
  /** delivers now when online, else holds it until the connection is back */
  deliver(event: TransportEvent): void
  setOnline(online: boolean): void
  failNextSends(n: number, code?: TransportErrorCode): void
  failNextUploads(n: number): void
  dispose(): void
}

export function createTransportSide(ctx: SimContext): TransportSide {
  let status: ConnectionStatus = 'idle'
  let networkUp = true
  let wantConnected = false
  let connecting: Promise<void> | null = null
  const listeners = new Set<TransportListener>()
  const backlog: TransportEvent[] = []
  const receipts = new Map<string, SendReceipt>()
  const failures: TransportErrorCode[] = []
  let uploadFailures = 0
  let uploads = 0

  /**
   * Plays an upload: progress every tick at the configured rate, stopped by the signal, failed
   * halfway when a fault was injected. Resolves with the URL the "server" keeps it under.
   */
  function upload(body: OutgoingMediaBody, context: SendContext | undefined): Promise<string> {
    const limit = mediaLimit(ctx.cfg.media ? { media: ctx.cfg.media } : undefined, body.type)
    if (limit === undefined) return Promise.reject(new TransportError('rejected', `the simulator does not accept ${body.type} uploads`, { retryable: false }))
    if (body.size > limit) return Promise.reject(new TransportError('rejected', `${body.name} is larger than ${limit} bytes`, { retryable: false }))
    const failing = uploadFailures > 0
    if (failing) uploadFailures--
    const id = ++uploads
    const report = (f: number) => {
      try {
        context?.onProgress?.(f)
      } catch {
        // the engine's listener is not the upload's concern
      }
    }
    return new Promise<string>((resolve, reject) => {
      const signal = context?.signal
      if (signal?.aborted) return reject(new TransportError('cancelled', 'upload cancelled'))
      let sent = 0
      let handle: ReturnType<typeof setTimeout> | undefined
      const onAbort = () => {
        ctx.sched.cancel(handle)
        reject(new TransportError('cancelled', 'upload cancelled'))
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      const done = (fn: () => void) => {
        signal?.removeEventListener('abort', onAbort)
        fn()
      }
      const step = () => {
        const rate = ctx.cfg.uploadRate
        sent = rate === Infinity ? body.size : Math.min(body.size, sent + (rate * ctx.cfg.uploadTick) / 1000)
        const fraction = body.size > 0 ? sent / body.size : 1
        if (failing && fraction >= 0.5) {
          report(0.5)
          return done(() => reject(new TransportError('unknown', `injected upload failure (${body.name})`, { retryable: false })))
        }
        report(fraction)
        if (sent >= body.size) {
          const url = objectUrlOf(body.file) || `https://simulator.invalid/uploads/${id}/${encodeURIComponent(body.name)}`
          return done(() => resolve(url))
        }
        handle = ctx.sched.timer(ctx.cfg.uploadTick, step)
      }
      report(0)
      handle = ctx.sched.timer(ctx.cfg.uploadRate === Infinity ? 0 : ctx.cfg.uploadTick, step)
    })
  }

  function setStatus(next: ConnectionStatus): void {
    if (status === next) return
    status = next
    for (const l of [...listeners]) safeCall(l, { type: 'status', status: next })
    if (next === 'online') {
      const held = backlog.splice(0)
      for (const ev of held) for (const l of [...listeners]) safeCall(l, ev)
    }
  }

  const disposedError = (): TransportError => new TransportError('unauthorized', 'the simulator was disposed', { retryable: false })

  return {
    get status() { return status },

    connect() {
      if (ctx.sched.disposed) return Promise.reject(disposedError())
      wantConnected = true
      if (status === 'online') return Promise.resolve()
      if (connecting) {
        // disconnect() and connect() again while the first attempt is still under way
        if (status === 'idle') setStatus('connecting')
        return connecting
      }
      setStatus('connecting')
      connecting = new Promise<void>((resolve) => {
        ctx.sched.timer(ctx.cfg.connectDelay, () => {
          const finish = () => {
            connecting = null
            // disconnect() or a dropped network while connecting wins
            if (wantConnected) setStatus(networkUp ? 'online' : 'offline')
            resolve()
          }
          // a persisted session is read first, so history and dedupe see it
          if (ctx.ready) void ctx.ready.then(finish)
          else finish()
        })
      })
      return connecting
    },

    async disconnect() {
      wantConnected = false
      setStatus('idle')
    },

    async send(message, context) {
      if (ctx.sched.disposed) throw disposedError()
      if (status !== 'online') throw new TransportError('offline', `cannot send while ${status}`)
      const known = receipts.get(message.clientId)
      if (known) return { ...known }
      // sent before a reload of a persisted session: the same message, not a new one
      const before = ctx.store.byClientId(message.clientId)
      if (before) return before.seq === undefined ? { id: before.id, time: before.time } : { id: before.id, time: before.time, seq: before.seq }
      const injected = failures.shift()
      if (injected) throw new TransportError(injected, `injected failure (${injected})`)
      const body = message.body
      let wire: IncomingMessage['body']
      if (isOutgoingMediaBody(body)) {
        const url = await upload(body, context)
        // a resend of the same client id may have finished first
        const again = receipts.get(message.clientId)
        if (again) return { ...again }
        if (status !== 'online') throw new TransportError('offline', `the connection dropped during the upload`)
        wire = mediaWireBody(body, url)
      } else if (body.type === 'text' ? typeof body.text !== 'string' || body.text.trim() === '' : typeof body.data !== 'string') {
        throw new TransportError('rejected', 'empty or malformed message body')
      } else {
        wire = { ...body }
      }
      const receipt: SendReceipt = { id: ctx.store.nextId('c'), time: ctx.cfg.now(), seq: ctx.store.nextSeq() }
      receipts.set(message.clientId, receipt)
      const stored: IncomingMessage = { ...receipt, from: 'customer', clientId: message.clientId, body: wire }
      // the message-level metadata (a src 32 reply's {BranchOptionInfo}), as the backend keeps it
      const meta = readMessageMeta(message.cloudCustomData)
      if (meta) stored.cloudCustomData = meta
      if (!message.options?.onlineUserOnly) ctx.store.add(stored)
      try {
        ctx.inbound.onCustomerMessage(stored)
      } catch (err) {
        // the message was accepted: a fault in the service side (say, a throwing agentScript.reply)
        // must not turn into a failed send the engine would retry; surface it instead
        setTimeout(() => { throw err }, 0)
      }
      return { ...receipt }
    },

    subscribe(listener) {
      listeners.add(listener)
      return () => { listeners.delete(listener) }
    },

    async loadHistory(opts) {
      if (status !== 'online') throw new TransportError('offline', `cannot load history while ${status}`)
      const limit = opts.limit
      if (!Number.isInteger(limit) || limit < 1) throw new TransportError('rejected', 'limit must be a positive integer')
      let end = ctx.store.length
      if (opts.before !== undefined) {
        const i = ctx.store.indexOf(opts.before)
        if (i === undefined) throw new TransportError('rejected', `no message with id "${opts.before}"`)
        end = i
      }
      const start = Math.max(0, end - limit)
      return { messages: ctx.store.slice(start, end), hasMore: start > 0 }
    },

    deliver(event) {
      if (status !== 'online') {
        backlog.push(event)
        return
      }
      for (const l of [...listeners]) safeCall(l, event)
    },

    setOnline(online) {
      networkUp = online
      if (!online) {
        if (status === 'online' || status === 'connecting') setStatus('offline')
        return
      }
      if (wantConnected && status === 'offline') {
        setStatus('connecting')
        ctx.sched.timer(ctx.cfg.connectDelay, () => { if (wantConnected && networkUp && status === 'connecting') setStatus('online') })
      }
    },

    failNextSends(n, code = 'timeout') {
      for (let i = 0; i < Math.max(0, Math.floor(n)); i++) failures.push(code)
    },

    failNextUploads(n) {
      uploadFailures += Math.max(0, Math.floor(n))
    },

    dispose() {
      listeners.clear()
      status = 'idle'
    },
  }
}
