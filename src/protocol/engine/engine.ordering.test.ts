// Ordering, de-duplication and history.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flush } from '../../testing/fakeTransport'
import type { IncomingMessage, WireBody } from '../transport'
import { seat, sessionEnd, setup, stream } from './engine.fixtures'

const T = 1_700_000_000_000

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(T)
})
afterEach(() => {
  vi.useRealTimers()
})

const text = (id: string, time: number, extra: Partial<IncomingMessage> = {}): IncomingMessage => ({
  id,
  time,
  from: 'service',
  body: { type: 'text', text: id },
  ...extra,
})

describe('ordering', () => {
  it('orders live messages by server time even when they arrive out of order', async () => {
    const h = await setup()
    h.t.receive(text('c', T + 300))
    h.t.receive(text('a', T + 100))
    h.t.receive(text('b', T + 200))
    expect(h.messages().map((m) => m.id)).toEqual(['a', 'b', 'c'])
  })

  it('breaks equal times by seq, then by arrival', async () => {
    const h = await setup()
    h.t.receive(text('s2', T, { seq: 2 }))
    h.t.receive(text('s1', T, { seq: 1 }))
    h.t.receive(text('x', T, { seq: undefined }))
    h.t.receive(text('y', T, { seq: undefined }))
    expect(h.messages().map((m) => m.id)).toEqual(['s1', 's2', 'x', 'y'])
  })

  it('shows a message being sent at the end, then moves it to its server time on receipt', async () => {
    const h = await setup()
    h.t.receive(text('future', T + 1000))
    h.t.holdSends()
    const sent = h.engine.sendText('hello')
    expect(sent.ok && sent.value.status).toBe('sending')
    expect(h.messages().map((m) => m.id)).toEqual(['future', 'c2'])
    expect(h.last().time).toBe(T) // the local time it was written
    h.t.release()
    await flush()
    // the fake's server clock says T, earlier than "future"
    expect(h.messages().map((m) => m.id)).toEqual(['c2', 'future'])
    expect(h.messages()[0]).toMatchObject({ id: 'c2', clientId: 'c2', serverId: 'srv-2', status: 'sent', time: T })
  })

  it('a local clock running behind the server does not bury a new message above older ones', async () => {
    const h = await setup({ engine: { now: () => T - 3_600_000 } })
    h.t.receive(text('a', T))
    h.t.holdSends()
    h.engine.sendText('mine')
    expect(h.messages().map((m) => m.id)).toEqual(['a', 'c2'])
    expect(h.last().time).toBe(T - 3_600_000)
  })

  it('messages typed in a row stay in typing order', async () => {
    const h = await setup()
    h.t.setStatus('offline')
    for (const s of ['1', '2', '3']) h.engine.sendText(s)
    h.t.receive(text('older', T - 5))
    expect(h.texts()).toEqual(['older', '1', '2', '3'])
  })
})

describe('de-duplication', () => {
  it('the same server id twice is drawn once', async () => {
    const h = await setup()
    const m = h.t.receiveText('once')
    h.t.emit({ type: 'message', message: m })
    expect(h.messages()).toHaveLength(1)
  })

  it('our message echoed with its clientId (another device view) merges into ours', async () => {
    const h = await setup({ transport: { echo: true } })
    const r = h.engine.sendText('hi')
    await flush()
    expect(h.messages()).toHaveLength(1)
    // srv-1 was the start flag
    expect(h.last()).toMatchObject({ id: 'c2', clientId: 'c2', serverId: 'srv-2', status: 'sent' })
    expect(r.ok && h.last().id).toBe('c2')
  })

  it('an echo that beats the receipt confirms the message; the receipt changes nothing more', async () => {
    const h = await setup()
    h.t.holdSends()
    h.engine.sendText('hi')
    h.t.receive({ id: 'srv-x', time: T + 7, seq: 70, from: 'customer', clientId: 'c2', body: { type: 'text', text: 'hi' } })
    expect(h.last()).toMatchObject({ id: 'c2', serverId: 'srv-x', status: 'sent', time: T + 7, seq: 70 })
    const confirmed = h.last()
    h.t.release()
    await flush()
    expect(h.messages()).toHaveLength(1)
    expect(h.t.deliveries.get('c2')).toBe(1)
    // the receipt (a different id from this fake) is applied over it, but there is still one entry
    expect(h.last().id).toBe(confirmed.id)
  })

  it('a message with a server id equal to an applied receipt is not drawn again', async () => {
    const h = await setup()
    h.engine.sendText('hi')
    await flush()
    const serverId = h.last().serverId as string
    h.t.receive({ id: serverId, from: 'customer', body: { type: 'text', text: 'hi' } })
    expect(h.messages()).toHaveLength(1)
  })

  it('an echo without clientId that arrives before the receipt is replaced by our entry', async () => {
    const h = await setup()
    const send = h.t.send
    // a transport that pushes the stored message (without its client id) before answering the send
    h.t.send = async (m) => {
      const r = await send(m)
      h.t.emit({ type: 'message', message: { id: r.id, time: r.time, from: 'customer', body: m.body as WireBody } })
      expect(h.messages()).toHaveLength(2)
      return r
    }
    h.engine.sendText('hi')
    await flush()
    expect(h.messages()).toHaveLength(1)
    expect(h.last()).toMatchObject({ id: 'c2', serverId: 'srv-2', status: 'sent' })
  })

  it('another device’s message (unknown clientId) is drawn once as a customer message', async () => {
    const h = await setup()
    const m = h.t.receive({ from: 'customer', clientId: 'other-device-1', body: { type: 'text', text: 'phone' } })
    h.t.receive({ ...m, id: 'another-id' })
    expect(h.messages()).toHaveLength(1)
    expect(h.last()).toMatchObject({ from: 'customer', clientId: 'other-device-1', status: 'sent' })
  })
})

