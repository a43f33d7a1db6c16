// The customer's outgoing media: telling a media body from a text or custom one, the media type a
// file is sent as, and the wire body / payload it becomes once it has a URL. Pure; no Vue, no DOM.
import type { MediaType, OutgoingMediaBody, OutgoingMessage, TransportCapabilities, WireBody } from '../transport'
import type { AudioPayload, FilePayload, ImagePayload, VideoPayload } from '../types'

export const MEDIA_TYPES: readonly MediaType[] = ['image', 'file', 'video', 'audio']

/** Whether an outgoing body is a media upload (a `file` Blob to send) rather than text or custom data. */
export function isOutgoingMediaBody(body: OutgoingMessage['body'] | unknown): body is OutgoingMediaBody {
  if (typeof body !== 'object' || body === null) return false
  const b = body as { type?: unknown; file?: unknown }
  return (MEDIA_TYPES as readonly unknown[]).includes(b.type) && typeof b.file === 'object' && b.file !== null
}

/** The media type a MIME type suggests: image/*, video/*, audio/*, else a plain file. */
export function mediaTypeOfMime(mime: unknown): MediaType {
  const m = typeof mime === 'string' ? mime.toLowerCase() : ''
  if (m.startsWith('image/')) return 'image'
  if (m.startsWith('video/')) return 'video'
  if (m.startsWith('audio/')) return 'audio'
  return 'file'
}

/** The size limit in bytes a transport declares for a media type (Infinity when none); undefined: not supported. */
export function mediaLimit(capabilities: TransportCapabilities | undefined, type: MediaType): number | undefined {
  const media = capabilities?.media
  if (!media || typeof media !== 'object') return undefined
  const entry = media[type]
  if (!entry || typeof entry !== 'object') return undefined
  const max = entry.maxBytes
  return typeof max === 'number' && Number.isFinite(max) && max > 0 ? max : Infinity
}

/** The incoming wire body an uploaded media message becomes, once the backend gave it a URL. */
export function mediaWireBody(body: OutgoingMediaBody, url: string): WireBody {
  switch (body.type) {
    case 'image': {
      const out: WireBody = { type: 'image', url }
      if (body.width !== undefined) out.width = body.width
      if (body.height !== undefined) out.height = body.height
      return out
    }
    case 'video': {
      const out: WireBody = { type: 'video', url, size: body.size, mime: body.mime }
      if (body.duration !== undefined) out.duration = body.duration
      if (body.width !== undefined) out.width = body.width
      if (body.height !== undefined) out.height = body.height
      return out
    }
    case 'audio': {
      const out: WireBody = { type: 'audio', url, size: body.size, mime: body.mime }
      if (body.duration !== undefined) out.duration = body.duration
      return out
    }
    default:
      return { type: 'file', url, name: body.name, size: body.size, mime: body.mime }
  }
}

/** The payload the customer's own media message shows while (and after) it uploads, from a local URL. */
export function localMediaPayload(body: OutgoingMediaBody, url: string): ImagePayload | FilePayload | VideoPayload | AudioPayload {
  switch (body.type) {
    case 'image': {
      const p: ImagePayload = { kind: 'image', url, alt: body.name }
      if (body.width !== undefined) p.width = body.width
      if (body.height !== undefined) p.height = body.height
      return p
    }
    case 'video': {
      const p: VideoPayload = { kind: 'video', url, size: body.size, mime: body.mime }
      if (body.duration !== undefined) p.duration = body.duration
      if (body.width !== undefined) p.width = body.width
      if (body.height !== undefined) p.height = body.height
      return p
    }
    case 'audio': {
      const p: AudioPayload = { kind: 'audio', url, size: body.size, mime: body.mime }
      if (body.duration !== undefined) p.duration = body.duration
      return p
    }
    default:
      return { kind: 'file', url, name: body.name, size: body.size, mime: body.mime }
  }
}

/** A local object URL for a Blob where the platform can make one, else ''. Never throws. */
export function objectUrlOf(file: Blob): string {
  try {
    const U = (globalThis as { URL?: { createObjectURL?: (b: Blob) => string } }).URL
    return typeof U?.createObjectURL === 'function' ? U.createObjectURL(file) : ''
  } catch {
    return ''
  }
}

/** Revokes an object URL made by objectUrlOf. Never throws. */
export function revokeObjectUrl(url: string | undefined): void {
  if (typeof url !== 'string' || !url.startsWith('blob:')) return
  try {
    const U = (globalThis as { URL?: { revokeObjectURL?: (u: string) => void } }).URL
    U?.revokeObjectURL?.(url)
  } catch {
    // nothing to do
  }
}
