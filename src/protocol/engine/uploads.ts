// The customer's attachments: sendMedia / sendFiles, cancelUpload, retryUpload. Each checks what
// the transport can carry (`transport.capabilities.media`) before anything is drawn, so a refused
// file never shows up as a message that cannot be sent; an accepted one is drawn at once from a
// local object URL and goes through the same serial outbox as the texts around it.
import type { MediaType, OutgoingMediaBody } from '../transport'
import { localMediaPayload, mediaLimit, mediaTypeOfMime, MEDIA_TYPES, objectUrlOf, revokeObjectUrl } from '../wire/media'
import { guard } from './actions'
import { ok, refuse, type Core } from './core'
import type { Delivery } from './delivery'
import type { ActionResult, ChatMessage, SendMediaOptions, UploadState } from './types'

/** The longest file name kept (longer ones are cut, keeping the extension). */
export const MAX_FILE_NAME = 200

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp', 'image/bmp': 'bmp', 'image/svg+xml': 'svg',
  'video/mp4': 'mp4', 'video/webm': 'webm', 'audio/mpeg': 'mp3', 'audio/ogg': 'ogg', 'audio/wav': 'wav', 'application/pdf': 'pdf',
}

function isBlob(file: unknown): file is Blob {
  if (typeof file !== 'object' || file === null) return false
  const B = (globalThis as { Blob?: typeof Blob }).Blob
  if (B && file instanceof B) return true
  const f = file as { size?: unknown; type?: unknown; slice?: unknown }
  return typeof f.size === 'number' && typeof f.type === 'string' && typeof f.slice === 'function'
}

function finite(n: unknown): number | undefined {
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined
}

/** A name for the file: the given one, the File's own, or one made up (`image-20261130-125700.png`). */
export function fileNameOf(file: Blob, type: MediaType, given: unknown, now: number): string {
  const own = (file as { name?: unknown }).name
  const clean = (s: string) => s.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').trim()
  let name = typeof given === 'string' ? clean(given) : ''
  if (name === '' && typeof own === 'string') name = clean(own)
  if (name === '') {
    const d = new Date(now)
    const pad = (n: number) => String(n).padStart(2, '0')
    const stamp = Number.isNaN(d.getTime()) ? 'file' : `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`
    const ext = EXTENSIONS[file.type.toLowerCase()] ?? 'bin'
    name = `${type}-${stamp}.${ext}`
  }
  if (name.length > MAX_FILE_NAME) {
    const dot = name.lastIndexOf('.')
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : ''
    name = name.slice(0, MAX_FILE_NAME - ext.length) + ext
  }
  return name
}

export function createMediaActions(core: Core, delivery: Delivery) {
  const { ids, config, transport } = core
  const find = (id: unknown) => ids.find(id)

  /** The outgoing body for a file, or why it cannot go. */
  function bodyFor(file: unknown, options: SendMediaOptions = {}): { ok: true; body: OutgoingMediaBody } | { ok: false; error: ReturnType<typeof refuse>['error'] } {
    if (!isBlob(file)) return refuse('invalidOption', 'sendMedia needs a File or a Blob.')
    if (file.size === 0) return refuse('empty', 'The file is empty.')
    const caps = transport.capabilities
    const asked = options.type
    if (asked !== undefined && !MEDIA_TYPES.includes(asked)) return refuse('invalidOption', `Unknown media type ${String(asked)}.`)
    let type: MediaType = asked ?? mediaTypeOfMime(file.type)
    // a video the transport cannot send as a video may still go as a file
    if (asked === undefined && type !== 'file' && mediaLimit(caps, type) === undefined && mediaLimit(caps, 'file') !== undefined) type = 'file'
    const limit = mediaLimit(caps, type)
    if (limit === undefined) return refuse('unsupported', `This conversation cannot send ${type === 'file' ? 'files' : `${type}s`}.`)
    if (file.size > limit) return refuse('tooLarge', `The file is ${file.size} bytes; the limit is ${limit}.`)
    const body: OutgoingMediaBody = {
      type,
      file,
      name: fileNameOf(file, type, options.name, config.now()),
      size: file.size,
      mime: file.type || 'application/octet-stream',
    }
    const width = finite(options.width)
    const height = finite(options.height)
    const duration = finite(options.duration)
    if (width !== undefined) body.width = width
    if (height !== undefined) body.height = height
    if (duration !== undefined) body.duration = duration
    return { ok: true, body }
  }

  function uploadOf(body: OutgoingMediaBody): UploadState {
    return { progress: 0, name: body.name, size: body.size, mime: body.mime }
  }

  function sendMedia(file: Blob, options?: SendMediaOptions): ActionResult<ChatMessage> {
    const early = guard(core.isStarted())
    if (!early.ok) return early
    const made = bodyFor(file, options)
    if (!made.ok) return made
    const url = objectUrlOf(made.body.file)
    return ok(delivery.queueCustomer(localMediaPayload(made.body, url), { body: made.body }, undefined, uploadOf(made.body)))
  }

  function sendFiles(files: readonly Blob[]): ActionResult<ChatMessage>[] {
    if (!Array.isArray(files)) return [refuse('invalidOption', 'sendFiles needs an array of files.')]
    return files.map((file) => sendMedia(file))
  }

  function cancelUpload(messageId: string): ActionResult<undefined> {
    const found = guard(core.isStarted(), messageId, find)
    if (!found.ok) return found
    const message = found.value
    if (!message.upload || message.from !== 'customer') return refuse('unsupported', `Message ${message.id} is not an attachment.`)
    if (message.status === 'sent') return refuse('notAllowed', 'That attachment was already sent.')
    delivery.cancel(message)
    return ok(undefined)
  }

  function retryUpload(messageId: string, file: Blob, options?: SendMediaOptions): ActionResult<ChatMessage> {
    const found = guard(core.isStarted(), messageId, find)
    if (!found.ok) return found
    const message = found.value
    if (!message.upload || message.from !== 'customer' || message.clientId === undefined) {
      return refuse('unsupported', `Message ${message.id} is not an attachment.`)
    }
    if (message.status !== 'failed') return refuse('notFailed', 'Only an attachment that failed to send can be sent again.')
    const made = bodyFor(file, options)
    if (!made.ok) return made
    revokeObjectUrl((message.payload as { url?: string }).url)
    const url = objectUrlOf(made.body.file)
    const next: ChatMessage = { ...message, payload: localMediaPayload(made.body, url), upload: uploadOf(made.body) }
    return ok(delivery.resend(next, { body: made.body }))
  }

  return {
    sendMedia,
    sendFiles,
    cancelUpload,
    retryUpload,
    mediaCapabilities: () => {
      const media = transport.capabilities?.media
      return media && typeof media === 'object' ? media : undefined
    },
  }
}
