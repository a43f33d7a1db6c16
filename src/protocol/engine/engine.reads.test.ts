// Unread service messages, read reporting while viewed, and the engine's events.
import { describe, expect, it, vi } from 'vitest'
import { flush } from '../../testing/fakeTransport'
import { TencentChatStandIn } from '../../testing/tencentStandIn'
import { createMemoryStorage } from '../storage/storage'
import { createSimulator } from '../simulator'
import { createTencentChatTransport } from '../tencent'
import { createConversation } from './engine'
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

describe('over the real transports', () => {
  it('Tencent: unread while not viewed; viewing calls setMessageRead on the service conversation, once per batch', async () => {
    const sdk = new TencentChatStandIn({ now: () => 1_700_000_000_000 })
    const transport = createTencentChatTransport({ chat: sdk })
    const engine = createConversation({ transport, storage: createMemoryStorage() })
    await engine.start()
    await flush()
    sdk.receive(sdk.text('one'), sdk.text('two'))
    expect(engine.getState().unread).toBe(2)
    expect(sdk.calls.setMessageRead).toHaveLength(0)
    engine.setViewing!(true)
    expect(engine.getState().unread).toBe(0)
    expect(sdk.calls.setMessageRead).toEqual([{ conversationID: 'C2C@customer_service_account' }])
    sdk.receive(sdk.text('three'), sdk.text('four'))
    await flush()
    expect(sdk.calls.setMessageRead).toHaveLength(2)
    await engine.stop()
  })

  it('simulator: an agent reply while not viewed is unread; viewing reports read to the simulator', async () => {
    const sim = createSimulator({ locale: 'en', mode: 'manual', latency: 0 })
    const engine = createConversation({ transport: sim, storage: createMemoryStorage() })
    await engine.start()
    await sim.idle()
    await flush()
    const before = engine.getState().unread ?? 0
    expect(sim.readReports).toBe(0)
    engine.transferToHuman('Human service')
    await sim.idle()
    expect(sim.acceptNext().ok).toBe(true)
    await sim.idle()
    await flush()
    const seated = engine.getState().unread ?? 0
    expect(seated).toBeGreaterThanOrEqual(before)
    expect(sim.agentReply('Hello from Ann').ok).toBe(true)
    await sim.idle()
    await flush()
    expect(engine.getState().unread).toBe(seated + 1)
    engine.setViewing!(true)
    expect(engine.getState().unread).toBe(0)
    expect(sim.readReports).toBe(1)
    expect(sim.lastReadAt).not.toBeNull()
    await engine.stop()
    sim.dispose()
  })
})
