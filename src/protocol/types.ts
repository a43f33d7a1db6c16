// Wire-level payload types: what a customer-service custom message's `data` decodes to.
// Field names follow the wire (see `SRC` below and wire/examples.ts) so anyone who knows the protocol can read them;
// values are normalised (src is always a string, numbers are numbers, strings are bounded).

/** Every `src` the kit knows, as the string the wire uses. */
export const SRC = {
  start: '7',
  rating: '9',
  ratingSubmit: '10',
  typing: '12',
  botCommand: '13',
  branch: '15',
  sessionEnd: '19',
  sessionTimeout: '20',
  form: '21',
  product: '22',
  ratingRules: '23',
  ratingRequest: '24',
  seatStatus: '26',
  endSession: '27',
  order: '28',
  suggestion: '29',
  richText: '30',
  stream: '31',
} as const

export interface MenuItem {
  /** the text shown, and (for branch menus and forms) the exact text sent back when chosen */
  content: string
  /** an optional description under the item */
  desc?: string
}

export interface RatingOption {
  /** `'101'` (worst) to `'105'` (best) in the documented examples */
  id: string
  content: string
}

/** src 7, customer → service: start the service flow. */
export interface StartPayload { kind: 'start'; src: '7' }

/** src 9, service → customer: the rating card. Read from `menuContent` (or top level, leniently). */
export interface RatingPayload {
  kind: 'rating'
  src: '9'
  head: string
  tail: string
  menu: RatingOption[]
  /** 1 = stars, 2 = numbers (anything else is treated as numbers, like the official plugin) */
  type: 1 | 2
  sessionId: string
  effectiveHour?: number
  /** unix seconds; after it the rating can no longer be submitted */
  expireTime?: number
  selected?: RatingOption
}

/** src 10, customer → service: the rating chosen. */
export interface RatingSubmitPayload {
  kind: 'ratingSubmit'
  src: '10'
  menuSelected: { id: string; content: string; sessionId: string }
}

/** src 12, service → customer: the agent is typing. */
export interface TypingPayload { kind: 'typing'; src: '12' }

/** src 13, service → customer: a bot command (`feedback`, `updateBotStatus`, …). Never drawn. */
export interface BotCommandPayload { kind: 'botCommand'; src: '13'; command: string; content?: unknown }

/** src 15, service → customer: a branch menu. Choosing sends the item's `content` as text. */
export interface BranchPayload {
  kind: 'branch'
  src: '15'
  header: string
  items: MenuItem[]
  tail: string
  selected?: { content: string }
}

/** src 19 / 20: the session ended normally / by the no-reply timeout. Drawn as dividers. */
export interface SessionEndPayload { kind: 'sessionEnd'; src: '19' }
export interface SessionTimeoutPayload { kind: 'sessionTimeout'; src: '20' }

/** src 21, service → customer: a form, `type` 1 = options, 0 = free text. Answered with text. */
export interface FormPayload {
  kind: 'form'
  src: '21'
  header: string
  type: 0 | 1
  items: MenuItem[]
  selected?: { content: string }
}

/** src 22, either way: a product card. */
export interface ProductContent { header: string; desc: string; pic: string; url: string }
export interface ProductPayload extends ProductContent { kind: 'product'; src: '22' }

/** src 23, service → customer: rating rules (bit 1<<0 auto on end, 1<<1 agent may invite, 1<<2 customer may ask). */
export interface RatingRulesPayload { kind: 'ratingRules'; src: '23'; menuSendRuleFlag: number }

/** src 24, customer → service: ask for the rating card. */
export interface RatingRequestPayload { kind: 'ratingRequest'; src: '24' }

/** src 26, service → customer: human seat status. */
export interface SeatStatusPayload { kind: 'seatStatus'; src: '26'; inSeat: boolean }

/** src 27, customer → service: end the human session. */
export interface EndSessionPayload { kind: 'endSession'; src: '27' }

/** src 28: an order card. */
export interface OrderField { name: string; value: string; customerValue?: string }
export interface OrderContent { guide: string; name: string; desc: string; pic: string; customField: OrderField[] }
export interface OrderPayload extends OrderContent { kind: 'order'; src: '28' }

/** src 29: the bot's suggestion cards (welcome: "guess what you want to ask"; clarify: "did you mean"). */
export interface SuggestionContent { title: string; content: string; items: MenuItem[] }
export interface WelcomePayload extends SuggestionContent { kind: 'welcome'; src: '29'; subtype: 'welcome_msg' }
export interface ClarifyPayload extends SuggestionContent { kind: 'clarify'; src: '29'; subtype: 'clarify_msg' }

/** src 30: bot rich text, a Markdown string (rendered sanitized). */
export interface RichTextPayload { kind: 'richText'; src: '30'; content: string }

/** src 31: bot streaming text; `chunks` joined is the text so far. */
export interface StreamPayload { kind: 'stream'; src: '31'; chunks: string[]; isFinished: boolean }

/** A customer-service custom message with a `src` the kit does not know. */
export interface UnknownPayload { kind: 'unknown'; src: string; data?: Record<string, unknown> }

/** Bad JSON, not a customer-service message, or a known `src` with the wrong shape. */
export interface InvalidPayload { kind: 'invalid'; src?: string; reason: string }

/** Everything `decode` can return. */
export type DecodedPayload =
  | StartPayload
  | RatingPayload
  | RatingSubmitPayload
  | TypingPayload
  | BotCommandPayload
  | BranchPayload
  | SessionEndPayload
  | SessionTimeoutPayload
  | FormPayload
  | ProductPayload
  | RatingRulesPayload
  | RatingRequestPayload
  | SeatStatusPayload
  | EndSessionPayload
  | OrderPayload
  | WelcomePayload
  | ClarifyPayload
  | RichTextPayload
  | StreamPayload
  | UnknownPayload
  | InvalidPayload

/** Plain (non-custom) message bodies. */
export interface TextPayload { kind: 'text'; text: string }
export interface ImagePayload {
  kind: 'image'
  url: string
  /** a smaller rendition to show in the list, when the transport has one */
  thumbUrl?: string
  width?: number
  height?: number
  /** alternative text; the renderer falls back to a generic "image" label */
  alt?: string
}

/**
 * A system notice the engine recognised in a service text (queue position, transfer result,
 * off-hours reply) by the configured templates. Drawn as a centred notice, not a bubble.
 */
export type NoticeType = 'queue' | 'transferSucceeded' | 'transferFailed' | 'offHours' | 'info'
export interface NoticePayload {
  kind: 'notice'
  notice: NoticeType
  text: string
  /** for `queue`: 1-based position and people ahead (0-based) when the template carried them */
  position?: number
  waitNo?: number
}

/** Any message body in the conversation. */
export type Payload = DecodedPayload | TextPayload | ImagePayload | NoticePayload

/** Every `kind` name. */
export type PayloadKind = Payload['kind']

/** Flag kinds change state and are never drawn as a bubble. */
export const FLAG_KINDS: ReadonlySet<PayloadKind> = new Set<PayloadKind>([
  'start', 'ratingSubmit', 'typing', 'botCommand', 'ratingRules', 'ratingRequest', 'seatStatus', 'endSession',
])

/** Rating-rule bits of src 23 `menuSendRuleFlag`. */
export const RATING_RULE = {
  /** the backend sends the rating card (9) when the session ends */
  sendOnEnd: 1 << 0,
  /** agents may invite a rating */
  agentMayInvite: 1 << 1,
  /** the customer may ask for the rating card (src 24) */
  customerMayRequest: 1 << 2,
} as const
