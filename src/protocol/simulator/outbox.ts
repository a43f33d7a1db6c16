// Emitting service messages: latency, the gap between the messages of one reply, streaming (src
// 31) and "modified" updates. Messages are created (id, seq, time) when they arrive, which is what
// a real server does.
import type { IncomingMessage, WireBody } from '../transport'
import { encodePayload } from '../wire/encode'
import { readMessageMeta } from '../wire/meta'
import { copyMessage, type Emission, type Outgoing, type SimContext } from './context'

export interface Outbox {
  /** a delay drawn from the configured latency */
  sampleLatency(): number
  /** creates, stores and delivers a service message now */
  emitNow(e: Emission, id?: string): IncomingMessage
  /**
   * Sends a reply: the first message after the latency, the rest `messageGap` apart. Returns the
   * ids the messages will have (allocated now, so an agent UI can refer to them).
   */
  reply(items: Emission[], firstDelay?: number): string[]
  /** replaces a stored message's payload and tells the customer (the real backend's "modified") */
  modify(id: string, out: Outgoing): void
}

export function createOutbox(ctx: SimContext): Outbox {
  const { cfg, store, sched } = ctx

  function sampleLatency(): number {
    const latency = cfg.latency
    if (typeof latency === 'number') return latency
    return latency.min + cfg.random() * (latency.max - latency.min)
  }

  function emitNow(e: Emission, id = store.nextId('s')): IncomingMessage {
    const message: IncomingMessage = {
      id,
      time: cfg.now(),
      seq: store.nextSeq(),
      from: 'service',
      senderName: e.agent ? e.agent.config.name : cfg.serviceName,
      body: wireBody(e.out),
    }
    if (e.agent?.config.avatar) message.avatar = e.agent.config.avatar
    const meta = e.meta ? readMessageMeta(e.meta) : undefined
    if (meta) message.cloudCustomData = meta
    if (!isFlag(e.out)) store.add(message)
    ctx.transport.deliver({ type: 'message', message: copyMessage(message) })
    e.onArrive?.(message)
    return message
  }

  function modify(id: string, out: Outgoing): void {
    const prev = store.get(id)
    if (!prev) return
    const next: IncomingMessage = { ...prev, body: wireBody(out) }
    store.replace(id, next)
    ctx.transport.deliver({ type: 'modified', message: copyMessage(next) })
  }

  /** src 31: the first chunk as a new message, then the growing text, then isFinished. */
  function scheduleStream(e: Emission, id: string, delay: number, from: 'now' | 'cursor'): void {
    if (e.out.kind !== 'stream') return
    const pieces = splitChunks(e.out.chunks.join(''), cfg.chunkSize)
    pieces.forEach((_, i) => {
      const payload: Outgoing = { kind: 'stream', src: '31', chunks: pieces.slice(0, i + 1), isFinished: i === pieces.length - 1 }
      if (i === 0) sched.schedule(delay, () => emitNow({ ...e, out: payload }, id), from)
      else sched.schedule(cfg.streamInterval, () => modify(id, payload), 'cursor')
    })
  }

  function reply(items: Emission[], firstDelay = sampleLatency()): string[] {
    return items.map((e, i) => {
      const id = store.nextId('s')
      const delay = i === 0 ? firstDelay : cfg.messageGap
      const from = i === 0 ? 'now' : 'cursor'
      if (e.out.kind === 'stream') scheduleStream(e, id, delay, from)
      else sched.schedule(delay, () => emitNow(e, id), from)
      return id
    })
  }

  return { sampleLatency, emitNow, reply, modify }
}

function wireBody(out: Outgoing): WireBody {
  if (out.kind === 'text') return { type: 'text', text: out.text }
  if (out.kind === 'raw') return { type: 'custom', data: out.data }
  if (out.kind === 'media') return { ...out.body, ...('lines' in out.body ? { lines: [...out.body.lines] } : {}) } as WireBody
  return { type: 'custom', data: encodePayload(out) }
}

/** Flags (typing, rules, seat status, bot commands) are sent online-only and not stored. */
function isFlag(out: Outgoing): boolean {
  return out.kind === 'typing' || out.kind === 'ratingRules' || out.kind === 'seatStatus' || out.kind === 'botCommand'
}

/** Splits text into chunks of `size` code points (never inside a surrogate pair). */
export function splitChunks(text: string, size: number): string[] {
  const chars = Array.from(text)
  if (chars.length === 0) return ['']
  const out: string[] = []
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''))
  return out
}
