// Unread service messages, read reporting while viewed, and the engine's events.
import { describe, expect, it, vi } from 'vitest'
import { flush } from '../../testing/fakeTransport'
import { cs, seat, setup, stream, typingFlag } from './engine.fixtures'

describe('unread', () => {
  it('counts new live service messages while nobody views the chat, not flags, own messages or history', async () => {
    const h = await setup({
      transport: { history: [{ id: 'old', from: 'service', time: 1, body: { type: 'text', text: 'from before' } }] },
    })
    await h.engine.loadOlder()
    expect(h.texts()).toContain('from before')
    expect(h.state().unread).toBe(0)
    const first = h.t.receiveText('Hello from the agent')
    h.t.receiveCustom(typingFlag())
    h.t.receiveCustom(seat(true))
    h.engine.sendText('mine')
    await flush()
    expect(h.state().unread).toBe(1)
    const second = h.t.receiveText('Are you there?')
    expect(h.state().unread).toBe(2)
    expect(h.state().newestUnreadId).toBe(h.messages().find((m) => m.serverId === second.id)?.id)
    expect(first.id).not.toBe(second.id)
  })

  it("counts a stream once, however many chunks follow", async () => {
    const h = await setup()
    h.t.receiveCustom(stream(['Hel']))
    h.t.receiveCustom(stream(['Hel', 'lo']))
    h.t.receiveCustom(stream(['Hel', 'lo', '!'], true))
    expect(h.state().unread).toBe(1)
  })

  it('is 0 and reported read once when a view starts viewing; messages while viewing are read at once, one markRead per batch', async () => {
    const h = await setup()
    h.t.receiveText('one')
    h.t.receiveText('two')
    expect(h.state().unread).toBe(2)
    expect(h.t.markReadCalls).toBe(0)
    h.engine.setViewing!(true)
    expect(h.state()).toMatchObject({ unread: 0, newestUnreadId: null })
    expect(h.t.markReadCalls).toBe(1)
    h.t.receiveText('three')
    h.t.receiveText('four')
    h.t.receiveText('five')
    expect(h.state().unread).toBe(0)
    expect(h.t.markReadCalls).toBe(1)
    await flush()
    expect(h.t.markReadCalls).toBe(2)
    h.engine.setViewing!(true)
    expect(h.t.markReadCalls).toBe(2)
    h.engine.setViewing!(false)
    h.t.receiveText('six')
    await flush()
    expect(h.state().unread).toBe(1)
    expect(h.t.markReadCalls).toBe(2)
  })

  it('reports read when the conversation comes online while viewed, and never before start', async () => {
    const h = await setup({ start: false, transport: { connectTo: 'offline' } })
    h.engine.setViewing!(true)
    expect(h.t.markReadCalls).toBe(0)
    await h.engine.start()
    await flush()
    const before = h.t.markReadCalls
    h.t.setStatus('online')
    expect(h.t.markReadCalls).toBe(before + 1)
  })

  it('markRead() clears the count and reports it', async () => {
    const h = await setup()
    h.t.receiveText('one')
    h.engine.markRead()
    expect(h.state().unread).toBe(0)
    expect(h.t.markReadCalls).toBe(1)
  })

  it('publishes a new state with the count to subscribers', async () => {
    const h = await setup()
    const seen: number[] = []
    h.engine.subscribe((s) => seen.push(s.unread ?? -1))
    h.t.receiveText('one')
    expect(seen[seen.length - 1]).toBe(1)
    h.engine.setViewing!(true)
    expect(seen[seen.length - 1]).toBe(0)
  })
})

describe('events', () => {
  it('delivers message and unread events, and stops after unsubscribe', async () => {
    const h = await setup()
    const messages = vi.fn()
    const unread = vi.fn()
    const offMessage = h.engine.on!('message', messages)
    h.engine.on!('unread', unread)
    h.t.receiveText('hello')
    expect(messages).toHaveBeenCalledTimes(1)
    expect(messages.mock.calls[0]![0].payload).toMatchObject({ kind: 'text', text: 'hello' })
    expect(unread).toHaveBeenLastCalledWith({ count: 1, messageId: h.last().id })
    // the count is already in the state the listener can read
    const counts: (number | undefined)[] = []
    const offCheck = h.engine.on!('unread', () => counts.push(h.engine.getState().unread))
    offMessage()
    h.t.receiveText('again')
    offCheck()
    expect(counts).toEqual([2])
    expect(messages).toHaveBeenCalledTimes(1)
    h.engine.setViewing!(true)
    expect(unread).toHaveBeenLastCalledWith({ count: 0, messageId: null })
    h.t.receiveCustom(cs(12))
    expect(unread).toHaveBeenCalledTimes(3)
  })

  it('ignores unknown events and keeps going when a listener throws', async () => {
    const h = await setup()
    expect(() => (h.engine.on as (e: string, f: () => void) => () => void)('nope', () => undefined)()).not.toThrow()
    const errors: unknown[] = []
    const spy = vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((fn) => {
      try {
        fn()
      } catch (e) {
        errors.push(e)
      }
    })
    const after = vi.fn()
    h.engine.on!('unread', () => {
      throw new Error('host bug')
    })
    h.engine.on!('unread', after)
    h.t.receiveText('x')
    spy.mockRestore()
    expect(after).toHaveBeenCalledTimes(1)
    expect(errors).toHaveLength(1)
    expect(h.state().unread).toBe(1)
  })
})
