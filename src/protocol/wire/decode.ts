// The wire decoder: a custom message's `data` → a typed DecodedPayload.
//
// Everything here assumes the input is hostile. Messages come from a backend we do not control,
// from history written by older clients, and (for already-parsed objects) from host code that may
// hand us Vue proxies, class instances or worse. So:
// - every property read goes through `field`, which reads OWN properties only (a polluted
//   Object.prototype cannot inject a `src`) and swallows throwing getters and proxy traps;
// - every list is read up to a fixed count, every string is truncated, every free-form value is
//   copied with a depth and size budget; nothing walks the input without a bound;
// - a last-resort try/catch turns anything we did not foresee into `invalid` instead of a throw,
//   because one bad message must never take the conversation down.

import {
  SILENT_SRCS,
  SRC,
  type BotCommandPayload,
  type EndSessionPayload,
  type FeedbackMenuPayload,
  type StartPayload,
  type FeedbackPayload,
  type ProductField,
  type TaskBranchPayload,
  type TaskFormPayload,
  type TaskFormVariable,
  type ThinkingPayload,
  type TimeoutWarningPayload,
  type TypingPayload,
  type BranchPayload,
  type ClarifyPayload,
  type DecodedPayload,
  type FormPayload,
  type InvalidPayload,
  type MenuItem,
  type OrderField,
  type OrderPayload,
  type ProductPayload,
  type RatingOption,
  type RatingPayload,
  type RatingRulesPayload,
  type RatingSubmitPayload,
  type RichTextPayload,
  type SeatStatusPayload,
  type StreamPayload,
  type UnknownPayload,
  type WelcomePayload,
} from '../types'

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

/** The longest `src` we accept; real ones are one or two digits, and a src is shown in placeholders. */
const MAX_SRC_LENGTH = 64

const KNOWN_SRCS: ReadonlySet<string> = new Set<string>([...Object.values(SRC), ...SILENT_SRCS])
const SILENT: ReadonlySet<string> = new Set<string>(SILENT_SRCS)

/**
 * Decodes a customer-service custom message's `data` (a JSON string, or an already-parsed object)
 * into a typed payload.
 *
 * Never throws. Returns `{kind: 'unknown'}` for a customer-service message with a `src` the kit
 * does not know, and `{kind: 'invalid', reason}` for bad JSON, something that is not a
 * customer-service message, or a known `src` whose body cannot be drawn. Leniency follows what
 * real senders do: numeric `src`, `'0'` markers, a missing marker when the `src` is known, numbers
 * where strings belong, string menu items, rating fields outside `menuContent`.
 *
 * @param data the custom message's `data` field
 * @param limits bounds to override (see {@link DecodeLimits}); the rest come from {@link defaultDecodeLimits}
 */
export function decode(data: unknown, limits?: Partial<DecodeLimits>): DecodedPayload {
  try {
    return decodeUnchecked(data, resolveLimits(limits))
  } catch {
    // Deliberately not reading the error: a hostile object can throw a value whose own getters throw.
    return { kind: 'invalid', reason: 'data could not be read' }
  }
}

function resolveLimits(limits: Partial<DecodeLimits> | undefined): DecodeLimits {
  const out: DecodeLimits = { ...defaultDecodeLimits }
  if (limits === undefined || limits === null) return out
  for (const key of LIMIT_KEYS) {
    const v = field(limits, key)
    // A nonsense limit (NaN, negative, a string) must not switch a bound off; keep the default.
    if (typeof v === 'number' && v >= 0) out[key] = Math.floor(v)
  }
  return out
}

