// The six media bodies (file, video, audio, location, face, merger) as a transport delivers them,
// checked field by field. A transport is written by another team and a wire body may come from
// anyone, so nothing here trusts a type or a length: a required field that is missing or of the
// wrong type makes the message `invalid` (drawn as a placeholder, with the reason); a text that is
// merely too long is cut to its bound (the message stays readable); an optional field that is not
// usable (a negative size, an infinite duration, a string where a number belongs) is dropped.
import type {
  AudioPayload, FacePayload, FilePayload, InvalidPayload, LocationPayload, MediaPayload, MergerPayload, VideoPayload,
} from '../types'

/** Longest URL kept (the URL rule refuses longer ones anyway; a longer one makes the message invalid). */
export const MEDIA_MAX_URL = 4096
/** Longest name, address, title or MIME type kept (longer ones are cut). */
export const MEDIA_MAX_TEXT = 1000
/** Longest summary line of a forwarded record kept. */
export const MEDIA_MAX_LINE = 500
/** Most summary lines of a forwarded record kept. */
export const MEDIA_MAX_LINES = 50

type Body = Record<string, unknown>
type Result<T> = T | InvalidPayload

const invalid = (reason: string): InvalidPayload => ({ kind: 'invalid', reason })

/** A bounded string: cut at `max` without splitting a surrogate pair. */
function bounded(s: string, max: number): string {
  if (s.length <= max) return s
  let end = max
  const c = s.charCodeAt(end - 1)
  if (c >= 0xd800 && c <= 0xdbff) end--
  return s.slice(0, end) + '…'
}

/** A required URL: a non-empty string no longer than MEDIA_MAX_URL, else the reason it is not. */
function urlOf(b: Body, kind: string, field = 'url'): string | InvalidPayload {
  const v = b[field]
  if (typeof v !== 'string' || v.trim() === '') return invalid(`${kind} body without ${field}`)
  if (v.length > MEDIA_MAX_URL) return invalid(`${kind} body with a ${field} longer than ${MEDIA_MAX_URL}`)
  return v.trim()
}

/** An optional URL: dropped when missing, empty, not a string or too long. */
function optionalUrl(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' && v.length <= MEDIA_MAX_URL ? v.trim() : undefined
}

/** An optional text: dropped when not a string, cut when too long. */
function optionalText(v: unknown, max = MEDIA_MAX_TEXT): string | undefined {
  return typeof v === 'string' ? bounded(v, max) : undefined
}

/** An optional number: finite and non-negative, else dropped. */
function optionalCount(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined
}

function setIf<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value
}

function fileOf(b: Body): Result<FilePayload> {
  const url = urlOf(b, 'file')
  if (typeof url !== 'string') return url
  if (b.name !== undefined && typeof b.name !== 'string') return invalid('file body with a name that is not a string')
  const p: FilePayload = { kind: 'file', url, name: bounded(typeof b.name === 'string' ? b.name : '', MEDIA_MAX_TEXT) }
  setIf(p, 'size', optionalCount(b.size))
  setIf(p, 'mime', optionalText(b.mime, 255))
  return p
}

function videoOf(b: Body): Result<VideoPayload> {
  const url = urlOf(b, 'video')
  if (typeof url !== 'string') return url
  const p: VideoPayload = { kind: 'video', url }
  setIf(p, 'posterUrl', optionalUrl(b.posterUrl))
  setIf(p, 'duration', optionalCount(b.duration))
  setIf(p, 'width', optionalCount(b.width))
  setIf(p, 'height', optionalCount(b.height))
  setIf(p, 'size', optionalCount(b.size))
  setIf(p, 'mime', optionalText(b.mime, 255))
  return p
}

function audioOf(b: Body): Result<AudioPayload> {
  const url = urlOf(b, 'audio')
  if (typeof url !== 'string') return url
  const p: AudioPayload = { kind: 'audio', url }
  setIf(p, 'duration', optionalCount(b.duration))
  setIf(p, 'size', optionalCount(b.size))
  setIf(p, 'mime', optionalText(b.mime, 255))
  return p
}

function locationOf(b: Body): Result<LocationPayload> {
  const { latitude, longitude } = b
  if (typeof latitude !== 'number' || !Number.isFinite(latitude) || latitude < -90 || latitude > 90) {
    return invalid('location body without a latitude between -90 and 90')
  }
  if (typeof longitude !== 'number' || !Number.isFinite(longitude) || longitude < -180 || longitude > 180) {
    return invalid('location body without a longitude between -180 and 180')
  }
  const p: LocationPayload = { kind: 'location', latitude, longitude }
  setIf(p, 'name', optionalText(b.name))
  setIf(p, 'address', optionalText(b.address))
  return p
}

function faceOf(b: Body): Result<FacePayload> {
  const p: FacePayload = { kind: 'face' }
  const index = optionalCount(b.index)
  setIf(p, 'index', index !== undefined && Number.isInteger(index) ? index : undefined)
  setIf(p, 'name', optionalText(b.name))
  setIf(p, 'url', optionalUrl(b.url))
  if (p.index === undefined && !p.name && !p.url) return invalid('face body without an index, a name or a url')
  return p
}

function mergerOf(b: Body): Result<MergerPayload> {
  if (typeof b.title !== 'string') return invalid('merger body without a title')
  if (!Array.isArray(b.lines)) return invalid('merger body without lines')
  const lines: string[] = []
  // only the first MEDIA_MAX_LINES are looked at: a hostile array may be huge
  const n = Math.min(b.lines.length, MEDIA_MAX_LINES)
  for (let i = 0; i < n; i++) {
    const line: unknown = b.lines[i]
    if (typeof line !== 'string') return invalid('merger body with a line that is not a string')
    lines.push(bounded(line, MEDIA_MAX_LINE))
  }
  const p: MergerPayload = { kind: 'merger', title: bounded(b.title, MEDIA_MAX_TEXT), lines }
  const count = optionalCount(b.count)
  setIf(p, 'count', count !== undefined && Number.isInteger(count) ? count : undefined)
  return p
}

const DECODERS: Record<MediaPayload['kind'], (b: Body) => MediaPayload | InvalidPayload> = {
  file: fileOf,
  video: videoOf,
  audio: audioOf,
  location: locationOf,
  face: faceOf,
  merger: mergerOf,
}

/** Whether `type` names one of the six media bodies. */
export function isMediaType(type: unknown): type is MediaPayload['kind'] {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(DECODERS, type)
}

/**
 * The payload of a media body (`body.type` one of the six), or `invalid` with the reason.
 * Never throws: getters that throw and proxies are caught and reported as invalid.
 */
export function mediaPayloadOf(body: Body & { type: MediaPayload['kind'] }): MediaPayload | InvalidPayload {
  try {
    return DECODERS[body.type](body)
  } catch {
    return invalid(`${body.type} body could not be read`)
  }
}
