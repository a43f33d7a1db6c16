// The Transport interface: the only thing the conversation engine knows about a backend.
// Implementations: the in-process simulator (`kefu-kit/simulator`), the Tencent Cloud Chat
// adapter (`kefu-kit/tencent`), or a team's own backend.

/** Connection status as the customer should see it. */
export type ConnectionStatus =
  /** not connected yet, or disconnected on purpose */
  | 'idle'
  | 'connecting'
  | 'online'
  /** the network dropped; the transport is trying to come back */
  | 'offline'
  /** another login took the session over (Tencent: kicked out); will not come back by itself */
  | 'kicked'

/** Who sent a message, from the customer's point of view. */
export type Sender = 'customer' | 'service'

/** A message body on the wire, before decoding. */
export type WireBody =
  | { type: 'text'; text: string }
  | { type: 'image'; url: string; thumbUrl?: string; width?: number; height?: number }
  /** a custom message: `data` is the JSON string (or object) of the customer-service payload */
  | { type: 'custom'; data: unknown }
  | WireFileBody
  | WireVideoBody
  | WireAudioBody
  | WireLocationBody
  | WireFaceBody
  | WireMergerBody

/** A file (document, archive, ...). `size` in bytes. */
export interface WireFileBody { type: 'file'; url: string; name: string; size?: number; mime?: string }
/** A video. `duration` in seconds; `posterUrl` is a still frame. */
export interface WireVideoBody {
  type: 'video'; url: string; posterUrl?: string; duration?: number; width?: number; height?: number; size?: number; mime?: string
}
/** Audio or a voice message. `duration` in seconds. */
export interface WireAudioBody { type: 'audio'; url: string; duration?: number; size?: number; mime?: string }
/** A location: a name and address, and its coordinates in degrees (WGS 84). */
export interface WireLocationBody { type: 'location'; name?: string; address?: string; latitude: number; longitude: number }
/** A sticker / face: an index into a sticker set and/or its name, or an image URL. */
export interface WireFaceBody { type: 'face'; index?: number; name?: string; url?: string }
/** A forwarded chat record: its title and summary lines (the first few messages). */
export interface WireMergerBody { type: 'merger'; title: string; lines: string[]; count?: number }

/**
 * Message-level metadata: the IM message's own `cloudCustomData` (Tencent), not the custom
 * element's `data`. The Desk backend marks bot answers there (`{role: "robot", messageType:
 * "aiReply"}`) and reads `{BranchOptionInfo}` from src 32 replies. Build it with
 * `readMessageMeta` (kefu-kit/protocol), which never throws and bounds what it copies.
 */
export interface MessageMeta {
  /** the string as carried (possibly not JSON at all), truncated to the decode input limit */
  raw: string
  /** the parsed JSON object (a bounded copy), when `raw` is one; absent for non-JSON or non-objects */
  data?: Record<string, unknown>
}

/** A message as a transport delivers it (incoming, from history, or echoed). */
export interface IncomingMessage {
  /** the server's id; unique within the conversation */
  id: string
  /** server time in milliseconds */
  time: number
  /** server sequence, when the backend has one: breaks ties between equal times */
  seq?: number
  from: Sender
  /** for a customer message echoed back (history, another device): the client id it was sent with */
  clientId?: string
  senderName?: string
  avatar?: string
  body: WireBody
  /** message-level metadata, when the message carries any (see {@link MessageMeta}) */
  cloudCustomData?: MessageMeta
}

/** Send options carried to the backend. */
export interface SendOptions {
  /** flags (7, 10, 24, 27) go out with `onlineUserOnly`: not stored, not pushed offline */
  onlineUserOnly?: boolean
}

/** A message the customer sends. */
export interface OutgoingMessage {
  /**
   * Stable id chosen by the client. A retry of the same message uses the same `clientId`, and a
   * transport must never deliver two messages for one `clientId` (dedupe or resend).
   */
  clientId: string
  body: { type: 'text'; text: string } | { type: 'custom'; data: string } | OutgoingMediaBody
  options?: SendOptions
  /**
   * Message-level metadata to send (a JSON object; the transport serialises it), e.g.
   * `{BranchOptionInfo: taskInfo}` on a src 32 reply. A transport that keeps bookkeeping of its own
   * there (the Tencent one stores the client id) merges the two; its own keys win.
   */
  cloudCustomData?: Record<string, unknown>
}

