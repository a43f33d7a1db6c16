// What survives a reload, a crash or a closed tab: the customer's unsent messages (sending, queued,
// failed), the composer's draft and the last messages of the conversation, kept in the engine's
// `storage` under the conversation's key.
//
// Stored data is treated as hostile: it may be corrupt, foreign, from a newer version or written
// by another tab. Anything that does not check out is ignored, never trusted and never thrown
// on. Unsent messages are rebuilt from what they send (decoded like any incoming body), not from
// a stored view model, and go out again under their own client id, so a transport dedupes them.
//
// Two tabs share one outbox record: each writes only its own entries (read, merge, write), and
// only the tab holding the outbox lock adopts stored entries, so no stored message is sent twice.
import type { KefuLocks, KefuStorage } from '../storage/storage'
import { encodePayload } from '../wire/encode'
import type { DecodedPayload } from '../types'
import type { ChatMessage } from './types'
import { reasonOf, type Core } from './core'
import type { Delivery, LostDraft } from './delivery'
import type { MediaType, OutgoingMediaBody } from '../transport'
import { isOutgoingMediaBody, localMediaPayload, MEDIA_TYPES, objectUrlOf } from '../wire/media'
import type { History } from './history'
import { payloadOf } from './incoming'
import type { OutgoingDraft, SendFailure } from './outbox'
import { report } from './publisher'

/** the format written; a record with any other `v` is ignored */
export const STORAGE_VERSION = 1
/** unsent messages kept per conversation; more are still sent, just not persisted */
export const MAX_STORED_OUTBOX = 100
/** recent messages cached per conversation for an instant reload */
export const MAX_STORED_RECENT = 50
/** the longest record written (characters); entries past it are not persisted */
export const MAX_STORED_CHARS = 500_000

const DRAFT_DELAY = 250

/** An attachment as stored: what is known about it; its bytes live apart (`setBlob`), if at all. */
export interface StoredMediaBody {
  type: MediaType
  name: string
  size: number
  mime: string
  width?: number
  height?: number
  duration?: number
}

/** A draft as stored: texts and custom data as sent, attachments without their bytes. */
export type StoredDraft = Omit<OutgoingDraft, 'body'> & { body: { type: 'text'; text: string } | { type: 'custom'; data: string } | StoredMediaBody }

export interface StoredOutboxItem {
  clientId: string
  draft: StoredDraft
  time: number
  status: 'sending' | 'failed'
  error?: SendFailure
}

interface RecentRecord {
  id: string
  clientId?: string
  from: string
  time: number
  seq?: number
  body: { type: 'custom'; data: string } | { type: 'text'; text: string }
}

function parse(text: string | null): Record<string, unknown> | null {
  if (typeof text !== 'string' || text === '') return null
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
    const record = value as Record<string, unknown>
    return record.v === STORAGE_VERSION ? record : null
  } catch {
    return null
  }
}

function isBody(body: unknown): body is StoredDraft['body'] {
  if (typeof body !== 'object' || body === null) return false
  const b = body as Record<string, unknown>
  return (b.type === 'text' && typeof b.text === 'string') || (b.type === 'custom' && typeof b.data === 'string') || storedMediaOf(b) !== null
}

const finiteOrUndefined = (n: unknown): number | undefined => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined)

/** A stored attachment's description, checked and copied (only the known fields), or null. */
function storedMediaOf(b: Record<string, unknown>): StoredMediaBody | null {
  if (!(MEDIA_TYPES as readonly unknown[]).includes(b.type)) return null
  if (typeof b.name !== 'string' || typeof b.mime !== 'string' || finiteOrUndefined(b.size) === undefined) return null
  const out: StoredMediaBody = { type: b.type as MediaType, name: b.name.slice(0, 300), size: b.size as number, mime: b.mime.slice(0, 200) }
  for (const k of ['width', 'height', 'duration'] as const) {
    const v = finiteOrUndefined(b[k])
    if (v !== undefined) out[k] = v
  }
  return out
}