function decodeUnchecked(data: unknown, L: DecodeLimits): DecodedPayload {
  let root: unknown = data
  if (typeof data === 'string') {
    // Before JSON.parse: parsing is the expensive step, and its cost is what a huge input attacks.
    if (data.length > L.maxInputLength) {
      return invalid(`data is too large (${data.length} characters; the limit is ${L.maxInputLength})`)
    }
    try {
      root = JSON.parse(data)
    } catch {
      // SyntaxError, or RangeError on pathological nesting in some engines.
      return invalid('data is not valid JSON')
    }
  } else if (typeof data !== 'object' || data === null) {
    return invalid('data must be a JSON string or an object')
  }
  if (!isRecord(root)) return invalid('data must be a JSON object')

  const marked = isMarker(field(root, 'customerServicePlugin'), 0) || isMarker(field(root, 'chatbotPlugin'), 1)
  const rawSrc = field(root, 'src')
  const src = normaliseSrc(rawSrc)

  if (src === undefined) {
    if (!marked) return invalid('not a customer-service message (no customerServicePlugin: 0 or chatbotPlugin: 1, and no known src)')
    return invalid(rawSrc === undefined || rawSrc === null
      ? 'customer-service message has no src'
      : 'src must be a non-empty string or an integer')
  }
  if (!KNOWN_SRCS.has(src)) {
    if (!marked) return invalid('not a customer-service message (no customerServicePlugin: 0 or chatbotPlugin: 1, and no known src)')
    const unknown: UnknownPayload = { kind: 'unknown', src }
    const copy = copyValue(root, 0, { left: L.maxCopyValues }, L)
    if (isRecord(copy)) unknown.data = copy as Record<string, unknown>
    return unknown
  }
  return decodeKnown(src, root, L)
}

function decodeKnown(src: string, root: object, L: DecodeLimits): DecodedPayload {
  if (SILENT.has(src)) return { kind: 'silent', src }
  switch (src) {
    case SRC.start: return withLanguage<StartPayload>({ kind: 'start', src: SRC.start }, root, L)
    case SRC.typing: return decodeTyping(root)
    case SRC.sessionEnd: return { kind: 'sessionEnd', src: SRC.sessionEnd }
    case SRC.sessionTimeout: return { kind: 'sessionTimeout', src: SRC.sessionTimeout }
    case SRC.ratingRequest: return { kind: 'ratingRequest', src: SRC.ratingRequest }
    case SRC.endSession: return withLanguage<EndSessionPayload>({ kind: 'endSession', src: SRC.endSession }, root, L)
    case SRC.taskBranch: return decodeTaskBranch(root, L)
    case SRC.taskForm: return decodeTaskForm(root, L)
    case SRC.transferToTaskFlow: return { kind: 'transferToTaskFlow', src: SRC.transferToTaskFlow, content: contentCopy(root, L) }
    case SRC.thinking: return decodeThinking(root)
    case SRC.concurrencyLimit: return { kind: 'concurrencyLimit', src: SRC.concurrencyLimit }
    case SRC.timeoutWarning: return decodeTimeoutWarning(root, L)
    case SRC.agentTips: return { kind: 'agentTips', src: SRC.agentTips }
    case SRC.transferToHuman: return { kind: 'transferToHuman', src: SRC.transferToHuman, content: contentCopy(root, L) }
    case SRC.sessionRestarted: return { kind: 'sessionRestarted', src: SRC.sessionRestarted }
    case SRC.feedbackMenu: return decodeFeedbackMenu(root, L)
    case SRC.feedback: return decodeFeedback(root, L)
    case SRC.rating: return decodeRating(root, L)
    case SRC.ratingSubmit: return decodeRatingSubmit(root, L)
    case SRC.botCommand: return decodeBotCommand(root, L)
    case SRC.branch: return decodeBranch(root, L)
    case SRC.form: return decodeForm(root, L)
    case SRC.product: return decodeProduct(root, L)
    case SRC.ratingRules: return decodeRatingRules(root)
    case SRC.seatStatus: return decodeSeatStatus(root)
    case SRC.order: return decodeOrder(root, L)
    case SRC.suggestion: return decodeSuggestion(root, L)
    case SRC.richText: return decodeRichText(root, L)
    case SRC.stream: return decodeStream(root, L)
    default: return invalid(`src ${src} is known but has no decoder`, src)
  }
}

// ---------------------------------------------------------------------------------------------
// Per src

