// The list's layout, with a cost that does not grow with the conversation. Rows are indexed like
// `state.messages` (one slot per message, drawn or not), so nothing has to be decided per message
// up front:
// - heights: one number per message in a typed array (the measured height, 0 for a message the
//   registry does not draw, the estimate until either is known); the offsets are its prefix sums,
//   extended lazily from the first changed slot. Mounting 50,000 messages fills two typed arrays;
//   appending one writes one slot.
// - items (renderer, day divider, group start): only for the rows in the window, from the message
//   and the drawn message before it (`itemsIn`). Renderers are resolved once per message object,
//   and only for messages that are drawn or counted (the window, new arrivals).
// - no id → index map: an id is looked up from a hint (where it was) outward, which is O(1) for
//   the anchors and rows the list asks about (they are at or near the hint).
// A message the registry does not draw keeps the estimate until the window reaches it (`settle`
// sets it to 0, the way a measurement would), then takes no space and does not split groups.
import type { RendererRegistry, ResolvedRenderer } from '../../messages/registry'
import type { ChatMessage } from '../../protocol/engine/types'
import { isSystemLine, layoutItem, type ListItem } from './layout'
import { computeRange, indexAt, type VisibleRange } from './virtual'

/** What {@link ListModel.sync} did. */
export type SyncResult = 'same' | 'updated' | 'tail' | 'rebuilt'

/** A drawn row of the window: its item, its message index, whether no drawn message precedes it. */
export interface WindowRow {
  item: ListItem
  index: number
  first: boolean
}

/** Where the viewport stands relative to one message, to restore after rows above it change. */
export interface ModelAnchor {
  id: string
  /** where the message was when the anchor was taken (the search for it starts there) */
  index: number
  /** scrollTop minus the message's top */
  delta: number
}

const INITIAL_CAPACITY = 64

export class ListModel {
  /** measured heights by message id (they outlive changes and a row leaving the window) */
  readonly heights = new Map<string, number>()
  /** bumped whenever the id list changes (not for in-place updates of a message) */
  idsVersion = 0
  /** Work done, for tests that count it instead of timing it. */
  readonly work = { resolved: 0, heights: 0, offsets: 0, scanned: 0 }

  private messages: readonly ChatMessage[] = []
  private registry: RendererRegistry | null = null
  private resolvedOf = new WeakMap<ChatMessage, ResolvedRenderer | null>()
  /** `h[i]`: height of message i */
  private h = new Float64Array(INITIAL_CAPACITY)
  /** `off[i]`: top of message i, valid for i ≤ `valid` */
  private off = new Float64Array(INITIAL_CAPACITY + 1)
  private valid = 0
  private view: Float64Array | null = null
  private inPlace: ChatMessage[] | null = null

  constructor(public estimate: number) {}

  /** The number of rows (messages, drawn or not). */
  get length(): number {
    return this.messages.length
  }

  /** The messages the model was last synced with. */
  get list(): readonly ChatMessage[] {
    return this.messages
  }

  /** `offsets[i]` is the top of message i, `offsets[length]` the total height (a view; do not keep it). */
  get offsets(): Float64Array {
    const n = this.messages.length
    this.extend(n)
    if (!this.view || this.view.buffer !== this.off.buffer || this.view.length !== n + 1) this.view = this.off.subarray(0, n + 1)
    return this.view
  }

  get total(): number {
    const n = this.messages.length
    this.extend(n)
    return this.off[n] as number
  }

  /** Top of message i. */
  offset(i: number): number {
    this.extend(i)
    return this.off[i] as number
  }

  /** Height of message i as the layout counts it. */
  heightAt(i: number): number {
    return this.h[i] ?? 0
  }

  private extend(to: number): void {
    const { off, h } = this
    for (let j = this.valid; j < to; j++) off[j + 1] = (off[j] as number) + (h[j] as number)
    if (to > this.valid) {
      this.work.offsets += to - this.valid
      this.valid = to
    }
  }

  private invalidate(from: number): void {
    if (from < this.valid) this.valid = from
  }

  private ensureCapacity(n: number): void {
    if (n <= this.h.length) return
    let cap = this.h.length
    while (cap < n) cap *= 2
    const h = new Float64Array(cap)
    h.set(this.h.subarray(0, Math.min(this.h.length, this.messages.length)))
    const off = new Float64Array(cap + 1)
    off.set(this.off.subarray(0, this.valid + 1))
    this.h = h
    this.off = off
  }

  /** The renderer for a message, or null when it is not drawn (resolved once per message object). */
  resolve(m: ChatMessage): ResolvedRenderer | null {
    let r = this.resolvedOf.get(m)
    if (r === undefined) {
      r = this.registry ? this.registry.resolve(m) : null
      this.resolvedOf.set(m, r)
      this.work.resolved++
    }
    return r
  }

