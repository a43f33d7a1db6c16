// SDK message → kit message. Pure functions: no SDK calls, never throw (payloads are typed `any`
// in the SDK's declarations and come from the network, so every field is checked before use).
import type { IncomingMessage, Sender, WireBody } from '../transport'
import { readMessageMeta } from '../wire/meta'
import { isRecord, type TencentConstants, type TencentMessage } from './sdk'

/**
 * The key under which the kit stores its client id in a sent message's `cloudCustomData` (a JSON
 * object string). The SDK carries `cloudCustomData` to the server and back, so history and the
 * customer's other devices hand the id back and the engine can match them to its own bubbles.
 */
export const CLIENT_ID_KEY = 'kefuClientId'

/**
 * Messages of SDK types the kit has no bubble for (group tips, system notices, types added after
 * 3.x, …) are delivered as a customer-service custom body whose `src` is this prefix plus the
 * SDK type, e.g. `tim:TIMGroupTipElem`. The decoder treats it as an unknown `src`, so the view draws
 * its "unsupported message" placeholder instead of dropping the message (the customer still sees
 * that something arrived), and a custom renderer can pick the type up from `src`. `content` holds
 * the SDK payload's plain top-level fields (URLs, names, sizes, durations) for such a renderer.
 */
export const UNSUPPORTED_SRC_PREFIX = 'tim:'

/** Who the transport talks to, for mapping. */
export interface TencentMapContext {
  serviceUserID: string
  /** `C2C${serviceUserID}` */
  conversationID: string
  constants: TencentConstants
}

/**
 * Whether a value from the SDK looks like a message (an object with a string `ID`). Event data and
 * history pages are typed `any` by the SDK, so they are checked before anything else reads them.
 */
export function isMessageLike(value: unknown): value is TencentMessage {
  return isRecord(value) && typeof value.ID === 'string'
}

/** Whether a message belongs to the one-to-one conversation with the service account. */
export function isInConversation(message: TencentMessage, ctx: TencentMapContext): boolean {
  if (!isRecord(message)) return false
  if (typeof message.conversationID === 'string' && message.conversationID !== '') {
    return message.conversationID === ctx.conversationID
  }
  // The SDK always sets conversationID; this fallback only covers hand-built or partial objects,
  // and only for one-to-one messages between the customer and the service account.
  const type = message.conversationType as string
  if (type && type !== ctx.constants.types.CONV_C2C) return false
  return message.from === ctx.serviceUserID || message.to === ctx.serviceUserID
}

/**
 * Whether the message exists on the server and should be shown: not deleted, not revoked, and not
 * one of this device's own failed or unsent attempts (the SDK keeps those in its local message list,
 * so `getMessageList` returns them, but they were never delivered).
 */
export function isDeliveredMessage(message: TencentMessage): boolean {
  if (!isRecord(message)) return false
  if (message.isDeleted === true || message.isRevoked === true) return false
  return message.status !== 'fail' && message.status !== 'unSend'
}

/** Who sent it, from the customer's side. */
export function senderOf(message: TencentMessage, ctx: TencentMapContext): Sender {
  if (message.flow === 'out') return 'customer'
  if (message.flow === 'in') return 'service'
  return message.from === ctx.serviceUserID ? 'service' : 'customer'
}

/** The kit client id stored in `cloudCustomData`, if any. Tolerates any other content there. */
export function readClientId(cloudCustomData: unknown): string | undefined {
  if (typeof cloudCustomData !== 'string' || cloudCustomData === '' || cloudCustomData[0] !== '{') return undefined
  try {
    const parsed: unknown = JSON.parse(cloudCustomData)
    const id = isRecord(parsed) ? parsed[CLIENT_ID_KEY] : undefined
    return typeof id === 'string' && id !== '' ? id : undefined
  } catch {
    return undefined
  }
}

/**
 * The `cloudCustomData` string for a sent message: the host's extra fields (transport option),
 * then the message's own metadata (e.g. `{BranchOptionInfo}` on a src 32 reply), then the client id.
 */
export function writeCloudCustomData(clientId: string, extra?: Record<string, unknown>, message?: Record<string, unknown>): string {
  // The client id is written last so a field of the same name cannot break deduplication.
  return JSON.stringify({ ...(extra ?? {}), ...(isRecord(message) ? message : {}), [CLIENT_ID_KEY]: clientId })
}

/**
 * The kit's view of an SDK message. Time is converted from the SDK's seconds to milliseconds.
 *
 * `seq` is deliberately left out: in one-to-one chats the SDK's `sequence` is chosen by each sender
 * (the bundle sets `sequence = clientSequence` for C2C), so the customer's and the service's
 * sequences are unrelated counters, and using them to break ties within a second would put replies
 * before questions. Equal times keep the SDK's (and the network's) order instead.
 */
