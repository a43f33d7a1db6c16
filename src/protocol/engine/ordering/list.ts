// The conversation's ordered, de-duplicated message list.
//
// Order is server time, then server seq, then arrival. Almost every message is the newest, so
// insertion checks the tail first and only falls back to a binary search for out-of-order ones;
// nothing here ever sorts the whole list (a 10,000-message history must stay cheap).
//
// Snapshots are copy-on-write: `snapshot()` hands out the current array and marks it shared; the
// first change after that copies it once, so one event that touches several messages still costs
// a single copy, and an unchanged list keeps returning the very same array.
import type { ChatMessage } from '../types'

/** Where a message sits in the list. Unique per entry because `arrival` is. */
export interface SortKey {
  time: number
  /** a missing seq sorts after any real one at the same time (see `compareKeys`) */
  seq: number
  arrival: number
}

/**
 * Total order on keys. A missing seq is stored as +Infinity rather than "skip the comparison",
 * because skipping would make the order non-transitive (a<b by arrival, b<c by arrival, c<a by seq)
 * and a binary search over a non-transitive order puts messages in the wrong place.
 */
export function compareKeys(a: SortKey, b: SortKey): number {
  if (a.time !== b.time) return a.time < b.time ? -1 : 1
  if (a.seq !== b.seq) return a.seq < b.seq ? -1 : 1
  return a.arrival - b.arrival
}

/** Options for placing a message. */
export interface PlaceOptions {
  time: number
  seq?: number
}

/** An entry to merge with `insertMany`. */
export interface PlacedMessage extends PlaceOptions {
  message: ChatMessage
}

export class OrderedMessages {
  private items: ChatMessage[] = []
  /**
   * Entries older than `items`, newest first (so `head[head.length - 1]` is the oldest entry). A
   * history page that is wholly older than the list is pushed here in O(page) instead of being
   * concatenated in front of the whole list (O(n) per page, quadratic over a long history). Only
   * ever appended to; anything that needs indexes folds it into `items` first (`flatten`).
   */
  private head: ChatMessage[] = []
  /** the lazy snapshot of the current version (see `lazySnapshot`) */
  private lazy: { version: number; read: () => readonly ChatMessage[] } | null = null
  /** true while `items` is referenced by a published snapshot and must not be mutated */
  private shared = false
  private readonly keys = new Map<string, SortKey>()
  private readonly byId = new Map<string, ChatMessage>()
  private arrivals = 0
  private changes = 0

  /** increases on every change, so a caller can tell whether a new snapshot is due */
  get version(): number {
    return this.changes
  }

  /** number of messages */
  get size(): number {
    return this.head.length + this.items.length
  }

  /** the current array; it is never mutated after this call */
  snapshot(): readonly ChatMessage[] {
    return this.lazySnapshot()()
  }

  /**
   * The current contents as a function that builds the array on its first call and then returns
   * that same array. Cheap to take: a state published per history page costs nothing until a
   * subscriber reads its messages. The same function (so the same array) while nothing changes.
   */
  lazySnapshot(): () => readonly ChatMessage[] {
    if (this.lazy && this.lazy.version === this.changes) return this.lazy.read
    const version = this.changes
    const head = this.head
    const headLength = head.length
    const items = this.items
    // `items` must not be written in place from now on: it is part of this snapshot
    this.shared = true
    let built: readonly ChatMessage[] | null = null
    const read = (): readonly ChatMessage[] => {
      if (built) return built
      if (headLength === 0) {
        built = items
      } else {
        const out = new Array<ChatMessage>(headLength + items.length)
        for (let i = 0; i < headLength; i++) out[i] = head[headLength - 1 - i]
        for (let i = 0; i < items.length; i++) out[headLength + i] = items[i]
        built = out
        // still current: adopt it, so the list stops paying for the split
        if (this.changes === version && this.head === head && this.items === items) {
          this.items = out
          this.head = []
        }
      }
      return built
    }
    this.lazy = { version, read }
    return read
  }

  has(id: string): boolean {
    return this.byId.has(id)
  }

  get(id: string): ChatMessage | undefined {
    return this.byId.get(id)
  }

