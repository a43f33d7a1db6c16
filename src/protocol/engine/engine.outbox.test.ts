// Delivery through the outbox as the customer sees it, and the start/stop lifecycle.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createFakeTransport, flush } from '../../testing/fakeTransport'
import { TransportError } from '../transport'
import { createConversation } from './engine'
import { branch, deliveredSrcs, rating, setup, typingFlag } from './engine.fixtures'
import type { ChatMessage, DeliveryStatus } from './types'

const T = 1_700_000_000_000

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(T)
})
afterEach(() => {
  vi.useRealTimers()
})

/** every status each message id went through, across all published states */
function statusLog(h: { engine: { subscribe(l: (s: { messages: readonly ChatMessage[] }) => void): () => void } }) {
  const log = new Map<string, DeliveryStatus[]>()
  h.engine.subscribe((s) => {
    for (const m of s.messages) {
      const seen = log.get(m.id) ?? []
      if (seen[seen.length - 1] !== m.status) seen.push(m.status)
      log.set(m.id, seen)
    }
  })
  return log
}

describe('retries', () => {
  it('backs off 1 s, 2 s, 4 s under the same clientId, then fails with the error; retry() delivers it once', async () => {
    const h = await setup()
    h.t.failNext(4, 'timeout')
    h.engine.sendText('hello')
    await flush()
    expect(h.t.sent.slice(1).map((m) => m.clientId)).toEqual(['c2'])
    // retrying: still sending, with the reason
    expect(h.last()).toMatchObject({ status: 'sending', error: { code: 'timeout' } })
    await vi.advanceTimersByTimeAsync(999)
    expect(h.t.sent).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(1)
    expect(h.t.sent).toHaveLength(3)
    await vi.advanceTimersByTimeAsync(1999)
    expect(h.t.sent).toHaveLength(3)
    await vi.advanceTimersByTimeAsync(1)
    expect(h.t.sent).toHaveLength(4)
    await vi.advanceTimersByTimeAsync(3999)
    expect(h.last().status).toBe('sending')
    await vi.advanceTimersByTimeAsync(1)
    expect(h.t.sent).toHaveLength(5)
    expect(h.last()).toMatchObject({ id: 'c2', status: 'failed', error: { code: 'timeout', message: 'fake transport: timeout' } })
    expect(new Set(h.t.sent.slice(1).map((m) => m.clientId))).toEqual(new Set(['c2']))
    expect(vi.getTimerCount()).toBe(0)

    const r = h.engine.retry('c2')
    expect(r.ok && r.value).toMatchObject({ id: 'c2', status: 'sending' })
    expect(r.ok && r.value.error).toBeUndefined()
    await flush()
    expect(h.last()).toMatchObject({ id: 'c2', clientId: 'c2', status: 'sent' })
    expect(h.t.sent.at(-1)?.clientId).toBe('c2')
    expect(h.t.deliveries.get('c2')).toBe(1)
    expect(h.messages()).toHaveLength(1)
  })

  it('honours the retry options', async () => {
    const h = await setup({ engine: { retry: { attempts: 2, baseDelay: 50, maxDelay: 50 } } })
    h.t.failAll('timeout')
    h.engine.sendText('x')
    await vi.advanceTimersByTimeAsync(49)
    expect(h.last().status).toBe('sending')
    await vi.advanceTimersByTimeAsync(1)
    expect(h.last().status).toBe('failed')
    expect(h.t.sent).toHaveLength(3)
  })

  it('a non-retryable error fails at once', async () => {
    const h = await setup()
    h.t.failNext(1, 'rejected')
    h.engine.sendText('bad words')
    await flush()
    expect(h.last()).toMatchObject({ status: 'failed', error: { code: 'rejected' } })
    expect(h.t.sent).toHaveLength(2)
  })

  it('a failed message does not block the ones after it, which keep their order', async () => {
    const h = await setup()
    h.t.failNext(4, 'timeout')
    h.engine.sendText('one')
    h.engine.sendText('two')
    h.engine.sendText('three')
    await vi.runAllTimersAsync()
    expect(h.messages().map((m) => [m.payload.kind === 'text' && m.payload.text, m.status])).toEqual([
      ['one', 'failed'],
      ['two', 'sent'],
      ['three', 'sent'],
    ])
    expect(h.t.deliveredTexts()).toEqual(['two', 'three'])
    // retried, it goes to the end, where the customer now expects it
    h.engine.retry('c2')
    expect(h.texts()).toEqual(['two', 'three', 'one'])
    await flush()
    expect(h.t.deliveredTexts()).toEqual(['two', 'three', 'one'])
    expect(h.texts()).toEqual(['two', 'three', 'one'])
  })

  it('an echo that proves delivery during a backoff stops further attempts', async () => {
    const h = await setup()
    h.t.failNext(1, 'timeout')
    h.engine.sendText('maybe')
    await flush()
    h.t.receive({ from: 'customer', clientId: 'c2', body: { type: 'text', text: 'maybe' } })
    expect(h.last()).toMatchObject({ status: 'sent' })
    expect(h.last().error).toBeUndefined()
    await vi.runAllTimersAsync()
    expect(h.t.sent).toHaveLength(2)
    expect(h.messages()).toHaveLength(1)
  })

  it('a failed branch answer unlocks the menu; retrying it locks it again', async () => {
    const h = await setup()
    h.t.receiveCustom(branch(['A', 'B']))
    const menu = h.messages()[0].id
    h.t.failNext(1, 'rejected')
    h.engine.chooseBranchItem(menu, 'A')
    await flush()
    expect(h.messages()[0].payload).not.toHaveProperty('selected')
    expect(h.messages()[0].pendingChoice).toBeUndefined()
    expect(h.last()).toMatchObject({ status: 'failed', payload: { text: 'A' } })
    h.t.holdSends()
    h.engine.retry(h.last().id)
    expect(h.messages()[0]).toMatchObject({ payload: { selected: { content: 'A' } }, pendingChoice: true })
    h.t.release()
    await flush()
    expect(h.messages()[0]).toMatchObject({ payload: { selected: { content: 'A' } } })
    expect(h.messages()[0].pendingChoice).toBeUndefined()
  })

  it('a failed answer proven delivered by a late echo marks the menu chosen after all', async () => {
    const h = await setup()
    h.t.receiveCustom(branch(['A', 'B']))
    h.t.failNext(1, 'rejected')
    h.engine.chooseBranchItem(h.messages()[0].id, 'B')
    await flush()
    expect(h.messages()[0].payload).not.toHaveProperty('selected')
    h.t.receive({ from: 'customer', clientId: h.last().id, body: { type: 'text', text: 'B' } })
    expect(h.last().status).toBe('sent')
    expect(h.messages()[0].payload).toMatchObject({ selected: { content: 'B' } })
    expectNoPending(h.messages()[0])
  })
})

