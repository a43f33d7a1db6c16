import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { RendererRegistry } from '../../messages/registry'
import type { ChatMessage } from '../../protocol/engine/types'
import type { Payload } from '../../protocol/types'
import { buildItems } from './layout'
import { ListModel } from './model'

const Dummy = { name: 'Dummy', render: () => null }
const registry: RendererRegistry = {
  resolve: (m) => (m.payload.kind === 'ratingRules' ? null : { component: Dummy, defaultRenderer: Dummy }),
}
const base = new Date(2025, 0, 15, 23, 50).getTime()
const kinds: Payload[] = [{ kind: 'text', text: 'x' }, { kind: 'notice', text: 'n' } as Payload, { kind: 'ratingRules' } as unknown as Payload]

let serial = 0
function message(spec: { from: number; minutes: number; kind: number; name: number }): ChatMessage {
  return {
    id: `m${serial++}`,
    from: spec.from ? 'service' : 'customer',
    time: base + spec.minutes * 60_000,
    status: 'sent',
    payload: kinds[spec.kind]!,
    senderName: spec.name ? `agent${spec.name}` : undefined,
  }
}
const spec = fc.record({ from: fc.integer({ min: 0, max: 1 }), minutes: fc.integer({ min: 0, max: 30 }), kind: fc.integer({ min: 0, max: 2 }), name: fc.integer({ min: 0, max: 2 }) })
const op = fc.oneof(
  fc.record({ type: fc.constant('append' as const), specs: fc.array(spec, { minLength: 1, maxLength: 3 }) }),
  fc.record({ type: fc.constant('insert' as const), at: fc.nat(), spec }),
  fc.record({ type: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ type: fc.constant('update' as const), at: fc.nat(), spec }),
  fc.record({ type: fc.constant('measure' as const), at: fc.nat(), h: fc.integer({ min: 10, max: 300 }) }),
  fc.record({ type: fc.constant('same' as const) }),
)

/** The layout a full rebuild gives: every drawn item, and offsets over all messages (a hidden one 0 once settled). */
function expectMatchesFullBuild(model: ListModel, messages: readonly ChatMessage[], settled: boolean) {
  const n = messages.length
  expect(model.length).toBe(n)
  const full = buildItems(messages, registry)
  expect(model.itemsIn(0, n).map((r) => r.item)).toEqual(full)
  // any window gives the same items as the full build (group and day come from the drawn message before)
  if (n > 0) {
    const a = Math.floor(n / 3)
    const b = Math.min(n, a + 2)
    const inWindow = model.itemsIn(a, b)
    const expected = full.filter((it) => { const k = messages.indexOf(it.message); return k >= a && k < b })
    expect(inWindow.map((r) => r.item)).toEqual(expected)
    expect(inWindow.map((r) => r.index)).toEqual(expected.map((it) => messages.indexOf(it.message)))
  }
  if (!settled) return
  let y = 0
  const off = model.offsets
  expect(off).toHaveLength(n + 1)
  for (let i = 0; i < n; i++) {
    expect(off[i]).toBeCloseTo(y, 6)
    const m = messages[i]!
    const measured = model.heights.get(m.id)
    y += registry.resolve(m) === null ? 0 : measured !== undefined ? measured : model.estimate
  }
  expect(model.total).toBeCloseTo(y, 6)
}