/** What of a draft is stored: an attachment loses its bytes. */
function storableDraft(draft: OutgoingDraft | LostDraft): StoredDraft {
  const body = draft.body
  if (isOutgoingMediaBody(body) || (body.type !== 'text' && body.type !== 'custom')) {
    const meta = storedMediaOf(body as unknown as Record<string, unknown>)
    const out: StoredDraft = { ...(draft as OutgoingDraft), body: meta ?? { type: 'file', name: '', size: 0, mime: '' } }
    return out
  }
  return draft as StoredDraft
}

/** The stored outbox items that check out, in stored order; anything else is dropped. */
export function readOutbox(text: string | null): StoredOutboxItem[] {
  const record = parse(text)
  if (!record || !Array.isArray(record.items)) return []
  const items: StoredOutboxItem[] = []
  const seen = new Set<string>()
  for (const raw of record.items.slice(0, MAX_STORED_OUTBOX)) {
    if (typeof raw !== 'object' || raw === null) continue
    const r = raw as Record<string, unknown>
    const draft = r.draft as Record<string, unknown> | null
    if (typeof r.clientId !== 'string' || r.clientId === '' || seen.has(r.clientId)) continue
    if (typeof draft !== 'object' || draft === null || !isBody(draft.body)) continue
    if (typeof r.time !== 'number' || !Number.isFinite(r.time)) continue
    if (r.status !== 'sending' && r.status !== 'failed') continue
    const media = storedMediaOf(draft.body as Record<string, unknown>)
    const clean: StoredDraft = { body: media ?? { ...(draft.body as { type: 'text'; text: string }) } }
    if (typeof draft.options === 'object' && draft.options !== null) clean.options = { ...(draft.options as object) }
    if (typeof draft.cloudCustomData === 'object' && draft.cloudCustomData !== null && !Array.isArray(draft.cloudCustomData)) {
      clean.cloudCustomData = { ...(draft.cloudCustomData as Record<string, unknown>) }
    }
    const item: StoredOutboxItem = { clientId: r.clientId, draft: clean, time: r.time, status: r.status }
    const e = r.error as Record<string, unknown> | null
    if (typeof e === 'object' && e !== null && typeof e.code === 'string' && typeof e.message === 'string') item.error = { code: e.code, message: e.message }
    seen.add(r.clientId)
    items.push(item)
  }
  return items
}

export interface PersistenceOptions {
  storage: KefuStorage
  locks: KefuLocks
  key: string
}

export class Persistence {
  /** resolves once the cache and the draft are read (the outbox waits for the lock) */
  readonly ready: Promise<void>
  /** the cache put messages on screen: reconcile with history once online */
  hadCache = false
  /** this engine holds the outbox lock and has adopted the stored outbox */
  owner = false
  /** client ids this engine writes (its own and adopted ones); others belong to other tabs */
  private readonly tracked = new Set<string>()
  private chain: Promise<void> = Promise.resolve()
  private flushQueued = false
  private lastOutbox = ''
  private lastRecent = ''
  /** the list changed since the recent messages were last written */
  private recentDue = false
  private draft = ''
  private draftTouched = false
  private draftTimer: ReturnType<typeof setTimeout> | null = null
  private readonly storage: KefuStorage
  private readonly locks: KefuLocks
  private readonly keys: { outbox: string; recent: string; draft: string; lock: string }
  /** client ids whose attachment bytes are in storage (written, or found on adopt) */
  private readonly blobs = new Set<string>()

  constructor(
    private readonly core: Core,
    private readonly delivery: Delivery,
    private readonly history: History,
    options: PersistenceOptions,
  ) {
    this.storage = options.storage
    this.locks = options.locks
    const k = options.key
    this.keys = { outbox: `${k}:outbox`, recent: `${k}:recent`, draft: `${k}:draft`, lock: `kefu-outbox:${k}` }
    this.ready = this.restore()
  }

  private async get(key: string): Promise<string | null> {
    try {
      const value = await this.storage.get(key)
      return typeof value === 'string' ? value : null
    } catch {
      return null
    }
  }

