import { describe, expect, it } from 'vitest'
import { captureAnchor, clampScroll, computeOffsets, computeRange, indexAt, restoreAnchor } from './virtual'

const ids = (n: number, prefix = 'm') => Array.from({ length: n }, (_, i) => `${prefix}${i}`)

describe('computeOffsets', () => {
  it('uses measured heights where known and the estimate elsewhere', () => {
    const heights = new Map([['m1', 100], ['m3', 10]])
    const off = computeOffsets(ids(4), heights, 50)
    expect(Array.from(off)).toEqual([0, 50, 150, 200, 210])
  })

  it('treats a zero or negative measurement as unknown', () => {
    const off = computeOffsets(['a', 'b'], new Map([['a', 0], ['b', -3]]), 20)
    expect(Array.from(off)).toEqual([0, 20, 40])
  })

  it('is a single zero for an empty list', () => {
    expect(Array.from(computeOffsets([], new Map(), 10))).toEqual([0])
  })
})

describe('indexAt (binary search)', () => {
  const off = computeOffsets(ids(5), new Map([['m2', 100]]), 10) // 0 10 20 120 130 140

  it('finds the row containing y, with row tops belonging to their row', () => {
    expect(indexAt(off, 0)).toBe(0)
    expect(indexAt(off, 9.9)).toBe(0)
    expect(indexAt(off, 10)).toBe(1)
    expect(indexAt(off, 20)).toBe(2)
    expect(indexAt(off, 119)).toBe(2)
    expect(indexAt(off, 120)).toBe(3)
    expect(indexAt(off, 139)).toBe(4)
  })

  it('clamps outside the content', () => {
    expect(indexAt(off, -50)).toBe(0)
    expect(indexAt(off, 1e9)).toBe(4)
    expect(indexAt(computeOffsets([], new Map(), 10), 5)).toBe(0)
  })

  it('agrees with a linear scan for random heights', () => {
    const n = 500
    const heights = new Map(ids(n).map((id, i) => [id, 5 + ((i * 7919) % 97)]))
    const o = computeOffsets(ids(n), heights, 40)
    for (let y = 0; y < o[n]!; y += 37) {
      let linear = 0
      while (linear + 1 < n && o[linear + 1]! <= y) linear++
      expect(indexAt(o, y)).toBe(linear)
    }
  })
})

describe('computeRange', () => {
  const n = 10_000
  const off = computeOffsets(ids(n), new Map(), 50)

  it('renders only the viewport plus overscan of 10,000 rows', () => {
    const r = computeRange(off, 250_000, 600, 200)
    // rows 4996 .. 5016: (600 + 2 × 200) / 50 = 20, plus the partially visible edge row
    expect(r.start).toBe(4996)
    expect(r.end).toBe(5017)
    expect(r.end - r.start).toBeLessThanOrEqual(21)
  })

  it('stops at both ends', () => {
    expect(computeRange(off, 0, 600, 200)).toEqual({ start: 0, end: 17 })
    const bottom = computeRange(off, off[n]! - 600, 600, 200)
    expect(bottom.end).toBe(n)
    expect(bottom.start).toBe(n - 16)
  })

  it('renders nothing for no rows and at least one row otherwise', () => {
    expect(computeRange(computeOffsets([], new Map(), 50), 0, 600, 0)).toEqual({ start: 0, end: 0 })
    expect(computeRange(computeOffsets(['a'], new Map(), 50), 0, 0, 0)).toEqual({ start: 0, end: 1 })
  })
})

describe('scroll anchoring', () => {
  it('keeps the same row at the same place after rows are prepended', () => {
    const before = ids(100)
    const off1 = computeOffsets(before, new Map(), 40)
    const anchor = captureAnchor(off1, before, 2010)!
    expect(anchor).toEqual({ id: 'm50', delta: 10 })
    const after = [...ids(20, 'old'), ...before]
    const off2 = computeOffsets(after, new Map([['old3', 200]]), 40)
    const index = new Map(after.map((id, i) => [id, i]))
    // 20 older rows: 19 × 40 + 200 = 960 more content above
    expect(restoreAnchor(off2, index, anchor)).toBe(2010 + 960)
  })

  it('returns null when the anchor row is gone', () => {
    const off = computeOffsets(['a'], new Map(), 10)
    expect(restoreAnchor(off, new Map([['a', 0]]), { id: 'zz', delta: 0 })).toBeNull()
    expect(captureAnchor(off, [], 0)).toBeNull()
  })

  it('clamps to the scrollable range', () => {
    expect(clampScroll(-5, 1000, 300)).toBe(0)
    expect(clampScroll(900, 1000, 300)).toBe(700)
    expect(clampScroll(50, 100, 300)).toBe(0)
  })
})
