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
//
// This file is the entry and the dispatch by `src`; the shared readers are in read.ts, one decoder
// per original src in decoders.ts, the Desk types (32–43) in decodeDesk.ts.

import {
  SILENT_SRCS,
  SRC,
  type EndSessionPayload,
  type StartPayload,
  type DecodedPayload,
  type UnknownPayload,
} from '../types'
import { type DecodeLimits, copyValue, field, invalid, isMarker, isRecord, normaliseSrc, resolveLimits } from './read'
import { decodeBotCommand, decodeBranch, decodeForm, decodeOrder, decodeProduct, decodeRating, decodeRatingRules, decodeRatingSubmit, decodeRichText, decodeSeatStatus, decodeStream, decodeSuggestion } from './decoders'
import { contentCopy, decodeFeedback, decodeFeedbackMenu, decodeTaskBranch, decodeTaskForm, decodeThinking, decodeTimeoutWarning, decodeTyping, withLanguage } from './decodeDesk'

export { defaultDecodeLimits, type DecodeLimits } from './read'

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