  private async put(key: string, value: string | null): Promise<void> {
    try {
      if (value === null) await this.storage.remove(key)
      else await this.storage.set(key, value)
    } catch {
      // best effort: a full or failing storage must not stop the conversation
    }
  }

  private async restore(): Promise<void> {
    const [recent, draft] = await Promise.all([this.get(this.keys.recent), this.get(this.keys.draft)])
    try {
      const record = parse(recent)
      const messages = record && Array.isArray(record.messages) ? record.messages.slice(-MAX_STORED_RECENT) : []
      if (messages.length > 0) {
        const before = this.core.list.size
        this.history.merge(messages)
        if (this.core.list.size > before) {
          this.hadCache = true
          this.history.cached()
          this.core.publisher.touch()
          this.core.commit()
          // already online (storage was slow): reconcile with history now
          if (this.core.isStarted() && this.core.session().connection === 'online') this.history.scheduleCatchUp()
        }
      }
      const d = parse(draft)
      if (!this.draftTouched && d && typeof d.text === 'string') this.draft = d.text.slice(0, this.core.config.maxTextLength)
    } catch (error) {
      report(error)
    }
    // the outbox is adopted by one tab only; the others wait for it to close
    void this.locks
      .acquire(this.keys.lock)
      .then(() => this.adopt())
      .catch((error: unknown) => report(new Error(`kefu: the stored outbox could not be adopted: ${reasonOf(error)}`)))
  }

  private async adopt(): Promise<void> {
    this.owner = true
    const items = readOutbox(await this.get(this.keys.outbox))
    const { ids, config } = this.core
    for (const item of items) {
      this.tracked.add(item.clientId)
      // delivered before the reload (the cache or history already has it): nothing to send
      if (ids.byClientId.has(item.clientId) || this.core.list.has(item.clientId)) continue
      const body = item.draft.body
      if (body.type !== 'text' && body.type !== 'custom') {
        await this.restoreMedia(item, body)
        continue
      }
      const payload = payloadOf(body, 'customer', config.templates)
      this.delivery.restore({ clientId: item.clientId, payload, draft: item.draft as OutgoingDraft, time: item.time, status: item.status, error: item.error })
    }
    this.core.publisher.touch()
    this.core.commit()
    this.changed()
  }

  /**
   * An attachment from before the reload: sent again (or shown failed, as it was) when its bytes
   * were kept, else shown failed and `lost`, with its name and size, to be chosen again.
   */
  private async restoreMedia(item: StoredOutboxItem, meta: StoredMediaBody): Promise<void> {
    let file: Blob | null = null
    if (typeof this.storage.getBlob === 'function') {
      try {
        const got = await this.storage.getBlob(this.blobKey(item.clientId))
        if (typeof got === 'object' && got !== null && typeof got.size === 'number' && typeof got.slice === 'function') file = got
      } catch {
        file = null
      }
    }
    // adopted meanwhile by an echo or history (the await above let events in)
    if (this.core.ids.byClientId.has(item.clientId) || this.core.list.has(item.clientId)) return
    const upload = { progress: 0, name: meta.name, size: meta.size, mime: meta.mime }
    if (file) {
      this.blobs.add(item.clientId)
      const body: OutgoingMediaBody = { ...meta, file }
      const draft: OutgoingDraft = { ...(item.draft as Omit<OutgoingDraft, 'body'>), body }
      this.delivery.restore({ clientId: item.clientId, payload: localMediaPayload(body, objectUrlOf(file)), draft, time: item.time, status: item.status, error: item.error, upload })
      return
    }
    const lost: LostDraft = { ...(item.draft as Omit<OutgoingDraft, 'body'>), body: meta }
    this.delivery.restore({
      clientId: item.clientId,
      payload: localMediaPayload({ ...meta, file: null as unknown as Blob }, ''),
      draft: lost,
      time: item.time,
      status: 'failed',
      error: { code: 'lost', message: 'The file was not kept after the page reloaded: choose it again.' },
      upload: { ...upload, lost: true },
    })
  }

