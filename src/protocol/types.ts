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
  taskBranch: '32',
  taskForm: '33',
  transferToTaskFlow: '34',
  thinking: '35',
  concurrencyLimit: '36',
  timeoutWarning: '37',
  agentTips: '38',
  transferToHuman: '39',
  sessionRestarted: '40',
  feedbackMenu: '42',
  feedback: '43',
} as const

/**
 * `src` values the newer Desk kits define but never draw and the kit has no use for: the channel
 * codes 1–6 and 8, and 11 (client state), 17 (member), 18 (no seat online), 25 (bot status). They
 * decode to the `silent` flag instead of the "unsupported message" placeholder.
 */
export const SILENT_SRCS: readonly string[] = ['1', '2', '3', '4', '5', '6', '8', '11', '17', '18', '25']

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
export interface StartPayload {
  kind: 'start'
  src: '7'
  /** `triggeredContent.language`: the customer's UI locale (e.g. `'en'`, `'zh'`), when sent */
  language?: string
}

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
  /** Desk: whether the customer may send the rating (newer kits); absent on older backends */
  allowClientSendRating?: boolean
}

/** src 10, customer → service: the rating chosen. */
export interface RatingSubmitPayload {
  kind: 'ratingSubmit'
  src: '10'
  menuSelected: { id: string; content: string; sessionId: string }
}

/**
 * src 12, service → customer: the agent is typing. Desk backends add a top-level `typingStatus`:
 * `1` = typing, anything else = stopped (normalised to `0`). Absent (older backends) means typing.
 */
export interface TypingPayload { kind: 'typing'; src: '12'; typingStatus?: 0 | 1 }

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
export interface ProductField { name: string; value: string }
export interface ProductContent {
  header: string
  desc: string
  pic: string
  url: string
  /** Desk: key/value rows a customer-sent card may carry (from the host app's map) */
  customField?: ProductField[]
}
export interface ProductPayload extends ProductContent { kind: 'product'; src: '22' }

/** src 23, service → customer: rating rules (bit 1<<0 auto on end, 1<<1 agent may invite, 1<<2 customer may ask). */
export interface RatingRulesPayload { kind: 'ratingRules'; src: '23'; menuSendRuleFlag: number }

/** src 24, customer → service: ask for the rating card. */
export interface RatingRequestPayload { kind: 'ratingRequest'; src: '24' }

/** src 26, service → customer: human seat status. */
export interface SeatStatusPayload { kind: 'seatStatus'; src: '26'; inSeat: boolean }

/** src 27, customer → service: end the human session. */
export interface EndSessionPayload {
  kind: 'endSession'
  src: '27'
  /** `triggeredContent.language` (the Android Desk kit sends it), when present */
  language?: string
}

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

/**
 * src 32, service → customer: a task-flow branch menu. `status`, `optionType` and `taskInfo` sit at
 * the top level of the wire envelope. Choosing answers with the item's `content` as text; with
 * `optionType` 1 that text carries `{BranchOptionInfo: taskInfo}` as message-level
 * `cloudCustomData` (see `encodeTaskBranchReply`).
 */
export interface TaskBranchPayload {
  kind: 'taskBranch'
  src: '32'
  /** `0` choosable; `1` closed without a choice; `2` answered. Anything but 0 locks the menu. Missing → 0. */
  status: number
  /** `0` quick options (hidden once one is chosen); `1` fixed buttons (stay visible). Missing → 0. */
  optionType: 0 | 1
  /**
   * The task-flow node, `{taskID, nodeID, env}` on the wire; a bounded copy kept verbatim because it
   * is echoed back in the reply's metadata. Absent when the wire has no object there.
   */
  taskInfo?: Record<string, unknown>
  header: string
  /**
   * Every item, in order. Unlike src 15, an item whose `content` is empty or blank is KEPT (as
   * `content: ''` when it had no text): the view shows it as the "content is abnormal" notice and
   * does not let it be chosen.
   */
  items: MenuItem[]
  tail: string
  selected?: MenuItem
}

/** One field of a src 33 form. */
export interface TaskFormVariable {
  /** label, and the key the answer is sent under */
  name: string
  /** the backend's variable type; opaque to the kit */
  type: string
  /** `0` free text; `1` single choice from `chooseItemList` */
  formType: 0 | 1
  placeholder: string
  isRequired: boolean
  /** the current (prefilled or submitted) value */
  variableValue: string
  chooseItemList: string[]
}

/**
 * src 33: a task-flow form. From the service it is drawn (a card opening a form sheet); the
 * customer's submission is a src 33 too, with the values, and the customer's own copy is not drawn.
 */
export interface TaskFormPayload {
  kind: 'taskForm'
  src: '33'
  /**
   * `0` editable, `1` closed unsubmitted, `2` submitted (read-only unless 0). Absent on the
   * customer's submission, and possibly on broken service forms: the kits disagree (one treats
   * missing as 2, one as 0), so it is left `undefined` for the view to decide.
   */
  nodeStatus?: number
  /** title of the form sheet */
  tip: string
  inputVariables: TaskFormVariable[]
  /**
   * Set by the engine on the service's card once the customer submitted it: the values sent, by
   * field name. Not on the wire.
   */
  submittedValues?: Record<string, string>
}

