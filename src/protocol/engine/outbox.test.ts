import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createFakeTransport, flush } from '../../testing/fakeTransport'
import { TransportError } from '../transport'
import { backoffDelay, Outbox, resolveRetry, type OutboxItem, type SendFailure } from './outbox'

function item(clientId: string, log: string[]): OutboxItem & { failures: SendFailure[]; retrying: SendFailure[] } {
  const failures: SendFailure[] = []
  const retrying: SendFailure[] = []
  return {
    clientId,
    draft: { body: { type: 'text', text: clientId } },
    onDelivered: (r) => log.push(`${clientId}:delivered:${r.id}`),
    onRetrying: (f) => retrying.push(f),
    onFailed: (f) => {
      failures.push(f)
      log.push(`${clientId}:failed:${f.code}`)
    },
    failures,
    retrying,
  }
}

describe('retry settings', () => {
  it('defaults to 4 attempts, 1 s doubling to 15 s', () => {
    const r = resolveRetry(undefined)
    expect(r).toEqual({ attempts: 4, baseDelay: 1000, maxDelay: 15000 })
    expect([0, 1, 2, 3, 4, 5].map((n) => backoffDelay(r, n))).toEqual([1000, 2000, 4000, 8000, 15000, 15000])
  })

  it('clamps nonsense', () => {
    expect(resolveRetry({ attempts: 0, baseDelay: -5, maxDelay: -1 })).toEqual({ attempts: 1, baseDelay: 0, maxDelay: 0 })
  })
})

