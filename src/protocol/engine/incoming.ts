// Turning what a transport delivers into list entries. Transports are written by other teams, so
// nothing here trusts the shape it is given: a malformed message is drawn as "unsupported"
// rather than dropped or allowed to throw.
import { decode } from '../wire/decode'
import { readMessageMeta } from '../wire/meta'
import type { IncomingMessage, Sender, WireBody } from '../transport'
import { RATING_RULE } from '../types'
import type { ImagePayload, Payload, RatingRulesPayload } from '../types'
import { recognizeNotice, type ResolvedTemplates } from './notices'
import { isMediaType, mediaPayloadOf } from './media'
import type { ChatMessage, RatingRules } from './types'

/** An incoming message with every field checked; the body is checked later, by kind. */
export type CheckedIncoming = Omit<IncomingMessage, 'body'> & { body: unknown }

export interface CheckOptions {
  now: () => number
  /** an id for a message that arrived without one (it is still drawn, just not de-duplicable) */
  anonymousId: () => string
}

/** How far past the receipt clock a message time may lie and still be believed (100 years, ms). */
export const MAX_FUTURE_TIME = 100 * 365.25 * 24 * 3600 * 1000

/**
 * A message time the engine and the view can use: a finite, non-negative number of ms no more
 * than MAX_FUTURE_TIME after `receivedAt`. Anything else (NaN, 1.7e18 — a time in ns or garbage —
 * a negative one) becomes the receipt time: `new Date(1.7e18).toISOString()` throws, and one such
 * row would stop every later one from drawing.
 */
export function saneTime(time: unknown, receivedAt: number): number {
  return isSaneTime(time, receivedAt) ? time : receivedAt
}

export function isSaneTime(time: unknown, receivedAt: number): time is number {
  return typeof time === 'number' && Number.isFinite(time) && time >= 0 && time <= receivedAt + MAX_FUTURE_TIME
}

/** Validates the fields the engine relies on; returns null only for a non-object. */
export function checkIncoming(raw: IncomingMessage | unknown, opts: CheckOptions): CheckedIncoming | null {
  if (typeof raw !== 'object' || raw === null) return null
  const m = raw as Record<string, unknown>
  const id = serverIdOf(m) ?? opts.anonymousId()
  const out: CheckedIncoming = {
    id,
    time: saneTime(m.time, opts.now()),
    from: m.from === 'customer' ? 'customer' : 'service',
    body: m.body,
  }
  if (typeof m.seq === 'number' && Number.isFinite(m.seq)) out.seq = m.seq
  if (typeof m.clientId === 'string' && m.clientId !== '') out.clientId = m.clientId
  if (typeof m.senderName === 'string') out.senderName = m.senderName
  if (typeof m.avatar === 'string') out.avatar = m.avatar
  const meta = metaOf(m.cloudCustomData)
  if (meta) out.cloudCustomData = meta
  return out
}

/**
 * Message metadata as a transport hands it: a `MessageMeta` (checked and re-read, bounded), or
 * leniently a raw string or a plain object. Anything else is dropped.
 */
function metaOf(value: unknown): IncomingMessage['cloudCustomData'] {
  if (typeof value === 'object' && value !== null && typeof (value as { raw?: unknown }).raw === 'string') {
    const keys = Object.keys(value)
    if (keys.every((k) => k === 'raw' || k === 'data')) {
      const given = value as { raw: string; data?: unknown }
      const data = given.data
      // the parsed object when the transport gave one, else what the raw string parses to
      const fromData = typeof data === 'object' && data !== null && !Array.isArray(data) ? readMessageMeta(data) : undefined
      const fromRaw = readMessageMeta(given.raw)
      if (!fromRaw) return fromData
      if (fromData?.data) fromRaw.data = fromData.data
      return fromRaw
    }
  }
  return readMessageMeta(value)
}

/** The server id of a raw incoming message, if it has a usable one (numbers are accepted). */
export function serverIdOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined
  const id = (raw as { id?: unknown }).id
  if (typeof id === 'string' && id !== '') return id
  if (typeof id === 'number' && Number.isFinite(id)) return String(id)
  return undefined
}

/**
 * The payload of a body. Service texts that match a notice template become notices; the
 * customer's own texts never do (a customer quoting the queue text is still just text).
 */