export function toIncomingMessage(message: TencentMessage, ctx: TencentMapContext): IncomingMessage {
  const from = senderOf(message, ctx)
  const out: IncomingMessage = {
    id: String(message.ID ?? ''),
    time: toMillis(message.time),
    from,
    body: toWireBody(message, ctx.constants),
  }
  if (from === 'customer') {
    const clientId = readClientId(message.cloudCustomData)
    if (clientId) out.clientId = clientId
  }
  // Message-level metadata, both ways (the AI label and BranchOptionInfo live there). The kit's own
  // client id is bookkeeping, surfaced as `clientId` above, so it is left out of `data`.
  const meta = readMessageMeta(message.cloudCustomData, { omitKeys: [CLIENT_ID_KEY] })
  const onlyBookkeeping = meta?.data !== undefined && Object.keys(meta.data).length === 0 && readClientId(message.cloudCustomData) !== undefined
  if (meta && !onlyBookkeeping) out.cloudCustomData = meta
  if (typeof message.nick === 'string' && message.nick !== '') out.senderName = message.nick
  if (typeof message.avatar === 'string' && message.avatar !== '') out.avatar = message.avatar
  return out
}

/** The message body: text, image, custom (for the decoder), or the unsupported placeholder. */
export function toWireBody(message: TencentMessage, constants: TencentConstants): WireBody {
  const type: string = typeof message.type === 'string' ? message.type : ''
  const payload: unknown = message.payload
  const { types } = constants
  if (type === types.MSG_TEXT) {
    const text = isRecord(payload) ? payload.text : undefined
    return { type: 'text', text: typeof text === 'string' ? text : '' }
  }
  if (type === types.MSG_CUSTOM) {
    return { type: 'custom', data: isRecord(payload) ? payload.data : undefined }
  }
  if (type === types.MSG_IMAGE) {
    const image = toImageBody(payload)
    if (image) return image
  }
  const media = toMediaBody(type, payload, constants)
  if (media) return media
  return unsupportedBody(type || 'unknown', payload)
}

/**
 * Sound, video, file, location, face and merger (relay) elements → the kit's media bodies. Field
 * names as the SDK 3.x bundle builds its element `content` (the declarations type `payload` as
 * `any`): sound `{ url, remoteAudioUrl, second, size }`, video `{ videoUrl, remoteVideoUrl,
 * videoSecond, videoSize, videoFormat, snapshotUrl | thumbUrl, snapshotWidth | thumbWidth, … }`,
 * file `{ fileUrl, remoteFileUrl, fileName, fileSize }`, location `{ description, latitude,
 * longitude }`, face `{ index, data }`, merger `{ title, abstractList, messageList, compatibleText }`.
 * A body the engine cannot use (no URL yet, coordinates out of range) still goes through: the
 * engine's decoder turns it into a visible placeholder with the reason. `null`: not a media type.
 */
