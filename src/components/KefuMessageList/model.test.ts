import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { RendererRegistry } from '../../messages/registry'
import type { ChatMessage } from '../../protocol/engine/types'
import type { Payload } from '../../protocol/types'
import { buildItems } from './layout'
import { ListModel } from './model'
import { computeOffsets } from './virtual'

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

function expectMatchesFullBuild(model: ListModel, messages: readonly ChatMessage[]) {
  const full = buildItems(messages, registry)
  expect(model.items).toEqual(full)
  expect(model.ids).toEqual(full.map((it) => it.message.id))
  expect([...model.indexOf.entries()].sort()).toEqual(full.map((it, i) => [it.message.id, i] as [string, number]).sort())
  const offsets = computeOffsets(model.ids, model.heights, model.estimate)
  expect(model.offsets).toHaveLength(offsets.length)
  model.offsets.forEach((y, i) => expect(y).toBeCloseTo(offsets[i]!, 6))
}

describe('ListModel', () => {
  it('equals a full rebuild after any sequence of appends, inserts, removals, updates and measurements', () => {
    fc.assert(fc.property(fc.array(spec, { maxLength: 8 }), fc.array(op, { maxLength: 25 }), (initial, ops) => {
      let messages: readonly ChatMessage[] = initial.map(message)
      const model = new ListModel(50)
      model.sync(messages, registry)
      expectMatchesFullBuild(model, messages)
      for (const o of ops) {
        const next = [...messages]
        if (o.type === 'append') next.push(...o.specs.map(message))
        else if (o.type === 'insert') next.splice(o.at % (next.length + 1), 0, message(o.spec))
        else if (o.type === 'remove' && next.length) next.splice(o.at % next.length, 1)
        else if (o.type === 'update' && next.length) {
          // same id, new content (a stream chunk, a receipt, a revoke)
          const i = o.at % next.length
          next[i] = { ...message(o.spec), id: next[i]!.id }
        } else if (o.type === 'measure' && model.ids.length) {
          model.setHeight(model.ids[o.at % model.ids.length]!, o.h)
        }
        messages = o.type === 'same' || o.type === 'measure' ? messages : next
        model.sync(messages, registry)
        expectMatchesFullBuild(model, messages)
      }
    }), { numRuns: 300 })
  })

  it('touches only the end for an append and an in-place update at the end', () => {
    const messages = Array.from({ length: 1000 }, (_, i) => message({ from: i % 2, minutes: i % 30, kind: 0, name: 0 }))
    const model = new ListModel(50)
    model.sync(messages, registry)
    const firstItem = model.items[0]
    const v = model.idsVersion
    const appended = [...messages, message({ from: 1, minutes: 5, kind: 0, name: 0 })]
    expect(model.sync(appended, registry)).toBe('tail')
    expect(model.items[0]).toBe(firstItem)
    expect(model.idsVersion).toBe(v + 1)
    const updated = [...appended]
    updated[1000] = { ...updated[1000]!, status: 'failed' }
    expect(model.sync(updated, registry)).toBe('updated')
    expect(model.idsVersion).toBe(v + 1) // ids did not move
    expect(model.items[1000]!.message).toBe(updated[1000])
  })

  it('rebuilds everything when the registry changes', () => {
    const messages = [message({ from: 0, minutes: 0, kind: 0, name: 0 })]
    const model = new ListModel(50)
    model.sync(messages, registry)
    const hideAll: RendererRegistry = { resolve: () => null }
    expect(model.sync(messages, hideAll)).toBe('rebuilt')
    expect(model.items).toEqual([])
  })
})
