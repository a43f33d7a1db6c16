// The conversation model the engine keeps and the view draws. Plain data: no Vue in here.
import type { ConnectionStatus, MediaType, MessageMeta, Sender, Transport, TransportCapabilities } from '../transport'
import type { KefuLocks, KefuStorage } from '../storage/storage'
import type { MenuItem, OrderContent, Payload, ProductContent } from '../types'

/** Delivery status of a message. Incoming messages are always `sent`. */
export type DeliveryStatus = 'sending' | 'sent' | 'failed'

export interface ChatMessage {
  /**
   * Stable key for the list. For the customer's own messages this is the client id, and it does
   * not change when the server answers (so the view never re-mounts a bubble).
   */
  id: string
  /** the server's id, once known */
  serverId?: string
  /** the client id a customer message was sent with */
  clientId?: string
  from: Sender
  /** ms; for a message still sending, the local time it was written */
  time: number
  seq?: number
  status: DeliveryStatus
  /** why the last send failed (for `failed`, and while retrying) */
  error?: { code: string; message: string }
  payload: Payload
  /**
   * The customer chose or answered this (branch, form, suggestion, rating) and the server has not
   * echoed it yet. The payload's `selected` already holds the choice.
   */
  pendingChoice?: boolean
  senderName?: string
  avatar?: string
  /** the sender withdrew it; the view shows a notice instead of the content */
  revoked?: boolean
  /**
   * Message-level metadata (Tencent: the IM message's `cloudCustomData`), passed through from the
   * transport, or what the engine sent with the customer's message (a src 32 reply's
   * `{BranchOptionInfo}`). Read it with `aiLabelOf` / `feedbackTargetOf`.
   */
  cloudCustomData?: MessageMeta
  /**
   * The customer's own media message (sent with `sendMedia`): what is uploading and how far. Its
   * payload (`image` / `file` / `video` / `audio`) points at a local `blob:` object URL of the
   * bytes. Stays set once sent (progress 1), since the payload still shows the local copy.
   */
  upload?: UploadState
}

/** The upload of one attachment, on `ChatMessage.upload`. */
export interface UploadState {
  /** 0..1 */
  progress: number
  name: string
  /** bytes */
  size: number
  mime: string
  /**
   * the bytes were not kept across a reload (the storage cannot keep files): the message is
   * `failed`, and only `retryUpload(id, file)` with the file chosen again can send it
   */
  lost?: boolean
}

/** Options of `sendMedia`. */
export interface SendMediaOptions {
  /** the name to show and send @default the File's name, or one made up for a pasted image */
  name?: string
  /** how to send it @default from the MIME type (image/video/audio), else `file`; a type the transport cannot send falls back to `file` */
  type?: MediaType
  /** an image's or video's size in pixels, when known (the bubble reserves the space) */
  width?: number
  height?: number
  /** seconds, for video and audio */
  duration?: number
}

/** Thumbs feedback (src 43) on one bot answer, keyed in `ConversationState.feedback` by the answer's id. */
export interface AnswerFeedbackState {
  helpful: boolean
  status: DeliveryStatus
  /** the id of the outgoing src 43 message (never drawn): `engine.retry(messageId)` resends a failed one */
  messageId: string
}

/** Rating rules from src 23, decoded bit by bit. */
export interface RatingRules {
  flag: number
  /** 1<<0: the backend sends the rating card when the session ends */
  sendOnEnd: boolean
  /** 1<<1: agents may invite a rating */
  agentMayInvite: boolean
  /** 1<<2: the customer may ask for the rating card (src 24) */
  customerMayRequest: boolean
}

export type SessionPhase =
  /** start() not called yet */
  | 'idle'
  | 'active'
  /** src 19 */
  | 'ended'
  /** src 20 */
  | 'timedOut'

export interface QueueState {
  /** 1-based */
  position?: number
  /** people ahead, 0-based */
  waitNo?: number
  text: string
}

