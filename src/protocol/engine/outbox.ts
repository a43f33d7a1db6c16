// The outbox: every customer message and flag leaves through here, one at a time.
//
// Serial on purpose: the backend's flows react to text in order (a branch answer, then the next
// question), so a later message must never overtake an earlier one. The price is that a message
// in backoff holds the queue; once it gives up (failed) the queue moves on, so one bad message
// never blocks the rest for longer than its own retries.
import { isTransportError, TransportError } from '../transport'
import type { OutgoingMessage, SendContext, SendReceipt, Transport } from '../transport'
import { isOutgoingMediaBody } from '../wire/media'
import type { RetryOptions } from './types'

/** A message to send, without its client id (the outbox item carries it). */
export type OutgoingDraft = Omit<OutgoingMessage, 'clientId'>

/** Why a send failed, as the engine records it on a message. */
export interface SendFailure {
  code: string
  message: string
}

export interface OutboxItem {
  /** the same on every attempt, so the transport can dedupe a resend */
  clientId: string
  draft: OutgoingDraft
  onDelivered(receipt: SendReceipt): void
  /** an attempt failed and another will follow after a backoff */
  onRetrying?(failure: SendFailure): void
  /** no more attempts (or a non-retryable error) */
  onFailed(failure: SendFailure): void
  /** upload progress of a media send, 0..1 (each attempt starts again from its first report) */
  onProgress?(fraction: number): void
}

export interface OutboxOptions {
  transport: Transport
  retry?: RetryOptions
  /** false while the engine is stopped: nothing leaves then, and nothing is dropped either */
  isActive(): boolean
  /**
   * ms an attempt may take before it counts as failed (`timeout`, retryable) and the queue moves
   * on; a late answer still confirms the message. 0 or less: no limit. @default 20000
   */
  sendTimeout?: number
}

export const DEFAULT_SEND_TIMEOUT = 20000

/** Effective retry settings (the defaults documented on `RetryOptions`). */
export interface ResolvedRetry {
  attempts: number
  baseDelay: number
  maxDelay: number
}

export function resolveRetry(retry: RetryOptions | undefined): ResolvedRetry {
  const attempts = Math.max(1, Math.floor(retry?.attempts ?? 4))
  const baseDelay = Math.max(0, retry?.baseDelay ?? 1000)
  const maxDelay = Math.max(baseDelay, retry?.maxDelay ?? 15000)
  return { attempts, baseDelay, maxDelay }
}

/** The wait after the `n`-th failure (n from 0): baseDelay·2ⁿ, capped. */
export function backoffDelay(retry: ResolvedRetry, n: number): number {
  return Math.min(retry.baseDelay * 2 ** Math.max(0, n), retry.maxDelay)
}

interface Entry {
  item: OutboxItem
  /** failed attempts that counted (offline ones do not) */
  attempts: number
  /** delivery was confirmed some other way (an echo, history): ignore this attempt's outcome */
  settled: boolean
}

/** One call of transport.send; `abandoned` once its outcome no longer decides the entry's fate. */
interface Attempt {
  entry: Entry
  abandoned: boolean
  timer: ReturnType<typeof setTimeout> | null
  /** a media send's cancellation: aborted when the attempt is given up on or cancelled */
  controller: AbortController | null
}

export class Outbox {
  private readonly transport: Transport
  private readonly retry: ResolvedRetry
  private readonly isActive: () => boolean
  private queue: Entry[] = []
  private inFlight: Entry | null = null
  private attempt: Attempt | null = null
  private readonly sendTimeout: number
  private timer: ReturnType<typeof setTimeout> | null = null
  /** consecutive "offline" answers while the transport claims to be online */
  private offlineStreak = 0

  constructor(options: OutboxOptions) {
    this.transport = options.transport
    this.retry = resolveRetry(options.retry)
    this.isActive = options.isActive
    const timeout = options.sendTimeout ?? DEFAULT_SEND_TIMEOUT
    this.sendTimeout = typeof timeout === 'number' && Number.isFinite(timeout) && timeout > 0 ? timeout : 0
  }

  /** items waiting or in flight */
  get size(): number {
    return this.queue.length
  }

  has(clientId: string): boolean {
    return this.queue.some((e) => e.item.clientId === clientId)
  }

