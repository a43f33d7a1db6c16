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
}

export function createMessageStore(): MessageStore {
  const messages: IncomingMessage[] = []
  const indexById = new Map<string, number>()
  let seq = 0
  let idCounter = 0
  return {
    nextSeq: () => ++seq,
    nextId(prefix) {
      idCounter += 1
      return `${prefix}-${idCounter}`
    },
    add(m) {
      indexById.set(m.id, messages.length)
      messages.push(m)
    },
    get(id) {
      const i = indexById.get(id)
      return i === undefined ? undefined : messages[i]
    },
    replace(id, next) {
      const i = indexById.get(id)
      if (i === undefined) return false
      messages[i] = next
      return true
    },
    indexOf: (id) => indexById.get(id),
    get length() { return messages.length },
    slice: (start, end) => messages.slice(start, end).map(copyMessage),
  }
}
