// A minimal customer for the simulator's tests: it speaks only the Transport interface (what the
// engine will do), and decodes what arrives so tests can read the conversation as payloads.
// Not exported from the package.
import type { IncomingMessage, TransportEvent } from '../transport'
import type { DecodedPayload } from '../types'
import { decode } from '../wire/decode'
import { encodeText, type OutgoingDraft } from '../wire/encode'
import type { Simulator } from './types'

export type Seen = (DecodedPayload | { kind: 'text'; text: string } | { kind: 'image'; url: string }) & { id: string; event: 'message' | 'modified'; seq?: number; senderName?: string }

/** Decodes one incoming message into a payload. */
export function payloadOf(m: IncomingMessage): DecodedPayload | { kind: 'text'; text: string } | { kind: 'image'; url: string } {
  if (m.body.type === 'text') return { kind: 'text', text: m.body.text }
  if (m.body.type === 'image') return { kind: 'image', url: m.body.url }
  return decode(m.body.data)
}

export interface TestClient {
  events: TransportEvent[]
  /** every message and modification, decoded, in arrival order */
  seen(): Seen[]
  /** what arrived since the last call of `take` */
  take(): Seen[]
  send(draft: OutgoingDraft, clientId?: string): ReturnType<Simulator['send']>
  text(text: string): ReturnType<Simulator['send']>
  statuses(): string[]
}

export function attach(sim: Simulator): TestClient {
  const events: TransportEvent[] = []
  sim.subscribe((e) => { events.push(e) })
  let n = 0
  let taken = 0
  const seen = (): Seen[] => events.flatMap((e): Seen[] => {
    if (e.type !== 'message' && e.type !== 'modified') return []
    const s: Seen = { ...payloadOf(e.message), id: e.message.id, event: e.type, seq: e.message.seq }
    if (e.message.senderName) s.senderName = e.message.senderName
    return [s]
  })
  return {
    events,
    seen,
    take() {
      const all = seen()
      const out = all.slice(taken)
      taken = all.length
      return out
    },
    send(draft, clientId) {
      n += 1
      return sim.send({ clientId: clientId ?? `cid-${n}`, ...draft })
    },
    text(text) {
      n += 1
      return sim.send({ clientId: `cid-${n}`, ...encodeText(text) })
    },
    statuses: () => events.flatMap((e) => (e.type === 'status' ? [e.status] : [])),
  }
}

/** The kinds in order, with text for texts: a compact transcript for assertions. */
export function kinds(list: Seen[]): string[] {
  return list.map((s) => (s.kind === 'text' ? `text:${s.text}` : s.event === 'modified' ? `modified:${s.kind}` : s.kind))
}
