// The message store: every message of the conversation in order, with the sequence numbers and
// ids a real server would hand out. History pages are read from here.
import type { IncomingMessage } from '../transport'
import { copyMessage } from './context'

export interface MessageStore {
  nextSeq(): number
  /** `${prefix}-${n}`, unique across prefixes */
  nextId(prefix: string): string
  add(m: IncomingMessage): void
  get(id: string): IncomingMessage | undefined
  /** replaces a stored message; returns false when the id is unknown */
  replace(id: string, next: IncomingMessage): boolean
  /** the position of a message, for paging */
  indexOf(id: string): number | undefined
  readonly length: number
  /** copies of messages [start, end) */
  slice(start: number, end: number): IncomingMessage[]
  /** the stored customer message sent with this client id (a resend after a reload) */
  byClientId(clientId: string): IncomingMessage | undefined
  /** the counters, to persist them */
  counters(): { seq: number; id: number }
  /** replaces everything with a persisted conversation (already checked) */
  load(messages: IncomingMessage[], counters: { seq: number; id: number }): void
  /** called after every add or replace */
  onChange?: () => void
}

export function createMessageStore(): MessageStore {
  const messages: IncomingMessage[] = []
  const indexById = new Map<string, number>()
  let seq = 0
  let idCounter = 0
  const byClient = new Map<string, number>()
  const store: MessageStore = {
    nextSeq: () => ++seq,
    nextId(prefix) {
      idCounter += 1
      return `${prefix}-${idCounter}`
    },
    add(m) {
      indexById.set(m.id, messages.length)
      if (m.clientId !== undefined) byClient.set(m.clientId, messages.length)
      messages.push(m)
      store.onChange?.()
    },
    get(id) {
      const i = indexById.get(id)
      return i === undefined ? undefined : messages[i]
    },
    replace(id, next) {
      const i = indexById.get(id)
      if (i === undefined) return false
      messages[i] = next
      store.onChange?.()
      return true
    },
    indexOf: (id) => indexById.get(id),
    get length() { return messages.length },
    slice: (start, end) => messages.slice(start, end).map(copyMessage),
    byClientId(clientId) {
      const i = byClient.get(clientId)
      return i === undefined ? undefined : messages[i]
    },
    counters: () => ({ seq, id: idCounter }),
    load(list, counters) {
      messages.length = 0
      indexById.clear()
      byClient.clear()
      for (const m of list) {
        if (indexById.has(m.id)) continue
        indexById.set(m.id, messages.length)
        if (m.clientId !== undefined) byClient.set(m.clientId, messages.length)
        messages.push(m)
      }
      seq = Math.max(seq, counters.seq)
      idCounter = Math.max(idCounter, counters.id)
    },
  }
  return store
}