/** Which media a customer can send through a transport. */
export type MediaType = 'image' | 'file' | 'video' | 'audio'

/** A media message the customer sends: the bytes to upload (`file`) and what is known about them. */
export interface OutgoingMediaBody {
  type: MediaType
  file: Blob
  /** the file's name as the customer chose it (a pasted image gets a generated one) */
  name: string
  size: number
  mime: string
  width?: number
  height?: number
  /** seconds, for video and audio when known */
  duration?: number
}

/** What a transport can carry beyond texts and custom messages. Absent: texts only. */
export interface TransportCapabilities {
  /** media types `send` accepts, with an optional size limit in bytes per type */
  media?: Partial<Record<MediaType, { maxBytes?: number }>>
}

/** Per-send context: upload progress and cancellation (media sends; texts may ignore it). */
export interface SendContext {
  /** 0..1 as the upload goes */
  onProgress?: (fraction: number) => void
  /** aborting rejects the send with `TransportError('cancelled')` */
  signal?: AbortSignal
}

/** What the server answered to a send. */
export interface SendReceipt {
  id: string
  time: number
  seq?: number
}

export type TransportErrorCode =
  /** no connection right now: the outbox keeps the message and sends it on reconnect */
  | 'offline'
  | 'timeout'
  /** the server refused this message (content, permissions, size): retrying will not help */
  | 'rejected'
  /** rate limited: retry later */
  | 'rateLimited'
  /** not logged in / kicked out */
  | 'unauthorized'
  /** the customer (or the host) cancelled the send through its `AbortSignal` */
  | 'cancelled'
  | 'unknown'

/** The typed error a transport rejects `send` (and `loadHistory`) with. */
export class TransportError extends Error {
  override readonly name = 'TransportError'
  readonly code: TransportErrorCode
  /** whether sending the same message again may succeed */
  readonly retryable: boolean
  /** the backend's own error code, when there is one (e.g. a Tencent SDK code) */
  override readonly cause?: unknown
  readonly backendCode?: number | string

  constructor(code: TransportErrorCode, message: string, opts: { retryable?: boolean; backendCode?: number | string; cause?: unknown } = {}) {
    super(message)
    this.code = code
    this.retryable = opts.retryable ?? (code !== 'rejected' && code !== 'unauthorized')
    this.backendCode = opts.backendCode
    this.cause = opts.cause
  }
}

export function isTransportError(e: unknown): e is TransportError {
  return e instanceof TransportError || (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'TransportError')
}

/** Events a transport pushes to its subscribers. */
export type TransportEvent =
  | { type: 'message'; message: IncomingMessage }
  /** the message with this id changed (e.g. the backend filled `selected`, or a stream grew) */
  | { type: 'modified'; message: IncomingMessage }
  | { type: 'revoked'; id: string }
  | { type: 'status'; status: ConnectionStatus }

export type TransportListener = (event: TransportEvent) => void

export interface HistoryPage {
  /** oldest first */
  messages: IncomingMessage[]
  /** whether there is anything older */
  hasMore: boolean
}

export interface Transport {
  /** current connection status */
  readonly status: ConnectionStatus
  /**
   * Which customer's conversation this is (e.g. user id + conversation id), so the engine keeps
   * each conversation's unsent messages apart in storage. Optional.
   */
  readonly storageKey?: string
  connect(): Promise<void>
  disconnect(): Promise<void>
  /** media the transport can send; absent means texts and custom messages only */
  readonly capabilities?: TransportCapabilities
  /**
   * Resolves with the server's id and time, or rejects with a `TransportError`. For a media body
   * the transport uploads `body.file`, reporting `context.onProgress`, and stops on `context.signal`.
   */
  send(message: OutgoingMessage, context?: SendContext): Promise<SendReceipt>
  /** returns the unsubscribe function */
  subscribe(listener: TransportListener): () => void
  /** pages of older history, oldest first; `before` is the id of the oldest message held */
  loadHistory?(options: { before?: string; limit: number }): Promise<HistoryPage>
  /** tell the backend the customer has read the conversation */
  markRead?(): void
}