export function toMediaBody(type: string, payload: unknown, constants: TencentConstants): WireBody | null {
  const { types } = constants
  const p = isRecord(payload) ? payload : {}
  if (type === types.MSG_AUDIO) {
    const body: Extract<WireBody, { type: 'audio' }> = { type: 'audio', url: firstString(p.remoteAudioUrl, p.url) ?? '' }
    setNumber(body, 'duration', p.second)
    setNumber(body, 'size', p.size)
    return body
  }
  if (type === types.MSG_VIDEO) {
    const body: Extract<WireBody, { type: 'video' }> = { type: 'video', url: firstString(p.remoteVideoUrl, p.videoUrl) ?? '' }
    const poster = firstString(p.remoteSnapshotUrl, p.snapshotUrl, p.remoteThumbUrl, p.thumbUrl)
    if (poster) body.posterUrl = poster
    setNumber(body, 'duration', p.videoSecond)
    setNumber(body, 'size', p.videoSize)
    setNumber(body, 'width', p.snapshotWidth ?? p.thumbWidth)
    setNumber(body, 'height', p.snapshotHeight ?? p.thumbHeight)
    const format = firstString(p.videoFormat)
    if (format && /^[a-z0-9]{1,10}$/i.test(format)) body.mime = `video/${format.toLowerCase()}`
    return body
  }
  if (type === types.MSG_FILE) {
    const body: Extract<WireBody, { type: 'file' }> = {
      type: 'file', url: firstString(p.remoteFileUrl, p.fileUrl) ?? '', name: firstString(p.fileName) ?? '',
    }
    setNumber(body, 'size', p.fileSize)
    return body
  }
  if (type === types.MSG_LOCATION) {
    // `description` is the one text field; the SDK's demo writes "name, address" or just the address
    const body: Extract<WireBody, { type: 'location' }> = {
      type: 'location', latitude: Number(p.latitude), longitude: Number(p.longitude),
    }
    const description = firstString(p.description)
    if (description) body.name = description
    return body
  }
  if (type === types.MSG_FACE) {
    const body: Extract<WireBody, { type: 'face' }> = { type: 'face' }
    if (typeof p.index === 'number' && Number.isInteger(p.index) && p.index >= 0) body.index = p.index
    const data = firstString(p.data)
    // `data` is whatever the sender's app put there: a sticker key ("[微笑]", "yz00") or an image URL
    if (data && /^https?:\/\//i.test(data)) body.url = data
    else if (data) body.name = data
    return body
  }
  if (type === types.MSG_MERGER) {
    const lines = Array.isArray(p.abstractList) ? p.abstractList.filter((l): l is string => typeof l === 'string') : []
    const body: Extract<WireBody, { type: 'merger' }> = {
      type: 'merger', title: firstString(p.title) ?? '', lines: lines.length ? lines : firstString(p.compatibleText) ? [p.compatibleText as string] : [],
    }
    if (Array.isArray(p.messageList) && p.messageList.length) body.count = p.messageList.length
    return body
  }
  return null
}

function setNumber<T extends object>(body: T, key: keyof T, value: unknown): void {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  if (typeof n === 'number' && Number.isFinite(n) && n >= 0) (body as Record<keyof T, unknown>)[key] = n
}

/** A placeholder body for a message the kit does not draw (see `UNSUPPORTED_SRC_PREFIX`). */
export function unsupportedBody(type: string, payload: unknown): WireBody {
  return {
    type: 'custom',
    data: { customerServicePlugin: 0, src: UNSUPPORTED_SRC_PREFIX + type, content: plainFields(payload) },
  }
}

interface ImageInfo {
  url: string
  width?: number
  height?: number
}

/**
 * An image body from `payload.imageInfoArray`. Each entry is one rendition. The SDK marks them two
 * ways (read from the bundle): `sizeType` keeps the server's numbering (1 original, 2 large ≈720px,
 * 3 thumbnail ≈198px), while `type` is re-numbered for the access side after a swap (0 original,
 * 1 thumbnail, 2 large). `sizeType` is preferred because it survives that swap.
 *
 * `url` (what opens full size) is the original, falling back to large then thumbnail; `thumbUrl`
 * (what the list shows) is the thumbnail, falling back to large; width and height come from the
 * original, whose aspect ratio the bubble reserves before the image loads. An image with no URL at
 * all (e.g. still uploading on another device) becomes the placeholder rather than a broken image.
 */
export function toImageBody(payload: unknown): WireBody | null {
  const list = isRecord(payload) && Array.isArray(payload.imageInfoArray) ? payload.imageInfoArray : []
  let original: ImageInfo | undefined
  let large: ImageInfo | undefined
  let thumb: ImageInfo | undefined
  const loose: ImageInfo[] = []
  for (const entry of list) {
    if (!isRecord(entry)) continue
    const url = firstString(entry.imageUrl, entry.url)
    if (!url) continue
    const info: ImageInfo = { url, width: positive(entry.width), height: positive(entry.height) }
    const role =
      entry.sizeType === 1 ? 'original'
      : entry.sizeType === 2 ? 'large'
      : entry.sizeType === 3 ? 'thumb'
      : entry.type === 0 ? 'original'
      : entry.type === 1 ? 'thumb'
      : entry.type === 2 ? 'large'
      : undefined
    if (role === 'original') original ??= info
    else if (role === 'large') large ??= info
    else if (role === 'thumb') thumb ??= info
    else loose.push(info)
  }
  const main = original ?? large ?? loose[0] ?? thumb
  if (!main) return null
  const small = thumb ?? large
  const sized = [original, large, ...loose, thumb].find((i) => i?.width && i.height)
  const body: Extract<WireBody, { type: 'image' }> = { type: 'image', url: main.url }
  if (small && small.url !== main.url) body.thumbUrl = small.url
  if (sized?.width && sized.height) {
    // Falls back to a smaller rendition's size when the original has none: the ratio still holds.
    body.width = sized.width
    body.height = sized.height
  }
  return body
}

/** SDK seconds → ms. A message without a usable time is placed at the moment it was seen. */
export function toMillis(seconds: unknown): number {
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : Date.now()
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined
}

function firstString(...values: unknown[]): string | undefined {
  for (const v of values) if (typeof v === 'string' && v !== '') return v
  return undefined
}

/** The payload's top-level strings, finite numbers and booleans: enough for a custom renderer. */
function plainFields(payload: unknown): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {}
  if (!isRecord(payload)) return out
  for (const [key, value] of Object.entries(payload)) {
    if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) {
      out[key] = value
    }
  }
  return out
}