  at(index: number): ChatMessage | undefined {
    this.flatten()
    return this.items[index]
  }

  /** the time of the newest entry's sort key, or -Infinity when empty */
  newestTime(): number {
    const last = this.items.length > 0 ? this.items[this.items.length - 1] : this.head[0]
    return last ? (this.keys.get(last.id) as SortKey).time : -Infinity
  }

  /** Folds `head` into `items` (a new array: snapshots may hold either). */
  private flatten(): void {
    if (this.head.length === 0) return
    const head = this.head
    const out = new Array<ChatMessage>(head.length + this.items.length)
    for (let i = 0; i < head.length; i++) out[i] = head[head.length - 1 - i]
    for (let i = 0; i < this.items.length; i++) out[head.length + i] = this.items[i]
    this.items = out
    this.head = []
    this.shared = false
  }

  /** Inserts a message that is not in the list yet. Throws on a duplicate id (a caller bug). */
  insert(message: ChatMessage, place: PlaceOptions): void {
    if (this.byId.has(message.id)) throw new Error(`OrderedMessages: duplicate id ${message.id}`)
    const key: SortKey = { time: place.time, seq: place.seq ?? Infinity, arrival: this.arrivals++ }
    this.placeAt(message, key)
  }

  /**
   * Inserts many messages at once (a history page): sorts just the page and merges it with the
   * list in one pass. Ids already present, and repeated ids within the page, are skipped.
   */
  insertMany(entries: readonly PlacedMessage[]): void {
    const fresh: { message: ChatMessage; key: SortKey }[] = []
    const seen = new Set<string>()
    for (const e of entries) {
      if (this.byId.has(e.message.id) || seen.has(e.message.id)) continue
      seen.add(e.message.id)
      fresh.push({ message: e.message, key: { time: e.time, seq: e.seq ?? Infinity, arrival: this.arrivals++ } })
    }
    if (fresh.length === 0) return
    if (fresh.length === 1) {
      this.placeAt(fresh[0].message, fresh[0].key)
      return
    }
    fresh.sort((a, b) => compareKeys(a.key, b.key))
    for (const f of fresh) {
      this.keys.set(f.message.id, f.key)
      this.byId.set(f.message.id, f.message)
    }
    // The usual history page is wholly older than everything shown: onto `head`, O(page).
    const oldest = this.head.length > 0 ? this.head[this.head.length - 1] : this.items[0]
    if (oldest && compareKeys(fresh[fresh.length - 1].key, this.keys.get(oldest.id) as SortKey) < 0) {
      for (let i = fresh.length - 1; i >= 0; i--) this.head.push(fresh[i].message)
      this.changes++
      return
    }
    this.flatten()
    const old = this.items
    const first = old[0]
    const last = old[old.length - 1]
    // The usual history page is wholly older than everything shown (or, after a catch-up, newer):
    // one native concatenation instead of a merge that looks up every existing key.
    if (!first || compareKeys(fresh[fresh.length - 1].key, this.keys.get(first.id) as SortKey) < 0) {
      this.items = fresh.map((f) => f.message).concat(old)
    } else if (compareKeys(this.keys.get(last.id) as SortKey, fresh[0].key) < 0) {
      this.items = old.concat(fresh.map((f) => f.message))
    } else {
      this.items = this.merge(old, fresh)
    }
    // a brand-new array: nothing published refers to it yet
    this.shared = false
    this.changes++
  }

  private merge(old: readonly ChatMessage[], fresh: readonly { message: ChatMessage; key: SortKey }[]): ChatMessage[] {
    const merged: ChatMessage[] = new Array(old.length + fresh.length)
    let i = 0
    let j = 0
    let k = 0
    while (i < old.length && j < fresh.length) {
      if (compareKeys(this.keys.get(old[i].id) as SortKey, fresh[j].key) <= 0) merged[k++] = old[i++]
      else merged[k++] = fresh[j++].message
    }
    while (i < old.length) merged[k++] = old[i++]
    while (j < fresh.length) merged[k++] = fresh[j++].message
    return merged
  }