function decodeRating(root: object, L: DecodeLimits): RatingPayload | InvalidPayload {
  const mc = field(root, 'menuContent')
  // The documented example is broken JSON that puts most fields next to `menuContent` rather than
  // inside it; a backend that copied it does the same. `menuContent` wins field by field.
  const pick = <T>(key: string, parse: (v: unknown) => T | undefined): T | undefined => {
    const inner = parse(field(mc, key))
    return inner !== undefined ? inner : parse(field(root, key))
  }

  const menu = pick('menu', (v) => {
    const options = ratingOptions(v, L)
    return options && options.length > 0 ? options : undefined
  })
  if (!menu) return invalid('src 9: menuContent.menu must be a non-empty array of {id, content}', SRC.rating)

  const out: RatingPayload = {
    kind: 'rating',
    src: SRC.rating,
    head: pick('head', (v) => text(v, L.maxStringLength)) ?? '',
    tail: pick('tail', (v) => text(v, L.maxStringLength)) ?? '',
    menu,
    // The official plugin draws stars for 1 and numbers for anything else; so do we.
    type: pick('type', (v) => (v === undefined || v === null ? undefined : v === 1 || v === '1' ? 1 : 2)) ?? 2,
    // An empty sessionId is kept drawable; the view must not offer submission without one.
    sessionId: pick('sessionId', (v) => text(v, L.maxStringLength)) ?? '',
  }
  const effectiveHour = pick('effectiveHour', numeric)
  if (effectiveHour !== undefined) out.effectiveHour = effectiveHour
  const expireTime = pick('expireTime', numeric)
  if (expireTime !== undefined) out.expireTime = expireTime
  const selected = pick('selected', (v) => ratingSelected(v, menu, L))
  if (selected) out.selected = selected
  const allow = pick('allowClientSendRating', flagValue)
  if (allow !== undefined) out.allowClientSendRating = allow
  return out
}

function ratingOptions(v: unknown, L: DecodeLimits): RatingOption[] | undefined {
  const list = readList(v, L.maxItems)
  if (!list) return undefined
  const out: RatingOption[] = []
  const seen = new Set<string>()
  for (const raw of list) {
    const id = usable(text(field(raw, 'id'), L.maxStringLength))
    const content = usable(text(field(raw, 'content'), L.maxStringLength))
    // A duplicate id would make the submitted choice ambiguous: the first one wins.
    if (id === undefined || content === undefined || seen.has(id)) continue
    seen.add(id)
    out.push({ id, content })
  }
  return out
}

function ratingSelected(v: unknown, menu: RatingOption[], L: DecodeLimits): RatingOption | undefined {
  let id: string | undefined
  let content: string | undefined
  if (isRecord(v)) {
    id = usable(text(field(v, 'id'), L.maxStringLength))
    content = usable(text(field(v, 'content'), L.maxStringLength))
  } else {
    // A bare id is unambiguous enough: `selected: "105"`.
    id = usable(text(v, L.maxStringLength))
  }
  if (id !== undefined) {
    // Even without content, a selection locks the card; content then comes from the menu if it can.
    return { id, content: content ?? menu.find((o) => o.id === id)?.content ?? '' }
  }
  if (content !== undefined) {
    return { id: menu.find((o) => o.content === content)?.id ?? '', content }
  }
  return undefined
}

function decodeRatingSubmit(root: object, L: DecodeLimits): RatingSubmitPayload | InvalidPayload {
  const sel = field(root, 'menuSelected')
  if (!isRecord(sel)) return invalid('src 10: menuSelected must be an object', SRC.ratingSubmit)
  const id = usable(text(field(sel, 'id'), L.maxStringLength))
  if (id === undefined) return invalid('src 10: menuSelected.id must be a non-empty string', SRC.ratingSubmit)
  // Without the session id the backend cannot match the rating card, so the record is void (docs).
  const sessionId = usable(text(field(sel, 'sessionId'), L.maxStringLength))
  if (sessionId === undefined) return invalid('src 10: menuSelected.sessionId must be a non-empty string', SRC.ratingSubmit)
  return {
    kind: 'ratingSubmit',
    src: SRC.ratingSubmit,
    menuSelected: { id, content: text(field(sel, 'content'), L.maxStringLength) ?? '', sessionId },
  }
}

