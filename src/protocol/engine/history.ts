// Older messages: paging back with loadOlder(), merging a page into the list, and the catch-up
// page fetched after a reconnect. History never changes the live state (seat, queue, phase,
// typing): it describes the past, and the backend re-sends the present after 7.
import { FLAG_KINDS } from '../types'
import { ok, reasonOf, refuse, type Core } from './core'
import type { Delivery } from './delivery'
import { isHiddenDeskPayload } from './desk'
import { isOpenStream, payloadOf, serverIdOf, toChatMessage } from './incoming'
import type { PlacedMessage } from './ordering/list'
import { isQueueUpdate } from './session'
import type { ActionResult } from './types'

/** how long after a reconnect the engine fetches the newest history page (see scheduleCatchUp) */
export const CATCH_UP_DELAY = 1000

export class History {
  hasMore: boolean
  loading = false
  private request: Promise<ActionResult<{ hasMore: boolean }>> | null = null
  /**
   * The oldest server id history has given us. Not simply the oldest entry's id: a page's oldest
   * message may have been folded into a newer entry (stream parts) or skipped (flags), and asking
   * again "before" a newer id would return the same page forever.
   */
  private cursor: string | null = null
  private catchUpTimer: ReturnType<typeof setTimeout> | null = null

  constructor(
    private readonly core: Core,
    private readonly delivery: Delivery,
  ) {
    this.hasMore = typeof core.transport.loadHistory === 'function'
  }

  loadOlder(): Promise<ActionResult<{ hasMore: boolean }>> {
    const { transport, publisher, list } = this.core
    const load = transport.loadHistory
    if (typeof load !== 'function') {
      if (this.hasMore) {
        this.hasMore = false
        publisher.touch()
        this.core.commit()
      }
      return Promise.resolve(ok({ hasMore: false }))
    }
    if (this.request) return this.request
    if (!this.hasMore) return Promise.resolve(ok({ hasMore: false }))
    this.loading = true
    publisher.touch()
    this.core.commit()
    const before = this.cursor ?? list.findFirst((m) => m.serverId !== undefined)?.serverId
    const request = (async (): Promise<ActionResult<{ hasMore: boolean }>> => {
      try {
        const page = await load.call(transport, { before, limit: this.core.config.historyPageSize })
        const messages: unknown[] = Array.isArray(page?.messages) ? page.messages : []
        this.merge(messages)
        const oldestInPage = messages.length > 0 ? serverIdOf(messages[0]) : undefined
        if (oldestInPage !== undefined) this.cursor = oldestInPage
        // an empty page that claims more would have the view ask forever
        this.hasMore = page?.hasMore === true && messages.length > 0
        return ok({ hasMore: this.hasMore })
      } catch (error) {
        return refuse('unavailable', `Could not load older messages: ${reasonOf(error)}`)
      } finally {
        this.loading = false
        this.request = null
        publisher.touch()
        this.core.commit()
      }
    })()
    this.request = request
    return request
  }

  /**
   * After a reconnect, fetch the newest page of history: a backend that does not replay what it
   * pushed while we were away (Tencent only re-syncs some of it) would otherwise leave a gap.
   * It waits a moment so a transport that does replay delivers its live events first; those carry
   * live effects (seat, phase, typing) that history deliberately never applies. Merging dedupes.
   */
  scheduleCatchUp(): void {
    const { transport } = this.core
    const load = transport.loadHistory
    if (typeof load !== 'function' || this.catchUpTimer !== null) return
    this.catchUpTimer = setTimeout(() => {
      this.catchUpTimer = null
      if (!this.core.isStarted() || this.core.session().connection !== 'online') return
      load.call(transport, { limit: this.core.config.historyPageSize }).then(
        (page) => {
          if (!this.core.isStarted()) return
          this.merge(Array.isArray(page?.messages) ? page.messages : [])
          this.core.publisher.touch()
          this.core.commit()
        },
        // a failed catch-up is not an error the customer can act on: live events still flow
        () => undefined,
      )
    }, CATCH_UP_DELAY)
  }

  cancelCatchUp(): void {
    if (this.catchUpTimer !== null) clearTimeout(this.catchUpTimer)
    this.catchUpTimer = null
  }

  /** Merges a page of history (oldest first). */
  merge(raw: readonly unknown[]): void {
    const { list, ids, config } = this.core
    const entries: PlacedMessage[] = []
    /** the page's newest service entry so far, and every server id folded into it */
    let lastService: { entry: PlacedMessage; ids: string[] } | null = null
    for (const item of raw) {
      const m = this.core.check(item)
      if (!m || ids.byServerId.has(m.id)) continue
      if (m.clientId !== undefined) {
        const own = ids.byClientId.get(m.clientId)
        if (own !== undefined) {
          // one of ours whose receipt we may have missed: history proves it was delivered
          if (list.has(own)) this.delivery.confirmOwn(own, m)
          else ids.byServerId.set(m.id, own)
          continue
        }
      }
      const payload = payloadOf(m.body, m.from, config.templates)
      if (FLAG_KINDS.has(payload.kind) || isHiddenDeskPayload(payload, m.from)) continue
      // a past queue position is no news: the banner shows the present one
      if (m.from === 'service' && isQueueUpdate(payload)) continue
      if (m.from === 'service' && payload.kind === 'stream' && lastService && isOpenStream(lastService.entry.message)) {
        lastService.entry.message = { ...lastService.entry.message, payload }
        lastService.ids.push(m.id)
        ids.byServerId.set(m.id, lastService.entry.message.id)
        continue
      }
      const listId = ids.listIdFor(m.id)
      const entry: PlacedMessage = { message: toChatMessage(m, listId, payload, ids.isRevoked(m.id)), time: m.time }
      if (m.seq !== undefined) entry.seq = m.seq
      entries.push(entry)
      ids.index(m, listId)
      if (m.from === 'service') lastService = { entry, ids: [m.id] }
    }
    // A stream cut by the page boundary: its later parts are already shown as the oldest service
    // message, which is the same stream, so the page's unfinished copy is dropped.
    if (lastService && isOpenStream(lastService.entry.message)) {
      const firstShown = list.findFirst((x) => x.from === 'service')
      if (firstShown && firstShown.payload.kind === 'stream' && firstShown.time >= lastService.entry.time) {
        const dropped = lastService.entry
        entries.splice(entries.indexOf(dropped), 1)
        for (const id of lastService.ids) ids.byServerId.set(id, firstShown.id)
      }
    }
    list.insertMany(entries)
  }
}
