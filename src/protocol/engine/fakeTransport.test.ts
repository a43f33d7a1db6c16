// Tests for src/testing/fakeTransport.ts (kept here, beside its main user, because src/testing
// holds helpers only). Other helpers' component tests rely on this behaviour.
import { describe, expect, it } from 'vitest'
import { createFakeTransport, flush } from '../../testing/fakeTransport'
import { isTransportError } from '../transport'
import type { TransportEvent } from '../transport'

const text = (clientId: string, t = clientId) => ({ clientId, body: { type: 'text' as const, text: t } })

describe('createFakeTransport', () => {
  it('connects to online and disconnects to idle, emitting status events and counting calls', async () => {
    const t = createFakeTransport()
    const events: TransportEvent[] = []
    const off = t.subscribe((e) => events.push(e))
    expect(t.status).toBe('idle')
    await t.connect()
    expect(t.status).toBe('online')
    await t.disconnect()
    expect(events).toEqual([
      { type: 'status', status: 'connecting' },
      { type: 'status', status: 'online' },
      { type: 'status', status: 'idle' },
    ])
    expect([t.connectCalls, t.disconnectCalls, t.listenerCount]).toEqual([1, 1, 1])
    off()
    expect(t.listenerCount).toBe(0)
    await expect(createFakeTransport({ connectError: new Error('no') }).connect()).rejects.toThrow('no')
    const half = createFakeTransport({ connectTo: 'offline' })
    await half.connect()
    expect(half.status).toBe('offline')
  })

  it('rejects sends with offline unless online, and records every attempt', async () => {
    const t = createFakeTransport()
    const err = await t.send(text('a')).catch((e: unknown) => e)
    expect(isTransportError(err) && err.code).toBe('offline')
    expect(t.sent).toHaveLength(1)
    expect(t.delivered).toHaveLength(0)
  })

  it('delivers with increasing ids and seqs, counts deliveries per clientId and stores non-flags in history', async () => {
    let now = 1000
    const t = createFakeTransport({ status: 'online', now: () => now++ })
    const r1 = await t.send(text('a'))
    const r2 = await t.send({ clientId: 'f', body: { type: 'custom', data: '{"src":"7"}' }, options: { onlineUserOnly: true } })
    const r3 = await t.send(text('a', 'again'))
    expect([r1, r2, r3]).toEqual([
      { id: 'srv-1', time: 1000, seq: 1 },
      { id: 'srv-2', time: 1001, seq: 2 },
      { id: 'srv-3', time: 1002, seq: 3 },
    ])
    expect(t.deliveries.get('a')).toBe(2)
    expect(t.deliveredTexts()).toEqual(['a', 'again'])
    expect(t.deliveredCustom()).toEqual([{ src: '7' }])
    expect(t.history.map((m) => [m.id, m.from, m.clientId])).toEqual([
      ['srv-1', 'customer', 'a'],
      ['srv-3', 'customer', 'a'],
    ])
  })

  it('failNext / failAll / holdSends control outcomes', async () => {
    const t = createFakeTransport({ status: 'online' })
    t.failNext(2, 'rejected')
    const codes = await Promise.all([t.send(text('a')), t.send(text('b')), t.send(text('c'))].map((p) => p.then(() => 'ok', (e: { code: string; retryable: boolean }) => `${e.code}:${e.retryable}`)))
    expect(codes).toEqual(['rejected:false', 'rejected:false', 'ok'])
    t.failAll('timeout')
    await expect(t.send(text('d'))).rejects.toMatchObject({ code: 'timeout', retryable: true })
    t.failAll(null)
    t.holdSends()
    let settled = 0
    const p1 = t.send(text('e')).then(() => settled++)
    const p2 = t.send(text('f')).catch(() => settled++)
    await flush()
    expect(settled).toBe(0)
    expect(t.held.map((m) => m.clientId)).toEqual(['e', 'f'])
    t.release()
    t.rejectHeld('rateLimited')
    await Promise.all([p1, p2])
    expect(settled).toBe(2)
    expect(t.held).toHaveLength(0)
    expect(t.deliveries.get('f')).toBeUndefined()
  })

  it('receive fills server-like defaults; receiveCustom stringifies; modify / revoke / setStatus emit', () => {
    let now = 5
    const t = createFakeTransport({ now: () => now })
    const events: TransportEvent[] = []
    t.subscribe((e) => events.push(e))
    const a = t.receiveText('hi')
    now = 6
    const b = t.receiveCustom({ customerServicePlugin: 0, src: '12' }, { senderName: 'Amy' })
    const c = t.receive({ id: 'own', time: 1, from: 'customer', body: { type: 'text', text: 'x' } })
    const d = t.receive({ seq: undefined, body: { type: 'text', text: 'no seq' } })
    expect(a).toEqual({ id: 'srv-1', time: 5, seq: 1, from: 'service', body: { type: 'text', text: 'hi' } })
    expect(b).toMatchObject({ id: 'srv-2', time: 6, seq: 2, senderName: 'Amy', body: { type: 'custom', data: '{"customerServicePlugin":0,"src":"12"}' } })
    expect(c).toMatchObject({ id: 'own', time: 1, seq: 3, from: 'customer' })
    expect(d.seq).toBeUndefined()
    t.modify({ ...a, body: { type: 'text', text: 'edited' } })
    t.revoke('srv-1')
    t.setStatus('offline')
    expect(events.slice(4)).toEqual([
      { type: 'modified', message: { ...a, body: { type: 'text', text: 'edited' } } },
      { type: 'revoked', id: 'srv-1' },
      { type: 'status', status: 'offline' },
    ])
    expect(t.history[0].body).toEqual({ type: 'text', text: 'edited' })
  })

  it('pages history backwards by `before` and `limit`, and can fail or hold a page', async () => {
    const history = Array.from({ length: 5 }, (_, i) => ({ id: `h${i}`, time: i, from: 'service' as const, body: { type: 'text' as const, text: `${i}` } }))
    const t = createFakeTransport({ history })
    const load = t.loadHistory!
    expect(await load({ limit: 2 })).toEqual({ messages: history.slice(3), hasMore: true })
    expect(await load({ before: 'h3', limit: 2 })).toEqual({ messages: history.slice(1, 3), hasMore: true })
    expect(await load({ before: 'h1', limit: 2 })).toEqual({ messages: history.slice(0, 1), hasMore: false })
    expect(t.historyCalls).toHaveLength(3)
    t.failNextHistory('timeout')
    await expect(load({ limit: 2 })).rejects.toMatchObject({ code: 'timeout' })
    t.holdHistory()
    let done = false
    const held = load({ limit: 1 }).then(() => (done = true))
    await flush()
    expect(done).toBe(false)
    t.releaseHistory()
    await held
    expect(done).toBe(true)
    // ids continue after the seeded history without colliding
    expect(t.receiveText('x').id).toBe('srv-1')
    expect(createFakeTransport({ history: false }).loadHistory).toBeUndefined()
  })

  it('echo delivers a sent message back with its clientId', async () => {
    const t = createFakeTransport({ status: 'online', echo: true })
    const events: TransportEvent[] = []
    t.subscribe((e) => events.push(e))
    await t.send(text('a'))
    await flush()
    expect(events).toEqual([{ type: 'message', message: expect.objectContaining({ id: 'srv-1', clientId: 'a', from: 'customer' }) }])
  })
})