function decodeBotCommand(root: object, L: DecodeLimits): BotCommandPayload {
  const content = field(root, 'content')
  const out: BotCommandPayload = {
    kind: 'botCommand',
    src: SRC.botCommand,
    command: text(field(content, 'command'), L.maxStringLength) ?? '',
  }
  if (content !== undefined) {
    // Commands are open-ended, so the body is kept, but as a bounded copy, never the input graph.
    const copy = copyValue(content, 1, { left: L.maxCopyValues }, L)
    if (copy !== undefined) out.content = copy
  }
  return out
}

function decodeBranch(root: object, L: DecodeLimits): BranchPayload | InvalidPayload {
  const c = field(root, 'content')
  if (!isRecord(c)) return invalid('src 15: content must be an object', SRC.branch)
  const items = menuItems(field(c, 'items'), L)
  if (!items) return invalid('src 15: content.items must be an array', SRC.branch)
  if (items.length === 0) return invalid('src 15: content.items has no item with a usable content', SRC.branch)
  const out: BranchPayload = {
    kind: 'branch',
    src: SRC.branch,
    header: heading(c, L),
    items,
    tail: text(field(c, 'tail'), L.maxStringLength) ?? '',
  }
  const selected = choice(field(c, 'selected'), L)
  if (selected) out.selected = selected
  return out
}

function decodeForm(root: object, L: DecodeLimits): FormPayload | InvalidPayload {
  const c = field(root, 'content')
  if (!isRecord(c)) return invalid('src 21: content must be an object', SRC.form)
  const rawItems = field(c, 'items')
  const items = menuItems(rawItems, L)
  const rawType = field(c, 'type')
  // Without a readable type, usable options mean an options form; otherwise it asks for text.
  const type: 0 | 1 = rawType === 1 || rawType === '1' ? 1
    : rawType === 0 || rawType === '0' ? 0
      : items && items.length > 0 ? 1 : 0
  if (type === 1) {
    if (!items) return invalid('src 21: content.items must be an array for an options form (type 1)', SRC.form)
    if (items.length === 0) return invalid('src 21: content.items has no item with a usable content (options form, type 1)', SRC.form)
  }
  const out: FormPayload = {
    kind: 'form',
    src: SRC.form,
    header: heading(c, L),
    type,
    items: items ?? [],
  }
  const selected = choice(field(c, 'selected'), L)
  if (selected) out.selected = selected
  return out
}

function decodeProduct(root: object, L: DecodeLimits): ProductPayload | InvalidPayload {
  const c = field(root, 'content')
  if (!isRecord(c)) return invalid('src 22: content must be an object', SRC.product)
  const header = text(field(c, 'header'), L.maxStringLength) ?? ''
  const desc = text(field(c, 'desc'), L.maxStringLength) ?? ''
  const pic = text(field(c, 'pic'), L.maxStringLength) ?? ''
  const url = text(field(c, 'url'), L.maxStringLength) ?? ''
  if (!header.trim() && !desc.trim() && !pic.trim() && !url.trim()) {
    return invalid('src 22: content has none of header, desc, pic, url', SRC.product)
  }
  // URL schemes are deliberately not judged here: that is the renderer's job, at the point of use.
  const out: ProductPayload = { kind: 'product', src: SRC.product, header, desc, pic, url }
  const rawFields = readList(field(c, 'customField'), L.maxItems)
  if (rawFields) {
    const customField: ProductField[] = []
    for (const raw of rawFields) {
      if (!isRecord(raw)) continue
      const name = text(field(raw, 'name'), L.maxStringLength) ?? ''
      const value = text(field(raw, 'value'), L.maxStringLength) ?? ''
      if (name.trim() || value.trim()) customField.push({ name, value })
    }
    out.customField = customField
  }
  return out
}

function decodeRatingRules(root: object): RatingRulesPayload | InvalidPayload {
  const flag = numeric(field(field(root, 'content'), 'menuSendRuleFlag'))
  if (flag === undefined || !Number.isSafeInteger(flag) || flag < 0) {
    return invalid('src 23: content.menuSendRuleFlag must be a non-negative integer', SRC.ratingRules)
  }
  return { kind: 'ratingRules', src: SRC.ratingRules, menuSendRuleFlag: flag }
}

