// One decoder per src of the original protocol (7–31): each reads its fields with the shared
// readers and returns its payload, or `invalid` with the reason. Dispatched from decode.ts.
import {
  SRC,
  type BotCommandPayload,
  type ProductField,
  type BranchPayload,
  type ClarifyPayload,
  type FormPayload,
  type InvalidPayload,
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
  type WelcomePayload,
} from '../types'
import { type DecodeLimits, choice, copyValue, field, flagValue, heading, invalid, isArray, isRecord, isTruthyFlag, menuItems, numeric, readList, text, truncate, usable } from './read'

// ---------------------------------------------------------------------------------------------
// Per src

export function decodeRating(root: object, L: DecodeLimits): RatingPayload | InvalidPayload {
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

export function ratingOptions(v: unknown, L: DecodeLimits): RatingOption[] | undefined {
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

export function ratingSelected(v: unknown, menu: RatingOption[], L: DecodeLimits): RatingOption | undefined {
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

export function decodeRatingSubmit(root: object, L: DecodeLimits): RatingSubmitPayload | InvalidPayload {
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

export function decodeBotCommand(root: object, L: DecodeLimits): BotCommandPayload {
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

export function decodeBranch(root: object, L: DecodeLimits): BranchPayload | InvalidPayload {
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

export function decodeForm(root: object, L: DecodeLimits): FormPayload | InvalidPayload {
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

export function decodeProduct(root: object, L: DecodeLimits): ProductPayload | InvalidPayload {
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

export function decodeRatingRules(root: object): RatingRulesPayload | InvalidPayload {
  const flag = numeric(field(field(root, 'content'), 'menuSendRuleFlag'))
  if (flag === undefined || !Number.isSafeInteger(flag) || flag < 0) {
    return invalid('src 23: content.menuSendRuleFlag must be a non-negative integer', SRC.ratingRules)
  }
  return { kind: 'ratingRules', src: SRC.ratingRules, menuSendRuleFlag: flag }
}

export function decodeSeatStatus(root: object): SeatStatusPayload | InvalidPayload {
  const c = field(root, 'content')
  // Documented: content.content. A bare `content: "inSeat"` means the same and costs nothing.
  const status = isRecord(c) ? field(c, 'content') : c
  if (status === 'inSeat') return { kind: 'seatStatus', src: SRC.seatStatus, inSeat: true }
  if (status === 'outSeat') return { kind: 'seatStatus', src: SRC.seatStatus, inSeat: false }
  return invalid('src 26: content.content must be "inSeat" or "outSeat"', SRC.seatStatus)
}

export function decodeOrder(root: object, L: DecodeLimits): OrderPayload | InvalidPayload {
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

export function decodeSuggestion(root: object, L: DecodeLimits): WelcomePayload | ClarifyPayload | InvalidPayload {
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

export function decodeRichText(root: object, L: DecodeLimits): RichTextPayload | InvalidPayload {
  const content = field(root, 'content')
  // Not coerced: an object here is a different message shape, and Markdown of "[object Object]"
  // would hide the bug from whoever sent it.
  if (typeof content !== 'string') return invalid('src 30: content must be a Markdown string', SRC.richText)
  return { kind: 'richText', src: SRC.richText, content: truncate(content, L.maxTextLength) }
}

export function decodeStream(root: object, L: DecodeLimits): StreamPayload | InvalidPayload {
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
