// Reloads, crashes and closed tabs: the unsent outbox, the draft and the last messages come back
// from `storage`, and go out exactly once. Also the send timeout that keeps a hung send from
// freezing the queue.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createFakeTransport, flush } from '../../testing/fakeTransport'
import { createMemoryLocks, createMemoryStorage, createNoLocks, type KefuLocks, type KefuStorage } from '../storage/storage'
import { createConversation } from './engine'
import { stream } from './engine.fixtures'
import { MAX_STORED_OUTBOX, readOutbox } from './persist'
import type { ConversationEngine, ConversationOptions } from './types'

let idSeq = 0
function page(storage: KefuStorage, opts: { status?: 'online' | 'offline'; locks?: KefuLocks; engine?: Partial<ConversationOptions> } = {}) {
  const t = createFakeTransport({ connectTo: opts.status ?? 'online', storageKey: 'default' })
  const tab = ++idSeq
  let n = 0
  const engine = createConversation({ transport: t, storage, locks: opts.locks ?? createNoLocks(), createId: () => `t${tab}-c${++n}`, ...opts.engine })
  return { t, engine }
}

async function settle(engine?: ConversationEngine): Promise<void> {
  await flush()
  if (engine?.flushStorage) await engine.flushStorage()
  await flush()
}

const texts = (engine: ConversationEngine) => engine.getState().messages.flatMap((m) => (m.payload.kind === 'text' ? [m.payload.text] : []))

afterEach(() => {
  vi.useRealTimers()
})