export interface ConversationState {
  connection: ConnectionStatus
  phase: SessionPhase
  /** drawn messages only (flags are folded into the fields below), ordered, de-duplicated */
  messages: readonly ChatMessage[]
  /** src 26: a human agent is serving */
  humanServing: boolean
  /** src 23, or null before it arrived */
  ratingRules: RatingRules | null
  /** src 12: the agent is typing (expires by itself) */
  typing: boolean
  /** while queued for a human agent */
  queue: QueueState | null
  /**
   * src 35: the model is thinking. Set by a live 35 with `thinkingStatus` 0; cleared by a 35 with
   * `thinkingStatus` 1, the next service message, the session's end, or after 60 s. Never from history.
   */
  thinking: boolean
  /** src 43 feedback sent on bot answers, by the answer's message id (list id) */
  feedback: Readonly<Record<string, AnswerFeedbackState>>
  /** whether older history can be loaded */
  hasMoreHistory: boolean
  loadingHistory: boolean
  /**
   * A catch-up after a reconnect stopped at its bound with messages still missing: they belong
   * after the message `after` (a list id; undefined when the list had none). `loadMissed()`
   * fetches the rest. Absent or null when nothing is missing.
   */
  missedHistory?: { after: string | undefined } | null
  /**
   * New live service messages the customer has not seen (always set by `createConversation`):
   * counted while no view says it is visible (`engine.setViewing(true)`), reset to 0 when one
   * does, or by `markRead()`. History is never counted as unread.
   */
  unread?: number
  /** list id of the newest unread service message, or null when nothing is unread */
  newestUnreadId?: string | null
  /** what the action bar may offer now */
  can: {
    transferToHuman: boolean
    requestRating: boolean
    endHumanSession: boolean
  }
}

/**
 * Every code an engine action may refuse with, in one list: hosts and renderers that translate or
 * switch on them import this instead of keeping their own copy. `unavailable` means the transport
 * could not do it right now (connecting for start(), loading for loadOlder()); try again later.
 */
export const ACTION_ERROR_CODES = [
  'notStarted',
  'empty',
  'tooLong',
  'notFound',
  'alreadyChosen',
  'alreadyRated',
  'expired',
  'notAllowed',
  'notInSeat',
  'invalidOption',
  'notFailed',
  'unsupported',
  'unavailable',
  /** an attachment is larger than the transport allows */
  'tooLarge',
  /** an attachment's bytes were not kept across a reload: choose the file again (`retryUpload`) */
  'lost',
] as const

export type ActionErrorCode = (typeof ACTION_ERROR_CODES)[number]

export interface ActionError {
  code: ActionErrorCode
  message: string
}

/** The `unread` event's value: the count and the newest unread message's list id (null at 0). */
export interface UnreadInfo {
  count: number
  messageId: string | null
}

/** Events `engine.on(event, listener)` delivers. */
export interface EngineEventMap {
  /** a new live service message, after the state that holds it was published (as `onIncoming`) */
  message: ChatMessage
  /** the unread count changed */
  unread: UnreadInfo
}

export type EngineEvent = keyof EngineEventMap

/** What an action returns: either the message it queued, or why it did not send. */
export type ActionResult<T = ChatMessage | undefined> = { ok: true; value: T } | { ok: false; error: ActionError }

/** Text templates the engine recognises in service texts to show notices and the queue banner. */
export interface NoticeTemplates {
  /** with `${QueuePosition}` (1-based) and `${WaitNo}` (0-based) */
  queue?: string[]
  /** may contain `$(StaffName)` */
  transferSucceeded?: string[]
  transferFailed?: string[]
  offHours?: string[]
}

export interface RetryOptions {
  /** attempts per message before it is shown as failed (the first send counts) @default 4 */
  attempts?: number
  /** first backoff in ms, doubled each attempt @default 1000 */
  baseDelay?: number
  /** backoff ceiling in ms @default 15000 */
  maxDelay?: number
}

