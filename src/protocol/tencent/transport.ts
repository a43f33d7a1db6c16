// The Tencent Cloud Chat transport: the kit's `Transport` over a host-owned `@tencentcloud/chat`
// instance. The host creates the SDK, logs in with a user signature from its own server, and
// passes the instance in; the kit never sees a secret and never logs in or out.
//
// Over 400 lines on purpose: it is one closure over one SDK instance (its event handlers, sending
// with retries under one client id, history paging with the SDK's cursor, read reporting), and the
// pieces share that instance's state; the mapping of SDK messages and error codes already lives
// apart in mapMessage.ts and errors.ts.
import {
  TransportError,
  type ConnectionStatus,
  type HistoryPage,
  type IncomingMessage,
  type OutgoingMediaBody,
  type OutgoingMessage,
  type SendContext,
  type SendReceipt,
  type TransportCapabilities,
  type Transport,
  type TransportEvent,
  type TransportListener,
} from '../transport'
import { toTransportError } from './errors'
import { isOutgoingMediaBody } from '../wire/media'
import {
  isDeliveredMessage,
  isInConversation,
  isMessageLike,
  toIncomingMessage,
  toMillis,
  writeCloudCustomData,
  readClientId,
  type TencentMapContext,
} from './mapMessage'
import {
  asSdkType,
  isRecord,
  resolveTencentConstants,
  type TencentChat,
  type TencentCloudChatStatics,
  type TencentEvent,
  type TencentMessage,
} from './sdk'

/** The service account's user ID when none is given (the product's documented default). */
export const DEFAULT_SERVICE_USER_ID = '@customer_service_account'

/** Options of `createTencentChatTransport`. */
export interface TencentChatTransportOptions {
  /**
   * The host's SDK instance (`TencentCloudChat.create({ SDKAppID })`), logged in by the host with
   * `chat.login({ userID, userSig })`. The transport listens to it and sends through it; it never
   * logs in, logs out or destroys it.
   */
  chat: TencentChat
  /** The service account the customer talks to one-to-one. @default '@customer_service_account' */
  serviceUserID?: string
  /**
   * The SDK's default export (`import TencentCloudChat from '@tencentcloud/chat'`). Optional: when
   * given, its `EVENT` and `TYPES` values are used instead of the kit's type-checked copies.
   */
  TencentCloudChat?: TencentCloudChatStatics
  /**
   * Extra fields for every sent message's `cloudCustomData` (a JSON object string), e.g. fields your
   * backend reads. The kit adds its own `kefuClientId` to find its messages again in history.
   */
  cloudCustomData?: Record<string, unknown>
  /**
   * Your application's SDKAppID (the one given to `TencentCloudChat.create`): part of `storageKey`,
   * so two applications on one origin never share stored messages. Optional.
   */
  SDKAppID?: number | string
  /**
   * The logged-in customer's user ID, for `storageKey`. @default `chat.getLoginUser()` when the
   * transport's engine is created (create it after `chat.login`, or pass this)
   */
  userID?: string
  /**
   * Failures with no caller to reject (read reporting). Read reporting is retried the next time the
   * SDK becomes ready; this is for logging.
   */
  onError?: (error: TransportError) => void
  /**
   * What the customer may upload, with size limits in bytes, or `false` for texts only. Audio is
   * not offered: the SDK's audio message takes a recording, not a file (an audio file goes as a
   * file). @default image 20 MB, file 100 MB, video 100 MB (the service's own limits)
   */
  media?: TransportCapabilities['media'] | false
}

const MB = 1024 * 1024
/** What the transport uploads by default: Tencent Cloud Chat's own limits for the web SDK. */
export const TENCENT_MEDIA: NonNullable<TransportCapabilities['media']> = {
  image: { maxBytes: 20 * MB },
  file: { maxBytes: 100 * MB },
  video: { maxBytes: 100 * MB },
}

