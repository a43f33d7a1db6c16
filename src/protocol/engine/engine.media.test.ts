// The customer's attachments through the engine: drawn at once from a local URL, progress, cancel,
// failure and retry under one client id, in order with the texts, capability and size checks, and
// reloads (bytes kept in storage → resent; not kept → failed and `lost`, chosen again).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createFakeTransport, flush, type FakeTransport } from '../../testing/fakeTransport'
import { createMemoryStorage, createNoLocks, type KefuStorage } from '../storage/storage'
import { createConversation } from './engine'
import { setup } from './engine.fixtures'
import type { ConversationEngine } from './types'

const MEDIA = { image: { maxBytes: 1000 }, file: { maxBytes: 5000 } }
const png = (size = 100, name = 'shot.png') => new File([new Uint8Array(size)], name, { type: 'image/png' })
const pdf = (size = 200, name = 'invoice.pdf') => new File([new Uint8Array(size)], name, { type: 'application/pdf' })

afterEach(() => {
  vi.useRealTimers()
})

/** what went out, in order: texts by their text, media by type and name (start flags left out) */
function outgoing(t: FakeTransport): string[] {
  return t.delivered.flatMap((m) => (m.body.type === 'text' ? [m.body.text] : m.body.type === 'custom' ? [] : [`${m.body.type}:${m.body.name}`]))
}

describe('sendMedia', () => {
  it('draws the attachment at once with a local URL and upload progress 0, then sent with progress 1', async () => {
    const h = await setup({ transport: { media: MEDIA } })
    h.t.holdSends()
    const r = h.engine.sendMedia!(png())
    expect(r.ok).toBe(true)
    const m = h.last()
    expect(m.status).toBe('sending')
    expect(m.payload.kind).toBe('image')
    expect((m.payload as { url: string }).url.startsWith('blob:')).toBe(true)
    expect(m.upload).toEqual({ progress: 0, name: 'shot.png', size: 100, mime: 'image/png' })
    await flush()
    h.t.progress(0.5)
    expect(h.last().upload?.progress).toBe(0.5)
    h.t.release()
    await flush()
    expect(h.last().status).toBe('sent')
    expect(h.last().upload?.progress).toBe(1)
    expect(outgoing(h.t)).toEqual(['image:shot.png'])
    const body = h.t.delivered.at(-1)!.body
    expect(body).toMatchObject({ type: 'image', name: 'shot.png', size: 100, mime: 'image/png' })
  })

  it('sends a PDF as a file card, and an mp4 as a file when the transport cannot send videos', async () => {
    const h = await setup({ transport: { media: MEDIA } })
    h.engine.sendMedia!(pdf())
    const mp4 = new File([new Uint8Array(10)], 'clip.mp4', { type: 'video/mp4' })
    h.engine.sendMedia!(mp4)
    await flush()
    expect(h.messages().slice(-2).map((m) => m.payload.kind)).toEqual(['file', 'file'])
    expect(h.messages().at(-2)!.payload).toMatchObject({ kind: 'file', name: 'invoice.pdf', size: 200 })
    expect(outgoing(h.t)).toEqual(['file:invoice.pdf', 'file:clip.mp4'])
  })

  it('refuses without drawing anything: unsupported (no capability), tooLarge, empty, not a file, not started', async () => {
    const none = await setup()
    expect(none.engine.sendMedia!(png())).toMatchObject({ ok: false, error: { code: 'unsupported' } })
    const h = await setup({ transport: { media: { image: { maxBytes: 1000 } } } })
    const count = h.messages().length
    expect(h.engine.sendMedia!(png(1001))).toMatchObject({ ok: false, error: { code: 'tooLarge' } })
    expect(h.engine.sendMedia!(png(0))).toMatchObject({ ok: false, error: { code: 'empty' } })
    expect(h.engine.sendMedia!(pdf())).toMatchObject({ ok: false, error: { code: 'unsupported' } })
    expect(h.engine.sendMedia!('nope' as unknown as Blob)).toMatchObject({ ok: false, error: { code: 'invalidOption' } })
    expect(h.messages()).toHaveLength(count)
    const idle = await setup({ transport: { media: MEDIA }, start: false })
    expect(idle.engine.sendMedia!(png())).toMatchObject({ ok: false, error: { code: 'notStarted' } })
  })

  it('names a pasted image that has no name', async () => {
    const h = await setup({ transport: { media: MEDIA }, engine: { now: () => Date.UTC(2026, 10, 30, 12, 0, 0) } })
    h.engine.sendMedia!(new Blob([new Uint8Array(5)], { type: 'image/png' }))
    expect(h.last().upload?.name).toMatch(/^image-\d{8}-\d{6}\.png$/)
  })

  it('keeps the order of attachments and the texts around them (serial outbox)', async () => {
    const h = await setup({ transport: { media: MEDIA } })
    h.t.holdSends()
    h.engine.sendText('before')
    const results = h.engine.sendFiles!([png(10, 'a.png'), pdf(20, 'b.pdf')])
    h.engine.sendText('after')
    expect(results.map((r) => r.ok)).toEqual([true, true])
    await flush()
    // one at a time: only the first is in flight
    expect(h.t.held).toHaveLength(1)
    for (let i = 0; i < 4; i++) {
      h.t.release()
      await flush()
    }
    expect(outgoing(h.t)).toEqual(['before', 'image:a.png', 'file:b.pdf', 'after'])
    expect(h.messages().slice(-4).map((m) => m.status)).toEqual(['sent', 'sent', 'sent', 'sent'])
  })
})