describe('the outbox survives a reload', () => {
  it('three messages typed offline are delivered once each, in order, under their client ids', async () => {
    const storage = createMemoryStorage()
    const before = page(storage, { status: 'offline' })
    await before.engine.start()
    const ids = ['one', 'two', 'three'].map((text) => {
      const r = before.engine.sendText(text)
      if (!r.ok) throw new Error('refused')
      return r.value.clientId
    })
    await settle(before.engine)
    expect(before.t.deliveredTexts()).toEqual([])
    // the reload: a new page, a new transport, the same storage
    const after = page(storage)
    await after.engine.start()
    await settle(after.engine)
    expect(after.t.deliveredTexts()).toEqual(['one', 'two', 'three'])
    expect(after.t.delivered.filter((m) => m.body.type === 'text').map((m) => m.clientId)).toEqual(ids)
    for (const id of ids) expect(after.t.deliveries.get(id as string)).toBe(1)
    expect(texts(after.engine)).toEqual(['one', 'two', 'three'])
    expect(after.engine.getState().messages.every((m) => m.status === 'sent')).toBe(true)
    // delivered: a second reload sends nothing again
    const again = page(storage)
    await again.engine.start()
    await settle(again.engine)
    expect(again.t.deliveredTexts()).toEqual([])
  })

  it('messages are drawn as sending after the reload, before the connection is back', async () => {
    const storage = createMemoryStorage()
    const before = page(storage, { status: 'offline' })
    await before.engine.start()
    before.engine.sendText('waiting')
    await settle(before.engine)
    const after = page(storage, { status: 'offline' })
    await after.engine.start()
    await settle(after.engine)
    const shown = after.engine.getState().messages
    expect(shown.map((m) => [m.status, m.payload.kind === 'text' ? m.payload.text : ''])).toEqual([['sending', 'waiting']])
    after.t.setStatus('online')
    await settle(after.engine)
    expect(after.t.deliveredTexts()).toEqual(['waiting'])
  })

  it('a failed message survives the reload as failed, and retry sends it under the same client id', async () => {
    const storage = createMemoryStorage()
    const before = page(storage)
    await before.engine.start()
    await settle(before.engine)
    before.t.failNext(1, 'rejected')
    const sent = before.engine.sendText('bounced')
    await settle(before.engine)
    expect(before.engine.getState().messages.find((m) => m.id === (sent.ok && sent.value.id))?.status).toBe('failed')
    const after = page(storage)
    await after.engine.start()
    await settle(after.engine)
    const failed = after.engine.getState().messages.find((m) => m.status === 'failed')
    expect(failed?.clientId).toBe(sent.ok ? sent.value.clientId : '')
    expect(failed?.error?.code).toBe('rejected')
    expect(after.t.deliveredTexts()).toEqual([])
    const r = after.engine.retry(failed!.id)
    expect(r.ok).toBe(true)
    await settle(after.engine)
    expect(after.t.deliveredTexts()).toEqual(['bounced'])
    expect(after.t.delivered.find((m) => m.body.type === 'text')?.clientId).toBe(failed?.clientId)
  })

  it('ignores corrupt, foreign and future-version data without throwing', async () => {
    for (const junk of ['not json', '[]', 'null', '{"v":2,"items":[{"clientId":"x","draft":{"body":{"type":"text","text":"future"}},"time":1,"status":"sending"}]}', '{"v":1,"items":"nope"}', '{"foreign":true}']) {
      const storage = createMemoryStorage()
      await storage.set('default:outbox', junk)
      await storage.set('default:recent', junk)
      await storage.set('default:draft', junk)
      const p = page(storage)
      await p.engine.start()
      await settle(p.engine)
      expect(p.engine.getState().messages).toEqual([])
      expect(p.t.deliveredTexts()).toEqual([])
      expect(await p.engine.loadDraft!()).toBe('')
      expect(p.engine.sendText('still works').ok).toBe(true)
      await settle(p.engine)
      expect(p.t.deliveredTexts()).toEqual(['still works'])
    }
  })

  it('keeps the good entries of a partly corrupt record and drops the rest', async () => {
    const storage = createMemoryStorage()
    const good = { clientId: 'keep', draft: { body: { type: 'text', text: 'kept' } }, time: 5, status: 'sending' }
    const items = [
      null,
      7,
      { clientId: '', draft: good.draft, time: 1, status: 'sending' },
      { clientId: 'nobody', draft: { body: { type: 'image' } }, time: 1, status: 'sending' },
      { clientId: 'nan', draft: good.draft, time: 'yesterday', status: 'sending' },
      { clientId: 'odd', draft: good.draft, time: 1, status: 'sent' },
      good,
      { ...good, draft: { body: { type: 'text', text: 'a duplicate id' } } },
    ]
    await storage.set('default:outbox', JSON.stringify({ v: 1, items }))
    const p = page(storage)
    await p.engine.start()
    await settle(p.engine)
    expect(p.t.deliveredTexts()).toEqual(['kept'])
    expect(p.t.delivered.find((m) => m.body.type === 'text')?.clientId).toBe('keep')
  })

  it('a storage that throws or rejects does not stop the conversation', async () => {
    const broken: KefuStorage = {
      get: () => Promise.reject(new Error('denied')),
      set: () => {
        throw new Error('quota')
      },
      remove: () => Promise.reject(new Error('denied')),
    }
    const p = page(broken)
    await p.engine.start()
    p.engine.sendText('hello')
    p.engine.saveDraft!('draft')
    await settle(p.engine)
    expect(p.t.deliveredTexts()).toEqual(['hello'])
  })

  it('stores a bounded number of unsent messages', async () => {
    const storage = createMemoryStorage()
    const p = page(storage, { status: 'offline' })
    await p.engine.start()
    for (let i = 0; i < MAX_STORED_OUTBOX + 30; i++) p.engine.sendText(`m${i}`)
    await settle(p.engine)
    const stored = readOutbox(await storage.get('default:outbox'))
    expect(stored).toHaveLength(MAX_STORED_OUTBOX)
    // the oldest are kept: they go out first
    expect(stored[0].draft.body).toEqual({ type: 'text', text: 'm0' })
  })

  it('keeps conversations apart by storageKey', async () => {
    const storage = createMemoryStorage()
    const a = page(storage, { status: 'offline', engine: { storageKey: 'alice' } })
    await a.engine.start()
    a.engine.sendText('for alice')
    await settle(a.engine)
    const b = page(storage, { engine: { storageKey: 'bob' } })
    await b.engine.start()
    await settle(b.engine)
    expect(b.t.deliveredTexts()).toEqual([])
    const a2 = page(storage, { engine: { storageKey: 'alice' } })
    await a2.engine.start()
    await settle(a2.engine)
    expect(a2.t.deliveredTexts()).toEqual(['for alice'])
  })
})