/** The Tencent transport: a full `Transport` (history and read reporting included). */
export interface TencentChatTransport extends Transport {
  /** `C2C${serviceUserID}`: the one conversation this transport speaks for */
  readonly conversationID: string
  readonly serviceUserID: string
  /**
   * Where the engine keeps this customer's unsent messages: built from the SDKAppID, the customer's
   * user ID and the conversation, so stored outboxes of different customers (or apps) never mix.
   * While the customer is unknown (not logged in, no `userID`), a key of its own for this transport
   * only: nothing is shared, nothing survives a reload.
   */
  readonly storageKey: string
  loadHistory(options: { before?: string; limit: number }): Promise<HistoryPage>
  markRead(): void
}

/** Sends remembered for retries; completed ones beyond this count are forgotten, oldest first. */
const MAX_REMEMBERED_SENDS = 500

/** One customer message, across all its attempts. */
interface SendEntry {
  /** the SDK message created on the first attempt; every retry resends this same object */
  message: TencentMessage
  options?: { onlineUserOnly: true }
  /** SDK calls made so far: the first is `sendMessage`, later ones `resendMessage` */
  attempts: number
  inflight?: Promise<SendReceipt>
  receipt?: SendReceipt
  /** an upload's progress goes to the attempt asking now (the SDK message keeps one callback) */
  progress?: (fraction: number) => void
}

/** history cursors kept at once (loadOlder's, a catch-up's) */
const MAX_CURSORS = 4
/** message times remembered to find a `before` that history no longer holds */
const MAX_REMEMBERED_TIMES = 20_000

/** Where history paging stands between two `loadHistory` calls. */
interface HistoryCursor {
  /** the SDK's own cursor for the next (older) page */
  next?: string
  completed: boolean
  /** fetched, not yet returned, all older than what was returned (oldest first) */
  buffer: TencentMessage[]
  /** ids (server id and client id) of the oldest message returned last time */
  oldestReturned: string[]
}

/**
 * Creates the kit's `Transport` over a logged-in Tencent Cloud Chat SDK instance.
 *
 * - Incoming: `MESSAGE_RECEIVED` for the conversation `C2C${serviceUserID}` becomes kit messages
 *   (text, image, custom for the decoder, a placeholder for other types); `MESSAGE_REVOKED` and
 *   `MESSAGE_MODIFIED` update them; other conversations are ignored.
 * - Outgoing: text and custom messages, and the customer's images, files and videos (the SDK's
 *   image / file / video factories, with upload progress; `capabilities` says so); flags go out
 *   with `onlineUserOnly`. A retry with the same
 *   `clientId` resends the SDK message of the first attempt (`resendMessage`), never a new one, and
 *   a retry after a success returns the first receipt.
 * - Status follows `SDK_READY`, `SDK_NOT_READY`, `NET_STATE_CHANGE` and `KICKED_OUT`.
 *
 * @example
 * const transport = createTencentChatTransport({ chat, serviceUserID: '@customer_service_account' })
 */