  private blobKey(clientId: string): string {
    return `${this.keys.outbox}:file:${clientId}`
  }

  /** Something changed: write what is due after the current task. */
  changed(): void {
    if (this.flushQueued) return
    this.flushQueued = true
    queueMicrotask(() => {
      this.flushQueued = false
      try {
        this.flush()
      } catch (error) {
        report(error)
      }
    })
  }

  private flush(): void {
    // Cost independent of the history's length: the outbox walks only the undelivered messages,
    // the cache only the newest ones (a snapshot of the whole list per commit made ingesting a long
    // history quadratic).
    const { list } = this.core
    const mine: StoredOutboxItem[] = []
    const unsent: ChatMessage[] = []
    for (const clientId of this.delivery.undelivered()) {
      const m = list.get(clientId) ?? list.get(this.core.ids.byClientId.get(clientId) ?? '')
      if (m && m.from === 'customer' && m.clientId !== undefined && m.status !== 'sent') unsent.push(m)
    }
    unsent.sort((a, b) => list.compare(a.id, b.id))
    const files = new Map<string, Blob>()
    for (const m of unsent) {
      if (m.clientId === undefined) continue
      const draft = this.delivery.draftOf(m.clientId) ?? this.delivery.lostDraftOf(m.clientId)
      if (draft === undefined) continue
      if (isOutgoingMediaBody(draft.body)) files.set(m.clientId, draft.body.file)
      const item: StoredOutboxItem = { clientId: m.clientId, draft: storableDraft(draft), time: m.time, status: m.status as 'sending' | 'failed' }
      if (m.status === 'failed' && m.error) item.error = { code: m.error.code, message: m.error.message }
      mine.push(item)
      this.tracked.add(m.clientId)
    }
    this.syncFiles(files)
    const outboxSig = JSON.stringify(mine)
    if (outboxSig !== this.lastOutbox) {
      this.lastOutbox = outboxSig
      this.enqueueWrite(async () => {
        const others = readOutbox(await this.get(this.keys.outbox)).filter((i) => !this.tracked.has(i.clientId))
        const all = bounded([...others, ...mine])
        await this.put(this.keys.outbox, all.length === 0 ? null : JSON.stringify({ v: STORAGE_VERSION, items: all }))
      })
    }
    // the recent messages are read and encoded when they are written
    this.recentDue = true
    this.writeRecentSoon()
  }

  /**
   * The recent messages are a cache (history reconciles it). While an answer is still streaming
   * in (a change per chunk, sixty a second) it is not written: the answer's last state is, once
   * it is finished or shown as ended. `flushed()` writes what is due at once.
   */
  private writeRecentSoon(): void {
    let streaming = false
    let seen = 0
    this.core.list.findLast((m) => {
      const p = m.payload as { kind: string; isFinished?: unknown }
      if (p.kind === 'stream' && !p.isFinished && !m.revoked) streaming = true
      return streaming || ++seen >= 3
    })
    if (!streaming) this.writeRecentNow()
  }

  private writeRecentNow(): void {
    if (!this.recentDue) return
    this.recentDue = false
    const kept: RecentRecord[] = []
    this.core.list.findLast((m) => {
      // (an attachment's payload points at a local object URL, gone after a reload: not cached)
      if (m.status === 'sent' && m.serverId !== undefined && !m.revoked && !m.pendingChoice && !m.upload) {
        const record = this.recordOf(m.serverId, m)
        if (record) kept.push(record)
      }
      return kept.length >= MAX_STORED_RECENT
    })
    kept.reverse()
    const recentSig = JSON.stringify(kept)
    if (recentSig === this.lastRecent || kept.length === 0) return
    this.lastRecent = recentSig
    let text = JSON.stringify({ v: STORAGE_VERSION, messages: kept })
    while (text.length > MAX_STORED_CHARS && kept.length > 0) {
      kept.shift()
      text = JSON.stringify({ v: STORAGE_VERSION, messages: kept })
    }
    this.enqueueWrite(() => this.put(this.keys.recent, text))
  }