describe('two tabs', () => {
  it('only the tab holding the lock sends the stored outbox', async () => {
    const storage = createMemoryStorage()
    const closed = page(storage, { status: 'offline' })
    await closed.engine.start()
    closed.engine.sendText('a')
    closed.engine.sendText('b')
    await settle(closed.engine)
    const locks = createMemoryLocks()
    const one = page(storage, { locks })
    const two = page(storage, { locks })
    await Promise.all([one.engine.start(), two.engine.start()])
    await settle(one.engine)
    await settle(two.engine)
    const all = [...one.t.delivered, ...two.t.delivered].filter((m) => m.body.type === 'text')
    expect(all.map((m) => (m.body.type === 'text' ? m.body.text : ''))).toEqual(['a', 'b'])
    // the other tab's own messages still go out, and are not adopted by the owner
    two.engine.sendText('from two')
    await settle(two.engine)
    await settle(one.engine)
    expect(two.t.deliveredTexts()).toContain('from two')
    expect(one.t.deliveredTexts()).not.toContain('from two')
  })

  it('a waiting tab takes over the outbox when the owner lets go', async () => {
    const storage = createMemoryStorage()
    const locks = createMemoryLocks()
    // the first tab holds the lock for the whole test
    const release = await locks.acquire('kefu-outbox:default')
    const closed = page(storage, { status: 'offline' })
    await closed.engine.start()
    closed.engine.sendText('orphan')
    await settle(closed.engine)
    const waiting = page(storage, { locks })
    await waiting.engine.start()
    await settle(waiting.engine)
    expect(waiting.t.deliveredTexts()).toEqual([])
    release()
    await settle(waiting.engine)
    expect(waiting.t.deliveredTexts()).toEqual(['orphan'])
  })
})

describe('the draft and the last messages', () => {
  it('the draft survives a reload', async () => {
    vi.useFakeTimers()
    const storage = createMemoryStorage()
    const before = page(storage)
    before.engine.saveDraft!('half a sen')
    await vi.advanceTimersByTimeAsync(1000)
    await settle(before.engine)
    const after = page(storage)
    expect(await after.engine.loadDraft!()).toBe('half a sen')
    after.engine.saveDraft!('')
    await vi.advanceTimersByTimeAsync(1000)
    await settle(after.engine)
    expect(await page(storage).engine.loadDraft!()).toBe('')
  })

  it('flushStorage() writes a draft still waiting for its debounce (a tab about to close)', async () => {
    vi.useFakeTimers()
    const storage = createMemoryStorage()
    const before = page(storage)
    before.engine.saveDraft!('typed just now')
    await before.engine.flushStorage!()
    // no timer ran: the tab closes here
    expect(await page(storage).engine.loadDraft!()).toBe('typed just now')
  })

  it('the last messages are shown at once after a reload, and history does not duplicate them', async () => {
    vi.useFakeTimers()
    const storage = createMemoryStorage()
    const before = page(storage)
    await before.engine.start()
    await settle(before.engine)
    before.t.receiveText('您好')
    before.engine.sendText('hi')
    await settle(before.engine)
    const history = before.t.history
    // the reload: the server still has the same messages, plus one that came while away
    const t = createFakeTransport({ history: [...history], storageKey: 'default' })
    const engine = createConversation({ transport: t, storage, locks: createNoLocks() })
    await settle(engine)
    expect(texts(engine)).toEqual(['您好', 'hi'])
    await engine.start()
    t.receiveText('while you were away', {})
    await settle(engine)
    await vi.advanceTimersByTimeAsync(2000)
    await settle(engine)
    expect(t.historyCalls.length).toBeGreaterThan(0)
    expect(texts(engine)).toEqual(['您好', 'hi', 'while you were away'])
  })
  it('a gap the previous page never caught up on is filled after the reload (the cache is checked back to its oldest message)', async () => {
    vi.useFakeTimers()
    const storage = createMemoryStorage()
    const before = page(storage)
    await before.engine.start()
    await settle(before.engine)
    before.t.receiveText('hello')
    await settle(before.engine)
    // offline: the service says two things only history will have
    before.t.setStatus('offline')
    const at = Date.now()
    before.t.history.push(
      { id: 'gap-1', from: 'service', time: at + 1, body: { type: 'text', text: 'missed 1' } },
      { id: 'gap-2', from: 'service', time: at + 2, body: { type: 'text', text: 'missed 2' } },
    )
    await vi.advanceTimersByTimeAsync(10)
    // back online and a live message arrives, then the page dies before its catch-up runs
    before.t.setStatus('online')
    before.t.receiveText('after')
    await settle(before.engine)
    expect(texts(before.engine)).toEqual(['hello', 'after'])
    // the reload: the cache has hello and after; history has the two between them (pages of 2:
    // the newest page alone already overlaps the cache)
    const t = createFakeTransport({ history: [...before.t.history], storageKey: 'default' })
    const engine = createConversation({ transport: t, storage, locks: createNoLocks(), historyPageSize: 2 })
    await engine.start()
    await settle(engine)
    await vi.advanceTimersByTimeAsync(2000)
    await settle(engine)
    expect(texts(engine)).toEqual(['hello', 'missed 1', 'missed 2', 'after'])
  })
})

