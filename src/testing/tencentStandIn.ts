// An in-memory stand-in for a logged-in Tencent Cloud Chat SDK instance, for offline tests.
//
// Why not the real SDK: it cannot log in without Tencent's servers, and before login its message
// factories hand back a rejected promise instead of a message. So tests drive this stand-in, which
// is typed against the package's own declarations: it `implements` the `ChatSDK` methods the
// adapter uses, builds objects checked with `satisfies Message`, and fires the SDK's event names
// (`TENCENT_EVENT`, tied to the declared enum values) with the SDK's `{ name, data }` payloads. A
// rename or re-typing in a new SDK version therefore fails the type check here as well.
//
// It reproduces the behaviours the adapter depends on, as read from the 3.6.6 bundle: calls made
// while not ready reject with the not-ready reason; `sendMessage` only accepts messages the
// instance created; a failed send rejects with `{ code, message, data: { message } }` and leaves the
// message in the local list with status `fail`; `onlineUserOnly` messages are not stored; the
// message ID is kept across `resendMessage`; `getMessageList` pages newest-first through
// `nextReqMessageID` (the ID of the oldest message returned) and returns each page oldest-first.
import type TencentCloudChat from '@tencentcloud/chat'
import type { Message } from '@tencentcloud/chat'
import { TENCENT_ERROR_CODE } from '../protocol/tencent/errors'
import { TENCENT_EVENT, TENCENT_TYPES, asSdkType, type TencentChat, type TencentEvent, type TencentMessageOptions } from '../protocol/tencent/sdk'

type GetMessageListOptions = Parameters<TencentChat['getMessageList']>[0]
type SetMessageReadOptions = Parameters<TencentChat['setMessageRead']>[0]
type Handler = (event: TencentEvent) => void

/** The SDK's normal priority (a value of its `TYPES` enum), tied to the declaration. */
const PRIORITY_NORMAL = 'Normal' satisfies `${TencentCloudChat.TYPES.MSG_PRIORITY_NORMAL}`

/** The SDK's page size for `getMessageList` (it caps `count` at 15). */
const SDK_PAGE_SIZE = 15

/** Options of the stand-in. */
export interface TencentChatStandInOptions {
  /** the logged-in customer's user ID @default 'customer_1' */
  userID?: string
  /** @default '@customer_service_account' */
  serviceUserID?: string
  /** start logged in and ready @default true */
  ready?: boolean
  /** messages per `getMessageList` page @default 15 */
  pageSize?: number
  /** the server clock in ms @default Date.now */
  now?: () => number
}

/** An SDK-shaped error, like the one the SDK rejects with. */
export class TencentStandInError extends Error {
  readonly code: number
  readonly data: { message?: Message }
  constructor(code: number, message: string, data: { message?: Message } = {}) {
    super(message)
    this.name = 'TencentStandInError'
    this.code = code
    this.data = data
  }
}

/** Fields a test may set on a built message. */
export type StandInMessageInit = Partial<Omit<Message, 'type'>> & { type: string; payload: unknown }

/** A logged-in SDK instance in memory. See the file comment for what it reproduces. */
export class TencentChatStandIn implements TencentChat {
  readonly userID: string
  readonly serviceUserID: string
  /** everything the SDK keeps for its conversations, oldest first (what `getMessageList` pages through) */
  readonly stored: Message[] = []
  /** every call the adapter made, for assertions */
  readonly calls = {
    createTextMessage: [] as TencentMessageOptions[],
    createCustomMessage: [] as TencentMessageOptions[],
    /** createImageMessage / createFileMessage / createVideoMessage, with which factory */
    createMedia: [] as Array<{ factory: 'image' | 'file' | 'video'; options: TencentMessageOptions }>,
    sendMessage: [] as Array<{ message: Message; options: unknown }>,
    resendMessage: [] as Array<{ message: Message; options: unknown }>,
    getMessageList: [] as GetMessageListOptions[],
    setMessageRead: [] as SetMessageReadOptions[],
  }
  pageSize: number

  private readonly now: () => number
  private readonly handlers = new Map<string, Set<Handler>>()
  private readonly created = new WeakSet<object>()
  private ready: boolean
  private notReadyCode: number = TENCENT_ERROR_CODE.USER_NOT_LOGGED_IN
  private readonly failures = {
    send: [] as TencentStandInError[],
    getMessageList: [] as TencentStandInError[],
    setMessageRead: [] as TencentStandInError[],
  }
  private gate: Promise<void> | null = null
  private counter = 0

  constructor(options: TencentChatStandInOptions = {}) {
    this.userID = options.userID ?? 'customer_1'
    this.serviceUserID = options.serviceUserID ?? '@customer_service_account'
    this.ready = options.ready ?? true
    this.pageSize = options.pageSize ?? SDK_PAGE_SIZE
    this.now = options.now ?? Date.now
  }