export interface ConversationOptions {
  transport: Transport
  /** how long "typing…" shows without a new src 12 @default 5000 */
  typingTimeout?: number
  retry?: RetryOptions
  /** the text the "transfer to a human" action sends @default '转人工' */
  transferKeyword?: string
  templates?: NoticeTemplates
  /** longest text the customer may send @default 5000 */
  maxTextLength?: number
  /** history page size @default 20 */
  historyPageSize?: number
  /**
   * ms one send may take before it counts as a failed attempt: the message is retried under the
   * same client id (see `retry`), finally shown as failed with retry, and the queue behind it
   * moves on. A late answer still confirms it. 0: no limit. @default 20000
   */
  sendTimeout?: number
  /**
   * Where unsent messages (sending, queued, failed), the composer's draft and the last messages are
   * kept so they survive a reload, a crash or a closed tab. @default `localStorage` in a browser,
   * memory elsewhere (see `createLocalStorage`, `createMemoryStorage`)
   */
  storage?: KefuStorage
  /**
   * The conversation and customer the stored data belongs to (one customer's chat with one
   * service). @default the transport's `storageKey`, else 'default'
   */
  storageKey?: string
  /**
   * Which tab sends the stored outbox, so two tabs never both send it. @default Web Locks where the
   * browser has them, else every engine owns it (see `createWebLocks`, `createMemoryLocks`)
   */
  locks?: KefuLocks
  /** clock and timers, injectable for tests */
  now?: () => number
  /** client id generator, injectable for tests */
  createId?: () => string
  /**
   * the customer's UI locale (e.g. `'en'`, `'zh'`): sent as `triggeredContent.language` with the
   * start flag (src 7) and the end-session flag (src 27). See `setLanguage`.
   */
  language?: string
}

/** Whom `transferToAgent` asks for (src 39): named agents and/or an agent group. */
export interface AgentTransferTarget {
  /** agent ids (e.g. their e-mail accounts) */
  agentIds?: string[]
  groupId?: string | number
}

/** Thumbs up/down on a bot answer (src 43). */
export interface AnswerFeedbackInput {
  helpful: boolean
  /** reason tags (thumbs down) */
  reasons?: string[]
  /** free text (thumbs down) */
  comment?: string
}

/**
 * The Desk protocol's customer actions (src 32, 33, 34, 39, 43) and the UI locale. Renderers get
 * three of them through `MessageActions` (src/messages/types.ts).
 */
export interface DeskConversationActions {
  /** task-flow branch menu (32): sends the item's text (with `{BranchOptionInfo}` for fixed buttons) and marks it chosen */
  chooseTaskBranchItem(messageId: string, item: MenuItem | string): ActionResult<ChatMessage>
  /**
   * task-flow form (33): sends the values (by field name; missing names keep the prefilled value)
   * and sets the card's `payload.submittedValues`. The customer's own 33 is never drawn, so the
   * value is the updated form card.
   */
  submitTaskForm(messageId: string, values: Record<string, string>): ActionResult<ChatMessage>
  /**
   * src 43 on a bot answer carrying the AI label, once per answer; the value is the outgoing 43
   * (never drawn; `state.feedback[answerId]` follows it, and `retry(value.id)` resends it if it fails)
   */
  sendFeedback(messageId: string, feedback: AnswerFeedbackInput): ActionResult<ChatMessage>
  /** src 34: start a task flow (never drawn; retry a failed one with `retry(value.id)`) */
  transferToTaskFlow(taskFlowId: string, extra?: Record<string, unknown>): ActionResult<ChatMessage>
  /** src 39: transfer to named agents or an agent group (never drawn; retry as above) */
  transferToAgent(target: AgentTransferTarget): ActionResult<ChatMessage>
  /** the UI locale sent with the next src 7 / src 27 (`undefined` or '' sends none) */
  setLanguage(language: string | undefined): ActionResult<undefined>
}

