// Windowing math for the message list, kept free of Vue and the DOM so it can be tested exactly.
// Rows have different heights: measured ones come from a Map keyed by message id, the rest use an
// estimate. Cumulative offsets turn "which rows are in view" into two binary searches.

/**
 * Cumulative offsets: `offsets[i]` is the top of row i and `offsets[n]` the total height.
 * O(n); for 10,000 rows this is a few hundred microseconds, cheaper than keeping a Fenwick tree
 * in sync with prepends.
 */
export function computeOffsets(ids: readonly string[], heights: ReadonlyMap<string, number>, estimate: number): Float64Array {
  const offsets = new Float64Array(ids.length + 1)
  let y = 0
  for (let i = 0; i < ids.length; i++) {
    offsets[i] = y
    const h = heights.get(ids[i] as string)
    y += h !== undefined && h > 0 ? h : estimate
  }
  offsets[ids.length] = y
  return offsets
}

/** The index of the row containing `y` (clamped to the rows that exist; 0 for an empty list). */
export function indexAt(offsets: ArrayLike<number>, y: number): number {
  const n = offsets.length - 1
  if (n <= 0) return 0
  if (y <= 0) return 0
  if (y >= offsets[n]!) return n - 1
  // largest i with offsets[i] <= y
  let lo = 0
  let hi = n - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1
    if (offsets[mid]! <= y) lo = mid
    else hi = mid - 1
  }
  return lo
}

export interface VisibleRange {
  /** first rendered row */
  start: number
  /** one past the last rendered row */
  end: number
}

/**
 * The rows to render for a viewport `[scrollTop, scrollTop + viewport)` plus `overscan` pixels
 * above and below, so short scrolls never show a blank gap before the next render.
 */
export function computeRange(offsets: ArrayLike<number>, scrollTop: number, viewport: number, overscan: number): VisibleRange {
  const n = offsets.length - 1
  if (n <= 0) return { start: 0, end: 0 }
  const start = indexAt(offsets, scrollTop - overscan)
  const end = Math.min(n, indexAt(offsets, scrollTop + Math.max(0, viewport) + overscan) + 1)
  return { start, end: Math.max(start + 1, end) }
}

/** Where the viewport stands relative to one row, to restore after rows above it change height. */
export interface ScrollAnchor {
  id: string
  /** scrollTop minus the row's top */
  delta: number
}

/** The anchor for the current scroll position (the row at the top edge of the viewport). */
export function captureAnchor(offsets: ArrayLike<number>, ids: readonly string[], scrollTop: number): ScrollAnchor | null {
  if (ids.length === 0) return null
  const i = indexAt(offsets, scrollTop)
  return { id: ids[i] as string, delta: scrollTop - offsets[i]! }
}

/** The scrollTop that puts the anchor row back where it was, or null when the row is gone. */
export function restoreAnchor(offsets: ArrayLike<number>, indexOf: ReadonlyMap<string, number>, anchor: ScrollAnchor): number | null {
  const i = indexOf.get(anchor.id)
  if (i === undefined) return null
  return offsets[i]! + anchor.delta
}

/** Clamps a scrollTop to what a container of `total` content and `viewport` height allows. */
export function clampScroll(y: number, total: number, viewport: number): number {
  return Math.max(0, Math.min(y, Math.max(0, total - viewport)))
}
