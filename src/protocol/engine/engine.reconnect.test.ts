// Read reporting, and recovering what the backend pushed while the customer was offline.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flush } from '../../testing/fakeTransport'
import { setup } from './engine.fixtures'

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(1_700_000_000_000)
})
afterEach(() => {
  vi.useRealTimers()
})

describe('given a started conversation', () => {
  it('should report read through the transport, and not before start', async () => {
    const h = await setup({ start: false })
    h.engine.markRead()
    expect(h.t.markReadCalls).toBe(0)
    await h.engine.start()
    h.engine.markRead()
    expect(h.t.markReadCalls).toBe(1)
  })

  it('should fetch the newest history after a reconnect and show what it missed, once', async () => {
    const h = await setup()
    h.t.receiveText('before the drop')
    h.t.setStatus('offline')
    // the backend stored a reply while we were away, but pushes nothing on reconnect
    h.t.history.push({ id: 'missed-1', time: Date.now() + 10, from: 'service', body: { type: 'text', text: 'sent while offline' } })
    h.t.setStatus('online')
    await flush()
    expect(h.texts()).toEqual(['before the drop'])
    await vi.advanceTimersByTimeAsync(1000)
    await flush()
    expect(h.t.historyCalls.at(-1)).toEqual({ limit: 20 })
    expect(h.texts()).toEqual(['before the drop', 'sent while offline'])
    // a replayed live copy does not duplicate it
    h.t.emit({ type: 'message', message: { id: 'missed-1', time: Date.now() + 10, from: 'service', body: { type: 'text', text: 'sent while offline' } } })
    expect(h.texts()).toEqual(['before the drop', 'sent while offline'])
  })

  it('should not catch up on the first connection, nor after stop', async () => {
    const h = await setup()
    await vi.advanceTimersByTimeAsync(2000)
    expect(h.t.historyCalls).toEqual([])
    h.t.setStatus('offline')
    h.t.setStatus('online')
    await h.engine.stop()
    await vi.advanceTimersByTimeAsync(2000)
    expect(h.t.historyCalls).toEqual([])
  })
})