function decodeSeatStatus(root: object): SeatStatusPayload | InvalidPayload {
  const c = field(root, 'content')
  // Documented: content.content. A bare `content: "inSeat"` means the same and costs nothing.
  const status = isRecord(c) ? field(c, 'content') : c
  if (status === 'inSeat') return { kind: 'seatStatus', src: SRC.seatStatus, inSeat: true }
  if (status === 'outSeat') return { kind: 'seatStatus', src: SRC.seatStatus, inSeat: false }
  return invalid('src 26: content.content must be "inSeat" or "outSeat"', SRC.seatStatus)
}

function decodeOrder(root: object, L: DecodeLimits): OrderPayload | InvalidPayload {
  const c = field(root, 'content')
  if (!isRecord(c)) return invalid('src 28: content must be an object', SRC.order)
  const guide = text(field(c, 'guide'), L.maxStringLength) ?? ''
  const name = text(field(c, 'name'), L.maxStringLength) ?? ''
  const desc = text(field(c, 'desc'), L.maxStringLength) ?? ''
  const pic = text(field(c, 'pic'), L.maxStringLength) ?? ''
  const customField: OrderField[] = []
  for (const raw of readList(field(c, 'customField'), L.maxItems) ?? []) {
    if (!isRecord(raw)) continue
    const fName = text(field(raw, 'name'), L.maxStringLength) ?? ''
    const value = text(field(raw, 'value'), L.maxStringLength) ?? ''
    if (!fName.trim() && !value.trim()) continue
    const f: OrderField = { name: fName, value }
    const customerValue = text(field(raw, 'customerValue'), L.maxStringLength)
    if (customerValue !== undefined) f.customerValue = customerValue
    customField.push(f)
  }
  if (!guide.trim() && !name.trim() && !desc.trim() && !pic.trim() && customField.length === 0) {
    return invalid('src 28: content has none of guide, name, desc, pic, customField', SRC.order)
  }
  return { kind: 'order', src: SRC.order, guide, name, desc, pic, customField }
}

function decodeSuggestion(root: object, L: DecodeLimits): WelcomePayload | ClarifyPayload | InvalidPayload {
  const c = field(root, 'content')
  if (!isRecord(c)) return invalid('src 29: content must be an object', SRC.suggestion)
  const items = menuItems(field(c, 'items'), L)
  if (!items) return invalid('src 29: content.items must be an array', SRC.suggestion)
  if (items.length === 0) return invalid('src 29: content.items has no item with a usable content', SRC.suggestion)
  const body = {
    title: text(field(c, 'title'), L.maxStringLength) ?? '',
    content: text(field(c, 'content'), L.maxStringLength) ?? '',
    items,
  }
  // The official plugin draws every subtype other than welcome_msg as a "did you mean" menu.
  if (field(root, 'subtype') === 'welcome_msg') {
    return { kind: 'welcome', src: SRC.suggestion, subtype: 'welcome_msg', ...body }
  }
  return { kind: 'clarify', src: SRC.suggestion, subtype: 'clarify_msg', ...body }
}

function decodeRichText(root: object, L: DecodeLimits): RichTextPayload | InvalidPayload {
  const content = field(root, 'content')
  // Not coerced: an object here is a different message shape, and Markdown of "[object Object]"
  // would hide the bug from whoever sent it.
  if (typeof content !== 'string') return invalid('src 30: content must be a Markdown string', SRC.richText)
  return { kind: 'richText', src: SRC.richText, content: truncate(content, L.maxTextLength) }
}

function decodeStream(root: object, L: DecodeLimits): StreamPayload | InvalidPayload {
  // The official plugin's shape is top-level {chunks, isFinished}; some senders nest it in
  // `content` like every other src. Top level wins field by field.
  const c = field(root, 'content')
  const rawChunks = [field(root, 'chunks'), field(c, 'chunks')].find((v) => typeof v === 'string' || isArray(v))
  if (rawChunks === undefined) return invalid('src 31: chunks must be an array of strings', SRC.stream)

  const chunks: string[] = []
  let room = L.maxTextLength
  const list = typeof rawChunks === 'string' ? [rawChunks] : readList(rawChunks, L.maxChunks) ?? []
  for (const raw of list) {
    const chunk = text(raw, Number.MAX_SAFE_INTEGER)
    if (chunk === undefined) continue
    if (chunk.length > room) {
      // Truncate rather than reject: the text so far stays readable.
      const cut = truncate(chunk, room)
      if (cut) chunks.push(cut)
      break
    }
    chunks.push(chunk)
    room -= chunk.length
  }

  const top = field(root, 'isFinished')
  const rawFinished = top !== undefined && top !== null ? top : field(c, 'isFinished')
  return { kind: 'stream', src: SRC.stream, chunks, isFinished: isTruthyFlag(rawFinished) }
}