describe('the recent-messages cache under a stream', () => {
  it('a streamed answer is not written chunk by chunk; its finished state is', async () => {
    const inner = createMemoryStorage()
    const writes: string[] = []
    const storage: KefuStorage = { ...inner, set: (key, value) => (key.endsWith(':recent') && writes.push(value), inner.set(key, value)) }
    const { t, engine } = page(storage)
    await engine.start()
    await settle()
    t.receiveText('hello')
    await settle()
    const before = writes.length
    expect(before).toBeGreaterThan(0)
    const chunks: string[] = []
    // 60 chunks, each event carrying the chunks so far (as the backend sends them)
    for (let i = 0; i < 60; i++) {
      chunks.push(`part ${i} `)
      t.receiveCustom(stream([...chunks], i === 59), { id: `answer-${i}` })
      await flush()
    }
    await settle()
    expect(engine.getState().messages.length).toBe(2)
    expect(writes.length - before).toBe(1)
    const last = JSON.parse(writes[writes.length - 1]!) as { messages: Array<{ body: { data?: string } }> }
    expect(last.messages.at(-1)?.body.data).toContain('part 59')
  })
})

describe('a send that never settles', () => {
  function hung() {
    vi.useFakeTimers()
    const t = createFakeTransport()
    let n = 0
    const engine = createConversation({
      transport: t,
      createId: () => `c${++n}`,
      sendTimeout: 1000,
      retry: { attempts: 2, baseDelay: 100, maxDelay: 100 },
      storage: createMemoryStorage(),
      locks: createNoLocks(),
    })
    return { t, engine }
  }

  it('times out, is retried under the same client id, then failed; the queue moves on', async () => {
    const { t, engine } = hung()
    await engine.start()
    await settle(engine)
    t.holdSends()
    const first = engine.sendText('stuck')
    engine.sendText('behind')
    await settle(engine)
    expect(t.held.map((m) => m.clientId)).toEqual(['c2'])
    await vi.advanceTimersByTimeAsync(1000 + 100)
    // retried under the same client id
    expect(t.sent.filter((m) => m.clientId === 'c2')).toHaveLength(2)
    t.holdSends(false)
    await vi.advanceTimersByTimeAsync(1000)
    await settle(engine)
    const messages = engine.getState().messages
    expect(messages.find((m) => m.id === (first.ok && first.value.id))?.status).toBe('failed')
    expect(messages.find((m) => m.id === (first.ok && first.value.id))?.error?.code).toBe('timeout')
    expect(t.deliveredTexts()).toEqual(['behind'])
    // retry delivers it
    engine.retry('c2')
    await settle(engine)
    expect(t.deliveredTexts()).toEqual(['behind', 'stuck'])
  })

  it('a late answer to a timed-out send still confirms the message', async () => {
    const { t, engine } = hung()
    await engine.start()
    await settle(engine)
    t.holdSends()
    engine.sendText('slow')
    await settle(engine)
    await vi.advanceTimersByTimeAsync(1000)
    t.release(1)
    await settle(engine)
    expect(engine.getState().messages.find((m) => m.id === 'c2')?.status).toBe('sent')
  })

  it('offline → online gives up on the hung attempt and sends again', async () => {
    const { t, engine } = hung()
    await engine.start()
    await settle(engine)
    t.holdSends()
    engine.sendText('hung')
    engine.sendText('next')
    await settle(engine)
    t.holdSends(false)
    t.setStatus('offline')
    t.setStatus('online')
    await settle(engine)
    expect(t.deliveredTexts()).toEqual(['hung', 'next'])
    expect(engine.getState().messages.map((m) => m.status)).toEqual(['sent', 'sent'])
  })

  it('stop → start gives up on the hung attempt and sends again', async () => {
    const { t, engine } = hung()
    await engine.start()
    await settle(engine)
    t.holdSends()
    engine.sendText('hung')
    await settle(engine)
    t.holdSends(false)
    await engine.stop()
    await engine.start()
    await settle(engine)
    expect(t.deliveredTexts()).toEqual(['hung'])
    expect(engine.getState().messages.find((m) => m.id === 'c2')?.status).toBe('sent')
  })
})
