// Live transport events folded into the list and the session: new messages (service and other
// devices' customer messages), modifications and revocations.
import type { IncomingMessage } from '../transport'
import { FLAG_KINDS } from '../types'
import type { Payload } from '../types'
import type { Choices } from './choices'
import type { Core } from './core'
import type { Delivery } from './delivery'
import { isHiddenDeskPayload, type Desk } from './desk'
import { continuesStream, endedStream, isOpenStream, payloadOf, STREAM_IDLE_TIMEOUT, toChatMessage, type CheckedIncoming } from './incoming'
import { isQueueUpdate } from './session'
import type { ChatMessage } from './types'

export class Live {
  /** streams that may still grow: list id → the timer that shows them as ended when quiet */
  private readonly streamTimers = new Map<string, ReturnType<typeof setTimeout>>()
  /** streams shown as ended because they went quiet; a late part still continues them */
  private readonly quiet = new Set<string>()

  constructor(
    private readonly core: Core,
    private readonly delivery: Delivery,
    private readonly choices: Choices,
    private readonly desk?: Desk,
  ) {}

  message(raw: IncomingMessage): void {
    const { list, ids, config } = this.core
    const m = this.core.check(raw)
    if (!m) return
    if (ids.byServerId.has(m.id)) return
    // a time the server stamped just now (not one check() replaced) tells how its clock runs
    if (m.time === (raw as { time?: unknown }).time) this.core.clock.observe(m.time)
    if (m.clientId !== undefined) {
      const own = ids.byClientId.get(m.clientId)
      if (own !== undefined) {
        this.delivery.confirmOwn(own, m)
        return
      }
    }
    const payload = payloadOf(m.body, m.from, config.templates)
    if (FLAG_KINDS.has(payload.kind)) {
      // the customer's own flags echoed back (7, 10, 24, 27) change nothing
      if (m.from === 'service') this.core.dispatch({ type: 'flag', payload })
      return
    }
    if (isHiddenDeskPayload(payload, m.from)) {
      // 35 is state (state.thinking), and the customer's own 33 shows on the service's form card
      if (m.from === 'service') this.desk?.onThinking(payload)
      return
    }
    if (m.from === 'service') {
      this.desk?.onServiceMessage()
      if (isQueueUpdate(payload)) {
        // the queue banner (state.queue) is the one place the position shows: no row per update
        this.core.dispatch({ type: 'serviceMessage', payload })
        return
      }
      if (payload.kind === 'stream') {
        const latest = list.findLast((x) => x.from === 'service')
        if (latest && (isOpenStream(latest) || this.quiet.has(latest.id)) && continuesStream(latest, payload)) {
          // the same stream grew: same entry, same id, so the view keeps the bubble
          this.core.dispatch({ type: 'serviceMessage', payload })
          list.replace({ ...latest, payload })
          ids.byServerId.set(m.id, latest.id)
          this.watchStream(latest.id, payload.isFinished)
          return
        }
      }
    }
    const message = this.add(m, payload)
    if (payload.kind === 'stream') this.watchStream(message.id, payload.isFinished)
    if (m.from === 'service') {
      this.core.dispatch({ type: 'serviceMessage', payload: message.payload })
      this.core.publisher.announceIncoming(message)
    }
  }

  modified(raw: IncomingMessage): void {
    const { list, ids, config } = this.core
    const m = this.core.check(raw)
    if (!m) return
    const listId = ids.byServerId.get(m.id)
    const current = listId === undefined ? undefined : list.get(listId)
    if (!current) {
      // a 35 is never in the list: the backend flips it to thinkingStatus 1 by modifying it.
      // Any other change to a message we never showed: history will bring it in its final form.
      if (m.from === 'service') {
        const payload = payloadOf(m.body, m.from, config.templates)
        if (payload.kind === 'thinking') this.desk?.onThinking(payload)
      }
      return
    }
    const payload = payloadOf(m.body, current.from, config.templates)
    if (FLAG_KINDS.has(payload.kind)) return
    const next = this.choices.modified(current, payload)
    list.replace(this.desk ? this.desk.keepSubmitted(current, next) : next)
  }

  revoked(id: unknown): void {
    const { list, ids } = this.core
    if (typeof id !== 'string' || id === '') return
    ids.revoked.add(id)
    const listId = ids.byServerId.get(id)
    const current = listId === undefined ? undefined : list.get(listId)
    if (current && !current.revoked) list.replace({ ...current, revoked: true })
  }

  /** Stops the quiet-stream timers (the conversation stopped). */
  stop(): void {
    for (const timer of this.streamTimers.values()) clearTimeout(timer)
    this.streamTimers.clear()
  }

  /** (Re)starts the timer that shows an unfinished stream as ended once it goes quiet. */
  private watchStream(listId: string, finished: boolean): void {
    const previous = this.streamTimers.get(listId)
    if (previous !== undefined) clearTimeout(previous)
    this.streamTimers.delete(listId)
    this.quiet.delete(listId)
    if (finished) return
    this.streamTimers.set(listId, setTimeout(() => {
      this.streamTimers.delete(listId)
      const current = this.core.list.get(listId)
      if (!current || !isOpenStream(current)) return
      this.quiet.add(listId)
      this.core.list.replace(endedStream(current))
      this.core.commit()
    }, STREAM_IDLE_TIMEOUT))
  }

  private add(m: CheckedIncoming, payload: Payload): ChatMessage {
    const { list, ids } = this.core
    const message = toChatMessage(m, ids.listIdFor(m.id), payload, ids.isRevoked(m.id))
    list.insert(message, { time: m.time, seq: m.seq })
    ids.index(m, message.id)
    return message
  }
}