/**
 * src 34, customer → service: start a task flow. Field names are inferred (`taskFlowID`), so the
 * whole `content` object is kept as a bounded copy. Never drawn.
 */
export interface TransferToTaskFlowPayload { kind: 'transferToTaskFlow'; src: '34'; content: Record<string, unknown> }

/** src 35, service → customer: the model is thinking. Shown only while `thinkingStatus` is 0. */
export interface ThinkingPayload {
  kind: 'thinking'
  src: '35'
  /** `0` thinking; `1` finished. Anything but 0 (or `'0'`), missing included, reads as 1. */
  thinkingStatus: 0 | 1
}

/** src 36, service → customer: too many customers; drawn as a fixed localized notice. */
export interface ConcurrencyLimitPayload { kind: 'concurrencyLimit'; src: '36' }

/** src 37, service → customer: the customer has not replied; `content` is the line to show (may be ''). */
export interface TimeoutWarningPayload { kind: 'timeoutWarning'; src: '37'; content: string }

/** src 38: a timeout tip meant for the agent. A flag: never drawn. */
export interface AgentTipsPayload { kind: 'agentTips'; src: '38' }

/**
 * src 39, customer → service: transfer to a named agent or agent group. Field names are inferred
 * (`specifiedAgentList`, `specifiedGroupID`), so `content` is kept as a bounded copy. Never drawn.
 */
export interface TransferToHumanPayload { kind: 'transferToHuman'; src: '39'; content: Record<string, unknown> }

/** src 40, service → customer: a closed session was reopened. A flag: never drawn. */
export interface SessionRestartedPayload { kind: 'sessionRestarted'; src: '40' }

/** src 42: the configured thumbs-down reasons (inferred: `content.menu`). A flag. */
export interface FeedbackMenuPayload { kind: 'feedbackMenu'; src: '42'; menu: string[] }

/**
 * src 43, customer → service: thumbs up/down on a bot answer. A flag (sent `onlineUserOnly`).
 * Field names are inferred from Tencent's LKE rating API.
 */
export interface FeedbackPayload {
  kind: 'feedback'
  src: '43'
  /** the IM id of the rated answer */
  messageID: string
  /** `0` cancel, `1` thumbs up, `2` thumbs down */
  score: 0 | 1 | 2
  reasons: string[]
  feedbackContent: string
}

/** A `src` from {@link SILENT_SRCS}: known to exist, never drawn, nothing to act on. A flag. */
export interface SilentPayload { kind: 'silent'; src: string }

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
  | TaskBranchPayload
  | TaskFormPayload
  | TransferToTaskFlowPayload
  | ThinkingPayload
  | ConcurrencyLimitPayload
  | TimeoutWarningPayload
  | AgentTipsPayload
  | TransferToHumanPayload
  | SessionRestartedPayload
  | FeedbackMenuPayload
  | FeedbackPayload
  | SilentPayload
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

/** A file card. `size` in bytes. For the customer's own upload, `url` is a local object URL. */
export interface FilePayload { kind: 'file'; url: string; name: string; size?: number; mime?: string }
/** A video: poster, controls, never autoplay. `duration` in seconds. */
export interface VideoPayload {
  kind: 'video'; url: string; posterUrl?: string; duration?: number; width?: number; height?: number; size?: number; mime?: string
}
/** Audio or a voice message. `duration` in seconds. */
export interface AudioPayload { kind: 'audio'; url: string; duration?: number; size?: number; mime?: string }
/** A location with a link to a map (through the URL rule). */
export interface LocationPayload { kind: 'location'; name?: string; address?: string; latitude: number; longitude: number }
/** A sticker / face. */
export interface FacePayload { kind: 'face'; index?: number; name?: string; url?: string }
/** A forwarded chat record. */
export interface MergerPayload { kind: 'merger'; title: string; lines: string[]; count?: number }

/** The media payloads (plain, non-custom bodies beside text and image). */
export type MediaPayload = FilePayload | VideoPayload | AudioPayload | LocationPayload | FacePayload | MergerPayload

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
export type Payload = DecodedPayload | TextPayload | ImagePayload | NoticePayload | MediaPayload

/** Every `kind` name. */
export type PayloadKind = Payload['kind']

/** Flag kinds change state and are never drawn as a bubble. */
export const FLAG_KINDS: ReadonlySet<PayloadKind> = new Set<PayloadKind>([
  'start', 'ratingSubmit', 'typing', 'botCommand', 'ratingRules', 'ratingRequest', 'seatStatus', 'endSession',
  // Desk: sent by the customer and never drawn (34, 39, 43), or meant for nobody on this side (38, 40, 42, silent)
  'transferToTaskFlow', 'agentTips', 'transferToHuman', 'sessionRestarted', 'feedbackMenu', 'feedback', 'silent',
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