  // ---- the SDK surface ----

  /** the logged-in customer's user ID */
  getLoginUser(): string {
    return this.userID
  }

  isReady(): boolean {
    return this.ready
  }

  on(eventName: string, handler: Handler): void {
    let set = this.handlers.get(eventName)
    if (!set) this.handlers.set(eventName, (set = new Set()))
    set.add(handler)
  }

  off(eventName: string, handler: Handler): void {
    this.handlers.get(eventName)?.delete(handler)
  }

  createTextMessage(options: TencentMessageOptions): Message {
    this.calls.createTextMessage.push(options)
    const payload: unknown = options.payload
    const text = typeof payload === 'string' ? payload : (payload as { text?: unknown })?.text
    return this.createOutgoing(options, TENCENT_TYPES.MSG_TEXT, { text: typeof text === 'string' ? text : '' })
  }

  createCustomMessage(options: TencentMessageOptions): Message {
    this.calls.createCustomMessage.push(options)
    const p = (options.payload ?? {}) as { data?: unknown; description?: unknown; extension?: unknown }
    return this.createOutgoing(options, TENCENT_TYPES.MSG_CUSTOM, {
      data: typeof p.data === 'string' ? p.data : '',
      description: typeof p.description === 'string' ? p.description : '',
      extension: typeof p.extension === 'string' ? p.extension : '',
    })
  }

  createImageMessage(options: TencentMessageOptions): Message {
    return this.createMediaMessage('image', options)
  }

  createFileMessage(options: TencentMessageOptions): Message {
    return this.createMediaMessage('file', options)
  }

  createVideoMessage(options: TencentMessageOptions): Message {
    return this.createMediaMessage('video', options)
  }

  /** upload progress reported (0..1) before each media send resolves @default [0.5, 1] */
  uploadSteps: number[] = [0.5, 1]
  private readonly progressOf = new WeakMap<object, (p: number) => void>()

  private createMediaMessage(factory: 'image' | 'file' | 'video', options: TencentMessageOptions): Message {
    this.calls.createMedia.push({ factory, options })
    const file = (options.payload as { file?: { name?: unknown; size?: unknown; type?: unknown } } | undefined)?.file
    const name = typeof file?.name === 'string' ? file.name : 'file'
    const size = typeof file?.size === 'number' ? file.size : 0
    const url = `https://cos.example.com/${encodeURIComponent(name)}`
    const payload =
      factory === 'image' ? { uuid: name, imageFormat: 255, imageInfoArray: [{ type: 0, url, width: 0, height: 0, size }] }
      : factory === 'video' ? { videoUrl: url, videoSize: size, videoSecond: 0, thumbUrl: '' }
      : { fileName: name, fileSize: size, fileUrl: url, uuid: name }
    const type = factory === 'image' ? TENCENT_TYPES.MSG_IMAGE : factory === 'video' ? TENCENT_TYPES.MSG_VIDEO : TENCENT_TYPES.MSG_FILE
    const message = this.createOutgoing(options, type, payload)
    const onProgress = (options as { onProgress?: unknown }).onProgress
    if (typeof onProgress === 'function') this.progressOf.set(message, onProgress as (p: number) => void)
    return message
  }

  sendMessage(message: Message, options?: unknown): Promise<{ code: 0; data: { message: Message } }> {
    this.calls.sendMessage.push({ message, options })
    return this.transmit(message, options)
  }

  resendMessage(message: Message, options?: unknown): Promise<{ code: 0; data: { message: Message } }> {
    this.calls.resendMessage.push({ message, options })
    return this.transmit(message, options)
  }

  async getMessageList(options: GetMessageListOptions): Promise<{
    code: 0
    data: { messageList: Message[]; nextReqMessageID: string; isCompleted: boolean }
  }> {
    this.calls.getMessageList.push({ ...options })
    this.guardReady()
    const failure = this.failures.getMessageList.shift()
    if (failure) throw failure
    const list = this.stored.filter((m) => m.conversationID === options.conversationID)
    let end = list.length
    if (options.nextReqMessageID) {
      end = list.findIndex((m) => m.ID === options.nextReqMessageID)
      if (end < 0) end = 0
    }
    const start = Math.max(0, end - this.pageSize)
    const messageList = list.slice(start, end)
    return {
      code: 0,
      data: { messageList, nextReqMessageID: start > 0 ? (messageList[0]?.ID ?? '') : '', isCompleted: start === 0 },
    }
  }

  async setMessageRead(options: SetMessageReadOptions): Promise<{ code: 0; data: Record<string, never> }> {
    this.calls.setMessageRead.push({ ...options })
    this.guardReady()
    const failure = this.failures.setMessageRead.shift()
    if (failure) throw failure
    return { code: 0, data: {} }
  }

