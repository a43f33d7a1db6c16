// The hostile-input readers every decoder shares: bounded reads of strings, numbers, lists and
// free-form values, and the limits that bound them. Nothing here throws.
import {
  type InvalidPayload,
  type MenuItem,
} from '../types'

/** Longest `src` accepted; anything longer is not a message type. */
export const MAX_SRC_LENGTH = 64

/** Bounds that keep hostile or broken input from freezing the view. All counts are inclusive. */
export interface DecodeLimits {
  /**
   * Longest JSON string accepted, in UTF-16 code units. Longer input is `invalid` ("too large")
   * without being parsed. Default 1,000,000 (Tencent Cloud Chat itself caps a message at 12 KB).
   */
  maxInputLength: number
  /** Longest short text field (headers, item texts, ids, descriptions); longer ones are truncated. Default 10,000. */
  maxStringLength: number
  /** Longest long text: src 30's Markdown, and src 31's chunks joined. Longer text is truncated. Default 100,000. */
  maxTextLength: number
  /**
   * Most elements read from any list (menu items, rating options, order fields, suggestions) and
   * most keys copied from any free-form object. Elements past it are never read. Default 100.
   */
  maxItems: number
  /** Most chunks read from a src 31 stream. Default 10,000. */
  maxChunks: number
  /** Deepest nesting copied from free-form data (unknown payloads, src 13 `content`). Default 8. */
  maxDepth: number
  /** Most values (of any kind, at any depth) copied from one free-form value. Default 1,000. */
  maxCopyValues: number
}

/** The limits `decode` uses where the caller gives none. */
export const defaultDecodeLimits: Readonly<DecodeLimits> = Object.freeze({
  maxInputLength: 1_000_000,
  maxStringLength: 10_000,
  maxTextLength: 100_000,
  maxItems: 100,
  maxChunks: 10_000,
  maxDepth: 8,
  maxCopyValues: 1_000,
})

const LIMIT_KEYS = Object.keys(defaultDecodeLimits) as (keyof DecodeLimits)[]

