// Message-level metadata (an IM message's own `cloudCustomData`): reading it safely, and the two
// rules the Desk kits hang on it — the "AI-generated" label and thumbs feedback on bot answers.
// Pure functions; never throw.

import type { MessageMeta, Sender } from '../transport'
import { copyJsonBounded, defaultDecodeLimits, type DecodeLimits } from './read'

/** `messageType` values that mark an incoming answer as AI-generated (with `role: "robot"`). */
export const AI_MESSAGE_TYPES: readonly string[] = ['fallback', 'aiReply', 'faq']

/** The metadata key of a src 32 fixed-button reply (`{BranchOptionInfo: taskInfo}`). */
export const BRANCH_OPTION_INFO_KEY = 'BranchOptionInfo'

export interface ReadMessageMetaOptions {
  /** keys to leave out of `data` (a transport's own bookkeeping); `raw` stays as carried */
  omitKeys?: readonly string[]
  /** bounds: `maxInputLength` for `raw`, the copy limits for `data` (defaults: {@link defaultDecodeLimits}) */
  limits?: Partial<DecodeLimits>
}

/**
 * Message metadata from what a transport holds: a string (JSON or not), or an already-parsed
 * object. `undefined` for nothing (empty string, null, other types). `data` is a bounded JSON copy
 * present only when the value is a JSON object; a too-long string keeps a truncated `raw` and no
 * `data`. Never throws.
 */
export function readMessageMeta(value: unknown, options: ReadMessageMetaOptions = {}): MessageMeta | undefined {
  try {
    const max = readMax(options.limits)
    let raw: string
    let parsed: unknown
    if (typeof value === 'string') {
      if (value === '') return undefined
      if (value.length > max) return { raw: value.slice(0, max) }
      raw = value
      const first = value.trimStart()[0]
      if (first === '{') {
        try {
          parsed = JSON.parse(value)
        } catch {
          parsed = undefined
        }
      }
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      parsed = value
      const copied = copyJsonBounded(value, options.limits)
      raw = JSON.stringify(copied ?? {})
    } else {
      return undefined
    }
    const meta: MessageMeta = { raw }
    const data = copyJsonBounded(parsed, options.limits)
    if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
      const record = data as Record<string, unknown>
      for (const key of options.omitKeys ?? []) delete record[key]
      meta.data = record
    }
    return meta
  } catch {
    return undefined
  }
}

function readMax(limits: Partial<DecodeLimits> | undefined): number {
  const v = limits?.maxInputLength
  return typeof v === 'number' && v >= 0 ? Math.floor(v) : defaultDecodeLimits.maxInputLength
}

/** The parsed object of metadata given as a `MessageMeta`, a raw string or a plain object. */
function dataOf(meta: MessageMeta | Record<string, unknown> | string | null | undefined): Record<string, unknown> | undefined {
  if (meta === null || meta === undefined) return undefined
  if (typeof meta === 'string') return readMessageMeta(meta)?.data
  if (typeof meta !== 'object') return undefined
  const m = meta as Partial<MessageMeta>
  // A MessageMeta has a string `raw`; anything else is taken as the parsed object itself.
  if (typeof m.raw === 'string' && Object.keys(meta).every((k) => k === 'raw' || k === 'data')) {
    return m.data !== null && typeof m.data === 'object' ? m.data : readMessageMeta(m.raw)?.data
  }
  return meta as Record<string, unknown>
}

/**
 * Whether the "AI-generated" label applies: the metadata says `role: "robot"` and a `messageType`
 * of {@link AI_MESSAGE_TYPES}. Only meaningful for incoming (service) messages; see
 * {@link feedbackTargetOf} for the full rule.
 */
export function aiLabelOf(meta: MessageMeta | Record<string, unknown> | string | null | undefined): boolean {
  try {
    const data = dataOf(meta)
    if (!data) return false
    const role: unknown = data.role
    const type: unknown = data.messageType
    return role === 'robot' && typeof type === 'string' && AI_MESSAGE_TYPES.includes(type)
  } catch {
    return false
  }
}

/** The `taskInfo` a src 32 reply carries in its metadata (`BranchOptionInfo`), if any. */
export function branchOptionInfoOf(meta: MessageMeta | Record<string, unknown> | string | null | undefined): Record<string, unknown> | undefined {
  try {
    const info = dataOf(meta)?.[BRANCH_OPTION_INFO_KEY]
    return info !== null && typeof info === 'object' && !Array.isArray(info) ? (info as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** What {@link feedbackTargetOf} needs of a message (a `ChatMessage` or an `IncomingMessage` fits). */
export interface FeedbackCandidate {
  id: string
  /** the server id, when it differs from `id` (engine messages) */
  serverId?: string
  from: Sender
  revoked?: boolean
  payload?: { kind: string; isFinished?: boolean }
  cloudCustomData?: MessageMeta
}

/** Answer kinds thumbs may be offered on (not welcome cards, notices, 36, thinking, flags). */
const RATEABLE_KINDS: ReadonlySet<string> = new Set([
  'text', 'image', 'richText', 'stream', 'branch', 'form', 'clarify', 'taskBranch', 'taskForm', 'product', 'order',
])

/**
 * The feedback target of a message: `{messageID}` (its server id, what src 43 names) when thumbs
 * may be offered on it — an incoming answer carrying the AI label, of an answer kind, not revoked,
 * and (for a stream) finished. `undefined` otherwise. Sending once per answer is the caller's rule.
 */
export function feedbackTargetOf(message: FeedbackCandidate | null | undefined): { messageID: string } | undefined {
  try {
    if (!message || message.from !== 'service' || message.revoked === true) return undefined
    const kind = message.payload?.kind
    if (kind !== undefined && !RATEABLE_KINDS.has(kind)) return undefined
    if (kind === 'stream' && message.payload?.isFinished !== true) return undefined
    if (!aiLabelOf(message.cloudCustomData)) return undefined
    const id = typeof message.serverId === 'string' && message.serverId !== '' ? message.serverId : message.id
    return typeof id === 'string' && id !== '' ? { messageID: id } : undefined
  } catch {
    return undefined
  }
}
