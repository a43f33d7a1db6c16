import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ChatMessage } from '../types'
import { compareKeys, OrderedMessages } from './list'

const msg = (id: string, time = 0): ChatMessage => ({ id, from: 'service', time, status: 'sent', payload: { kind: 'text', text: id } })
const ids = (list: OrderedMessages) => list.snapshot().map((m) => m.id)

describe('OrderedMessages', () => {
  it('compare() agrees with the list order, also for entries still in the history head', () => {
    const list = new OrderedMessages()
    list.insert(msg('new', 100), { time: 100 })
    list.insertMany([10, 20, 30].map((t) => ({ message: msg(`old${t}`, t), time: t })))
    list.insert(msg('same-time', 100), { time: 100 })
    const order = ['old10', 'old20', 'old30', 'new', 'same-time']
    const shuffled = ['same-time', 'old30', 'new', 'old10', 'old20']
    expect([...shuffled].sort((a, b) => list.compare(a, b))).toEqual(order)
    expect(ids(list)).toEqual(order)
    // unknown ids sort last
    expect(list.compare('nope', 'new')).toBeGreaterThan(0)
    expect(list.compare('new', 'nope')).toBeLessThan(0)
  })

  it('orders by time, then seq, then arrival', () => {
    const list = new OrderedMessages()
    list.insert(msg('t20'), { time: 20 })
    list.insert(msg('t10-s2'), { time: 10, seq: 2 })
    list.insert(msg('t10-s1'), { time: 10, seq: 1 })
    list.insert(msg('t10-a'), { time: 10 })
    list.insert(msg('t10-b'), { time: 10 })
    list.insert(msg('t5'), { time: 5 })
    // a missing seq sorts after the real ones at the same time; equal keys keep arrival order
    expect(ids(list)).toEqual(['t5', 't10-s1', 't10-s2', 't10-a', 't10-b', 't20'])
  })

  it('a missing seq never makes the order depend on insertion order (transitivity)', () => {
    const orders = [
      ['a', 'b', 'c'],
      ['c', 'b', 'a'],
      ['b', 'a', 'c'],
    ]
    const results = orders.map((order) => {
      const list = new OrderedMessages()
      const place = { a: { time: 1, seq: 5 }, b: { time: 1 }, c: { time: 1, seq: 2 } } as const
      for (const id of order) list.insert(msg(id), place[id as 'a' | 'b' | 'c'])
      return ids(list).filter((id) => id !== 'b')
    })
    for (const r of results) expect(r).toEqual(['c', 'a'])
  })

  it('hands out the same array until something changes, then a new one; untouched entries keep identity', () => {
    const list = new OrderedMessages()
    const a = msg('a', 1)
    list.insert(a, { time: 1 })
    const first = list.snapshot()
    expect(list.snapshot()).toBe(first)
    const v = list.version
    list.insert(msg('b', 2), { time: 2 })
    const second = list.snapshot()
    expect(second).not.toBe(first)
    expect(first.map((m) => m.id)).toEqual(['a']) // the published array was not mutated
    expect(second[0]).toBe(a)
    expect(list.version).toBeGreaterThan(v)
  })

  it('copies once per batch of changes, not once per change', () => {
    const list = new OrderedMessages()
    list.insert(msg('a'), { time: 1 })
    const published = list.snapshot()
    list.insert(msg('b'), { time: 2 })
    const working = (list as unknown as { items: ChatMessage[] }).items
    list.insert(msg('c'), { time: 3 })
    expect((list as unknown as { items: ChatMessage[] }).items).toBe(working)
    expect(published).toHaveLength(1)
  })

  it('replace keeps the place; move re-positions; moveToEnd puts it last', () => {
    const list = new OrderedMessages()
    list.insert(msg('a'), { time: 1 })
    list.insert(msg('b'), { time: 2 })
    list.insert(msg('c'), { time: 3 })
    const b2 = { ...msg('b'), status: 'failed' as const }
    list.replace(b2)
    expect(ids(list)).toEqual(['a', 'b', 'c'])
    expect(list.get('b')).toBe(b2)
    list.move(msg('a'), { time: 4 })
    expect(ids(list)).toEqual(['b', 'c', 'a'])
    list.moveToEnd(msg('b'), 0)
    expect(ids(list)).toEqual(['c', 'a', 'b'])
    expect(list.indexOf('b')).toBe(2)
    expect(list.newestTime()).toBe(4)
  })

  it('refuses duplicates and unknown ids loudly (caller bugs)', () => {
    const list = new OrderedMessages()
    list.insert(msg('a'), { time: 1 })
    expect(() => list.insert(msg('a'), { time: 2 })).toThrow(/duplicate/)
    expect(() => list.replace(msg('x'))).toThrow(/unknown/)
    expect(() => list.move(msg('x'), { time: 1 })).toThrow(/unknown/)
    expect(list.remove('x')).toBe(false)
    expect(list.indexOf('x')).toBe(-1)
  })

  it('insertMany merges a page, skipping ids it already holds or repeats', () => {
    const list = new OrderedMessages()
    list.insert(msg('live1'), { time: 100 })
    list.insert(msg('live2'), { time: 200 })
    list.insertMany([
      { message: msg('h1'), time: 10 },
      { message: msg('live1'), time: 100 },
      { message: msg('h3'), time: 150 },
      { message: msg('h2'), time: 20 },
      { message: msg('h2'), time: 20 },
    ])
    expect(ids(list)).toEqual(['h1', 'h2', 'live1', 'h3', 'live2'])
    expect(list.size).toBe(5)
    expect(list.indexOf('h3')).toBe(3)
  })

  it('findFirst / findLast walk from either end', () => {
    const list = new OrderedMessages()
    list.insert(msg('a'), { time: 1 })
    list.insert({ ...msg('b'), from: 'customer' }, { time: 2 })
    list.insert(msg('c'), { time: 3 })
    expect(list.findLast((m) => m.from === 'customer')?.id).toBe('b')
    expect(list.findFirst((m) => m.from === 'service')?.id).toBe('a')
    expect(list.findLast((m) => m.id === 'zzz')).toBeUndefined()
  })

  it('property: any mix of inserts, batches, moves and removals equals a full sort by key', () => {
    type Op =
      | { op: 'insert'; time: number; seq?: number }
      | { op: 'many'; items: { time: number; seq?: number }[] }
      | { op: 'move'; pick: number; time: number; seq?: number }
      | { op: 'remove'; pick: number }
    const place = fc.record({ time: fc.integer({ min: 0, max: 8 }), seq: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }) })
    const op: fc.Arbitrary<Op> = fc.oneof(
      place.map((p) => ({ op: 'insert' as const, ...p })),
      fc.array(place, { maxLength: 6 }).map((items) => ({ op: 'many' as const, items })),
      fc.tuple(fc.nat(), place).map(([pick, p]) => ({ op: 'move' as const, pick, ...p })),
      fc.nat().map((pick) => ({ op: 'remove' as const, pick })),
    )
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const list = new OrderedMessages()
        const keys = new Map<string, { time: number; seq: number; arrival: number }>()
        let n = 0
        let arrival = 0
        for (const o of ops) {
          if (o.op === 'insert') {
            const id = `m${n++}`
            list.insert(msg(id), o)
            keys.set(id, { time: o.time, seq: o.seq ?? Infinity, arrival: arrival++ })
          } else if (o.op === 'many') {
            const batch = o.items.map((p) => ({ message: msg(`m${n++}`), ...p }))
            list.insertMany(batch)
            // the batch gets arrivals in the order given
            for (const b of batch) keys.set(b.message.id, { time: b.time, seq: b.seq ?? Infinity, arrival: arrival++ })
          } else if (list.size > 0) {
            const target = list.at(o.pick % list.size) as ChatMessage
            if (o.op === 'move') {
              list.move(target, o)
              const k = keys.get(target.id)!
              keys.set(target.id, { time: o.time, seq: o.seq ?? Infinity, arrival: k.arrival })
            } else {
              list.remove(target.id)
              keys.delete(target.id)
            }
          }
        }
        const expected = [...keys.entries()].sort((a, b) => compareKeys(a[1], b[1])).map(([id]) => id)
        expect(ids(list)).toEqual(expected)
        for (const [i, id] of expected.entries()) expect(list.indexOf(id)).toBe(i)
      }),
      { numRuns: 300 },
    )
  })

  it('stays cheap for a 10,000-message history with live appends and out-of-order inserts', () => {
    const list = new OrderedMessages()
    const page = Array.from({ length: 10_000 }, (_, i) => ({ message: msg(`h${i}`), time: i * 10 }))
    const t0 = performance.now()
    list.insertMany(page)
    for (let i = 0; i < 500; i++) {
      list.insert(msg(`live${i}`), { time: 200_000 + i })
      list.snapshot()
    }
    for (let i = 0; i < 500; i++) list.insert(msg(`late${i}`), { time: i * 10 + 5 })
    const elapsed = performance.now() - t0
    expect(list.size).toBe(11_000)
    // h0…h250 (times 0…2500) and late0…late249 come before it
    expect(list.indexOf('late250')).toBe(501)
    // generous bound: a full sort per message would be orders of magnitude slower
    expect(elapsed).toBeLessThan(1500)
  })
})