  /** The height a message starts with: measured, else the estimate. */
  private initialHeight(m: ChatMessage): number {
    this.work.heights++
    if (this.heights.size === 0) return this.estimate
    const h = this.heights.get(m.id)
    return h !== undefined && h > 0 ? h : this.estimate
  }

  /**
   * Brings the model in line with `messages`. Cost: an identity scan (cheap: no allocation, no
   * lookup) plus O(number of changed messages); shifting the heights for a prepend is one copy.
   */
  sync(messages: readonly ChatMessage[], registry: RendererRegistry): SyncResult {
    const old = this.messages
    if (messages === old && registry === this.registry) {
      this.inPlace = []
      return 'same'
    }
    if (registry !== this.registry) {
      // Which messages are drawn may change: start over from the measured heights.
      this.registry = registry
      this.resolvedOf = new WeakMap()
      this.messages = messages
      this.ensureCapacity(messages.length)
      for (let i = 0; i < messages.length; i++) this.h[i] = this.initialHeight(messages[i]!)
      this.invalidate(0)
      this.idsVersion++
      this.inPlace = null
      return 'rebuilt'
    }
    const p = old.length
    const q = messages.length
    const common = Math.min(p, q)
    // First message that differs. An identity scan: ~50 µs for 50,000 messages, and it catches an
    // update anywhere (a revoke, a filled-in selection deep in the history).
    let d = 0
    while (d < common && old[d] === messages[d]) d++
    if (d === p && d === q) {
      this.messages = messages
      this.inPlace = []
      return 'same'
    }
    // Last message that differs, from the end (not crossing d).
    let e = 0
    while (e < common - d && old[p - 1 - e] === messages[q - 1 - e]) e++
    this.work.scanned += d + e
    this.ensureCapacity(q)
    const h = this.h
    // The common end keeps its heights: move it to its new place (one copy; overlap-safe).
    if (e > 0 && p !== q) h.copyWithin(q - e, p - e, p)
    let idsMoved = p !== q
    let heightsMoved = false
    let from = d
    if (p !== q && this.heights.size === 0) {
      // nothing measured yet (a first page, a mount): every new row starts at the estimate
      h.fill(this.estimate, d, q - e)
      this.work.heights += q - e - d
      from = q - e
    }
    for (let i = from; i < q - e; i++) {
      const m = messages[i]!
      if (p === q && old[i]!.id === m.id) {
        // The same message, updated: keep its height, but a hidden one may be drawn now (and a
        // drawn one hidden: the window finds out, see settle).
        if (h[i] === 0) {
          h[i] = this.initialHeight(m)
          heightsMoved = true
        }
        continue
      }
      idsMoved = true
      h[i] = this.initialHeight(m)
    }
    this.messages = messages
    this.invalidate(d)
    if (idsMoved) this.idsVersion++
    this.inPlace = !idsMoved && !heightsMoved ? this.sameShapes(old, messages, d, q - e) : null
    return !idsMoved ? 'updated' : d === p ? 'tail' : 'rebuilt'
  }

  /**
   * The messages the last {@link sync} replaced in place when nothing the list lays out changed
   * with them (same ids, heights, renderers, senders, times, kinds): only what their rows draw
   * changed, e.g. a streamed answer's next chunk or a delivery status. Null after any other sync.
   */
  get updatedInPlace(): readonly ChatMessage[] | null {
    return this.inPlace
  }

  /** `next[from..to)` if each lays out like `old`'s message at the same place, else null. */
  private sameShapes(old: readonly ChatMessage[], next: readonly ChatMessage[], from: number, to: number): ChatMessage[] | null {
    const out: ChatMessage[] = []
    for (let i = from; i < to; i++) {
      const a = old[i]!
      const b = next[i]!
      if (a === b) continue
      if (a.from !== b.from || a.time !== b.time || a.senderName !== b.senderName || a.payload.kind !== b.payload.kind) return null
      const ra = this.resolve(a)
      const rb = this.resolve(b)
      if (ra !== rb && (!ra || !rb || ra.component !== rb.component || ra.defaultRenderer !== rb.defaultRenderer || ra.layout !== rb.layout)) return null
      out.push(b)
    }
    return out
  }