// ---------------------------------------------------------------------------------------------
// Desk additions (PROTOCOL-DESK.md)

function withLanguage<T extends { language?: string }>(out: T, root: object, L: DecodeLimits): T {
  const language = usable(text(field(field(root, 'triggeredContent'), 'language'), L.maxStringLength))
  if (language !== undefined) out.language = language
  return out
}

function decodeTyping(root: object): TypingPayload {
  const status = field(root, 'typingStatus')
  if (status === undefined || status === null) return { kind: 'typing', src: SRC.typing }
  // The web kit: 1 shows "typing", anything else clears it.
  return { kind: 'typing', src: SRC.typing, typingStatus: isTruthyFlag(status) ? 1 : 0 }
}

function decodeTaskBranch(root: object, L: DecodeLimits): TaskBranchPayload | InvalidPayload {
  const c = field(root, 'content')
  if (!isRecord(c)) return invalid('src 32: content must be an object', SRC.taskBranch)
  const rawItems = field(c, 'items')
  const list = readList(rawItems, L.maxItems)
  if (!list && rawItems !== undefined && rawItems !== null) return invalid('src 32: content.items must be an array', SRC.taskBranch)
  const items: MenuItem[] = []
  for (const raw of list ?? []) {
    // Kept even without text: the view shows such an item as "content is abnormal" (web kit).
    const item: MenuItem = { content: text(isRecord(raw) ? field(raw, 'content') : raw, L.maxStringLength) ?? '' }
    const desc = isRecord(raw) ? text(field(raw, 'desc'), L.maxStringLength) : undefined
    if (desc !== undefined) item.desc = desc
    items.push(item)
  }
  const header = heading(c, L)
  if (items.length === 0 && !header.trim()) return invalid('src 32: content has neither a header nor items', SRC.taskBranch)
  const status = numeric(field(root, 'status'))
  const rawOptionType = field(root, 'optionType')
  const out: TaskBranchPayload = {
    kind: 'taskBranch',
    src: SRC.taskBranch,
    status: status !== undefined && Number.isSafeInteger(status) ? status : 0,
    optionType: rawOptionType === 1 || rawOptionType === '1' ? 1 : 0,
    header,
    items,
    tail: text(field(c, 'tail'), L.maxStringLength) ?? '',
  }
  const taskInfo = field(root, 'taskInfo')
  if (isRecord(taskInfo)) {
    const copy = copyValue(taskInfo, 1, { left: L.maxCopyValues }, L)
    if (isRecord(copy)) out.taskInfo = copy as Record<string, unknown>
  }
  const sel = field(c, 'selected')
  const selContent = usable(text(isRecord(sel) ? field(sel, 'content') : sel, L.maxStringLength))
  if (selContent !== undefined) {
    const selected: MenuItem = { content: selContent }
    const desc = isRecord(sel) ? text(field(sel, 'desc'), L.maxStringLength) : undefined
    if (desc !== undefined) selected.desc = desc
    out.selected = selected
  }
  return out
}

