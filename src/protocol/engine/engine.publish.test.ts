// Publishing: one immutable state per change, announcements of new live messages, listener
// errors and re-entrancy, and batching under a flood of events.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flush } from '../../testing/fakeTransport'
import { botCommand, sessionEnd, setup, typingFlag } from './engine.fixtures'
import type { ConversationState } from './types'

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(1_700_000_000_000)
})
afterEach(() => {
  vi.useRealTimers()
})

describe('state snapshots and announcements', () => {
  it('notifies subscribers with a new immutable state per change, and not without one', async () => {
    const h = await setup()
    const states: ConversationState[] = []
    const off = h.engine.subscribe((s) => states.push(s))
    h.t.receiveText('a')
    h.t.receiveCustom(botCommand())
    h.t.receiveText('b')
    expect(states).toHaveLength(2)
    expect(states[0].messages).toHaveLength(1)
    expect(states[1].messages).toHaveLength(2)
    expect(states[1].messages[0]).toBe(states[0].messages[0])
    off()
    h.t.receiveText('c')
    expect(states).toHaveLength(2)
  })

  it('onIncoming fires once per new drawn live service message only', async () => {
    const h = await setup({ transport: { history: [{ id: 'old', time: 1, from: 'service', body: { type: 'text', text: 'old' } }] } })
    const seen: string[] = []
    const off = h.engine.onIncoming((m) => seen.push(m.id))
    await h.engine.loadOlder()
    const text = h.t.receiveText('hi')
    h.t.receiveText('dup', { id: text.id })
    h.t.receiveCustom(typingFlag())
    h.t.receive({ from: 'customer', body: { type: 'text', text: 'other device' } })
    h.t.modify({ ...text, body: { type: 'text', text: 'edited' } })
    const end = h.t.receiveCustom(sessionEnd())
    expect(seen).toEqual([text.id, end.id])
    off()
    h.t.receiveText('after off')
    expect(seen).toHaveLength(2)
  })

  it('under a flood, getState() is current at once and subscribers get one consistent state per tick', async () => {
    const h = await setup()
    const states: ConversationState[] = []
    h.engine.subscribe((s) => states.push(s))
    const n = 3000
    for (let i = 0; i < n; i++) h.t.receiveText(`m${i}`)
    // every event is visible to getState() synchronously
    expect(h.messages()).toHaveLength(n)
    const early = states.length
    // the first events were published one by one; the rest were batched, not one copy each
    expect(early).toBeGreaterThan(0)
    expect(early).toBeLessThan(n / 4)
    await flush()
    expect(states.length).toBe(early + 1)
    const last = states[states.length - 1]
    expect(last.messages).toHaveLength(n)
    expect(last).toBe(h.state())
    // published snapshots never change afterwards
    expect(states[0].messages).toHaveLength(1)
  })

  it('a throwing listener neither breaks the engine nor other listeners', async () => {
    const h = await setup()
    const errors: unknown[] = []
    const spy = vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((fn) => {
      try {
        fn()
      } catch (e) {
        errors.push(e)
      }
    })
    const got: number[] = []
    h.engine.subscribe(() => {
      throw new Error('listener bug')
    })
    h.engine.subscribe((s) => got.push(s.messages.length))
    h.engine.onIncoming(() => {
      throw new Error('incoming bug')
    })
    h.t.receiveText('x')
    spy.mockRestore()
    expect(got).toEqual([1])
    expect(errors.map((e) => (e as Error).message)).toEqual(['listener bug', 'incoming bug'])
  })

  it('a re-entrant action inside a listener does not deliver states out of order', async () => {
    const h = await setup()
    const lengths: number[] = []
    let once = false
    h.engine.subscribe(() => {
      if (!once) {
        once = true
        h.engine.sendText('auto reply')
      }
    })
    h.engine.subscribe((s) => lengths.push(s.messages.length))
    h.t.receiveText('x')
    expect(lengths).toEqual([2])
  })
})