function expectNoPending(m: ChatMessage): void {
  expect(m.pendingChoice).toBeUndefined()
}

describe('offline', () => {
  it('three texts typed offline show sending throughout and go out in order, once each, on reconnect', async () => {
    const h = await setup()
    const log = statusLog(h)
    h.t.setStatus('offline')
    for (const s of ['一', '二', '三']) h.engine.sendText(s)
    expect(h.state().connection).toBe('offline')
    await vi.advanceTimersByTimeAsync(120_000)
    expect(h.t.sent).toHaveLength(1) // only the start flag, from before
    expect(h.messages().map((m) => m.status)).toEqual(['sending', 'sending', 'sending'])
    h.t.setStatus('connecting')
    await flush()
    expect(h.t.sent).toHaveLength(1)
    h.t.setStatus('online')
    await flush()
    expect(h.t.deliveredTexts()).toEqual(['一', '二', '三'])
    for (const id of ['c2', 'c3', 'c4']) {
      expect(h.t.deliveries.get(id)).toBe(1)
      expect(log.get(id)).toEqual(['sending', 'sent'])
    }
  })

  it('an offline answer from the transport does not burn attempts', async () => {
    const h = await setup()
    h.t.holdSends()
    h.engine.sendText('x')
    h.t.status = 'offline'
    h.t.rejectHeld('offline')
    h.t.holdSends(false)
    await vi.advanceTimersByTimeAsync(600_000)
    expect(h.last().status).toBe('sending')
    expect(h.last().error).toBeUndefined()
    h.t.setStatus('online')
    await flush()
    expect(h.last().status).toBe('sent')
  })

  it('a kicked session keeps messages until it is back online', async () => {
    const h = await setup()
    h.t.setStatus('kicked')
    h.engine.sendText('x')
    await vi.advanceTimersByTimeAsync(60_000)
    expect(h.state().connection).toBe('kicked')
    expect(h.last().status).toBe('sending')
    h.t.setStatus('online')
    await flush()
    expect(h.last().status).toBe('sent')
  })
})