  // ---- controls for tests ----

  /** Logs in (`SDK_READY`) or out (`SDK_NOT_READY`, later calls reject with USER_NOT_LOGGED_IN). */
  setReady(ready: boolean): void {
    if (ready === this.ready) return
    this.ready = ready
    if (!ready) this.notReadyCode = TENCENT_ERROR_CODE.USER_NOT_LOGGED_IN
    this.emit(ready ? TENCENT_EVENT.SDK_READY : TENCENT_EVENT.SDK_NOT_READY)
  }

  /** `NET_STATE_CHANGE` with `{ state }` ('connected' | 'connecting' | 'disconnected'). */
  setNetState(state: string): void {
    this.emit(TENCENT_EVENT.NET_STATE_CHANGE, { state })
  }

  /**
   * Another login takes the session over. Like the SDK: it logs itself out first (`SDK_NOT_READY`),
   * then announces `KICKED_OUT` with `{ type }`; later calls reject with the kick's reason code.
   */
  kickOut(type: string = TENCENT_TYPES.KICKED_OUT_MULT_ACCOUNT): void {
    this.ready = false
    this.notReadyCode =
      type === TENCENT_TYPES.KICKED_OUT_MULT_DEVICE ? TENCENT_ERROR_CODE.KICKED_OUT_MULT_DEVICE
      : type === TENCENT_TYPES.KICKED_OUT_USERSIG_EXPIRED ? TENCENT_ERROR_CODE.KICKED_OUT_USERSIG_EXPIRED
      : type === TENCENT_TYPES.KICKED_OUT_REST_API ? TENCENT_ERROR_CODE.KICKED_OUT_REST_API
      : TENCENT_ERROR_CODE.KICKED_OUT_MULT_ACCOUNT
    this.emit(TENCENT_EVENT.SDK_NOT_READY)
    this.emit(TENCENT_EVENT.KICKED_OUT, { type })
  }

  /** The next send (or resend) fails with this SDK code. Calls queue up, one per send. */
  failNextSend(code: number, message = `stand-in send failure ${code}`): void {
    this.failures.send.push(new TencentStandInError(code, message))
  }

  /** The next `getMessageList` / `setMessageRead` fails with this code. */
  failNext(method: 'getMessageList' | 'setMessageRead', code: number, message = `stand-in ${method} failure ${code}`): void {
    this.failures[method].push(new TencentStandInError(code, message))
  }

  /** Holds every send until the returned function is called (to test concurrent attempts). */
  pauseSends(): () => void {
    let release!: () => void
    this.gate = new Promise<void>((resolve) => {
      release = resolve
    })
    return () => {
      this.gate = null
      release()
    }
  }

  /** Stores messages as the server would (history) without announcing them. */
  store(...messages: Message[]): void {
    this.stored.push(...messages)
  }

  /** Messages arrive: stored, then `MESSAGE_RECEIVED` with the list. */
  receive(...messages: Message[]): void {
    this.stored.push(...messages)
    this.emit(TENCENT_EVENT.MESSAGE_RECEIVED, messages)
  }

  /** Messages are withdrawn: marked revoked, then `MESSAGE_REVOKED` with them. */
  revoke(...ids: string[]): void {
    const list = ids.map((id) => this.find(id))
    for (const m of list) {
      m.isRevoked = true
      m.revoker = this.serviceUserID
      m.revokerInfo = { userID: this.serviceUserID, nick: '', avatar: '' }
    }
    this.emit(TENCENT_EVENT.MESSAGE_REVOKED, list)
  }

  /** A message is changed (e.g. by a backend callback): updated, then `MESSAGE_MODIFIED`. */
  modify(id: string, changes: Partial<Message>): Message {
    const m = this.find(id)
    Object.assign(m, changes, { isModified: true })
    this.emit(TENCENT_EVENT.MESSAGE_MODIFIED, [m])
    return m
  }

  /** Emits any SDK event as `{ name, data }`. */
  emit(name: string, data?: unknown): void {
    for (const handler of [...(this.handlers.get(name) ?? [])]) handler(data === undefined ? { name } : { name, data })
  }

  /** How many handlers are registered (for one event, or in all). */
  listenerCount(name?: string): number {
    if (name !== undefined) return this.handlers.get(name)?.size ?? 0
    let n = 0
    for (const set of this.handlers.values()) n += set.size
    return n
  }

  /** Finds a stored message by ID. */
  find(id: string): Message {
    const m = this.stored.find((s) => s.ID === id)
    if (!m) throw new Error(`stand-in: no stored message ${id}`)
    return m
  }