describe('cancelUpload', () => {
  it('aborts an upload in flight, removes the message, and lets the queue move on', async () => {
    const h = await setup({ transport: { media: MEDIA } })
    h.t.holdSends()
    const r = h.engine.sendMedia!(png())
    h.engine.sendText('next')
    await flush()
    h.t.progress(0.3)
    const id = r.ok ? r.value.id : ''
    expect(h.engine.cancelUpload!(id)).toEqual({ ok: true, value: undefined })
    expect(h.messages().some((m) => m.id === id)).toBe(false)
    await flush()
    expect(h.t.aborted.map((m) => m.clientId)).toEqual([id])
    h.t.releaseAll()
    await flush()
    expect(outgoing(h.t)).toEqual(['next'])
    // the signal was the one the transport was given
    const ctx = h.t.contexts[h.t.sent.findIndex((m) => m.clientId === id)]
    expect(ctx?.signal?.aborted).toBe(true)
  })

  it('cancels one still waiting behind another, and refuses a text or a sent attachment', async () => {
    const h = await setup({ transport: { media: MEDIA } })
    h.t.holdSends()
    const first = h.engine.sendMedia!(png(10, 'first.png'))
    const second = h.engine.sendMedia!(png(10, 'second.png'))
    const text = h.engine.sendText('hi')
    await flush()
    expect(h.engine.cancelUpload!(second.ok ? second.value.id : '')).toMatchObject({ ok: true })
    expect(h.engine.cancelUpload!(text.ok ? text.value.id : '')).toMatchObject({ ok: false, error: { code: 'unsupported' } })
    h.t.releaseAll()
    await flush()
    h.t.releaseAll()
    await flush()
    expect(outgoing(h.t)).toEqual(['image:first.png', 'hi'])
    expect(h.engine.cancelUpload!(first.ok ? first.value.id : '')).toMatchObject({ ok: false, error: { code: 'notAllowed' } })
    expect(h.engine.cancelUpload!('nope')).toMatchObject({ ok: false, error: { code: 'notFound' } })
  })
})

describe('failure and retry', () => {
  it('a refused upload is failed; retry resends the same bytes under the same client id', async () => {
    const h = await setup({ transport: { media: MEDIA } })
    h.t.failNext(1, 'rejected')
    const r = h.engine.sendMedia!(png())
    await flush()
    const id = r.ok ? r.value.id : ''
    expect(h.last()).toMatchObject({ id, status: 'failed', error: { code: 'rejected' } })
    const again = h.engine.retry(id)
    expect(again.ok).toBe(true)
    expect(h.last().upload?.progress).toBe(0)
    await flush()
    expect(h.last()).toMatchObject({ id, status: 'sent' })
    const sends = h.t.sent.filter((m) => m.clientId === id)
    expect(sends).toHaveLength(2)
    expect((sends[1]!.body as { file: Blob }).file).toBe((sends[0]!.body as { file: Blob }).file)
    expect(h.t.deliveries.get(id)).toBe(1)
  })

  it('a long upload that keeps reporting progress outlives the send timeout; a stalled one times out and is aborted', async () => {
    vi.useFakeTimers()
    const h = await setup({ transport: { media: MEDIA }, engine: { sendTimeout: 1000, retry: { attempts: 1 } } })
    h.t.holdSends()
    h.engine.sendMedia!(png())
    await flush()
    for (let i = 1; i <= 5; i++) {
      vi.advanceTimersByTime(900)
      h.t.progress(i / 10)
      await flush()
    }
    expect(h.last().status).toBe('sending')
    expect(h.last().upload?.progress).toBe(0.5)
    // silence: the timeout runs out, the attempt is aborted and (one attempt allowed) it fails
    vi.advanceTimersByTime(1000)
    await flush()
    expect(h.last()).toMatchObject({ status: 'failed', error: { code: 'timeout' } })
    expect(h.t.aborted).toHaveLength(1)
  })
})

