// Encoders: what the customer sends (the `encode*` builders), and the general inverse of `decode`
// (`encodePayload`) that the in-process simulator uses to speak as the service side.
//
// Every custom body carries `customerServicePlugin: 0` and a string `src`, the strict documented
// form, even though our own decoder accepts looser ones: a real backend may not.

import type { OutgoingMessage } from '../transport'
import {
  SRC,
  type DecodedPayload,
  type MenuItem,
  type OrderContent,
  type OrderField,
  type ProductContent,
  type RatingOption,
} from '../types'

/** A message ready to send, minus the client id the outbox assigns. */
export type OutgoingDraft = Omit<OutgoingMessage, 'clientId'>

/** What the customer chose on a rating card (src 9), to submit as src 10. */
export interface RatingSubmission {
  /** the chosen option's id, e.g. `'105'` */
  id: string
  /** the chosen option's text, e.g. `'非常满意'` */
  content: string
  /** the rating card's `sessionId` */
  sessionId: string
}

/** A plain text message (also how branch, form and suggestion choices are answered). */
export function encodeText(text: string): OutgoingDraft {
  return { body: { type: 'text', text } }
}

/** src 7: start the service flow. Sent once when the customer opens the conversation. A flag. */
export function encodeStart(): OutgoingDraft {
  return flag({ customerServicePlugin: 0, src: SRC.start })
}

/**
 * src 10: submit a rating. A flag.
 *
 * @throws Error when `id`, `content` or `sessionId` is empty: the backend silently voids a
 *   rating without them ("selected must not be empty"), so this is a programming error to surface
 *   loudly rather than a message to send.
 */
export function encodeRatingSubmit(selected: RatingSubmission): OutgoingDraft {
  const missing = (['id', 'content', 'sessionId'] as const).filter((key) => {
    const v: unknown = selected?.[key]
    return typeof v !== 'string' || v.trim() === ''
  })
  if (missing.length > 0) {
    throw new Error(`encodeRatingSubmit: selected must not be empty (missing ${missing.join(', ')})`)
  }
  return flag({
    customerServicePlugin: 0,
    src: SRC.ratingSubmit,
    menuSelected: { id: selected.id, content: selected.content, sessionId: selected.sessionId },
  })
}

/** src 24: ask for the rating card (only while a human serves and rule bit 1<<2 is set). A flag. */
export function encodeRatingRequest(): OutgoingDraft {
  return flag({ customerServicePlugin: 0, src: SRC.ratingRequest })
}

/** src 27: end the human session (only while `inSeat`). A flag. */
export function encodeEndSession(): OutgoingDraft {
  return flag({ customerServicePlugin: 0, src: SRC.endSession })
}

/** src 22: a product card the customer sends (e.g. the product being looked at). Stored, not a flag. */
export function encodeProduct(card: ProductContent): OutgoingDraft {
  return custom({ customerServicePlugin: 0, src: SRC.product, content: productContent(card) })
}

/** src 28: an order card the customer sends. Stored, not a flag. */
export function encodeOrder(order: OrderContent): OutgoingDraft {
  return custom({ customerServicePlugin: 0, src: SRC.order, content: orderContent(order) })
}

/**
 * The wire `data` (a JSON string) for any known payload, in the documented shape: the rating
 * inside `menuContent`, src 10 in `menuSelected`, src 29 with `subtype`, src 31 as top-level
 * `{chunks, isFinished: 0|1}` (the official plugin's shape), everything else inside `content`.
 * For every known kind, `decode(encodePayload(p))` gives back `p` when `p` came from `decode`
 * (with the same limits) or respects the shapes `decode` produces.
 *
 * Only the fields of the payload type are written: extra properties on the object are ignored.
 *
 * @throws Error for `unknown` and `invalid` payloads, which have no wire shape to restore;
 *   TypeError if a src 13 `content` cannot be serialised (a cycle, a BigInt).
 */
export function encodePayload(payload: DecodedPayload): string {
  return JSON.stringify(wireObject(payload))
}

