// How the transcript is laid out, before any DOM: which messages are drawn (and by what), where a
// new sender group starts, and where the day changes. Pure, so it is tested without mounting.
import type { RendererRegistry, ResolvedRenderer } from '../../messages/registry'
import type { ChatMessage } from '../../protocol/engine/types'
import type { PayloadKind } from '../../protocol/types'
import { builtInKinds } from '../../messages/kinds'
import { DATE_OPTIONS, formatDateFast, type DateKind } from '../../i18n/dateFormat'

/** Messages from the same sender within this many ms form one group (one avatar and name). */
export const GROUP_WINDOW_MS = 3 * 60 * 1000

/**
 * The kit's kinds drawn as centred system lines (notices, session-ended dividers): no avatar, no
 * group. Read from the kind declarations (`layout: 'system'`); the list itself asks the registry,
 * so a team's own kind can be a system line too.
 */
export const SYSTEM_KINDS: ReadonlySet<PayloadKind> = /* @__PURE__ */ (() =>
  new Set<PayloadKind>(builtInKinds.filter((k) => k.layout === 'system').flatMap((k) => k.kinds)))()

export interface ListItem {
  message: ChatMessage
  resolved: ResolvedRenderer
  /** first message of its calendar day (local time): draw a date divider above it */
  dayStart: boolean
  /** first message of a sender group: draw the avatar and name */
  groupStart: boolean
  /** a centred system line */
  system: boolean
}

/** Local calendar day as a comparable number (yyyymmdd). */
export function dayKey(time: number): number {
  const d = new Date(time)
  return d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate()
}

// The day of a message never changes for one message object; 10,000 `new Date` per state change
// would be measurable on a phone, so cache by object identity.
const dayCache = new WeakMap<ChatMessage, number>()
function cachedDay(m: ChatMessage): number {
  let d = dayCache.get(m)
  if (d === undefined) {
    d = dayKey(m.time)
    dayCache.set(m, d)
  }
  return d
}

/**
 * Whether a message is drawn as a centred system line: one call per message. The kind's declared
 * layout decides (a team's own kind too); a registry that does not say falls back to the kit's kinds.
 */
export function isSystemLine(message: ChatMessage, resolved?: ResolvedRenderer): boolean {
  return resolved && resolved.layout ? resolved.layout === 'system' : SYSTEM_KINDS.has(message.payload.kind)
}

/**
 * The item for one drawn message, given the drawn item before it (undefined for the first).
 * `dayStart` and `groupStart` depend only on the previous drawn message, which is what lets the
 * list lay out only the rows it renders (see model.ts).
 */
export function layoutItem(message: ChatMessage, resolved: ResolvedRenderer, prev: Pick<ListItem, 'message' | 'system'> | undefined): ListItem {
  const system = isSystemLine(message, resolved)
  const day = cachedDay(message)
  const dayStart = !prev || day !== cachedDay(prev.message)
  const p = prev?.message
  const groupStart =
    !p ||
    dayStart ||
    system ||
    prev!.system ||
    p.from !== message.from ||
    // a different agent took over: name and avatar must show again
    (message.from === 'service' && (p.senderName || '') !== (message.senderName || '')) ||
    Math.abs(message.time - p.time) > GROUP_WINDOW_MS
  return { message, resolved, dayStart, groupStart, system }
}

/**
 * The drawn items, in order. Messages the registry does not draw (flags, kinds a host hid with
 * `false`) are left out here, so they take no row and do not split groups.
 */
export function buildItems(messages: readonly ChatMessage[], registry: RendererRegistry): ListItem[] {
  const items: ListItem[] = []
  let prev: ListItem | undefined
  for (const message of messages) {
    const resolved = registry.resolve(message)
    if (!resolved) continue
    prev = layoutItem(message, resolved, prev)
    items.push(prev)
  }
  return items
}

// The kit's own locales are formatted from a table (src/i18n/dateFormat.ts): Chromium spends ~30 ms
// of CPU building a page's first Intl.DateTimeFormat. Other locales use Intl, one formatter per
// locale and kind (building one costs far more than using it; rows format on every render).
const formatters = new Map<string, Intl.DateTimeFormat>()
function format(time: number, locale: string, kind: DateKind): string {
  const fast = formatDateFast(time, locale, kind)
  if (fast !== undefined) return fast
  const key = locale + '|' + kind
  let f = formatters.get(key)
  if (!f) {
    // an invalid tag throws here: the row's error boundary draws its placeholder (KefuMessageRow)
    f = new Intl.DateTimeFormat(locale, DATE_OPTIONS[kind])
    formatters.set(key, f)
  }
  return f.format(time)
}

/**
 * The divider text for a day: "Today" / "Yesterday" (localised), else the localised date, with the
 * year only when it is not the current year.
 */
export function formatDay(time: number, now: number, locale: string, t: (key: string) => string): string {
  // a time no Date can hold (the engine sanitizes, a custom list may not) has no day to show
  if (!validTime(time) || !validTime(now)) return ''
  const day = dayKey(time)
  if (day === dayKey(now)) return t('list.today')
  const y = new Date(now)
  y.setDate(y.getDate() - 1)
  if (day === dayKey(y.getTime())) return t('list.yesterday')
  const sameYear = new Date(time).getFullYear() === new Date(now).getFullYear()
  return format(time, locale, sameYear ? 'day' : 'dayYear')
}

/** The time shown with a group's first message ("14:05"). */
export function formatTime(time: number, locale: string): string {
  if (!validTime(time)) return ''
  return format(time, locale, 'time')
}

/** Whether `new Date(time)` is a real date (Intl and toISOString throw on an invalid one). */
export function validTime(time: unknown): time is number {
  return typeof time === 'number' && Number.isFinite(new Date(time).getTime())
}

/** The `datetime` attribute for a time, or undefined when it is not a real date. */
export function isoTime(time: unknown): string | undefined {
  return validTime(time) ? new Date(time).toISOString() : undefined
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>()
/** "2 min ago", "yesterday", "in 3 days" in the locale's words (`Intl.RelativeTimeFormat`). */
export function formatRelative(time: number, now: number, locale: string): string {
  let f = relativeFormats.get(locale)
  if (!f) {
    try { f = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' }) } catch { f = new Intl.RelativeTimeFormat('en', { numeric: 'auto', style: 'short' }) }
    relativeFormats.set(locale, f)
  }
  const seconds = Math.round((time - now) / 1000)
  const abs = Math.abs(seconds)
  if (abs < 60) return f.format(seconds, 'second')
  if (abs < 3600) return f.format(Math.round(seconds / 60), 'minute')
  if (abs < 86400) return f.format(Math.round(seconds / 3600), 'hour')
  return f.format(Math.round(seconds / 86400), 'day')
}