export function payloadOf(body: unknown, from: Sender, templates: ResolvedTemplates): Payload {
  if (typeof body !== 'object' || body === null) return { kind: 'invalid', reason: 'message has no body' }
  const b = body as Partial<WireBody> & Record<string, unknown>
  switch (b.type) {
    case 'text': {
      if (typeof b.text !== 'string') return { kind: 'invalid', reason: 'text body without text' }
      if (from === 'service') {
        const notice = recognizeNotice(b.text, templates)
        if (notice) return notice
      }
      return { kind: 'text', text: b.text }
    }
    case 'image': {
      if (typeof b.url !== 'string' || b.url === '') return { kind: 'invalid', reason: 'image body without url' }
      const image: ImagePayload = { kind: 'image', url: b.url }
      if (typeof b.thumbUrl === 'string' && b.thumbUrl !== '') image.thumbUrl = b.thumbUrl
      if (typeof b.width === 'number' && Number.isFinite(b.width)) image.width = b.width
      if (typeof b.height === 'number' && Number.isFinite(b.height)) image.height = b.height
      return image
    }
    case 'custom':
      return decode(b.data)
    default:
      // file, video, audio, location, face, merger: checked field by field (./media)
      if (isMediaType(b.type)) return mediaPayloadOf(b as Record<string, unknown> & { type: typeof b.type })
      return { kind: 'invalid', reason: `unsupported body type ${String(b.type)}` }
  }
}

/** Builds the list entry for a checked incoming message. */
export function toChatMessage(m: CheckedIncoming, listId: string, payload: Payload, revoked: boolean): ChatMessage {
  const message: ChatMessage = { id: listId, serverId: m.id, from: m.from, time: m.time, status: 'sent', payload }
  if (m.seq !== undefined) message.seq = m.seq
  if (m.clientId !== undefined) message.clientId = m.clientId
  if (m.senderName !== undefined) message.senderName = m.senderName
  if (m.avatar !== undefined) message.avatar = m.avatar
  if (m.cloudCustomData !== undefined) message.cloudCustomData = m.cloudCustomData
  if (revoked) message.revoked = true
  return message
}

export function ratingRulesOf(payload: RatingRulesPayload): RatingRules {
  const flag = payload.menuSendRuleFlag
  return {
    flag,
    sendOnEnd: (flag & RATING_RULE.sendOnEnd) !== 0,
    agentMayInvite: (flag & RATING_RULE.agentMayInvite) !== 0,
    customerMayRequest: (flag & RATING_RULE.customerMayRequest) !== 0,
  }
}

/** How long an unfinished stream may receive nothing before it is shown as ended (ms). */
export const STREAM_IDLE_TIMEOUT = 30_000

/**
 * Whether a stream part continues the stream `prev` shows. The protocol has no stream id: each
 * part carries every chunk so far, so a part of the same stream extends its text, and a part whose
 * text does not start with it is a new answer (which must not overwrite the unfinished one).
 */
export function continuesStream(prev: ChatMessage | undefined, next: Payload): boolean {
  if (!prev || prev.revoked || prev.payload.kind !== 'stream' || next.kind !== 'stream') return false
  return next.chunks.join('').startsWith(prev.payload.chunks.join(''))
}

/** The payload shown as ended (a stream that went quiet: no cursor, not busy). */
export function endedStream(message: ChatMessage): ChatMessage {
  return message.payload.kind === 'stream' && !message.payload.isFinished ? { ...message, payload: { ...message.payload, isFinished: true } } : message
}

/** Whether the payload is an unfinished stream that a newer part would replace. */
export function isOpenStream(message: ChatMessage | undefined): boolean {
  return message !== undefined && message.payload.kind === 'stream' && !message.payload.isFinished && !message.revoked
}

/** The kinds whose payload carries the customer's choice in `selected`. */
export type SelectablePayload = Extract<Payload, { kind: 'branch' | 'form' | 'rating' | 'taskBranch' }>

export function isSelectable(payload: Payload): payload is SelectablePayload {
  return payload.kind === 'branch' || payload.kind === 'form' || payload.kind === 'rating' || payload.kind === 'taskBranch'
}

/** The payload without its `selected` (a new object; the old one may be in a published snapshot). */
export function withoutSelected<P extends SelectablePayload>(payload: P): P {
  const copy = { ...payload }
  delete copy.selected
  return copy
}