describe('history (loadOlder)', () => {
  const log = (n: number): IncomingMessage[] => Array.from({ length: n }, (_, i) => text(`h${i}`, T - 100_000 + i * 10, { seq: i + 1 }))

  it('pages backwards from the oldest server id, prepending in order', async () => {
    const h = await setup({ transport: { history: log(45) } })
    expect(h.state().hasMoreHistory).toBe(true)
    let r = await h.engine.loadOlder()
    expect(r).toEqual({ ok: true, value: { hasMore: true } })
    expect(h.t.historyCalls).toEqual([{ before: undefined, limit: 20 }])
    expect(h.messages().map((m) => m.id)).toEqual(log(45).slice(25).map((m) => m.id))
    r = await h.engine.loadOlder()
    expect(h.t.historyCalls[1]).toEqual({ before: 'h25', limit: 20 })
    expect(h.messages()).toHaveLength(40)
    r = await h.engine.loadOlder()
    expect(r).toEqual({ ok: true, value: { hasMore: false } })
    expect(h.messages().map((m) => m.id)).toEqual(log(45).map((m) => m.id))
    expect(h.state().hasMoreHistory).toBe(false)
    r = await h.engine.loadOlder()
    expect(r).toEqual({ ok: true, value: { hasMore: false } })
    expect(h.t.historyCalls).toHaveLength(3)
  })

  it('uses historyPageSize and skips our pending messages when choosing `before`', async () => {
    const h = await setup({ transport: { history: log(10) }, engine: { historyPageSize: 3 } })
    h.t.receive(text('live', T))
    await h.engine.loadOlder()
    expect(h.t.historyCalls[0]).toEqual({ before: 'live', limit: 3 })
    expect(h.messages().map((m) => m.id)).toEqual(['h7', 'h8', 'h9', 'live'])
  })

  it('flags loadingHistory and shares one request between concurrent calls', async () => {
    const h = await setup({ transport: { history: log(5) } })
    h.t.holdHistory()
    const a = h.engine.loadOlder()
    const b = h.engine.loadOlder()
    expect(b).toBe(a)
    expect(h.state().loadingHistory).toBe(true)
    h.t.releaseHistory()
    await a
    expect(h.state().loadingHistory).toBe(false)
    expect(h.t.historyCalls).toHaveLength(1)
  })

  it('a failed load reports unavailable, keeps hasMore, and can be tried again', async () => {
    const h = await setup({ transport: { history: log(5) } })
    h.t.failNextHistory('timeout')
    const r = await h.engine.loadOlder()
    expect(r.ok).toBe(false)
    expect(!r.ok && r.error.code).toBe('unavailable')
    expect(h.state()).toMatchObject({ loadingHistory: false, hasMoreHistory: true })
    expect((await h.engine.loadOlder()).ok).toBe(true)
    expect(h.messages()).toHaveLength(5)
  })

  it('without loadHistory there is no more history', async () => {
    const h = await setup({ transport: { history: false } })
    expect(h.state().hasMoreHistory).toBe(false)
    expect(await h.engine.loadOlder()).toEqual({ ok: true, value: { hasMore: false } })
  })

  it('an empty page that claims more is treated as the end', async () => {
    const h = await setup()
    h.t.loadHistory = async () => ({ messages: [], hasMore: true })
    expect(await h.engine.loadOlder()).toEqual({ ok: true, value: { hasMore: false } })
    expect(h.state().hasMoreHistory).toBe(false)
  })

  it('merges pages that overlap live messages without duplicates', async () => {
    const h = await setup({ transport: { history: log(3) } })
    h.t.emit({ type: 'message', message: log(3)[2] })
    await h.engine.loadOlder()
    expect(h.messages().map((m) => m.id)).toEqual(['h0', 'h1', 'h2'])
  })

  it('history never changes live state, drops flags, and does not announce', async () => {
    const history: IncomingMessage[] = [
      { id: 'f1', time: T - 50, from: 'service', body: { type: 'custom', data: JSON.stringify(seat(true)) } },
      { id: 'end', time: T - 40, from: 'service', body: { type: 'custom', data: JSON.stringify(sessionEnd()) } },
      text('old', T - 30),
    ]
    const h = await setup({ transport: { history } })
    const seen: unknown[] = []
    h.engine.onIncoming((m) => seen.push(m))
    await h.engine.loadOlder()
    expect(h.kinds()).toEqual(['sessionEnd', 'text'])
    expect(h.state()).toMatchObject({ humanServing: false, phase: 'active' })
    expect(seen).toEqual([])
  })

  it('history confirms one of our own messages whose receipt was lost', async () => {
    const h = await setup()
    h.t.failNext(4, 'timeout')
    h.engine.sendText('lost receipt')
    await vi.runAllTimersAsync()
    expect(h.last().status).toBe('failed')
    h.t.history.push({ id: 'srv-99', time: T, from: 'customer', clientId: 'c2', body: { type: 'text', text: 'lost receipt' } })
    await h.engine.loadOlder()
    expect(h.messages()).toHaveLength(1)
    expect(h.last()).toMatchObject({ id: 'c2', status: 'sent', serverId: 'srv-99' })
    expect(h.last().error).toBeUndefined()
  })

  it('assembles a stream stored as several parts, and across a page boundary', async () => {
    const parts = [
      { id: 'p1', time: T - 30, from: 'service' as const, body: { type: 'custom' as const, data: JSON.stringify(stream(['a'])) } },
      { id: 'p2', time: T - 20, from: 'service' as const, body: { type: 'custom' as const, data: JSON.stringify(stream(['a', 'b'])) } },
      { id: 'p3', time: T - 10, from: 'service' as const, body: { type: 'custom' as const, data: JSON.stringify(stream(['a', 'b', 'c'], true)) } },
    ]
    const whole = await setup({ transport: { history: parts } })
    await whole.engine.loadOlder()
    expect(whole.kinds()).toEqual(['stream'])
    expect(whole.last()).toMatchObject({ id: 'p1', payload: { chunks: ['a', 'b', 'c'], isFinished: true } })

    const split = await setup({ transport: { history: parts }, engine: { historyPageSize: 1 } })
    await split.engine.loadOlder()
    await split.engine.loadOlder()
    await split.engine.loadOlder()
    expect(split.kinds()).toEqual(['stream'])
    expect(split.last().payload).toMatchObject({ chunks: ['a', 'b', 'c'], isFinished: true })
    expect(split.t.historyCalls.map((c) => c.before)).toEqual([undefined, 'p3', 'p2'])
  })

  it('keeps a 10,000-message history cheap: one merge, then appends with stable identities', async () => {
    const h = await setup({ transport: { history: log(10_000) }, engine: { historyPageSize: 10_000 } })
    const t0 = performance.now()
    await h.engine.loadOlder()
    const firstState = h.messages()
    for (let i = 0; i < 300; i++) h.t.receive(text(`live${i}`, T + i))
    for (let i = 0; i < 100; i++) h.t.receive(text(`late${i}`, T - 100_000 + i * 10 + 5))
    const elapsed = performance.now() - t0
    expect(h.messages()).toHaveLength(10_400)
    expect(h.messages()[0]).toBe(firstState[0])
    expect(h.messages()[1].id).toBe('late0')
    expect(elapsed).toBeLessThan(3000)
  })
})
