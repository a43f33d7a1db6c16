// A simulator session kept in a KefuStorage (`SimulatorOptions.storage`): the stored messages and
// counters, so a reload of the playground continues the conversation and a resend of a message
// the simulator already took (same client id) is answered with its old receipt, not taken twice.
// What is read back is checked like any stored data: anything odd is dropped, never thrown on.
import type { KefuStorage } from '../storage/storage'
import type { IncomingMessage } from '../transport'
import type { MessageStore } from './store'

const VERSION = 1
/** messages kept (the newest); older ones are history the simulator can do without */
export const MAX_PERSISTED_MESSAGES = 300

function checkMessage(raw: unknown): IncomingMessage | null {
  if (typeof raw !== 'object' || raw === null) return null
  const r = raw as Record<string, unknown>
  if (typeof r.id !== 'string' || r.id === '' || typeof r.time !== 'number' || !Number.isFinite(r.time)) return null
  if (r.from !== 'customer' && r.from !== 'service') return null
  const b = r.body as Record<string, unknown> | null
  if (typeof b !== 'object' || b === null) return null
  let body: IncomingMessage['body']
  if (b.type === 'text' && typeof b.text === 'string') body = { type: 'text', text: b.text }
  else if (b.type === 'custom' && typeof b.data === 'string') body = { type: 'custom', data: b.data }
  else return null
  const m: IncomingMessage = { id: r.id, time: r.time, from: r.from, body }
  if (typeof r.seq === 'number' && Number.isFinite(r.seq)) m.seq = r.seq
  if (typeof r.clientId === 'string' && r.clientId !== '') m.clientId = r.clientId
  for (const key of ['senderName', 'avatar'] as const) if (typeof r[key] === 'string') m[key] = r[key] as string
  return m
}

/** Reads the persisted session into `store` (if there is a usable one), then keeps it saved. */
export function persistStore(store: MessageStore, storage: KefuStorage, key: string): Promise<void> {
  const ready = (async () => {
    let text: string | null = null
    try {
      text = await storage.get(key)
    } catch {
      text = null
    }
    try {
      const record: unknown = typeof text === 'string' ? JSON.parse(text) : null
      if (typeof record === 'object' && record !== null && (record as { v?: unknown }).v === VERSION) {
        const r = record as { messages?: unknown; seq?: unknown; id?: unknown }
        const messages = Array.isArray(r.messages) ? r.messages.map(checkMessage).filter((m): m is IncomingMessage => m !== null) : []
        const num = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : 0)
        if (messages.length > 0) store.load(messages, { seq: num(r.seq), id: num(r.id) })
      }
    } catch {
      // corrupt: start a fresh conversation
    }
    // saved from now on (not before: the stored session must not be overwritten unread)
    store.onChange = save
    save()
  })()
  let queued = false
  function save(): void {
    if (queued) return
    queued = true
    queueMicrotask(() => {
      queued = false
      const counters = store.counters()
      const messages = store.slice(Math.max(0, store.length - MAX_PERSISTED_MESSAGES), store.length)
      const value = JSON.stringify({ v: VERSION, messages, seq: counters.seq, id: counters.id })
      Promise.resolve()
        .then(() => storage.set(key, value))
        .catch(() => undefined)
    })
  }
  return ready
}