  // ---- message builders (service → customer unless `flow: 'out'`) ----

  /** A message in the conversation with the service account, with every `Message` field set. */
  message(init: StandInMessageInit): Message {
    const out = init.flow === 'out'
    const from = init.from ?? (out ? this.userID : this.serviceUserID)
    const to = init.to ?? (out ? this.serviceUserID : this.userID)
    const peer = out ? to : from
    this.counter += 1
    const random = init.sequence ?? this.counter
    const time = init.time ?? Math.floor(this.now() / 1000)
    const { type, ...rest } = init
    const message = {
      ID: `${from}-${time}-${random}`,
      conversationID: `${TENCENT_TYPES.CONV_C2C}${peer}`,
      conversationType: asSdkType(TENCENT_TYPES.CONV_C2C),
      to,
      from,
      flow: out ? 'out' : 'in',
      time,
      status: 'success',
      isRevoked: false,
      priority: asSdkType(PRIORITY_NORMAL),
      nick: '',
      avatar: '',
      isPeerRead: false,
      nameCard: '',
      atUserList: [],
      cloudCustomData: '',
      isDeleted: false,
      isModified: false,
      needReadReceipt: false,
      readReceiptInfo: {},
      isBroadcastMessage: false,
      isSupportExtension: false,
      revoker: '',
      revokerInfo: { userID: '', nick: '', avatar: '' },
      revokeReason: '',
      sequence: random,
      hasRiskContent: false,
      ...rest,
      type: asSdkType(type),
    } satisfies Message
    return message
  }

  text(text: string, init: Partial<Message> = {}): Message {
    return this.message({ ...init, type: TENCENT_TYPES.MSG_TEXT, payload: { text } })
  }

  custom(data: string, init: Partial<Message> = {}): Message {
    return this.message({ ...init, type: TENCENT_TYPES.MSG_CUSTOM, payload: { data, description: '', extension: '' } })
  }

  /**
   * An image as the SDK hands it out: three renditions in access-side order (original, thumbnail,
   * large), `type` 0/1/2 and the server's `sizeType` 1/3/2.
   */
  image(urls: { original: string; large?: string; thumb?: string; width?: number; height?: number }, init: Partial<Message> = {}): Message {
    const w = urls.width ?? 0
    const h = urls.height ?? 0
    const scaled = (max: number) => (w && h ? { width: Math.min(w, max), height: Math.round((h * Math.min(w, max)) / w) } : { width: 0, height: 0 })
    return this.message({
      ...init,
      type: TENCENT_TYPES.MSG_IMAGE,
      payload: {
        uuid: `img-${this.counter + 1}`,
        imageFormat: 1,
        imageInfoArray: [
          { type: 0, sizeType: 1, url: urls.original, imageUrl: urls.original, size: 1000, width: w, height: h },
          { type: 1, sizeType: 3, url: urls.thumb ?? '', imageUrl: urls.thumb ?? '', size: 100, ...scaled(198) },
          { type: 2, sizeType: 2, url: urls.large ?? '', imageUrl: urls.large ?? '', size: 500, ...scaled(720) },
        ],
      },
    })
  }

  // ---- internals ----

  private createOutgoing(options: TencentMessageOptions, type: string, payload: unknown): Message {
    const message = this.message({
      type,
      payload,
      flow: 'out',
      to: options.to,
      cloudCustomData: options.cloudCustomData ?? '',
      status: 'unSend',
      time: Math.ceil(this.now() / 1000),
    })
    this.created.add(message)
    return message
  }

  private guardReady(): void {
    if (!this.ready) throw new TencentStandInError(this.notReadyCode, `stand-in: not ready (${this.notReadyCode})`)
  }

  private async transmit(message: Message, options: unknown): Promise<{ code: 0; data: { message: Message } }> {
    if (this.gate) await this.gate
    this.guardReady()
    const progress = this.progressOf.get(message)
    if (progress) for (const step of this.uploadSteps) progress(step)
    if (!this.created.has(message)) {
      throw new TencentStandInError(TENCENT_ERROR_CODE.MSG_INSTANCE_REQUIRED, 'stand-in: not a message of this instance')
    }
    const onlineOnly = typeof options === 'object' && options !== null && (options as { onlineUserOnly?: unknown }).onlineUserOnly === true
    const failure = this.failures.send.shift()
    if (failure) {
      message.status = 'fail'
      if (!onlineOnly && !this.stored.includes(message)) this.stored.push(message)
      throw new TencentStandInError(failure.code, failure.message, { message })
    }
    message.status = 'success'
    message.time = Math.floor(this.now() / 1000)
    if (!onlineOnly && !this.stored.includes(message)) this.stored.push(message)
    return { code: 0, data: { message } }
  }
}