  /** Queues at the end and sends when it is its turn. A client id already queued is ignored. */
  enqueue(item: OutboxItem): void {
    if (this.has(item.clientId)) return
    this.queue.push({ item, attempts: 0, settled: false })
    this.pump()
  }

  /** Queues ahead of everything not already in flight (the start flag opens the flow first). */
  enqueueFront(item: OutboxItem): void {
    if (this.has(item.clientId)) return
    const at = this.inFlight ? 1 : 0
    this.queue.splice(at, 0, { item, attempts: 0, settled: false })
    // a backoff belongs to the item that was at the head; the new head need not wait for it
    if (at === 0) this.clearTimer()
    this.pump()
  }

  /**
   * The message is known to be delivered (or no longer wanted): drop it without calling back.
   * An attempt in flight finishes, but its outcome is ignored.
   */
  settle(clientId: string): void {
    const index = this.queue.findIndex((e) => e.item.clientId === clientId)
    if (index < 0) return
    const entry = this.queue[index]
    if (entry === this.inFlight) {
      entry.settled = true
      return
    }
    this.queue.splice(index, 1)
    if (index === 0) {
      this.clearTimer()
      this.pump()
    }
  }

  /**
   * The customer cancelled this message: it leaves the queue, and an upload in flight is aborted
   * (its outcome, even a late success, is ignored). Returns whether it was queued.
   */
  cancel(clientId: string): boolean {
    const index = this.queue.findIndex((e) => e.item.clientId === clientId)
    if (index < 0) return false
    const entry = this.queue[index]
    entry.settled = true
    if (entry === this.inFlight) {
      if (this.attempt) this.endAttempt(this.attempt)
      this.inFlight = null
    }
    this.queue.splice(index, 1)
    if (index === 0) this.clearTimer()
    this.pump()
    return true
  }

  /**
   * The connection came back: cut any backoff short and send. An attempt still in flight from
   * before is given up on (the connection it went out on is gone) and sent again under the same
   * client id, so a send that never settles cannot hold the queue across a reconnect.
   */
  online(): void {
    this.offlineStreak = 0
    this.clearTimer()
    this.abandonInFlight()
    this.pump()
  }

  /**
   * The engine stopped: no timers survive it. Items stay queued for the next start, and an attempt
   * in flight is given up on (a late success still confirms it), so the next start resends it.
   */
  pause(): void {
    this.clearTimer()
    this.abandonInFlight()
  }

  private abandonInFlight(): void {
    const attempt = this.attempt
    if (!attempt) return
    this.endAttempt(attempt)
    this.inFlight = null
  }

  /** Ends an attempt; `abort` also stops its upload (given up on, not finished). */
  private endAttempt(attempt: Attempt, abort = true): void {
    attempt.abandoned = true
    if (attempt.timer !== null) clearTimeout(attempt.timer)
    attempt.timer = null
    if (this.attempt === attempt) this.attempt = null
    if (abort && attempt.controller && !attempt.controller.signal.aborted) {
      try {
        attempt.controller.abort()
      } catch {
        // an abort listener of the transport threw: the attempt is over all the same
      }
    }
  }

