// Times from the server: sanitized at the boundary, and the server's clock for rating expiry.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flush } from '../../testing/fakeTransport'
import { cs, rating, setup } from './engine.fixtures'

const T = 1_700_000_000_000
const MIN = 60_000

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(T)
})
afterEach(() => {
  vi.useRealTimers()
})

describe('message times', () => {
  it('replaces a time no Date can hold (1.7e18) by the receipt time, and keeps drawing later messages in order', async () => {
    const h = await setup()
    h.t.receiveText('first')
    h.t.receiveText('bad', { time: 1.7e18 })
    h.t.receiveText('negative', { time: -5 })
    vi.setSystemTime(T + 1000)
    h.t.receiveText('later')
    expect(h.texts()).toEqual(['first', 'bad', 'negative', 'later'])
    for (const m of h.messages()) expect(() => new Date(m.time).toISOString()).not.toThrow()
    expect(h.messages()[1].time).toBe(T)
  })

  it('ignores a receipt time no Date can hold', async () => {
    const h = await setup({ transport: { now: () => 1.7e18 } })
    h.engine.sendText('hi')
    await flush()
    expect(h.messages()[0]).toMatchObject({ status: 'sent', time: T })
  })
})

describe('rating expiry on the server clock', () => {
  it('accepts a valid card when the client clock is 15 minutes fast', async () => {
    const h = await setup({ engine: { now: () => Date.now() + 15 * MIN } })
    h.t.receiveText('hello') // stamped by the server: the engine learns its clock
    h.t.receiveCustom(rating({ expireTime: (Date.now() + 5 * MIN) / 1000 }))
    expect(h.engine.submitRating(h.last().id, '105').ok).toBe(true)
    expect(Math.abs((h.engine.serverNow?.() ?? 0) - Date.now())).toBeLessThan(1000)
  })

  it('refuses an expired card when the client clock is 30 minutes slow (a receipt teaches the offset)', async () => {
    const h = await setup({ engine: { now: () => Date.now() - 30 * MIN } })
    h.engine.sendText('hi')
    await flush()
    h.t.history.push({ id: 'card', time: Date.now() - 20 * MIN, from: 'service', body: { type: 'custom', data: JSON.stringify(rating({ expireTime: (Date.now() - 10 * MIN) / 1000 })) } })
    h.t.emit({ type: 'message', message: h.t.history[h.t.history.length - 1] })
    const r = h.engine.submitRating('card', '105')
    expect(r.ok ? 'ok' : r.error.code).toBe('expired')
  })

  it('without expireTime, a card is valid effectiveHour hours from when it was sent; with neither, it does not expire', async () => {
    const h = await setup()
    const card = (rest: Record<string, unknown>) => cs(9, { menuContent: { head: 'h', tail: 't', type: 1, sessionId: 's', menu: [{ id: '105', content: 'ok' }], ...rest } })
    h.t.receiveCustom(card({ effectiveHour: 1 }), { time: T - 2 * 60 * MIN, id: 'old' })
    h.t.receiveCustom(card({ effectiveHour: 1, expireTime: 'soon' }), { time: T - 2 * 60 * MIN, id: 'bad-expire' })
    h.t.receiveCustom(card({}), { time: T - 48 * 60 * MIN, id: 'forever' })
    const code = (id: string) => {
      const r = h.engine.submitRating(id, '105')
      return r.ok ? 'ok' : r.error.code
    }
    expect(code('old')).toBe('expired')
    expect(code('bad-expire')).toBe('expired')
    expect(code('forever')).toBe('ok')
  })
})