function decodeTaskForm(root: object, L: DecodeLimits): TaskFormPayload | InvalidPayload {
  const c = field(root, 'content')
  if (!isRecord(c)) return invalid('src 33: content must be an object', SRC.taskForm)
  const list = readList(field(c, 'inputVariables'), L.maxItems)
  if (!list) return invalid('src 33: content.inputVariables must be an array', SRC.taskForm)
  const inputVariables: TaskFormVariable[] = []
  const names = new Set<string>()
  for (const raw of list) {
    if (!isRecord(raw)) continue
    // The name is the key the answer goes back under: without one (or a second one) it cannot be answered.
    const name = usable(text(field(raw, 'name'), L.maxStringLength))
    if (name === undefined || names.has(name)) continue
    names.add(name)
    const rawFormType = field(raw, 'formType')
    const choices: string[] = []
    for (const choiceRaw of readList(field(raw, 'chooseItemList'), L.maxItems) ?? []) {
      const choice = usable(text(isRecord(choiceRaw) ? field(choiceRaw, 'content') : choiceRaw, L.maxStringLength))
      if (choice !== undefined) choices.push(choice)
    }
    inputVariables.push({
      name,
      type: text(field(raw, 'type'), L.maxStringLength) ?? '',
      formType: rawFormType === 1 || rawFormType === '1' ? 1 : 0,
      placeholder: text(field(raw, 'placeholder'), L.maxStringLength) ?? '',
      isRequired: isTruthyFlag(field(raw, 'isRequired')),
      variableValue: text(field(raw, 'variableValue'), L.maxStringLength) ?? '',
      chooseItemList: choices,
    })
  }
  if (inputVariables.length === 0) return invalid('src 33: content.inputVariables has no field with a usable name', SRC.taskForm)
  const out: TaskFormPayload = { kind: 'taskForm', src: SRC.taskForm, tip: text(field(c, 'tip'), L.maxStringLength) ?? '', inputVariables }
  const nodeStatus = numeric(field(root, 'nodeStatus'))
  if (nodeStatus !== undefined && Number.isSafeInteger(nodeStatus)) out.nodeStatus = nodeStatus
  return out
}

function decodeThinking(root: object): ThinkingPayload {
  const status = field(root, 'thinkingStatus')
  // The kits show the indicator only while the status is exactly 0; anything else hides it.
  return { kind: 'thinking', src: SRC.thinking, thinkingStatus: status === 0 || status === '0' ? 0 : 1 }
}

function decodeTimeoutWarning(root: object, L: DecodeLimits): TimeoutWarningPayload {
  const c = field(root, 'content')
  // Seen as a plain string; an object with a string `content` is read too. Otherwise the view
  // falls back to its own localized line.
  const line = typeof c === 'string' ? c : isRecord(c) ? field(c, 'content') : undefined
  return { kind: 'timeoutWarning', src: SRC.timeoutWarning, content: typeof line === 'string' ? truncate(line, L.maxStringLength) : '' }
}

function decodeFeedbackMenu(root: object, L: DecodeLimits): FeedbackMenuPayload {
  const c = field(root, 'content')
  const raw = [field(c, 'menu'), field(root, 'menu'), c].find((v) => isArray(v))
  return { kind: 'feedbackMenu', src: SRC.feedbackMenu, menu: stringList(raw, L) }
}

function decodeFeedback(root: object, L: DecodeLimits): FeedbackPayload | InvalidPayload {
  const c = field(root, 'content')
  if (!isRecord(c)) return invalid('src 43: content must be an object', SRC.feedback)
  const messageID = usable(text(field(c, 'messageID'), L.maxStringLength))
  if (messageID === undefined) return invalid('src 43: content.messageID must be a non-empty string', SRC.feedback)
  const score = numeric(field(c, 'score'))
  if (score !== 0 && score !== 1 && score !== 2) return invalid('src 43: content.score must be 0, 1 or 2', SRC.feedback)
  return {
    kind: 'feedback',
    src: SRC.feedback,
    messageID,
    score,
    reasons: stringList(field(c, 'reasons'), L),
    feedbackContent: text(field(c, 'feedbackContent'), L.maxStringLength) ?? '',
  }
}

/** `content` as a bounded JSON copy when it is an object, else `{}` (for the inferred-shape 34/39). */
function contentCopy(root: object, L: DecodeLimits): Record<string, unknown> {
  const c = field(root, 'content')
  if (!isRecord(c)) return {}
  const copy = copyValue(c, 1, { left: L.maxCopyValues }, L)
  return isRecord(copy) ? (copy as Record<string, unknown>) : {}
}