describe('Outbox', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  async function online() {
    const t = createFakeTransport({ status: 'online' })
    let active = true
    const box = new Outbox({ transport: t, retry: { attempts: 3, baseDelay: 100, maxDelay: 1000 }, isActive: () => active })
    return { t, box, setActive: (v: boolean) => (active = v) }
  }

  it('sends one at a time, in order', async () => {
    const { t, box } = await online()
    const log: string[] = []
    t.holdSends()
    box.enqueue(item('a', log))
    box.enqueue(item('b', log))
    expect(t.sent.map((m) => m.clientId)).toEqual(['a'])
    t.release()
    await flush()
    expect(t.sent.map((m) => m.clientId)).toEqual(['a', 'b'])
    t.release()
    await flush()
    expect(log).toEqual(['a:delivered:srv-1', 'b:delivered:srv-2'])
    expect(box.size).toBe(0)
  })

  it('backs off base·2ⁿ between attempts with the same client id, then fails and moves on', async () => {
    const { t, box } = await online()
    const log: string[] = []
    const a = item('a', log)
    t.failNext(3, 'timeout')
    box.enqueue(a)
    box.enqueue(item('b', log))
    await flush()
    expect(t.sent).toHaveLength(1)
    expect(a.retrying).toEqual([{ code: 'timeout', message: 'fake transport: timeout' }])
    await vi.advanceTimersByTimeAsync(99)
    expect(t.sent).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(t.sent).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(199)
    expect(t.sent).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(1)
    await flush()
    // third attempt failed: a is given up, b goes at once
    expect(t.sent.map((m) => m.clientId)).toEqual(['a', 'a', 'a', 'b'])
    expect(log).toEqual(['a:failed:timeout', 'b:delivered:srv-1'])
  })

  it('fails at once on a non-retryable error', async () => {
    const { t, box } = await online()
    const log: string[] = []
    t.failNext(1, 'rejected')
    box.enqueue(item('a', log))
    await flush()
    expect(log).toEqual(['a:failed:rejected'])
    expect(t.sent).toHaveLength(1)
  })

  it('an offline answer does not burn an attempt and waits for online()', async () => {
    const { t, box } = await online()
    const log: string[] = []
    t.status = 'offline'
    box.enqueue(item('a', log))
    expect(t.sent).toHaveLength(0)
    t.status = 'online'
    t.failNext(5, 'offline')
    box.online()
    await flush()
    // transport claims online but says offline: it polls with backoff, without failing the item
    // (attempts at 0, 100, 300, 700, 1500 ms): five offline answers, more than `attempts` (3)
    await vi.advanceTimersByTimeAsync(2499)
    expect(t.sent).toHaveLength(5)
    expect(log).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(t.sent).toHaveLength(6)
    expect(log).toEqual(['a:delivered:srv-1'])
    expect(t.deliveries.get('a')).toBe(1)
  })

  it('failures while the transport dropped do not count either, however many', async () => {
    const { t, box } = await online()
    const log: string[] = []
    const a = item('a', log)
    t.holdSends()
    box.enqueue(a)
    // more connection-loss timeouts than `attempts` (3): none of them may fail the message
    for (let i = 0; i < 4; i++) {
      t.status = 'offline'
      t.rejectHeld('timeout')
      await flush()
      await vi.advanceTimersByTimeAsync(60_000)
      t.status = 'online'
      box.online()
      await flush()
    }
    expect(log).toEqual([])
    expect(a.retrying).toEqual([])
    t.releaseAll()
    await flush()
    expect(log).toEqual(['a:delivered:srv-1'])
    expect(t.sent.map((m) => m.clientId)).toEqual(['a', 'a', 'a', 'a', 'a'])
  })

  it('online() cuts a running backoff short', async () => {
    const { t, box } = await online()
    const log: string[] = []
    t.failNext(1)
    box.enqueue(item('a', log))
    await flush()
    expect(t.sent).toHaveLength(1)
    box.online()
    await flush()
    expect(log).toEqual(['a:delivered:srv-1'])
  })

  it('settle() drops a waiting item and ignores the outcome of one in flight', async () => {
    const { t, box } = await online()
    const log: string[] = []
    t.holdSends()
    box.enqueue(item('a', log))
    box.enqueue(item('b', log))
    box.settle('b')
    box.settle('a')
    t.rejectHeld('rejected')
    await flush()
    expect(log).toEqual([])
    expect(box.size).toBe(0)
    expect(t.sent.map((m) => m.clientId)).toEqual(['a'])
  })

  it('enqueueFront goes before waiting items but not before the one in flight; duplicates are ignored', async () => {
    const { t, box } = await online()
    const log: string[] = []
    t.holdSends()
    box.enqueue(item('a', log))
    box.enqueue(item('b', log))
    box.enqueueFront(item('start', log))
    box.enqueue(item('b', log))
    expect(box.size).toBe(3)
    t.releaseAll()
    await flush()
    t.releaseAll()
    await flush()
    t.releaseAll()
    await flush()
    expect(t.sent.map((m) => m.clientId)).toEqual(['a', 'start', 'b'])
  })

  it('sends nothing while inactive, keeps everything, and has no timers after pause()', async () => {
    const { t, box, setActive } = await online()
    const log: string[] = []
    setActive(false)
    box.enqueue(item('a', log))
    expect(t.sent).toHaveLength(0)
    setActive(true)
    t.failNext(1)
    box.pump()
    await flush()
    box.pause()
    expect(vi.getTimerCount()).toBe(0)
    box.pump()
    await flush()
    expect(log).toEqual(['a:delivered:srv-1'])
  })

  it('treats a transport that throws, or rejects with a plain error, as a retryable failure', async () => {
    const { t, box } = await online()
    const log: string[] = []
    const send = t.send
    let calls = 0
    t.send = (m) => {
      calls++
      if (calls === 1) throw new Error('boom')
      if (calls === 2) return Promise.reject({ name: 'TransportError', code: 'rateLimited', message: 'slow down' })
      return send(m)
    }
    const a = item('a', log)
    box.enqueue(a)
    await flush()
    expect(a.retrying[0]).toEqual({ code: 'unknown', message: 'boom' })
    await vi.advanceTimersByTimeAsync(100)
    await flush()
    expect(a.retrying[1]).toEqual({ code: 'rateLimited', message: 'slow down' })
    await vi.advanceTimersByTimeAsync(200)
    await flush()
    expect(log).toEqual(['a:delivered:srv-1'])
  })

  it('respects TransportError.retryable over its code', async () => {
    const { t, box } = await online()
    const log: string[] = []
    t.send = () => Promise.reject(new TransportError('timeout', 'gave up', { retryable: false }))
    box.enqueue(item('a', log))
    await flush()
    expect(log).toEqual(['a:failed:timeout'])
  })
})