  /** Sends the head item if nothing is in flight, no backoff is running and we are online. */
  pump(): void {
    if (!this.isActive() || this.inFlight || this.timer || this.queue.length === 0) return
    if (this.transport.status !== 'online') return // resumed by online()
    const entry = this.queue[0]
    this.inFlight = entry
    const message: OutgoingMessage = { clientId: entry.item.clientId, ...entry.item.draft }
    const media = isOutgoingMediaBody(message.body)
    const attempt: Attempt = {
      entry,
      abandoned: false,
      timer: null,
      controller: media && typeof AbortController === 'function' ? new AbortController() : null,
    }
    this.attempt = attempt
    // The timeout counts silence, not length: each progress report of an upload starts it again,
    // so a large file still moving is never cut off, and a stalled one is.
    const arm = (): void => {
      if (this.sendTimeout <= 0 || attempt.abandoned) return
      if (attempt.timer !== null) clearTimeout(attempt.timer)
      attempt.timer = setTimeout(() => {
        attempt.timer = null
        if (attempt.abandoned) return
        this.endAttempt(attempt)
        this.failed(entry, new TransportError('timeout', `No answer to the send within ${this.sendTimeout} ms.`, { retryable: true }))
      }, this.sendTimeout)
    }
    let sending: Promise<SendReceipt>
    try {
      if (media) {
        const context: SendContext = {
          onProgress: (fraction) => {
            if (attempt.abandoned || typeof fraction !== 'number' || Number.isNaN(fraction)) return
            arm()
            try {
              entry.item.onProgress?.(Math.min(1, Math.max(0, fraction)))
            } catch {
              // a listener's fault is not the upload's
            }
          },
        }
        if (attempt.controller) context.signal = attempt.controller.signal
        sending = Promise.resolve(this.transport.send(message, context))
      } else {
        sending = Promise.resolve(this.transport.send(message))
      }
    } catch (error) {
      // a transport that throws instead of rejecting is still just a failed attempt
      sending = Promise.reject(error)
    }
    arm()
    sending.then(
      (receipt) => {
        if (attempt.abandoned) return this.lateSuccess(entry, receipt)
        this.endAttempt(attempt, false)
        this.succeeded(entry, receipt)
      },
      (error: unknown) => {
        // a late failure of an attempt already given up on changes nothing
        if (attempt.abandoned) return
        this.endAttempt(attempt, false)
        this.failed(entry, error)
      },
    )
  }

  /**
   * An attempt given up on (timed out, or cut off by a reconnect or stop) succeeded after all: the
   * message was delivered. Confirm it wherever it is now: waiting for its retry, sent again, or
   * already shown as failed.
   */
  private lateSuccess(entry: Entry, receipt: SendReceipt): void {
    if (entry.settled) return
    if (entry === this.inFlight) {
      // the resend's outcome no longer matters
      entry.settled = true
    } else {
      const index = this.queue.indexOf(entry)
      if (index >= 0) {
        this.queue.splice(index, 1)
        if (index === 0) this.clearTimer()
      }
      entry.settled = true
    }
    entry.item.onDelivered(receipt)
    this.pump()
  }

  private succeeded(entry: Entry, receipt: SendReceipt): void {
    this.finish(entry)
    this.offlineStreak = 0
    if (!entry.settled) entry.item.onDelivered(receipt)
    this.pump()
  }

  private failed(entry: Entry, raw: unknown): void {
    this.inFlight = null
    if (entry.settled) {
      this.finish(entry)
      this.pump()
      return
    }
    const error = toTransportError(raw)
    // Failures while the connection is down are the connection's fault, not the message's: they do
    // not burn an attempt, and the item waits at the head for online().
    if (error.code === 'offline' || this.transport.status !== 'online') {
      if (this.transport.status === 'online') {
        // The transport says online but answered offline. Without this timer nothing would wake
        // the queue (no status event is coming), so poll with the usual backoff.
        this.schedule(backoffDelay(this.retry, this.offlineStreak++))
      }
      return
    }
    entry.attempts++
    const failure: SendFailure = { code: error.code, message: error.message || error.code }
    if (!error.retryable || entry.attempts >= this.retry.attempts) {
      this.finish(entry)
      entry.item.onFailed(failure)
      this.pump()
      return
    }
    entry.item.onRetrying?.(failure)
    this.schedule(backoffDelay(this.retry, entry.attempts - 1))
  }

  private finish(entry: Entry): void {
    if (this.inFlight === entry) this.inFlight = null
    const index = this.queue.indexOf(entry)
    if (index >= 0) this.queue.splice(index, 1)
  }

  private schedule(delay: number): void {
    this.clearTimer()
    this.timer = setTimeout(() => {
      this.timer = null
      this.pump()
    }, delay)
  }

  private clearTimer(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer)
      this.timer = null
    }
  }
}

function toTransportError(error: unknown): TransportError {
  if (error instanceof TransportError) return error
  if (isTransportError(error)) {
    // a TransportError from another copy of the module (or a plain look-alike): rebuild it so
    // `retryable` gets its default instead of reading as "not retryable"
    const e = error as Partial<TransportError>
    return new TransportError(e.code ?? 'unknown', e.message ?? '', { retryable: e.retryable, backendCode: e.backendCode, cause: error })
  }
  const message = error instanceof Error ? error.message : String(error)
  // an unknown failure may well be transient: let it retry
  return new TransportError('unknown', message || 'Sending failed.', { retryable: true, cause: error })
}