/** The caller's limits over the defaults; anything not a non-negative number is ignored. */
export function resolveLimits(limits: Partial<DecodeLimits> | undefined): DecodeLimits {
  const out: DecodeLimits = { ...defaultDecodeLimits }
  if (limits === undefined || limits === null) return out
  for (const key of LIMIT_KEYS) {
    const v = field(limits, key)
    // A nonsense limit (NaN, negative, a string) must not switch a bound off; keep the default.
    if (typeof v === 'number' && v >= 0) out[key] = Math.floor(v)
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Shared readers

export function invalid(reason: string, src?: string): InvalidPayload {
  return src === undefined ? { kind: 'invalid', reason } : { kind: 'invalid', src, reason }
}

/** `header`, or the official plugin's fallback `title`. */
export function heading(c: object, L: DecodeLimits): string {
  const header = text(field(c, 'header'), L.maxStringLength)
  return usable(header) ?? usable(text(field(c, 'title'), L.maxStringLength)) ?? header ?? ''
}

/** A branch/form `selected`: `{content}`, or leniently the bare string. */
export function choice(v: unknown, L: DecodeLimits): { content: string } | undefined {
  const content = usable(text(isRecord(v) ? field(v, 'content') : v, L.maxStringLength))
  return content === undefined ? undefined : { content }
}

export function menuItems(v: unknown, L: DecodeLimits): MenuItem[] | undefined {
  const list = readList(v, L.maxItems)
  if (!list) return undefined
  const out: MenuItem[] = []
  for (const raw of list) {
    if (isRecord(raw)) {
      // Items are sent back verbatim as text, so one without visible text cannot be chosen.
      const content = usable(text(field(raw, 'content'), L.maxStringLength))
      if (content === undefined) continue
      const item: MenuItem = { content }
      const desc = text(field(raw, 'desc'), L.maxStringLength)
      if (desc !== undefined) item.desc = desc
      out.push(item)
    } else {
      const content = usable(text(raw, L.maxStringLength))
      if (content !== undefined) out.push({ content })
    }
  }
  return out
}

/** Reads an own property; anything that throws (getters, proxy traps) reads as missing. */
export function field(o: unknown, key: string): unknown {
  if (typeof o !== 'object' || o === null) return undefined
  try {
    return Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined
  } catch {
    return undefined
  }
}

export function isArray(v: unknown): v is readonly unknown[] {
  try {
    return Array.isArray(v)
  } catch {
    // A revoked proxy throws from Array.isArray.
    return false
  }
}

export function isRecord(v: unknown): v is object {
  return typeof v === 'object' && v !== null && !isArray(v)
}

/** The first `max` elements of an array (a proxy can claim any length, so the bound is ours). */
export function readList(v: unknown, max: number): unknown[] | undefined {
  if (!isArray(v)) return undefined
  const length = field(v, 'length')
  const n = typeof length === 'number' && length > 0 ? Math.min(length, max) : 0
  const out: unknown[] = []
  for (let i = 0; i < n; i++) out.push(field(v, String(i)))
  return out
}

/** A string, or a number/bigint spelled as one (senders mix `"101"` and `101`), truncated. */
export function text(v: unknown, max: number): string | undefined {
  if (typeof v === 'string') return truncate(v, max)
  if (typeof v === 'number') return Number.isFinite(v) ? truncate(String(v), max) : undefined
  if (typeof v === 'bigint') return truncate(v.toString(), max)
  return undefined
}

/** The text if it has something visible in it. */
export function usable(s: string | undefined): string | undefined {
  return s !== undefined && s.trim() !== '' ? s : undefined
}

export const NUMERIC = /^-?\d{1,20}(\.\d{1,20})?$/

/** A finite number, or a plain decimal string (`expireTime: "1691074320"`). Not `''`, hex or exponents. */
export function numeric(v: unknown): number | undefined {
  // `+ 0` turns -0 into 0: JSON cannot carry -0, and the output must survive a JSON round trip.
  if (typeof v === 'number') return Number.isFinite(v) ? v + 0 : undefined
  if (typeof v === 'string' && v.length <= 48) {
    const s = v.trim()
    if (NUMERIC.test(s)) return Number(s) + 0
  }
  return undefined
}

export function isMarker(v: unknown, expected: 0 | 1): boolean {
  return v === expected || v === String(expected)
}

export function isTruthyFlag(v: unknown): boolean {
  return v === true || v === 1 || v === '1' || v === 'true'
}

export function normaliseSrc(v: unknown): string | undefined {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? String(v) : undefined
  if (typeof v !== 'string' || v.length > MAX_SRC_LENGTH) return undefined
  const s = v.trim()
  return s === '' ? undefined : s
}

/** Cuts at `max` UTF-16 units without leaving half a surrogate pair behind. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s
  let end = max
  const last = s.charCodeAt(end - 1)
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end--
  return s.slice(0, end)
}

/**
 * A JSON-safe copy of free-form data within the limits: strings truncated, at most `maxItems`
 * elements/keys per level, `maxDepth` levels and `maxCopyValues` values in all (so a shared or
 * cyclic graph cannot blow up). Non-JSON values (functions, symbols, bigints, non-finite numbers)
 * and `__proto__` keys are dropped; `undefined` means "nothing to keep".
 */
export function copyValue(v: unknown, depth: number, budget: { left: number }, L: DecodeLimits): unknown {
  if (budget.left <= 0) return undefined
  budget.left--
  switch (typeof v) {
    case 'string': return truncate(v, L.maxStringLength)
    case 'number': return Number.isFinite(v) ? v + 0 : undefined
    case 'boolean': return v
    case 'object': break
    default: return undefined
  }
  if (v === null) return null
  if (depth >= L.maxDepth) return undefined
  if (isArray(v)) {
    const out: unknown[] = []
    for (const item of readList(v, L.maxItems) ?? []) {
      const copy = copyValue(item, depth + 1, budget, L)
      if (copy !== undefined) out.push(copy)
    }
    return out
  }
  let keys: string[]
  try {
    keys = Object.keys(v)
  } catch {
    return {}
  }
  const out: Record<string, unknown> = {}
  let kept = 0
  for (const key of keys) {
    if (kept >= L.maxItems) break
    // A `__proto__` own key is legal JSON, but any consumer that Object.assigns our copy would
    // then swap its prototype; it never carries meaning, so it goes.
    if (key === '__proto__') continue
    const copy = copyValue(field(v, key), depth + 1, budget, L)
    if (copy === undefined) continue
    out[key] = copy
    kept++
  }
  return out
}

/**
 * A bounded, JSON-safe copy of free-form data (see `copyValue`), for the other wire modules
 * (message metadata). Not part of the public API.
 * @internal
 */
export function copyJsonBounded(v: unknown, limits?: Partial<DecodeLimits>): unknown {
  try {
    const L = resolveLimits(limits)
    return copyValue(v, 0, { left: L.maxCopyValues }, L)
  } catch {
    return undefined
  }
}

/** A boolean spelled any of the ways senders do; `undefined` when it is not recognisably one. */
export function flagValue(v: unknown): boolean | undefined {
  if (v === true || v === 1 || v === '1' || v === 'true') return true
  if (v === false || v === 0 || v === '0' || v === 'false') return false
  return undefined
}