export function createTencentChatTransport(options: TencentChatTransportOptions): TencentChatTransport {
  const chat = options?.chat
  assertChat(chat)
  const serviceUserID = options.serviceUserID ?? DEFAULT_SERVICE_USER_ID
  if (typeof serviceUserID !== 'string' || serviceUserID.trim() === '') {
    throw new TypeError('createTencentChatTransport: `serviceUserID` must be a non-empty string')
  }
  const constants = resolveTencentConstants(options.TencentCloudChat)
  const { event: EVENT, types: TYPES } = constants
  const conversationID = `${TYPES.CONV_C2C}${serviceUserID}`
  const ctx: TencentMapContext = { serviceUserID, conversationID, constants }
  const extraCloudData = options.cloudCustomData
  let unknownCustomerKey: string | undefined
  /** `tencent:<SDKAppID>:<userID>:<conversationID>`, each part URI-encoded (no ':' ambiguity) */
  function storageKey(): string {
    const user = typeof options.userID === 'string' && options.userID !== '' ? options.userID : loginUser(chat)
    const app = options.SDKAppID !== undefined && String(options.SDKAppID) !== '' ? String(options.SDKAppID) : '-'
    if (user === '') {
      // never the key of another (or no) customer: an unknown customer stores under a random key
      unknownCustomerKey ??= `tencent:${encodeURIComponent(app)}:unknown-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}:${encodeURIComponent(conversationID)}`
      return unknownCustomerKey
    }
    return `tencent:${encodeURIComponent(app)}:${encodeURIComponent(user)}:${encodeURIComponent(conversationID)}`
  }
  // media only where the SDK instance has the factories (a stand-in or an older build may not)
  const canUpload = typeof (chat as Partial<TencentChat>).createImageMessage === 'function' && typeof (chat as Partial<TencentChat>).createFileMessage === 'function'
  const capabilities: TransportCapabilities | undefined =
    options.media === false || !canUpload ? undefined : { media: { ...(options.media ?? TENCENT_MEDIA) } }

  const listeners = new Set<TransportListener>()
  const sends = new Map<string, SendEntry>()
  let status: ConnectionStatus = 'idle'
  let attached = false
  /** whether the SDK was ready at some point since connect(): tells "reconnecting" from "not yet" */
  let everReady = false
  let readPending = false
  /**
   * Paging cursors, newest first: a fresh call (a catch-up after a reconnect) starts its own and
   * must not throw away the one `loadOlder` continues, or the next older page would rescan.
   */
  let cursors: HistoryCursor[] = []
  /** ms time of each message id (server and client ids) handed out, to find `before` by time */
  const seenTimes = new Map<string, number>()
  /** history calls run one at a time: they share the SDK's cursor */
  let historyQueue: Promise<unknown> = Promise.resolve()

  function emit(event: TransportEvent): void {
    for (const listener of [...listeners]) {
      try {
        listener(event)
      } catch (error) {
        // One faulty listener must not starve the others or break the SDK's emitter loop; rethrown
        // asynchronously so it still surfaces as an uncaught error.
        queueMicrotask(() => {
          throw error
        })
      }
    }
  }

  function setStatus(next: ConnectionStatus): void {
    if (next === status) return
    status = next
    emit({ type: 'status', status })
  }

  function reportError(error: TransportError): void {
    try {
      options.onError?.(error)
    } catch {
      // a logging hook that throws must not break the transport
    }
  }

  function messagesOf(event: unknown): TencentMessage[] {
    const data = isRecord(event) ? event.data : undefined
    return Array.isArray(data) ? data.filter((m: unknown): m is TencentMessage => isMessageLike(m) && isInConversation(m, ctx)) : []
  }

  // ---- SDK event handlers (kept as references so `off` removes exactly these) ----

  const onReady = (): void => {
    everReady = true
    setStatus('online')
    if (readPending) markRead()
  }

  const onNotReady = (): void => {
    // After a kick the SDK logs itself out (SDK_NOT_READY) before announcing KICKED_OUT; once
    // kicked, only a new login (SDK_READY) changes the status.
    if (status === 'kicked') return
    setStatus(everReady ? 'offline' : 'connecting')
  }

  const onNetState = (event: TencentEvent): void => {
    if (status === 'kicked') return
    const state = isRecord(event?.data) ? event.data.state : undefined
    if (state === TYPES.NET_STATE_CONNECTED) setStatus(chat.isReady() ? 'online' : 'connecting')
    else if (state === TYPES.NET_STATE_CONNECTING) setStatus('connecting')
    else if (state === TYPES.NET_STATE_DISCONNECTED) setStatus('offline')
  }

  const onKickedOut = (): void => {
    setStatus('kicked')
  }

  const onReceived = (event: TencentEvent): void => {
    for (const message of messagesOf(event)) {
      if (!isDeliveredMessage(message)) continue
      const incoming = toIncomingMessage(message, ctx)
      rememberTime(incoming)
      emit({ type: 'message', message: incoming })
    }
  }

  const onModified = (event: TencentEvent): void => {
    for (const message of messagesOf(event)) {
      if (message.isDeleted === true) continue
      emit({ type: 'modified', message: toIncomingMessage(message, ctx) })
    }
  }

  const onRevoked = (event: TencentEvent): void => {
    for (const message of messagesOf(event)) {
      if (typeof message.ID === 'string' && message.ID !== '') emit({ type: 'revoked', id: message.ID })
    }
  }

  const handlers: Array<[string, (event: TencentEvent) => void]> = [
    [EVENT.SDK_READY, onReady],
    [EVENT.SDK_NOT_READY, onNotReady],
    [EVENT.NET_STATE_CHANGE, onNetState],
    [EVENT.KICKED_OUT, onKickedOut],
    [EVENT.MESSAGE_RECEIVED, onReceived],
    [EVENT.MESSAGE_MODIFIED, onModified],
    [EVENT.MESSAGE_REVOKED, onRevoked],
  ]

  // ---- sending ----

  function notReadyError(): TransportError {
    return status === 'kicked'
      ? new TransportError('unauthorized', 'Signed out: another login took over this account')
      : new TransportError('offline', 'The chat SDK is not ready (not logged in yet, or reconnecting)')
  }

  /** The file the SDK uploads: a File with the chosen name (a pasted Blob has none). */
  function fileOf(body: OutgoingMediaBody): Blob {
    const F = (globalThis as { File?: typeof File }).File
    const named = (body.file as { name?: unknown }).name
    if (typeof F === 'function' && !(body.file instanceof F && named === body.name)) {
      try {
        return new F([body.file], body.name, { type: body.mime })
      } catch {
        // no File constructor that takes parts: send the Blob itself
      }
    }
    return body.file
  }

  function createSdkMessage(out: OutgoingMessage, relay: (fraction: number) => void): TencentMessage {
    const base = {
      to: serviceUserID,
      conversationType: asSdkType(TYPES.CONV_C2C),
      cloudCustomData: writeCloudCustomData(out.clientId, extraCloudData, out.cloudCustomData),
    }
    let created: unknown
    try {
      if (out.body.type === 'text') {
        created = chat.createTextMessage({ ...base, payload: { text: out.body.text } })
      } else if (isOutgoingMediaBody(out.body)) {
        const body = out.body
        const options = { ...base, payload: { file: fileOf(body) }, onProgress: (p: unknown) => relay(typeof p === 'number' ? p : Number(p)) }
        created = body.type === 'image' ? chat.createImageMessage(options)
          : body.type === 'video' ? chat.createVideoMessage(options)
          : chat.createFileMessage(options)
      } else {
        // description/extension are the SDK's other custom fields; the protocol uses only `data`.
        created = chat.createCustomMessage({ ...base, payload: { data: out.body.data, description: '', extension: '' } })
      }
    } catch (error) {
      throw toTransportError(error, 'Could not create the message')
    }
    if (isThenable(created)) {
      // Before login the real SDK's factories return a rejected promise instead of a message
      // (observed on 3.6.6). Swallow it here, and let the outbox try again once the SDK is ready.
      Promise.resolve(created).catch(() => undefined)
      throw new TransportError('offline', 'The chat SDK could not create a message (not logged in yet?)')
    }
    if (!isMessageLike(created) || created.ID === '') {
      throw new TransportError('unknown', 'The chat SDK returned no message to send')
    }
    return created
  }

  function attempt(entry: SendEntry): Promise<SendReceipt> {
    const first = entry.attempts === 0
    entry.attempts += 1
    let call: Promise<unknown>
    try {
      call = first ? chat.sendMessage(entry.message, entry.options) : chat.resendMessage(entry.message, entry.options)
    } catch (error) {
      call = Promise.reject(error)
    }
    const inflight = Promise.resolve(call).then(
      (result) => {
        const receipt = toReceipt(result, entry.message)
        entry.receipt = receipt
        entry.inflight = undefined
        return receipt
      },
      (error: unknown) => {
        entry.inflight = undefined
        throw toTransportError(error, 'Sending failed')
      },
    )
    entry.inflight = inflight
    return inflight
  }

  function remember(clientId: string, entry: SendEntry): void {
    sends.set(clientId, entry)
    if (sends.size <= MAX_REMEMBERED_SENDS) return
    // Forget the oldest *completed* sends; failed or pending ones stay, a retry may still come.
    for (const [id, e] of sends) {
      if (sends.size <= MAX_REMEMBERED_SENDS) break
      if (e.receipt) sends.delete(id)
    }
  }

  async function send(out: OutgoingMessage, context?: SendContext): Promise<SendReceipt> {
    if (!isRecord(out) || typeof out.clientId !== 'string' || out.clientId === '') {
      throw new TransportError('rejected', 'A message needs a non-empty clientId')
    }
    const body: unknown = out.body
    const media = isOutgoingMediaBody(body)
    const valid =
      isRecord(body) &&
      ((body.type === 'text' && typeof body.text === 'string') || (body.type === 'custom' && typeof body.data === 'string') || media)
    if (!valid) throw new TransportError('rejected', 'Only text, custom (string data) and media messages can be sent')
    if (media) {
      const limit = capabilities?.media?.[body.type]
      if (!limit) throw new TransportError('rejected', `This transport does not send ${body.type} messages`, { retryable: false })
      if (typeof limit.maxBytes === 'number' && body.size > limit.maxBytes) {
        throw new TransportError('rejected', `${body.name} is larger than ${limit.maxBytes} bytes`, { retryable: false })
      }
      return withAbort(sendEntry(out, context?.onProgress), context, out.clientId)
    }
    return sendEntry(out)
  }

  /**
   * The SDK has no way to stop an upload: an aborted send rejects at once with `cancelled`, and
   * the upload's late outcome is only remembered (a later resend of the same client id gets its
   * receipt). Progress goes to the attempt that asked last.
   */
  function withAbort(sending: Promise<SendReceipt>, context: SendContext | undefined, clientId: string): Promise<SendReceipt> {
    const entry = sends.get(clientId)
    const signal = context?.signal
    if (!signal) return sending
    if (signal.aborted) return Promise.reject(new TransportError('cancelled', 'The upload was cancelled'))
    return new Promise<SendReceipt>((resolve, reject) => {
      const onAbort = () => {
        if (entry && entry.progress === context?.onProgress) entry.progress = undefined
        reject(new TransportError('cancelled', 'The upload was cancelled'))
      }
      signal.addEventListener('abort', onAbort, { once: true })
      sending.then(
        (r) => { signal.removeEventListener('abort', onAbort); resolve(r) },
        (e: unknown) => { signal.removeEventListener('abort', onAbort); reject(e) },
      )
    })
  }

  async function sendEntry(out: OutgoingMessage, progress?: (fraction: number) => void): Promise<SendReceipt> {
    const known = sends.get(out.clientId)
    // Delivered already (e.g. the engine timed out while the SDK went on and succeeded).
    if (known?.receipt) return known.receipt
    // Still on its way: one SDK send per message, however often the engine asks.
    if (known?.inflight) return known.inflight
    if (!chat.isReady()) throw notReadyError()

    let entry = known
    if (!entry) {
      const holder: { entry?: SendEntry } = {}
      const relay = (fraction: number) => {
        if (!Number.isFinite(fraction)) return
        try {
          holder.entry?.progress?.(Math.min(1, Math.max(0, fraction)))
        } catch {
          // the listener's fault is not the upload's
        }
      }
      entry = {
        message: createSdkMessage(out, relay),
        options: out.options?.onlineUserOnly ? { onlineUserOnly: true } : undefined,
        attempts: 0,
      }
      holder.entry = entry
      remember(out.clientId, entry)
    }
    entry.progress = progress
    return attempt(entry)
  }

  // ---- history ----

  async function fetchPage(cursor: HistoryCursor): Promise<TencentMessage[]> {
    let result: unknown
    try {
      result = await chat.getMessageList(cursor.next ? { conversationID, nextReqMessageID: cursor.next } : { conversationID })
    } catch (error) {
      throw toTransportError(error, 'Loading history failed')
    }
    const data = isRecord(result) ? result.data : undefined
    if (!isRecord(data) || !Array.isArray(data.messageList)) {
      throw new TransportError('unknown', 'The chat SDK returned no message list')
    }
    const next = typeof data.nextReqMessageID === 'string' && data.nextReqMessageID !== '' ? data.nextReqMessageID : undefined
    const list = data.messageList.filter(isMessageLike)
    // Stop when the SDK says so, or when it makes no progress (no cursor, or the same cursor with
    // nothing new): paging on would loop forever.
    cursor.completed = data.isCompleted === true || next === undefined || (next === cursor.next && list.length === 0)
    cursor.next = next
    return list.filter((m) => isInConversation(m, ctx) && isDeliveredMessage(m))
  }

  function matches(message: TencentMessage, id: string): boolean {
    return message.ID === id || readClientId(message.cloudCustomData) === id
  }

  function rememberTime(m: IncomingMessage): void {
    if (seenTimes.size >= MAX_REMEMBERED_TIMES) seenTimes.delete(seenTimes.keys().next().value as string)
    seenTimes.set(m.id, m.time)
    if (m.clientId) seenTimes.set(m.clientId, m.time)
  }

  async function loadHistoryNow(before: string | undefined, limit: number): Promise<HistoryPage> {
    if (!chat.isReady()) throw notReadyError()
    // Continue where a page ended only if the engine asks for exactly what is older than it;
    // anything else (first call, a reset, messages that arrived live) starts from the newest.
    let cursor = before === undefined ? undefined : cursors.find((c) => c.oldestReturned.includes(before))
    let skipUntil: string | undefined
    /** when `before` was sent: a page reaching older messages has passed it, found or not (revoked) */
    let skipTime: number | undefined
    if (!cursor) {
      cursor = { completed: false, buffer: [], oldestReturned: [] }
      skipUntil = before
      skipTime = before === undefined ? undefined : seenTimes.get(before)
    }
    /** pages scanned while looking for `before`, oldest first */
    let scanned: TencentMessage[] = []
    while (cursor.buffer.length < limit && !cursor.completed) {
      const page = await fetchPage(cursor)
      if (skipUntil !== undefined) {
        let at = page.findIndex((m) => matches(m, skipUntil as string))
        if (at < 0 && skipTime !== undefined) {
          // `before` is gone (revoked, or never stored): what is older than its time is the answer
          const older = page.filter((m) => toMillis(m.time) < (skipTime as number)).length
          if (older > 0) at = older
        }
        if (at < 0) {
          scanned = [...page, ...scanned]
          continue
        }
        // Found: what is at or after `before` is already on screen; keep only the older part.
        skipUntil = undefined
        scanned = []
        cursor.buffer = page.slice(0, at)
        continue
      }
      cursor.buffer = [...page, ...cursor.buffer]
    }
    if (skipUntil !== undefined) {
      // `before` is not in the stored history (e.g. never stored). Return what was found: the engine
      // de-duplicates by id, so messages it already holds are harmless.
      cursor.buffer = [...scanned, ...cursor.buffer]
    }
    const take = cursor.buffer.slice(Math.max(0, cursor.buffer.length - limit))
    cursor.buffer = cursor.buffer.slice(0, cursor.buffer.length - take.length)
    const oldest = take[0]
    if (oldest) {
      const clientId = readClientId(oldest.cloudCustomData)
      cursor.oldestReturned = clientId ? [oldest.ID, clientId] : [oldest.ID]
    }
    const current = cursor
    cursors = [current, ...cursors.filter((c) => c !== current)].slice(0, MAX_CURSORS)
    const messages = take.map((m) => toIncomingMessage(m, ctx))
    for (const m of messages) rememberTime(m)
    return {
      messages,
      hasMore: current.buffer.length > 0 || !current.completed,
    }
  }

  function loadHistory(opts: { before?: string; limit: number }): Promise<HistoryPage> {
    const limit = Number.isFinite(opts?.limit) && opts.limit >= 1 ? Math.floor(opts.limit) : 20
    const before = typeof opts?.before === 'string' && opts.before !== '' ? opts.before : undefined
    const run = historyQueue.then(() => loadHistoryNow(before, limit))
    historyQueue = run.catch(() => undefined)
    return run
  }

  // ---- read reporting ----

  function markRead(): void {
    if (!chat.isReady()) {
      // reported when the SDK is ready again
      readPending = true
      return
    }
    readPending = false
    let call: Promise<unknown>
    try {
      call = chat.setMessageRead({ conversationID })
    } catch (error) {
      call = Promise.reject(error)
    }
    Promise.resolve(call).catch((error: unknown) => {
      readPending = true
      reportError(toTransportError(error, 'Reporting read failed'))
    })
  }

  return {
    get status() {
      return status
    },
    ...(capabilities ? { capabilities } : {}),
    conversationID,
    serviceUserID,
    get storageKey() {
      return storageKey()
    },
    async connect() {
      if (!attached) {
        for (const [name, handler] of handlers) chat.on(name, handler)
        attached = true
      }
      const ready = chat.isReady()
      everReady = everReady || ready
      // A kick sticks until the SDK is ready again (the host logged in anew).
      if (ready) setStatus('online')
      else if (status !== 'kicked') setStatus(everReady ? 'offline' : 'connecting')
      if (ready && readPending) markRead()
    },
    async disconnect() {
      if (attached) {
        for (const [name, handler] of handlers) chat.off(name, handler)
        attached = false
      }
      // The host owns the SDK instance: no logout here. The send map survives, so a retry after
      // reconnecting still resends instead of duplicating.
      everReady = false
      cursors = []
      setStatus('idle')
    },
    send,
    subscribe(listener: TransportListener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    loadHistory,
    markRead,
  }
}

function assertChat(chat: unknown): asserts chat is TencentChat {
  const required = ['isReady', 'on', 'off', 'createTextMessage', 'createCustomMessage', 'sendMessage', 'resendMessage', 'getMessageList', 'setMessageRead']
  const missing = isRecord(chat) ? required.filter((name) => typeof chat[name] !== 'function') : required
  if (missing.length > 0) {
    throw new TypeError(
      `createTencentChatTransport: \`chat\` must be a Tencent Cloud Chat SDK instance (missing ${missing.join(', ')})`,
    )
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return isRecord(value) && typeof (value as { then?: unknown }).then === 'function'
}

/** The server's answer to a send. The SDK resolves `{ code: 0, data: { message } }`. */
function toReceipt(result: unknown, sent: TencentMessage): SendReceipt {
  const data = isRecord(result) ? result.data : undefined
  const answered = isRecord(data) && isMessageLike(data.message) ? data.message : sent
  const id = typeof answered.ID === 'string' && answered.ID !== '' ? answered.ID : sent.ID
  const seconds = typeof answered.time === 'number' && answered.time > 0 ? answered.time : sent.time
  // seq is left out on purpose: see toIncomingMessage (C2C sequences are per sender).
  return { id, time: typeof seconds === 'number' && seconds > 0 ? Math.round(seconds * 1000) : Date.now() }
}

/** `chat.getLoginUser()` when the instance has it (the real SDK does), '' otherwise or on error. */
function loginUser(chat: TencentChat): string {
  try {
    const get = (chat as { getLoginUser?: () => unknown }).getLoginUser
    const user = typeof get === 'function' ? get.call(chat) : ''
    return typeof user === 'string' || user instanceof String ? String(user) : ''
  } catch {
    return ''
  }
}
