// Catching up on what was missed: after a reconnect and across stop()/start(), paging back until
// the history overlaps what the list holds, bounded, with the rest behind loadMissed().
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flush } from '../../testing/fakeTransport'
import { setup } from './engine.fixtures'
import { CATCH_UP_DELAY, MAX_CATCH_UP_PAGES } from './history'

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(1_700_000_000_000)
})
afterEach(() => {
  vi.useRealTimers()
})

/** stores `n` service texts in the backend's history without pushing them */
function miss(h: Awaited<ReturnType<typeof setup>>, n: number, prefix = 'missed'): string[] {
  const texts: string[] = []
  for (let i = 0; i < n; i++) {
    const text = `${prefix} ${i}`
    texts.push(text)
    h.t.history.push({ id: `${prefix}-${i}`, time: Date.now() + 10 + i, seq: 1000 + h.t.history.length, from: 'service', body: { type: 'text', text } })
  }
  return texts
}

async function settleCatchUp(): Promise<void> {
  await vi.advanceTimersByTimeAsync(CATCH_UP_DELAY)
  await flush()
}

describe('catch-up', () => {
  it('pages back after a reconnect until it overlaps: 25 missed messages all appear, in order', async () => {
    const h = await setup()
    h.t.receiveText('before the drop')
    h.t.setStatus('offline')
    const missed = miss(h, 25)
    h.t.setStatus('online')
    await settleCatchUp()
    expect(h.texts()).toEqual(['before the drop', ...missed])
    expect(h.state().missedHistory).toBeNull()
    expect(h.t.historyCalls).toHaveLength(2)
  })

  it('is not fooled by live messages that arrive after the reconnect: it pages back to what it held before', async () => {
    const h = await setup()
    h.t.receiveText('before the drop')
    h.t.setStatus('offline')
    const missed = miss(h, 45)
    h.t.setStatus('online')
    vi.setSystemTime(Date.now() + 100)
    h.t.receiveText('live after the reconnect')
    await settleCatchUp()
    expect(h.texts()).toEqual(['before the drop', ...missed, 'live after the reconnect'])
  })

  it('fetches what arrived between stop() and start()', async () => {
    const h = await setup()
    h.t.receiveText('first opening')
    await h.engine.stop()
    const missed = miss(h, 3)
    await h.engine.start()
    await settleCatchUp()
    expect(h.texts()).toEqual(['first opening', ...missed])
  })

  it('stops at its bound, says so in the state, and loadMissed() brings the rest', async () => {
    const h = await setup()
    const last = h.t.receiveText('before the drop')
    h.t.setStatus('offline')
    const missed = miss(h, 20 * MAX_CATCH_UP_PAGES + 30)
    h.t.setStatus('online')
    await settleCatchUp()
    expect(h.t.historyCalls).toHaveLength(MAX_CATCH_UP_PAGES)
    expect(h.texts()).toEqual(['before the drop', ...missed.slice(30)])
    expect(h.state().missedHistory).toEqual({ after: last.id })
    const r = await h.engine.loadMissed!()
    expect(r).toEqual({ ok: true, value: { complete: true } })
    expect(h.texts()).toEqual(['before the drop', ...missed])
    expect(h.state().missedHistory).toBeNull()
  })
})