/** The usable strings (or numbers) of a list, bounded. */
function stringList(v: unknown, L: DecodeLimits): string[] {
  const out: string[] = []
  for (const raw of readList(v, L.maxItems) ?? []) {
    const s = usable(text(isRecord(raw) ? field(raw, 'content') : raw, L.maxStringLength))
    if (s !== undefined) out.push(s)
  }
  return out
}

/** A boolean spelled any of the ways senders do; `undefined` when it is not recognisably one. */
function flagValue(v: unknown): boolean | undefined {
  if (v === true || v === 1 || v === '1' || v === 'true') return true
  if (v === false || v === 0 || v === '0' || v === 'false') return false
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Shared readers

function invalid(reason: string, src?: string): InvalidPayload {
  return src === undefined ? { kind: 'invalid', reason } : { kind: 'invalid', src, reason }
}

/** `header`, or the official plugin's fallback `title`. */
function heading(c: object, L: DecodeLimits): string {
  const header = text(field(c, 'header'), L.maxStringLength)
  return usable(header) ?? usable(text(field(c, 'title'), L.maxStringLength)) ?? header ?? ''
}

/** A branch/form `selected`: `{content}`, or leniently the bare string. */
function choice(v: unknown, L: DecodeLimits): { content: string } | undefined {
  const content = usable(text(isRecord(v) ? field(v, 'content') : v, L.maxStringLength))
  return content === undefined ? undefined : { content }
}

function menuItems(v: unknown, L: DecodeLimits): MenuItem[] | undefined {
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
function field(o: unknown, key: string): unknown {
  if (typeof o !== 'object' || o === null) return undefined
  try {
    return Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined
  } catch {
    return undefined
  }
}

function isArray(v: unknown): v is readonly unknown[] {
  try {
    return Array.isArray(v)
  } catch {
    // A revoked proxy throws from Array.isArray.
    return false
  }
}

function isRecord(v: unknown): v is object {
  return typeof v === 'object' && v !== null && !isArray(v)
}

/** The first `max` elements of an array (a proxy can claim any length, so the bound is ours). */
function readList(v: unknown, max: number): unknown[] | undefined {
  if (!isArray(v)) return undefined
  const length = field(v, 'length')
  const n = typeof length === 'number' && length > 0 ? Math.min(length, max) : 0
  const out: unknown[] = []
  for (let i = 0; i < n; i++) out.push(field(v, String(i)))
  return out
}

/** A string, or a number/bigint spelled as one (senders mix `"101"` and `101`), truncated. */
function text(v: unknown, max: number): string | undefined {
  if (typeof v === 'string') return truncate(v, max)
  if (typeof v === 'number') return Number.isFinite(v) ? truncate(String(v), max) : undefined
  if (typeof v === 'bigint') return truncate(v.toString(), max)
  return undefined
}

/** The text if it has something visible in it. */
function usable(s: string | undefined): string | undefined {
  return s !== undefined && s.trim() !== '' ? s : undefined
}

const NUMERIC = /^-?\d{1,20}(\.\d{1,20})?$/

/** A finite number, or a plain decimal string (`expireTime: "1691074320"`). Not `''`, hex or exponents. */
function numeric(v: unknown): number | undefined {
  // `+ 0` turns -0 into 0: JSON cannot carry -0, and the output must survive a JSON round trip.
  if (typeof v === 'number') return Number.isFinite(v) ? v + 0 : undefined
  if (typeof v === 'string' && v.length <= 48) {
    const s = v.trim()
    if (NUMERIC.test(s)) return Number(s) + 0
  }
  return undefined
}

function isMarker(v: unknown, expected: 0 | 1): boolean {
  return v === expected || v === String(expected)
}

function isTruthyFlag(v: unknown): boolean {
  return v === true || v === 1 || v === '1' || v === 'true'
}

function normaliseSrc(v: unknown): string | undefined {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? String(v) : undefined
  if (typeof v !== 'string' || v.length > MAX_SRC_LENGTH) return undefined
  const s = v.trim()
  return s === '' ? undefined : s
}

/** Cuts at `max` UTF-16 units without leaving half a surrogate pair behind. */
function truncate(s: string, max: number): string {
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
function copyValue(v: unknown, depth: number, budget: { left: number }, L: DecodeLimits): unknown {
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