describe('rating submission failure', () => {
  it('reverts the card so it can be used again, and shows why', async () => {
    const h = await setup()
    h.t.receiveCustom(rating())
    const id = h.messages()[0].id
    h.t.failNext(4, 'timeout')
    h.engine.submitRating(id, '105')
    expect(h.messages()[0]).toMatchObject({ pendingChoice: true, payload: { selected: { id: '105' } } })
    await vi.runAllTimersAsync()
    const card = h.messages()[0]
    expect(card.payload).not.toHaveProperty('selected')
    expect(card.pendingChoice).toBeUndefined()
    expect(card.error).toEqual({ code: 'timeout', message: 'fake transport: timeout' })
    expect(h.messages()).toHaveLength(1)
    const again = h.engine.submitRating(id, '104')
    expect(again.ok && again.value?.error).toBeUndefined()
    await flush()
    expect(h.messages()[0].payload).toMatchObject({ selected: { id: '104' } })
    expect(deliveredSrcs(h.t)).toEqual(['7', '10'])
  })

  it('does not revert once the backend has confirmed the rating', async () => {
    const h = await setup()
    const wire = h.t.receiveCustom(rating())
    h.t.holdSends()
    h.engine.submitRating(wire.id, '105')
    h.t.modify({ ...wire, body: { type: 'custom', data: JSON.stringify(rating({ selected: '105' })) } })
    h.t.rejectHeld('rejected')
    await flush()
    expect(h.messages()[0].payload).toMatchObject({ selected: { id: '105' } })
    expect(h.messages()[0].error).toBeUndefined()
  })
})

