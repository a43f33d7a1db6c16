// History pages publish states whose `messages` is built on first read: still immutable snapshots.
import { describe, expect, it } from 'vitest'
import type { IncomingMessage } from '../transport'
import { setup } from './engine.fixtures'

const text = (i: number): IncomingMessage => ({ id: `h${i}`, time: 1_000_000 + i, from: 'service', body: { type: 'text', text: `m${i}` } })

describe('lazy snapshots', () => {
  it('a state taken before more pages arrived still shows what it showed, read late', async () => {
    const h = await setup({ transport: { history: Array.from({ length: 60 }, (_, i) => text(i)) }, engine: { historyPageSize: 20 } })
    const states: ReturnType<typeof h.engine.getState>[] = []
    h.engine.subscribe((s) => states.push(s))
    await h.engine.loadOlder()
    const afterFirst = h.engine.getState()
    await h.engine.loadOlder()
    const afterSecond = h.engine.getState()
    h.t.receiveText('live')
    await h.engine.loadOlder()
    // read only now, after later pages and a live message changed the list
    expect(afterFirst.messages.map((m) => m.id)).toEqual(Array.from({ length: 20 }, (_, i) => `h${40 + i}`))
    expect(afterSecond.messages).toHaveLength(40)
    expect(afterSecond.messages[0].id).toBe('h20')
    const last = h.engine.getState()
    expect(last.messages).toHaveLength(61)
    expect(last.messages[0].id).toBe('h0')
    expect(last.messages[60].payload).toMatchObject({ text: 'live' })
    // a new array whenever the content changed, the very same one when it did not
    expect(new Set([afterFirst.messages, afterSecond.messages, last.messages]).size).toBe(3)
    expect(h.engine.getState().messages).toBe(last.messages)
  })
})
