// src 31: each stream is its own message, and a stream that goes quiet is shown as ended.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flush } from '../../testing/fakeTransport'
import { setup, stream } from './engine.fixtures'
import { STREAM_IDLE_TIMEOUT } from './incoming'

const T = 1_700_000_000_000

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(T)
})
afterEach(() => {
  vi.useRealTimers()
})

const wire = (id: string, time: number, data: Record<string, unknown>, from: 'service' | 'customer' = 'service') => ({ id, time, from, body: { type: 'custom' as const, data: JSON.stringify(data) } })
const summary = (h: Awaited<ReturnType<typeof setup>>) =>
  h.messages().map((m) => (m.payload.kind === 'stream' ? `stream:${m.payload.chunks.join('')}:${m.payload.isFinished ? 'done' : 'open'}` : m.payload.kind === 'text' ? `text:${m.payload.text}` : m.payload.kind))

describe('streams, live', () => {
  it('a new stream after an unfinished one is its own message, below the question that caused it', async () => {
    const h = await setup()
    h.t.receiveCustom(stream(['Hel']))
    h.t.receiveCustom(stream(['Hel', 'lo']))
    vi.setSystemTime(T + 1000)
    h.engine.sendText('another question')
    await flush()
    vi.setSystemTime(T + 2000)
    h.t.receiveCustom(stream(['Sure']))
    expect(summary(h)).toEqual(['stream:Hello:open', 'text:another question', 'stream:Sure:open'])
  })

  it('a stream that receives nothing for a while is shown as ended; a late part still continues it', async () => {
    const h = await setup()
    h.t.receiveCustom(stream(['a']))
    await vi.advanceTimersByTimeAsync(STREAM_IDLE_TIMEOUT - 100)
    h.t.receiveCustom(stream(['a', 'b']))
    await vi.advanceTimersByTimeAsync(STREAM_IDLE_TIMEOUT - 100)
    expect(summary(h)).toEqual(['stream:ab:open'])
    await vi.advanceTimersByTimeAsync(200)
    expect(summary(h)).toEqual(['stream:ab:done'])
    h.t.receiveCustom(stream(['a', 'b', 'c'], true))
    expect(summary(h)).toEqual(['stream:abc:done'])
  })
})

describe('streams, history', () => {
  it('keeps two streams of one page apart, and shows an old unfinished one as ended', async () => {
    const h = await setup({
      transport: {
        history: [
          wire('s1', T - 60_000, stream(['First'])),
          wire('s2', T - 59_000, stream(['First', ' answer'])),
          { id: 'q', time: T - 58_000, from: 'customer', body: { type: 'text', text: 'next' } },
          wire('s3', T - 57_000, stream(['Second'], true)),
        ],
      },
    })
    await h.engine.loadOlder()
    expect(summary(h)).toEqual(['stream:First answer:done', 'text:next', 'stream:Second:done'])
  })
})