describe('start / stop', () => {
  it('connects an idle transport, subscribes once and sends 7 once per opening', async () => {
    const h = await setup({ start: false })
    expect(h.state().phase).toBe('idle')
    const a = h.engine.start()
    const b = h.engine.start()
    expect(b).toBe(a)
    expect(await a).toEqual({ ok: true, value: undefined })
    expect(await h.engine.start()).toEqual({ ok: true, value: undefined })
    await flush()
    expect(h.t.connectCalls).toBe(1)
    expect(h.t.listenerCount).toBe(1)
    expect(deliveredSrcs(h.t)).toEqual(['7'])
    expect(h.t.delivered[0].options).toEqual({ onlineUserOnly: true })
    expect(h.state()).toMatchObject({ phase: 'active', connection: 'online' })
  })

  it('stop() unsubscribes, clears timers and disconnects; start() again sends 7 again', async () => {
    const h = await setup()
    h.t.receiveCustom(typingFlag())
    h.t.failNext(1, 'timeout')
    h.engine.sendText('pending')
    await flush()
    expect(vi.getTimerCount()).toBe(2) // typing + backoff
    await h.engine.stop()
    expect(vi.getTimerCount()).toBe(0)
    expect(h.t.listenerCount).toBe(0)
    expect(h.t.disconnectCalls).toBe(1)
    expect(h.state()).toMatchObject({ phase: 'idle', connection: 'idle', typing: false })
    expect(h.engine.sendText('while stopped').ok).toBe(false)
    h.t.receiveText('not heard')
    expect(h.texts()).toEqual(['pending'])
    expect(h.last().status).toBe('sending')

    await h.engine.start()
    await flush()
    expect(h.t.connectCalls).toBe(2)
    // the new opening's 7 goes first, then what was still queued
    expect(h.t.delivered.map((m) => (m.body.type === 'text' ? m.body.text : m.body.type === 'custom' ? JSON.parse(m.body.data).src : m.body.type))).toEqual(['7', '7', 'pending'])
    expect(h.last().status).toBe('sent')
    expect(h.t.deliveries.get('c2')).toBe(1)
  })

  it('7 goes before text typed while connecting', async () => {
    const h = await setup({ start: false })
    const started = h.engine.start()
    h.engine.sendText('quick')
    await started
    await flush()
    expect(deliveredSrcs(h.t)).toEqual(['7'])
    expect(h.t.delivered.map((m) => m.body.type)).toEqual(['custom', 'text'])
  })

  it('does not connect a transport that is already online or reconnecting', async () => {
    const online = await setup({ transport: { status: 'online' } })
    expect(online.t.connectCalls).toBe(0)
    expect(deliveredSrcs(online.t)).toEqual(['7'])
    const offline = await setup({ transport: { status: 'offline' } })
    expect(offline.t.connectCalls).toBe(0)
    expect(offline.t.sent).toHaveLength(0)
    offline.t.setStatus('online')
    await flush()
    expect(deliveredSrcs(offline.t)).toEqual(['7'])
  })

  it('a failed connect reports unavailable and leaves the engine stopped; start() can be tried again', async () => {
    const t = createFakeTransport({ connectError: new TransportError('timeout', 'network down') })
    const engine = createConversation({ transport: t })
    const r = await engine.start()
    expect(r).toEqual({ ok: false, error: { code: 'unavailable', message: 'Could not connect: network down' } })
    expect(t.listenerCount).toBe(0)
    expect(engine.getState().phase).toBe('idle')
    expect(engine.sendText('x').ok).toBe(false)
    t.status = 'online'
    expect((await engine.start()).ok).toBe(true)
    await flush()
    expect(t.delivered).toHaveLength(1)
  })

  it('re-sends 7 on the next reconnect if it finally failed', async () => {
    const t = createFakeTransport()
    t.failNext(1, 'rejected')
    const engine = createConversation({ transport: t })
    await engine.start()
    await flush()
    expect(t.delivered).toHaveLength(0)
    t.setStatus('offline')
    t.setStatus('online')
    await flush()
    expect(t.deliveredCustom().map((d) => d.src)).toEqual(['7'])
    t.setStatus('offline')
    t.setStatus('online')
    await flush()
    expect(t.delivered).toHaveLength(1)
  })

  it('an undelivered 7 from a stopped opening is not sent as well as the new one', async () => {
    const h = await setup({ transport: { status: 'offline' } })
    await h.engine.stop()
    h.t.status = 'online'
    await h.engine.start()
    await flush()
    expect(deliveredSrcs(h.t)).toEqual(['7'])
  })

  it('a start() right after stop() waits for the disconnect to finish', async () => {
    const h = await setup()
    const stopped = h.engine.stop()
    const started = h.engine.start()
    await stopped
    expect((await started).ok).toBe(true)
    await flush()
    expect(h.t.listenerCount).toBe(1)
    expect(h.t.connectCalls).toBe(2)
    expect(deliveredSrcs(h.t)).toEqual(['7', '7'])
    expect(h.state().connection).toBe('online')
  })

  it('stop() before start() and twice is harmless', async () => {
    const h = await setup({ start: false })
    await h.engine.stop()
    expect(h.t.disconnectCalls).toBe(0)
    await h.engine.start()
    await h.engine.stop()
    await h.engine.stop()
    expect(h.t.disconnectCalls).toBe(1)
  })
})