  /** cache records by message object (messages are immutable: a change is a new object) */
  private readonly records = new WeakMap<ChatMessage, RecentRecord | null>()

  private recordOf(serverId: string, m: ChatMessage): RecentRecord | null {
    let record = this.records.get(m)
    if (record === undefined) {
      record = recentRecord(serverId, m)
      this.records.set(m, record)
    }
    return record
  }

  /**
   * Keeps the bytes of the attachments still to send in storage (when it can keep files), written
   * before the outbox record that names them, and removed once they are sent or cancelled.
   */
  private syncFiles(files: Map<string, Blob>): void {
    const { setBlob, removeBlob } = this.storage
    if (typeof setBlob !== 'function') return
    for (const [clientId, file] of files) {
      if (this.blobs.has(clientId)) continue
      this.blobs.add(clientId)
      const key = this.blobKey(clientId)
      this.enqueueWrite(async () => {
        try {
          await setBlob.call(this.storage, key, file)
        } catch {
          // not kept: after a reload it shows as lost
        }
      })
    }
    for (const clientId of [...this.blobs]) {
      if (files.has(clientId) || !this.tracked.has(clientId)) continue
      this.blobs.delete(clientId)
      if (typeof removeBlob !== 'function') continue
      const key = this.blobKey(clientId)
      this.enqueueWrite(async () => {
        try {
          await removeBlob.call(this.storage, key)
        } catch {
          // a file left behind: harmless
        }
      })
    }
  }

  private enqueueWrite(write: () => Promise<void>): void {
    this.chain = this.chain.then(write).catch((error: unknown) => report(error))
  }

  /** Resolves when every write queued so far is done (tests, and hosts closing a tab). */
  flushed(): Promise<void> {
    this.flush()
    this.writeRecentNow()
    // a draft still waiting for its debounce is written now (a tab about to close)
    if (this.draftTimer !== null) {
      clearTimeout(this.draftTimer)
      this.draftTimer = null
      this.writeDraft()
    }
    return this.chain
  }

  private writeDraft(): void {
    const current = this.draft
    this.enqueueWrite(() => this.put(this.keys.draft, current === '' ? null : JSON.stringify({ v: STORAGE_VERSION, text: current })))
  }

  async loadDraft(): Promise<string> {
    await this.ready
    return this.draft
  }

  saveDraft(text: unknown): void {
    const value = typeof text === 'string' ? text.slice(0, this.core.config.maxTextLength) : ''
    this.draftTouched = true
    if (value === this.draft) return
    this.draft = value
    if (this.draftTimer !== null) clearTimeout(this.draftTimer)
    this.draftTimer = setTimeout(() => {
      this.draftTimer = null
      this.writeDraft()
    }, DRAFT_DELAY)
  }
}

/** The message as a history record (what the cache stores), or null when it cannot be encoded. */
function recentRecord(serverId: string, m: { clientId?: string; from: string; time: number; seq?: number; payload: { kind: string } }): RecentRecord | null {
  let body: RecentRecord['body']
  const p = m.payload as { kind: string; text?: unknown }
  if (p.kind === 'text' && typeof p.text === 'string') {
    body = { type: 'text', text: p.text }
  } else {
    try {
      body = { type: 'custom', data: encodePayload(m.payload as DecodedPayload) }
    } catch {
      return null
    }
  }
  const record: RecentRecord = { id: serverId, from: m.from, time: m.time, body }
  if (m.clientId !== undefined) record.clientId = m.clientId
  if (m.seq !== undefined) record.seq = m.seq
  return record
}

function bounded(items: StoredOutboxItem[]): StoredOutboxItem[] {
  const all = items.slice(0, MAX_STORED_OUTBOX)
  while (all.length > 0 && JSON.stringify({ v: STORAGE_VERSION, items: all }).length > MAX_STORED_CHARS) all.pop()
  return all
}
