// Unread service messages and read reporting.
//
// A service message is *seen* when it is drawn while the customer can see the conversation: the
// view says so with `engine.setViewing(true)` (the chat is open and the document visible) and
// `setViewing(false)` when it is not. While nobody views it, every new live service message (the
// ones `onIncoming` announces: drawn service messages, not flags, queue updates or a stream's
// later chunks) counts as unread. History (the first page, older pages, the catch-up after a
// reconnect) is never counted: the transport does not say what the customer has read, so the kit
// does not guess. While viewing, new service messages are read at once and the transport's
// `markRead()` is called once per batch (at the end of the task: one call for a burst of events).
import { report } from './publisher'
import type { Core } from './core'
import type { ChatMessage, EngineEventMap, UnreadInfo } from './types'

type Listeners = { [K in keyof EngineEventMap]: Set<(value: EngineEventMap[K]) => void> }

export class Reads {
  viewing = false
  unread = 0
  /** list id of the newest unread service message */
  newestUnreadId: string | null = null
  /** a markRead is due at the end of this task */
  private due = false
  /** the count changed since the last `unread` event */
  private unreadChanged = false
  private readonly listeners: Listeners = { message: new Set(), unread: new Set() }

  constructor(private readonly core: Core) {}

  on<K extends keyof EngineEventMap>(event: K, listener: (value: EngineEventMap[K]) => void): () => void {
    const set = this.listeners[event] as Set<(value: EngineEventMap[K]) => void> | undefined
    if (!set || typeof listener !== 'function') return () => undefined
    set.add(listener)
    return () => {
      set.delete(listener)
    }
  }

  /** a new live service message is about to be published: count it, or have it read */
  arrived(message: ChatMessage): void {
    if (this.viewing) {
      this.scheduleMarkRead()
      return
    }
    this.unread++
    this.newestUnreadId = message.id
    this.unreadChanged = true
    this.core.publisher.touch()
  }

  /** the message was published (the publisher's onIncoming): tell the host */
  incoming(message: ChatMessage): void {
    this.emit('message', message)
    if (!this.unreadChanged) return
    this.unreadChanged = false
    this.emitUnread()
  }

  setViewing(visible: boolean): void {
    const next = visible === true
    if (next === this.viewing) return
    this.viewing = next
    if (!next) return
    this.clear()
    this.markReadNow()
  }

  /** the conversation came online: while viewing, what the server holds is read */
  online(): void {
    if (this.viewing) this.markReadNow()
  }

  /** nothing unread any more (the host says so, or the customer looked) */
  clear(): void {
    if (this.unread === 0 && this.newestUnreadId === null) return
    this.unread = 0
    this.newestUnreadId = null
    this.unreadChanged = false
    this.core.publisher.touch()
    this.core.commit()
    this.emitUnread()
  }

  stop(): void {
    this.due = false
  }

  markReadNow(): void {
    this.due = false
    const { transport } = this.core
    if (!this.core.isStarted() || typeof transport.markRead !== 'function') return
    try {
      transport.markRead()
    } catch (error) {
      report(error)
    }
  }

  private scheduleMarkRead(): void {
    if (this.due) return
    this.due = true
    // not queueMicrotask: errors are reported through it, and a host may stub it
    void Promise.resolve().then(() => {
      if (this.due && this.viewing) this.markReadNow()
    })
  }

  private emitUnread(): void {
    const info: UnreadInfo = { count: this.unread, messageId: this.newestUnreadId }
    this.emit('unread', info)
  }

  private emit<K extends keyof EngineEventMap>(event: K, value: EngineEventMap[K]): void {
    for (const listener of [...(this.listeners[event] as Set<(value: EngineEventMap[K]) => void>)]) {
      try {
        listener(value)
      } catch (error) {
        report(error)
      }
    }
  }
}