  /** Swaps in a new object for the same entry (same id), keeping its place. */
  replace(message: ChatMessage): void {
    const index = this.indexOf(message.id)
    if (index < 0) throw new Error(`OrderedMessages: unknown id ${message.id}`)
    this.writable()[index] = message
    this.byId.set(message.id, message)
  }

  /**
   * Replaces an entry and moves it to a new time/seq (a receipt brings the server's time). The
   * entry keeps its arrival, so equal keys still resolve the way they did.
   */
  move(message: ChatMessage, place: PlaceOptions): void {
    const old = this.keys.get(message.id)
    if (!old) throw new Error(`OrderedMessages: unknown id ${message.id}`)
    const key: SortKey = { time: place.time, seq: place.seq ?? Infinity, arrival: old.arrival }
    if (compareKeys(key, old) === 0) {
      this.replace(message)
      return
    }
    this.remove(message.id)
    this.placeAt(message, key)
  }

  /**
   * Moves an entry to the end as if it had just arrived (a resent message), placed at `time` or
   * after the newest entry, whichever is later.
   */
  moveToEnd(message: ChatMessage, time: number): void {
    if (!this.byId.has(message.id)) throw new Error(`OrderedMessages: unknown id ${message.id}`)
    this.remove(message.id)
    const key: SortKey = { time: Math.max(time, this.newestTime()), seq: Infinity, arrival: this.arrivals++ }
    this.placeAt(message, key)
  }

  remove(id: string): boolean {
    const index = this.indexOf(id)
    if (index < 0) return false
    this.writable().splice(index, 1)
    this.keys.delete(id)
    this.byId.delete(id)
    return true
  }

  /** Index of an entry: a binary search on its own key, which is unique. */
  indexOf(id: string): number {
    const key = this.keys.get(id)
    if (!key) return -1
    this.flatten()
    let lo = 0
    let hi = this.items.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      const c = compareKeys(this.keys.get(this.items[mid].id) as SortKey, key)
      if (c === 0) return mid
      if (c < 0) lo = mid + 1
      else hi = mid - 1
    }
    return -1
  }

  /** The list order of two entries (negative: `a` first); unknown ids sort last. O(1), no copy. */
  compare(a: string, b: string): number {
    const ka = this.keys.get(a)
    const kb = this.keys.get(b)
    if (!ka || !kb) return ka ? -1 : kb ? 1 : 0
    return compareKeys(ka, kb)
  }

  /** Walks from the newest entry back; stops at the first one `pred` accepts. */
  findLast(pred: (message: ChatMessage) => boolean): ChatMessage | undefined {
    for (let i = this.items.length - 1; i >= 0; i--) if (pred(this.items[i])) return this.items[i]
    for (const m of this.head) if (pred(m)) return m
    return undefined
  }

  /** Walks from the oldest entry on; stops at the first one `pred` accepts. */
  findFirst(pred: (message: ChatMessage) => boolean): ChatMessage | undefined {
    for (let i = this.head.length - 1; i >= 0; i--) if (pred(this.head[i])) return this.head[i]
    for (const m of this.items) if (pred(m)) return m
    return undefined
  }

  private placeAt(message: ChatMessage, key: SortKey): void {
    this.flatten()
    const last = this.items[this.items.length - 1]
    if (!last || compareKeys(this.keys.get(last.id) as SortKey, key) < 0) {
      if (this.shared) {
        // the usual change, a newer message while a snapshot holds the array: one copy
        // (`slice` + `push` copies twice at 50,000 messages: the push regrows the fresh copy)
        this.changes++
        this.items = this.items.concat([message])
        this.shared = false
      } else this.writable().push(message)
    } else {
      const items = this.writable()
      // first index whose key is greater than the new one
      let lo = 0
      let hi = items.length
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (compareKeys(this.keys.get(items[mid].id) as SortKey, key) < 0) lo = mid + 1
        else hi = mid
      }
      items.splice(lo, 0, message)
    }
    this.keys.set(message.id, key)
    this.byId.set(message.id, message)
  }

  private writable(): ChatMessage[] {
    this.flatten()
    this.changes++
    if (this.shared) {
      this.items = this.items.slice()
      this.shared = false
    }
    return this.items
  }
}
