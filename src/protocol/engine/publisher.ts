// Publishing snapshots: the engine marks what changed and commits; this decides when subscribers
// get a new immutable ConversationState and delivers the live announcements after it.
//
// Linear ingestion. A published `messages` array is never mutated, so the first change after a
// publish copies the list (O(n)). Publishing after every one of 100,000 events would copy
// 100,000 times. So subscribers are told synchronously only while this tick's copying stays
// under a budget; past it (a flood of events in one tick), commits are batched and published
// once at the end of the tick (a microtask). `getState()` always builds the snapshot on demand,
// so it reflects a synchronous action or event at once, flood or not. A small conversation
// never reaches the budget and sees exactly one synchronous publish per change.
import type { ChatMessage, ConversationState } from './types'

/** entries copied into synchronously published snapshots per tick before commits are batched */
export const SYNC_COPY_BUDGET = 20_000

export interface PublisherSource {
  /** builds a fresh snapshot from the engine's current data */
  build(): ConversationState
  /** increases whenever the message list changed (see OrderedMessages.version) */
  listVersion(): number
  /** number of messages (what a new snapshot of a changed list costs to copy) */
  listSize(): number
  /** a live service message will be announced (before the publish that shows it) */
  announcing?(message: ChatMessage): void
}

/** Errors in listeners must not stop the conversation, nor vanish. */
export function report(error: unknown): void {
  queueMicrotask(() => {
    throw error
  })
}

export class Publisher {
  private state: ConversationState
  private published: ConversationState
  private dirty = false
  private version: number
  private readonly stateListeners = new Set<(state: ConversationState) => void>()
  private readonly incomingListeners = new Set<(message: ChatMessage) => void>()
  private announce: ChatMessage[] = []
  /** entries copied by synchronous publishes in this tick */
  private tickCost = 0
  private tickScheduled = false
  private pending = false

  constructor(private readonly source: PublisherSource) {
    this.version = source.listVersion()
    this.state = this.published = source.build()
  }

  /** something outside the message list changed */
  touch(): void {
    this.dirty = true
  }

  /** a live service message to announce to `onIncoming` listeners after the next publish */
  announceIncoming(message: ChatMessage): void {
    this.source.announcing?.(message)
    this.announce.push(message)
  }

  /** The current snapshot, built now if anything changed since the last one. */
  current(): ConversationState {
    const version = this.source.listVersion()
    if (this.dirty || version !== this.version) {
      this.dirty = false
      this.version = version
      this.state = this.source.build()
    }
    return this.state
  }

  subscribe(listener: (state: ConversationState) => void): () => void {
    this.stateListeners.add(listener)
    return () => {
      this.stateListeners.delete(listener)
    }
  }

  onIncoming(listener: (message: ChatMessage) => void): () => void {
    this.incomingListeners.add(listener)
    return () => {
      this.incomingListeners.delete(listener)
    }
  }

  /** Publishes what changed: now, or at the end of the tick when this tick already copied a lot. */
  commit(): void {
    const listChanged = this.source.listVersion() !== this.version
    if (!this.dirty && !listChanged && this.state === this.published && this.announce.length === 0) return
    this.endOfTick()
    if (this.tickCost > SYNC_COPY_BUDGET) {
      this.pending = true
      return
    }
    if (listChanged) this.tickCost += this.source.listSize()
    this.publish()
  }

  /** Publishes anything pending at once (used when a batch ends). */
  flush(): void {
    this.pending = false
    this.publish()
  }

  private endOfTick(): void {
    if (this.tickScheduled) return
    this.tickScheduled = true
    // not queueMicrotask: errors are reported through it, and a host may stub it
    void Promise.resolve().then(() => {
      this.tickScheduled = false
      this.tickCost = 0
      if (this.pending) this.flush()
    })
  }

  private publish(): void {
    const snapshot = this.current()
    if (snapshot !== this.published) {
      this.published = snapshot
      for (const listener of [...this.stateListeners]) {
        // a listener that acted re-entrantly already published a newer state to everyone
        if (this.published !== snapshot) break
        try {
          listener(snapshot)
        } catch (error) {
          report(error)
        }
      }
    }
    if (this.announce.length > 0) {
      const batch = this.announce
      this.announce = []
      for (const message of batch) {
        for (const listener of [...this.incomingListeners]) {
          try {
            listener(message)
          } catch (error) {
            report(error)
          }
        }
      }
    }
  }
}