  /**
   * Index of the message with `id`, searched from `hint` outward (O(distance)); -1 when it is
   * gone. The list asks about anchors and rendered rows, which are at or next to their hint.
   */
  findIndex(id: string, hint: number): number {
    const ms = this.messages
    const n = ms.length
    if (n === 0) return -1
    const at = Math.max(0, Math.min(n - 1, hint | 0))
    for (let k = 0; ; k++) {
      const lo = at - k
      const hi = at + k
      if (lo < 0 && hi >= n) return -1
      if (hi < n && ms[hi]!.id === id) return hi
      if (lo >= 0 && k > 0 && ms[lo]!.id === id) return lo
    }
  }

  /** Records a measured height; returns whether anything moved. */
  setHeight(id: string, height: number, hint = this.messages.length - 1): boolean {
    if (!(height > 0)) return false
    const old = this.heights.get(id)
    if (old !== undefined && Math.abs(old - height) < 0.5) return false
    this.heights.set(id, height)
    const i = this.findIndex(id, hint)
    if (i < 0 || this.h[i] === height) return false
    this.h[i] = height
    this.invalidate(i)
    return true
  }

  /**
   * Gives the messages in `[start, end)` that are not drawn no height (they kept the estimate
   * until now). Returns whether any height changed.
   */
  settle(start: number, end: number): boolean {
    const ms = this.messages
    let changed = false
    for (let i = start; i < end && i < ms.length; i++) {
      if (this.h[i] !== 0 && !this.resolve(ms[i]!)) {
        this.h[i] = 0
        this.invalidate(i)
        changed = true
      }
    }
    return changed
  }

  /** The rows to render for a viewport (message indices; see computeRange). */
  range(scrollTop: number, viewport: number, overscan: number): VisibleRange {
    return computeRange(this.offsets, scrollTop, viewport, overscan)
  }

  /** Index of the last drawn message before `i`, or -1. */
  private drawnBefore(i: number): number {
    const ms = this.messages
    for (let j = i - 1; j >= 0; j--) if (this.resolve(ms[j]!)) return j
    return -1
  }

  /** The drawn rows among messages `[start, end)`, with their day dividers and group starts. */
  itemsIn(start: number, end: number): WindowRow[] {
    const ms = this.messages
    const rows: WindowRow[] = []
    let prevIndex = -2
    let prev: Pick<ListItem, 'message' | 'system'> | undefined
    for (let i = Math.max(0, start); i < end && i < ms.length; i++) {
      const m = ms[i]!
      const r = this.resolve(m)
      if (!r) continue
      if (prevIndex === -2) {
        prevIndex = this.drawnBefore(i)
        if (prevIndex >= 0) {
          const pm = ms[prevIndex]!
          prev = { message: pm, system: isSystemLine(pm, this.resolve(pm)!) }
        }
      }
      const item = layoutItem(m, r, prev)
      rows.push({ item, index: i, first: prevIndex === -1 && rows.length === 0 })
      prev = item
    }
    return rows
  }

  /** The item of message i (null when it is not drawn). */
  itemAt(i: number): ListItem | null {
    const rows = this.itemsIn(i, i + 1)
    return rows.length ? rows[0]!.item : null
  }

  /**
   * What arrived after the message `lastId` (last seen at `hint`): the number of drawn messages,
   * and whether one of them is the customer's. Cost: O(arrivals) when `lastId` is still there.
   */
  arrivedAfter(lastId: string, hint: number): { drawn: number; customer: boolean } | null {
    const idx = this.findIndex(lastId, hint)
    if (idx < 0) return null
    const ms = this.messages
    let drawn = 0
    let customer = false
    for (let i = idx + 1; i < ms.length; i++) {
      const m = ms[i]!
      if (!this.resolve(m)) continue
      if (m.from === 'customer') customer = true
      drawn++
    }
    return { drawn, customer }
  }

  /** The anchor for a scroll position: the message at the top edge of the viewport. */
  anchorAt(scrollTop: number): ModelAnchor | null {
    const n = this.messages.length
    if (n === 0) return null
    const off = this.offsets
    const i = indexAt(off, scrollTop)
    return { id: this.messages[i]!.id, index: i, delta: scrollTop - (off[i] as number) }
  }

  /** The scrollTop that puts the anchor's message back where it was, or null when it is gone. */
  restore(anchor: ModelAnchor): number | null {
    const i = this.findIndex(anchor.id, anchor.index)
    if (i < 0) return null
    return this.offset(i) + anchor.delta
  }

  /** A new estimate for unmeasured rows (O(n), only on a prop change). */
  setEstimate(estimate: number): void {
    if (estimate === this.estimate) return
    this.estimate = estimate
    const ms = this.messages
    for (let i = 0; i < ms.length; i++) {
      if (this.h[i] === 0) continue
      const measured = this.heights.get(ms[i]!.id)
      this.h[i] = measured !== undefined && measured > 0 ? measured : estimate
    }
    this.invalidate(0)
  }
}