describe('ListModel', () => {
  it('equals a full rebuild after any sequence of appends, inserts, removals, updates, measurements and windows', () => {
    fc.assert(fc.property(fc.array(spec, { maxLength: 8 }), fc.array(op, { maxLength: 25 }), fc.array(fc.boolean(), { minLength: 26, maxLength: 26 }), (initial, ops, settles) => {
      let messages: readonly ChatMessage[] = initial.map(message)
      const model = new ListModel(50)
      model.sync(messages, registry)
      expectMatchesFullBuild(model, messages, false)
      ops.forEach((o, step) => {
        const next = [...messages]
        if (o.type === 'append') next.push(...o.specs.map(message))
        else if (o.type === 'insert') next.splice(o.at % (next.length + 1), 0, message(o.spec))
        else if (o.type === 'remove' && next.length) next.splice(o.at % next.length, 1)
        else if (o.type === 'update' && next.length) {
          // same id, new content (a stream chunk, a receipt, a revoke)
          const i = o.at % next.length
          next[i] = { ...message(o.spec), id: next[i]!.id }
        } else if (o.type === 'measure' && messages.length) {
          // only drawn rows are ever measured
          const i = o.at % messages.length
          if (registry.resolve(messages[i]!)) model.setHeight(messages[i]!.id, o.h, (i * 7) % messages.length)
        }
        messages = o.type === 'same' || o.type === 'measure' ? messages : next
        model.sync(messages, registry)
        // the window reaching every row settles the hidden ones; without it they keep the estimate
        const settle = settles[step]!
        if (settle) model.settle(0, messages.length)
        expectMatchesFullBuild(model, messages, settle)
      })
    }), { numRuns: 300 })
  })

  it('does O(1) work per append and lays out only the window, however long the conversation', () => {
    const work = (n: number) => {
      const messages = Array.from({ length: n }, (_, i) => message({ from: i % 2, minutes: i % 30, kind: 0, name: 0 }))
      const model = new ListModel(50)
      model.sync(messages, registry)
      const mount = { ...model.work }
      // the bottom window, as the list renders it
      let r = model.range(model.total - 600, 600, 600)
      model.itemsIn(r.start, r.end)
      const window = { ...model.work }
      // one append, the new bottom window, its rows
      const before = { ...model.work }
      expect(model.sync([...messages, message({ from: 1, minutes: 5, kind: 0, name: 0 })], registry)).toBe('tail')
      r = model.range(model.total - 600, 600, 600)
      expect(model.settle(r.start, r.end)).toBe(false)
      model.itemsIn(r.start, r.end)
      expect(model.arrivedAfter(messages[n - 1]!.id, n - 1)).toEqual({ drawn: 1, customer: false })
      const after = model.work
      return {
        mountResolved: mount.resolved,
        windowResolved: window.resolved,
        append: { resolved: after.resolved - before.resolved, heights: after.heights - before.heights, offsets: after.offsets - before.offsets },
      }
    }
    const small = work(1000)
    const large = work(50_000)
    // mounting resolves no renderer and builds no item; the window resolves its own rows (+1 before it)
    expect(large.mountResolved).toBe(0)
    expect(large.windowResolved).toBe(small.windowResolved)
    expect(large.windowResolved).toBeLessThanOrEqual(25)
    // an append: one height, one offset, one renderer — the same at 50,000 as at 1,000
    expect(large.append).toEqual(small.append)
    expect(large.append).toEqual({ resolved: 1, heights: 1, offsets: 1 })
  })

  it('keeps measured heights across a prepend and an in-place update, and finds ids from a hint', () => {
    const older = Array.from({ length: 5 }, () => message({ from: 0, minutes: 0, kind: 0, name: 0 }))
    const newer = Array.from({ length: 5 }, () => message({ from: 1, minutes: 1, kind: 0, name: 0 }))
    const model = new ListModel(50)
    model.sync(newer, registry)
    expect(model.setHeight(newer[2]!.id, 120, 0)).toBe(true)
    expect(model.offset(3)).toBe(50 * 2 + 120)
    const all = [...older, ...newer]
    expect(model.sync(all, registry)).toBe('rebuilt')
    expect(model.findIndex(newer[2]!.id, 2)).toBe(7)
    expect(model.findIndex('gone', 3)).toBe(-1)
    expect(model.offset(8)).toBe(50 * 7 + 120)
    const updated = [...all]
    updated[7] = { ...updated[7]!, status: 'failed' }
    expect(model.sync(updated, registry)).toBe('updated')
    expect(model.heightAt(7)).toBe(120)
    expect(model.restore({ id: newer[2]!.id, index: 2, delta: 10 })).toBe(50 * 7 + 10)
  })

  it('gives a hidden message no height once the window reaches it, and no split of the group', () => {
    const a = message({ from: 1, minutes: 0, kind: 0, name: 0 })
    const hidden = message({ from: 0, minutes: 0, kind: 2, name: 0 })
    const b = message({ from: 1, minutes: 1, kind: 0, name: 0 })
    const model = new ListModel(50)
    model.sync([a, hidden, b], registry)
    expect(model.total).toBe(150)
    expect(model.settle(0, 3)).toBe(true)
    expect(model.total).toBe(100)
    expect(model.settle(0, 3)).toBe(false)
    const rows = model.itemsIn(0, 3)
    expect(rows.map((r) => r.index)).toEqual([0, 2])
    expect(rows.map((r) => r.item.groupStart)).toEqual([true, false])
    expect(rows.map((r) => r.first)).toEqual([true, false])
    // a window starting after the first drawn row still knows its predecessor
    expect(model.itemsIn(1, 3).map((r) => [r.index, r.item.groupStart, r.first])).toEqual([[2, false, false]])
  })

  it('lays everything out anew when the registry changes', () => {
    const messages = [message({ from: 0, minutes: 0, kind: 0, name: 0 })]
    const model = new ListModel(50)
    model.sync(messages, registry)
    expect(model.itemsIn(0, 1)).toHaveLength(1)
    const hideAll: RendererRegistry = { resolve: () => null }
    expect(model.sync(messages, hideAll)).toBe('rebuilt')
    expect(model.itemsIn(0, 1)).toEqual([])
    model.settle(0, 1)
    expect(model.total).toBe(0)
  })

  it('tells which messages were replaced in place without changing anything the list lays out', () => {
    const messages = [0, 1, 2].map((i) => message({ from: 1, minutes: i, kind: 0, name: 0 }))
    const model = new ListModel(50)
    model.sync(messages, registry)
    // new text (a stream chunk, a status): only the row draws it
    const grown = { ...messages[2]!, payload: { kind: 'text', text: 'more' } as Payload }
    expect(model.sync([messages[0]!, messages[1]!, grown], registry)).toBe('updated')
    expect(model.updatedInPlace).toEqual([grown])
    expect(model.sync([messages[0]!, messages[1]!, grown], registry)).toBe('same')
    expect(model.updatedInPlace).toEqual([])
    // what the list lays out changed: a system line now, another sender, another time, hidden
    for (const change of [{ payload: { kind: 'notice', text: 'n' } as Payload }, { from: 'customer' as const }, { time: base + 3_600_000 }, { senderName: 'agent2' }, { payload: kinds[2]! }]) {
      const before = model.list
      const changed = { ...before[2]!, ...change }
      model.sync([before[0]!, before[1]!, changed], registry)
      expect(model.updatedInPlace).toBeNull()
      model.sync(before, registry)
    }
    // ids moved
    model.sync([messages[0]!, grown], registry)
    expect(model.updatedInPlace).toBeNull()
  })
})