function wireObject(p: DecodedPayload): Record<string, unknown> {
  const base = { customerServicePlugin: 0 }
  switch (p.kind) {
    case 'start':
    case 'typing':
    case 'sessionEnd':
    case 'sessionTimeout':
    case 'ratingRequest':
    case 'endSession':
      return { ...base, src: SRC[p.kind] }
    case 'rating': {
      const menuContent: Record<string, unknown> = {
        head: p.head,
        tail: p.tail,
        menu: p.menu.map(ratingOption),
        type: p.type,
        sessionId: p.sessionId,
      }
      if (p.effectiveHour !== undefined) menuContent.effectiveHour = p.effectiveHour
      if (p.expireTime !== undefined) menuContent.expireTime = p.expireTime
      if (p.selected) menuContent.selected = ratingOption(p.selected)
      return { ...base, src: SRC.rating, menuContent }
    }
    case 'ratingSubmit': {
      const { id, content, sessionId } = p.menuSelected
      return { ...base, src: SRC.ratingSubmit, menuSelected: { id, content, sessionId } }
    }
    case 'botCommand':
      return withContent(base, SRC.botCommand, botCommandContent(p.command, p.content))
    case 'branch': {
      const content: Record<string, unknown> = { header: p.header, items: p.items.map(menuItem), tail: p.tail }
      if (p.selected) content.selected = { content: p.selected.content }
      return { ...base, src: SRC.branch, content }
    }
    case 'form': {
      const content: Record<string, unknown> = { header: p.header, type: p.type }
      // The documented text form (type 0) has no items; options forms always do.
      if (p.type === 1 || p.items.length > 0) content.items = p.items.map(menuItem)
      if (p.selected) content.selected = { content: p.selected.content }
      return { ...base, src: SRC.form, content }
    }
    case 'product':
      return { ...base, src: SRC.product, content: productContent(p) }
    case 'ratingRules':
      return { ...base, src: SRC.ratingRules, content: { menuSendRuleFlag: p.menuSendRuleFlag } }
    case 'seatStatus':
      return { ...base, src: SRC.seatStatus, content: { command: 'updateSeatStatus', content: p.inSeat ? 'inSeat' : 'outSeat' } }
    case 'order':
      return { ...base, src: SRC.order, content: orderContent(p) }
    case 'welcome':
    case 'clarify':
      return {
        ...base,
        src: SRC.suggestion,
        subtype: p.kind === 'welcome' ? 'welcome_msg' : 'clarify_msg',
        content: { title: p.title, content: p.content, items: p.items.map(menuItem) },
      }
    case 'richText':
      return { ...base, src: SRC.richText, content: p.content }
    case 'stream':
      return { ...base, src: SRC.stream, chunks: [...p.chunks], isFinished: p.isFinished ? 1 : 0 }
    case 'unknown':
      throw new Error(`encodePayload: cannot encode an unknown payload (src ${p.src}); send its original data instead`)
    case 'invalid':
      throw new Error(`encodePayload: cannot encode an invalid payload (${p.reason})`)
  }
}

function withContent(base: { customerServicePlugin: number }, src: string, content: unknown): Record<string, unknown> {
  return content === undefined ? { ...base, src } : { ...base, src, content }
}

/**
 * src 13 keeps its body as decoded, with `command` written into it. A non-object body cannot
 * carry a command, so a command there is lost (decode never produces that combination).
 */
function botCommandContent(command: string, content: unknown): unknown {
  if (content !== null && typeof content === 'object' && !Array.isArray(content)) {
    return command === '' ? content : { ...(content as Record<string, unknown>), command }
  }
  if (content === undefined && command !== '') return { command }
  return content
}

function productContent(card: ProductContent): ProductContent {
  return { header: card.header, desc: card.desc, pic: card.pic, url: card.url }
}

function orderContent(order: OrderContent): OrderContent {
  return {
    guide: order.guide,
    name: order.name,
    desc: order.desc,
    pic: order.pic,
    customField: order.customField.map((f): OrderField => {
      const out: OrderField = { name: f.name, value: f.value }
      if (f.customerValue !== undefined) out.customerValue = f.customerValue
      return out
    }),
  }
}

function menuItem(item: MenuItem): MenuItem {
  return item.desc === undefined ? { content: item.content } : { content: item.content, desc: item.desc }
}

function ratingOption(o: RatingOption): RatingOption {
  return { id: o.id, content: o.content }
}

function custom(data: Record<string, unknown>): OutgoingDraft {
  return { body: { type: 'custom', data: JSON.stringify(data) } }
}

/** Flags are not stored or pushed offline: sent with `onlineUserOnly` as the docs require. */
function flag(data: Record<string, unknown>): OutgoingDraft {
  return { ...custom(data), options: { onlineUserOnly: true } }
}
