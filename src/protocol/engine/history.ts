// Older messages: paging back with loadOlder(), merging a page into the list, and the catch-up
// page fetched after a reconnect. History never changes the live state (seat, queue, phase,
// typing): it describes the past, and the backend re-sends the present after 7.
import { FLAG_KINDS } from '../types'
import { ok, reasonOf, refuse, type Core } from './core'
import type { Delivery } from './delivery'
import { isHiddenDeskPayload } from './desk'
import { continuesStream, endedStream, isOpenStream, payloadOf, serverIdOf, STREAM_IDLE_TIMEOUT, toChatMessage } from './incoming'
import type { PlacedMessage } from './ordering/list'
import { isQueueUpdate } from './session'
import type { ActionResult } from './types'

/** how long after a reconnect the engine fetches the newest history page (see scheduleCatchUp) */
export const CATCH_UP_DELAY = 1000
/** pages one catch-up fetches at most before it shows the gap with a control to load the rest */
export const MAX_CATCH_UP_PAGES = 5

/** the newest message held when a catch-up became due: the catch-up pages back until it */
interface Anchor {
  id: string | undefined
  serverId: string | undefined
  time: number
}

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
   * After a reconnect (or a new opening over a list that already shows messages), fetch what was
   * missed: a backend that does not replay what it pushed while we were away (Tencent only
   * re-syncs some of it) would otherwise leave a gap. It pages back from the newest message until a
   * page overlaps what the list already holds, at most MAX_CATCH_UP_PAGES pages; past that the gap
   * is kept (state.missedHistory) and `loadMissed()` continues from it. It waits a moment so a
   * transport that does replay delivers its live events first; those carry live effects (seat,
   * phase, typing) that history deliberately never applies. Merging dedupes.
   */
  scheduleCatchUp(): void {
    const { transport } = this.core
    if (typeof transport.loadHistory !== 'function') return
    // Where the catch-up must reach: the newest message we held when the connection came back.
    // Live messages arriving after that are newer than the gap, so overlapping them proves
    // nothing. A catch-up that failed keeps its (older) anchor for the next one.
    this.due++
    if (this.anchor === null && this.cacheAnchor !== null) {
      // the first catch-up after a reload: the cached messages may hide a gap (the page that wrote
      // them had one pending), so only reaching the oldest of them proves the list gap-free
      this.anchor = this.cacheAnchor
      this.cacheAnchor = null
    } else if (this.anchor === null) {
      const newest = this.core.list.findLast((m) => m.serverId !== undefined && m.status === 'sent')
      // nothing server-stamped held: everything in history is news (still bounded)
      this.anchor = newest === undefined ? { id: undefined, serverId: undefined, time: -Infinity } : { id: newest.id, serverId: newest.serverId, time: newest.time }
    }
    if (this.catchUpTimer !== null) return
    this.catchUpTimer = setTimeout(() => {
      this.catchUpTimer = null
      if (!this.core.isStarted() || this.core.session().connection !== 'online') return
      // a failed catch-up is not an error the customer can act on: live events still flow, and
      // the next reconnect tries again from the same anchor
      void this.catchUp(undefined)
    }, CATCH_UP_DELAY)
  }

  /** Continues a catch-up that stopped at its bound (the "load the rest" control). */
  loadMissed(): Promise<ActionResult<{ complete: boolean }>> {
    if (this.missed === null) return Promise.resolve(ok({ complete: true }))
    if (!this.core.isStarted()) return Promise.resolve(refuse('notStarted', 'start() has not been called.'))
    return this.catchUp(this.missed.before)
  }

  /** where a bounded catch-up stopped: `before` is the oldest server id it fetched */
  missed: { before: string; after: string | undefined; anchor: Anchor } | null = null
  private anchor: Anchor | null = null
  /** the oldest message the reload cache drew (see cached()) */
  private cacheAnchor: Anchor | null = null

  /**
   * The list now shows messages from the reload cache: the next catch-up pages back until the
   * oldest of them, not just the newest, so a gap the cache kept (a catch-up the previous page
   * never ran) is filled. Bounded like any catch-up.
   */
  cached(): void {
    const oldest = this.core.list.findFirst((m) => m.serverId !== undefined && m.status === 'sent')
    if (oldest !== undefined && this.anchor === null) this.cacheAnchor = { id: oldest.id, serverId: oldest.serverId, time: oldest.time }
  }
  /** bumped on every reconnect: a catch-up that ran across a newer one must not close it */
  private due = 0
  private catching: Promise<ActionResult<{ complete: boolean }>> | null = null

  private catchUp(from: string | undefined): Promise<ActionResult<{ complete: boolean }>> {
    if (this.catching) return this.catching
    const anchor = from !== undefined ? this.missed?.anchor : this.anchor
    if (!anchor) return Promise.resolve(ok({ complete: true }))
    const due = this.due
    const run = (async (): Promise<ActionResult<{ complete: boolean }>> => {
      const { transport } = this.core
      const load = transport.loadHistory as NonNullable<typeof transport.loadHistory>
      let before = from
      try {
        for (let pages = 0; ; pages++) {
          if (pages >= MAX_CATCH_UP_PAGES && before !== undefined) {
            this.missed = { before, after: anchor.id, anchor }
            if (from === undefined && due === this.due) this.anchor = null
            return ok({ complete: false })
          }
          const page = await load.call(transport, { before, limit: this.core.config.historyPageSize })
          if (!this.core.isStarted()) return refuse('notStarted', 'stop() was called during the catch-up.')
          const messages: unknown[] = Array.isArray(page?.messages) ? page.messages : []
          // reached the anchor: found it, or went past its time (it may have been revoked since)
          const reached = messages.some((raw) => {
            if (anchor.serverId !== undefined && serverIdOf(raw) === anchor.serverId) return true
            const time = (raw as { time?: unknown })?.time
            return typeof time === 'number' && time < anchor.time
          })
          this.merge(messages)
          this.core.publisher.touch()
          this.core.commit()
          const oldest = messages.length > 0 ? serverIdOf(messages[0]) : undefined
          if (reached || page?.hasMore !== true || oldest === undefined || oldest === before) {
            if (from !== undefined) this.missed = null
            else if (due === this.due) this.anchor = null
            return ok({ complete: true })
          }
          before = oldest
        }
      } catch (error) {
        return refuse('unavailable', `Could not load missed messages: ${reasonOf(error)}`)
      } finally {
        this.catching = null
        this.core.publisher.touch()
        this.core.commit()
      }
    })()
    this.catching = run
    return run
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
      if (m.from === 'service' && payload.kind === 'stream' && lastService && isOpenStream(lastService.entry.message) && continuesStream(lastService.entry.message, payload)) {
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
      if (firstShown && continuesStream(lastService.entry.message, firstShown.payload) && firstShown.time >= lastService.entry.time) {
        const dropped = lastService.entry
        entries.splice(entries.indexOf(dropped), 1)
        for (const id of lastService.ids) ids.byServerId.set(id, firstShown.id)
      }
    }
    // An unfinished stream from the past that went quiet long ago is over: no cursor forever.
    const quietBefore = this.core.clock.now() - STREAM_IDLE_TIMEOUT
    for (const entry of entries) {
      if (isOpenStream(entry.message) && entry.time < quietBefore) entry.message = endedStream(entry.message)
    }
    list.insertMany(entries)
  }
}