describe('attachments across a reload', () => {
  let seq = 0
  function page(storage: KefuStorage, status: 'online' | 'offline' = 'online') {
    const t = createFakeTransport({ connectTo: status, storageKey: 'default', media: MEDIA })
    const tab = ++seq
    let n = 0
    const engine = createConversation({ transport: t, storage, locks: createNoLocks(), createId: () => `p${tab}-c${++n}` })
    return { t, engine }
  }
  async function settle(engine: ConversationEngine): Promise<void> {
    await flush()
    await engine.flushStorage?.()
    await flush()
  }

  it('with a storage that keeps files, a pending attachment is resent after the reload, in order with a text', async () => {
    const storage = createMemoryStorage({ keepFiles: true })
    const before = page(storage, 'offline')
    await before.engine.start()
    const r = before.engine.sendMedia!(png(50, 'kept.png'))
    before.engine.sendText('see the screenshot')
    await settle(before.engine)
    const id = r.ok ? r.value.clientId : ''
    const after = page(storage)
    await after.engine.start()
    await settle(after.engine)
    expect(outgoing(after.t)).toEqual(['image:kept.png', 'see the screenshot'])
    expect(after.t.delivered.find((m) => m.body.type === 'image')!.clientId).toBe(id)
    const m = after.engine.getState().messages.find((x) => x.id === id)!
    expect(m).toMatchObject({ status: 'sent', upload: { name: 'kept.png', size: 50, progress: 1 } })
    expect((m.payload as { url: string }).url.startsWith('blob:')).toBe(true)
    // the bytes are removed from storage once sent
    expect(await storage.getBlob!(`default:outbox:file:${id}`)).toBeNull()
  })

  it('with a storage that cannot keep files, it comes back failed and lost, with its name and size; retryUpload sends the file chosen again', async () => {
    const storage = createMemoryStorage()
    const before = page(storage, 'offline')
    await before.engine.start()
    const r = before.engine.sendMedia!(pdf(300, 'report.pdf'))
    await settle(before.engine)
    const id = r.ok ? r.value.id : ''
    const after = page(storage)
    await after.engine.start()
    await settle(after.engine)
    expect(outgoing(after.t)).toEqual([])
    const lost = after.engine.getState().messages.find((m) => m.id === id)!
    expect(lost).toMatchObject({ status: 'failed', error: { code: 'lost' }, upload: { lost: true, name: 'report.pdf', size: 300, mime: 'application/pdf' } })
    expect(after.engine.retry(id)).toMatchObject({ ok: false, error: { code: 'lost' } })
    // still lost after a second reload (nothing silently dropped)
    const again = page(storage)
    await again.engine.start()
    await settle(again.engine)
    expect(again.engine.getState().messages.find((m) => m.id === id)?.upload?.lost).toBe(true)
    const chosen = again.engine.retryUpload!(id, pdf(300, 'report.pdf'))
    expect(chosen.ok).toBe(true)
    await settle(again.engine)
    expect(outgoing(again.t)).toEqual(['file:report.pdf'])
    expect(again.t.delivered.find((m) => m.body.type === 'file')!.clientId).toBe(id)
    expect(again.engine.getState().messages.find((m) => m.id === id)).toMatchObject({ status: 'sent' })
    expect(again.engine.getState().messages.find((m) => m.id === id)?.upload?.lost).toBeUndefined()
  })
})
