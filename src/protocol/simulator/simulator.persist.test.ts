// The simulator's session in a KefuStorage: a reload continues the conversation, and a message
// resent after the reload (same client id) is not taken twice.
import { createConversation } from '../engine'
import { createMemoryStorage, createNoLocks } from '../storage/storage'
import { createSimulator } from './simulator'

const wait = (ms = 0): Promise<void> => new Promise((r) => setTimeout(r, ms))

describe('a persisted simulator session', () => {
  it('continues after a reload and dedupes a resend by client id', async () => {
    const storage = createMemoryStorage()
    let n = 0
    const sim = createSimulator({ latency: 0, storage })
    const engine = createConversation({ transport: sim, storage, locks: createNoLocks(), createId: () => `client-${++n}` })
    await engine.start()
    const typed = engine.sendText('remember me')
    const clientId = typed.ok ? (typed.value.clientId as string) : ''
    for (let i = 0; i < 4; i++) {
      await wait()
      await sim.idle()
    }
    const sent = engine.getState().messages.find((m) => m.clientId === clientId)
    expect(sent?.status).toBe('sent')
    await wait()
    sim.dispose()

    const again = createSimulator({ latency: 0, storage })
    await again.connect()
    const page = await again.loadHistory!({ limit: 50 })
    const mine = page.messages.filter((m) => m.clientId === clientId)
    expect(mine).toHaveLength(1)
    expect(mine[0].body).toEqual({ type: 'text', text: 'remember me' })
    // the same message sent again after the reload: the old receipt, no second copy
    const receipt = await again.send({ clientId, body: { type: 'text', text: 'remember me' } })
    expect(receipt.id).toBe(sent?.serverId)
    const after = await again.loadHistory!({ limit: 50 })
    expect(after.messages.filter((m) => m.clientId === clientId)).toHaveLength(1)
    again.dispose()
  })

  it('ignores a corrupt stored session', async () => {
    const storage = createMemoryStorage()
    await storage.set('simulator', '{"v":1,"messages":[{"id":5},null,"x"]}')
    const sim = createSimulator({ latency: 0, storage })
    await sim.connect()
    expect(sim.status).toBe('online')
    const page = await sim.loadHistory!({ limit: 10 })
    expect(Array.isArray(page.messages)).toBe(true)
    sim.dispose()
  })
})