export interface ConversationEngine extends DeskConversationActions {
  /**
   * the `transferKeyword` option when the host set one (undefined otherwise): the shell then sends
   * it instead of the customer's language's keyword
   */
  readonly configuredTransferKeyword?: string
  getState(): ConversationState
  /** called after every change with the new state; returns the unsubscribe function */
  subscribe(listener: (state: ConversationState) => void): () => void
  /** called once for each new incoming drawn message (for live-region announcements) */
  onIncoming(listener: (message: ChatMessage) => void): () => void
  /** connects the transport (if needed) and sends src 7 once per opening */
  start(): Promise<ActionResult<undefined>>
  /** stops timers and listeners, disconnects; a later start() is a new opening */
  stop(): Promise<void>
  sendText(text: string): ActionResult<ChatMessage>
  /** branch menu (15): sends the item's content as text and marks it chosen */
  chooseBranchItem(messageId: string, item: MenuItem | string): ActionResult<ChatMessage>
  /** welcome / clarify card (29): sends the question as text */
  chooseSuggestion(messageId: string, item: MenuItem | string): ActionResult<ChatMessage>
  /** form (21): sends the option or typed answer as text and locks the form */
  answerForm(messageId: string, answer: string): ActionResult<ChatMessage>
  /** rating card (9): sends src 10 once; refused after expireTime or when already rated */
  submitRating(messageId: string, optionId: string): ActionResult<ChatMessage | undefined>
  /** src 24: only while a human serves and the rules allow */
  requestRating(): ActionResult<undefined>
  /** src 27: only while a human serves */
  endHumanSession(): ActionResult<undefined>
  /**
   * sends the transfer keyword as text: `text` when given (the shell passes the customer's
   * language's keyword), else the `transferKeyword` option
   */
  transferToHuman(text?: string): ActionResult<ChatMessage>
  sendProduct(card: ProductContent): ActionResult<ChatMessage>
  sendOrder(order: OrderContent): ActionResult<ChatMessage>
  /** retries a `failed` message under the same client id */
  retry(messageId: string): ActionResult<ChatMessage>
  /**
   * Sends a file or image (a `File` or `Blob`): drawn at once from a local object URL with
   * `upload.progress`, queued in order with the texts, retried like them under one client id.
   * Refused with `unsupported` when the transport cannot send that media (`transport.capabilities`),
   * `tooLarge` over its size limit, `empty` for an empty file.
   */
  sendMedia?(file: Blob, options?: SendMediaOptions): ActionResult<ChatMessage>
  /** `sendMedia` for each file, in order; one result per file */
  sendFiles?(files: readonly Blob[]): ActionResult<ChatMessage>[]
  /** stops an attachment that is still uploading (or waiting) and removes it from the conversation */
  cancelUpload?(messageId: string): ActionResult<undefined>
  /**
   * sends a failed attachment again with the file chosen again (for one whose bytes were `lost`
   * across a reload), under the same client id
   */
  retryUpload?(messageId: string, file: Blob, options?: SendMediaOptions): ActionResult<ChatMessage>
  /** the media the transport can send and their size limits (absent: texts only) */
  mediaCapabilities?(): TransportCapabilities['media'] | undefined
  /** loads one page of older history */
  loadOlder(): Promise<ActionResult<{ hasMore: boolean }>>
  /** continues a catch-up that stopped at its bound (see `state.missedHistory`) */
  loadMissed?(): Promise<ActionResult<{ complete: boolean }>>
  /**
   * reports the conversation as read through the transport and sets `state.unread` to 0 (the
   * view calls `setViewing` instead, which calls this when the customer can see the chat)
   */
  markRead(): void
  /**
   * Whether the customer can see the conversation now: drawn while the chat is open and the
   * document visible (KefuChat and KefuLauncher call it). Turning it on marks everything read;
   * while on, new service messages are read at once and reported with one `markRead` per batch;
   * while off they count in `state.unread`. Off until a view turns it on.
   */
  setViewing?(visible: boolean): void
  /** whether a view said the conversation is visible (see `setViewing`) */
  isViewing?(): boolean
  /** listens to `message` or `unread`; returns the unsubscribe function */
  on?<K extends EngineEvent>(event: K, listener: (value: EngineEventMap[K]) => void): () => void
  /** the composer's draft kept in `storage` (resolves once storage was read; '' when none) */
  loadDraft?(): Promise<string>
  /** keeps the composer's draft in `storage` (debounced) */
  saveDraft?(text: string): void
  /** resolves when everything due is written to `storage` */
  flushStorage?(): Promise<void>
  /**
   * The server's time now in ms: the `now` clock corrected by the offset learned from receipts and
   * live message times. Rating expiry is judged on it (renderers get it as `context.now`).
   */
  serverNow?(): number
}
