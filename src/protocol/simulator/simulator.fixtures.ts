// A minimal customer for the simulator's tests: it speaks only the Transport interface (what the
// engine will do), and decodes what arrives so tests can read the conversation as payloads.
// Not exported from the package.
import type { IncomingMessage, TransportEvent } from '../transport'
import { mediaPayloadOf } from '../engine/media'
import type { MediaPayload } from '../types'
import type { DecodedPayload } from '../types'
import { decode } from '../wire/decode'
import { encodeText, type OutgoingDraft } from '../wire/encode'
import { DEFAULT_TEMPLATES, matchTemplate } from '../templates'
import { createSimulator } from './simulator'
import type { AgentConsoleEvent, Simulator, SimulatorOptions } from './types'

export type Seen = (DecodedPayload | { kind: 'text'; text: string } | { kind: 'image'; url: string } | MediaPayload) & { id: string; event: 'message' | 'modified'; seq?: number; senderName?: string }

/** Decodes one incoming message into a payload. */
export function payloadOf(m: IncomingMessage): DecodedPayload | { kind: 'text'; text: string } | { kind: 'image'; url: string } | MediaPayload {
  if (m.body.type === 'text') return { kind: 'text', text: m.body.text }
  if (m.body.type === 'image') return { kind: 'image', url: m.body.url }
  if (m.body.type !== 'custom') return mediaPayloadOf(m.body as unknown as Record<string, unknown> & { type: MediaPayload['kind'] })
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

// ---- conversation helpers (fake timers on) ----

// Fake timers give a 0 ms timer set during a tick 1 ms (as browsers clamp nested timers), so a
// reply decided inside a timer lands just after it: a few ms of slack let such chains settle.
export const tick = (ms = 0): Promise<void> => vi.advanceTimersByTimeAsync(ms + 5).then(() => undefined)

export async function open(options: SimulatorOptions = {}): Promise<{ sim: Simulator; c: TestClient; agentEvents: AgentConsoleEvent[] }> {
  const sim = createSimulator({ latency: 0, agentScript: { typingMs: 100, acceptDelayMs: 50 }, ...options })
  const agentEvents: AgentConsoleEvent[] = []
  sim.onAgentEvent((e) => { agentEvents.push(e) })
  const c = attach(sim)
  const connected = sim.connect()
  await tick()
  await connected
  return { sim, c, agentEvents }
}

export async function say(c: TestClient, text: string, ms = 0): Promise<Seen[]> {
  await c.text(text)
  await tick(ms)
  return c.take()
}

export function only<K extends Seen['kind']>(list: Seen[], kind: K): Extract<Seen, { kind: K }> {
  const found = list.filter((s) => s.kind === kind)
  expect(found, `exactly one ${kind} in ${JSON.stringify(kinds(list))}`).toHaveLength(1)
  return found[0] as Extract<Seen, { kind: K }>
}

export function queuePositions(list: Seen[]): number[] {
  return list.flatMap((s) => {
    if (s.kind !== 'text') return []
    const m = matchTemplate(DEFAULT_TEMPLATES.queue[0] as string, s.text)
    return m ? [Number(m.QueuePosition)] : []
  })
}

export async function tickTake(c: TestClient, ms = 0): Promise<Seen[]> {
  await tick(ms)
  return c.take()
}
