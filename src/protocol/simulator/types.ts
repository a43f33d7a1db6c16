// The simulator's configuration and public types. Everything the simulated backend does is
// configured by plain data (a knowledge base, flows, agents, texts, hours) so a playground can
// edit it live and a test can state exactly the scenario it checks.
//
// Over 400 lines on purpose: this is the simulator's whole public type surface (what
// `kefu-kit/simulator` exports as types), kept in one file so it reads as the API reference,
// in the order a user configures things. It has no code.
import type { KefuStorage } from '../storage/storage'
import type { IncomingMessage, Transport } from '../transport'
import type { DecodedPayload, MenuItem, OrderPayload, ProductPayload, RatingOption } from '../types'

/** Languages the simulator's default texts and knowledge base come in. */
export type SimulatorLocale = 'zh-CN' | 'en'

// ---------------------------------------------------------------------------------------------
// Knowledge base

/**
 * What the bot replies. A plain string is a text answer.
 * - `markdown`: sent as rich text (src 30), or streamed (src 31) when `stream` is set or the
 *   simulator's `streaming` option says so.
 * - `flow`: starts the task flow with this id.
 * - `transfer`: transfers the customer to a human agent.
 * - `card`: sends a product (src 22) or order (src 28) card; `{variable}` in its texts is filled
 *   inside a task flow, like any answer.
 */
export type BotAnswer =
  | string
  | { kind: 'text'; text: string }
  | { kind: 'markdown'; markdown: string; stream?: boolean }
  | { kind: 'card'; card: ProductPayload | OrderPayload }
  | { kind: 'flow'; flowId: string }
  | { kind: 'transfer' }

/** One entry of the Q&A library (问答库). */
export interface KnowledgeEntry {
  id: string
  /** the standard question (shown in welcome and clarify cards) */
  question: string
  /** other phrasings of the same question (相似问题) */
  similar?: string[]
  answer: BotAnswer
  /**
   * Which session locale shows this entry in the welcome card. Matching ignores it on purpose:
   * a question asked in English is answered by the English entry whatever the session locale.
   * Omit for an entry that belongs to every locale.
   */
  locale?: SimulatorLocale
  /** list it in the welcome card ("guess what you want to ask"), in library order */
  featured?: boolean
}

/** One entry of the small-talk library (寒暄库). */
export interface SmallTalkEntry {
  id: string
  question: string
  similar?: string[]
  answer: string
  locale?: SimulatorLocale
}

/** A branch-menu item of a task flow and where it leads. */
export interface FlowBranchItem extends MenuItem {
  /** a step id of the same flow, or a step written inline */
  next: FlowTarget
}

/** A step of a task flow. */
export type FlowStep =
  /** src 15: the customer picks one item by sending its exact text */
  | { kind: 'branch'; header: string; tail?: string; items: FlowBranchItem[] }
  /**
   * src 21: with `options`, an options form (type 1, the answer must be one of them, exactly);
   * without, a text form (type 0, any text is the answer). The answer is stored in `variable`
   * and later texts of the flow may use `{variable}`.
   */
  | { kind: 'form'; header: string; variable: string; options?: Array<string | MenuItem>; next?: FlowTarget }
  /** a bot answer; `{variable}` placeholders are filled from the form answers */
  | { kind: 'answer'; answer: Exclude<BotAnswer, { kind: 'flow' }>; next?: FlowTarget }
  /** transfer to a human agent */
  | { kind: 'transfer' }

/** A step id, or a step written inline. */
export type FlowTarget = string | FlowStep

/** A task flow (任务流): steps as data, started by a keyword or a knowledge-base answer. */
export interface TaskFlow {
  id: string
  /** the step the flow starts with */
  start: FlowTarget
  steps?: Record<string, FlowStep>
  /**
   * Texts that start the flow when the customer sends exactly one of them (case and width folded,
   * surrounding punctuation ignored). Fuzzy triggers belong in the knowledge base.
   */
  keywords?: string[]
}

/** The bot's libraries and flows. */
export interface KnowledgeBase {
  entries: KnowledgeEntry[]
  smallTalk?: SmallTalkEntry[]
  flows?: TaskFlow[]
}

/** The bot's answering strategy (问答策略). Scores are cosine similarities in [0, 1]. */
export interface BotOptions {
  /** off: no welcome card, and every customer text asks for a human @default true */
  enabled?: boolean
  /** score ≥ this answers directly @default 0.7 */
  directThreshold?: number
  /** small-talk strategy (寒暄策略) on @default true */
  smallTalk?: boolean
  /** small-talk score ≥ this answers with small talk @default 0.6 */
  smallTalkThreshold?: number
  /** clarify strategy (引导提问) on @default true */
  clarify?: boolean
  /** clarify band lower bound: [clarifyThreshold, directThreshold) asks "did you mean" @default 0.3 */
  clarifyThreshold?: number
  /** how many questions a clarify card offers @default 3 */
  clarifyCount?: number
  /** send the welcome card (29 welcome_msg) on opening @default true */
  welcomeCard?: boolean
  /** most questions in the welcome card (the product allows 20) @default 20 */
  welcomeCardCount?: number
}

// ---------------------------------------------------------------------------------------------
// Agents, assignment, hours

/** An agent's status in the workbench. Only `free` agents get new conversations. */
export type AgentStatus = 'free' | 'busy' | 'rest' | 'afterCallWork' | 'offline'

export interface AgentConfig {
  id: string
  name: string
  /** the group id the agent belongs to (for `assignment: 'group'`) */
  group?: string
  /** @default 'free' */
  status?: AgentStatus
  /** conversations the agent takes at once before customers queue @default 1 */
  maxConcurrent?: number
  avatar?: string
}

export interface AgentGroup {
  id: string
  /** the item text of the group menu; the customer picks it by sending it exactly */
  name: string
}

/** What an agent console shows about an agent. */
export interface AgentSnapshot {
  id: string
  name: string
  group?: string
  status: AgentStatus
  maxConcurrent: number
  /** conversations the agent holds now, the simulated customer's and virtual ones */
  activeSessions: number
  /** when the agent last finished a conversation (ms); assignment prefers the smallest */
  lastSessionEndedAt: number
  /** whether this agent serves (or has been offered) the simulated customer */
  servingCustomer: boolean
  avatar?: string
}

/**
 * Working hours per weekday: `0` Sunday … `6` Saturday → ranges `'HH:MM-HH:MM'` (end exclusive,
 * `24:00` allowed; an end before the start runs past midnight into the next day).
 * A weekday that is missing has no working hours.
 */
export interface WorkingHours {
  days: Partial<Record<0 | 1 | 2 | 3 | 4 | 5 | 6, string[]>>
  /**
   * minutes east of UTC the hours are written in; omitted: the runtime's local time zone
   * (what a demo wants). Tests pass a number so they run the same everywhere.
   */
  utcOffsetMinutes?: number
}

/**
 * Other customers, so a one-customer demo can show a queue. Applied once, when the simulated
 * customer first asks for a human.
 */
export interface VirtualLoad {
  /** agent slots other customers hold; each frees `for` ms after the customer asks */
  occupiedBy?: Array<{ agentId: string; for: number }>
  /** other customers already waiting ahead of the customer */
  waitingAhead?: number
  /** how long an agent spends with a virtual customer taken from the queue (ms) @default 4000 */
  serviceTime?: number
}

/** Scripted agent behaviour for `mode: 'auto'`. */
export interface AgentScript {
  /** sent by the agent right after accepting; `$(StaffName)` is filled @default a greeting */
  greeting?: string
  /** replies to the customer's messages, in turn (cycling) */
  replies?: string[]
  /** or decide each reply from the customer's text; returning undefined falls back to `replies` */
  reply?: (context: { text: string; agent: AgentSnapshot; turn: number }) => string | undefined
  /** how long the agent "types" (src 12) before each message (ms) @default 1200 */
  typingMs?: number
  /** delay between the customer being assigned and the agent accepting (ms) @default 600 */
  acceptDelayMs?: number
}

// ---------------------------------------------------------------------------------------------
// Texts and rating

/** Every text the simulated backend sends. Defaults follow the locale and `DEFAULT_TEMPLATES`. */
export interface SimulatorTexts {
  /** 欢迎语 */
  welcome: string
  welcomeCardTitle: string
  clarifyTitle: string
  /** 兜底回复 */
  fallback: string
  /** with `${QueuePosition}` and `${WaitNo}` */
  queue: string
  /** 人工接入中: sent when an agent is assigned but has not accepted yet (manual mode) */
  transferring: string
  /** with `$(StaffName)` */
  transferSucceeded: string
  transferFailed: string
  offHours: string
  /** header of the group menu for `assignment: 'group'` */
  groupMenuHeader: string
  /** 主动结束话术: after 19 */
  sessionEnded: string
  /** 超时自动结束话术: after 20 */
  sessionTimeout: string
  /** reply to a repeated transfer request while an agent has been assigned but not accepted yet; '' sends nothing */
  alreadyQueued: string
  ratingHead: string
  ratingTail: string
  /** the five rating levels, worst to best (ids 101–105) */
  ratingOptions: [string, string, string, string, string]
}

export interface RatingOptions {
  /** 1 stars, 2 numbers @default 1 */
  type?: 1 | 2
  /** hours a rating card can be submitted @default 12 */
  effectiveHour?: number
}

/** Latency in ms: a fixed number, or a uniform random range. */
export type Latency = number | { min: number; max: number }

export interface StreamingOptions {
  /**
   * which Markdown answers stream as src 31: `'all'`, `'none'`, or `'marked'` (those with
   * `stream: true`) @default 'marked'
   */
  answers?: 'all' | 'none' | 'marked'
  /** characters per chunk @default 12 */
  chunkSize?: number
  /** ms between chunks @default 90 (0 with `latency: 0`) */
  interval?: number
}

export interface SimulatorOptions {
  /**
   * Keep the conversation (its messages, ids and sequence numbers) here, so a reload of the page
   * continues it; the same `KefuStorage` the engine takes. @default none (a fresh conversation)
   */
  storage?: KefuStorage
  /** the key of the persisted session in `storage` @default 'simulator' */
  storageKey?: string
  /** selects the default texts, knowledge base and agents @default 'zh-CN' */
  locale?: SimulatorLocale
  /** the service account's display name on service messages */
  serviceName?: string
  /** the Q&A library, small talk and flows @default the built-in library about Kefu Kit */
  knowledge?: KnowledgeBase
  bot?: BotOptions
  texts?: Partial<SimulatorTexts>
  /** keywords that ask for a human (exact, case/width folded) @default ['转人工', '人工', '人工客服', 'human', 'agent'] */
  transferKeywords?: string[]
  /** @default two agents in two groups */
  agents?: AgentConfig[]
  /** groups for `assignment: 'group'` @default the groups of the default agents */
  groups?: AgentGroup[]
  /** automatic (the free agent idle longest) or the customer picks a group @default 'auto' */
  assignment?: 'auto' | 'group'
  /** 'auto': agents accept and answer by `agentScript`; 'manual': driven from code @default 'auto' */
  mode?: 'auto' | 'manual'
  agentScript?: AgentScript
  /** omitted or null: agents work around the clock */
  workingHours?: WorkingHours | null
  virtualLoad?: VirtualLoad
  /** src 23 `menuSendRuleFlag` (bits of `RATING_RULE`) @default 7 */
  menuSendRuleFlag?: number
  rating?: RatingOptions
  /** seconds the customer may stay silent while a human serves or a flow waits; 0 = never @default 0 */
  noReplyTimeout?: number
  /** delay before service messages arrive @default { min: 400, max: 900 } */
  latency?: Latency
  /** gap between consecutive service messages of one reply (ms) @default 150 (0 with `latency: 0`) */
  messageGap?: number
  /** how long connect() takes (ms) @default 300 (0 with `latency: 0`) */
  connectDelay?: number
  streaming?: StreamingOptions
  /** pre-seed this many older messages, so long histories can be paged @default 0 */
  history?: number
  /** clock, injectable for tests @default Date.now */
  now?: () => number
  /** randomness (latency ranges), injectable for tests @default Math.random */
  random?: () => number
}

// ---------------------------------------------------------------------------------------------
// Runtime state and results

/** Where the simulated customer's conversation stands. */
export type SessionPhase =
  /** talking to the bot (or nothing yet) */
  | 'bot'
  /** the group menu was sent; waiting for the customer's pick */
  | 'choosingGroup'
  | 'queued'
  /** assigned to an agent who has not accepted yet (manual mode, or the auto accept delay) */
  | 'offered'
  | 'inSeat'

export interface SessionSnapshot {
  phase: SessionPhase
  /** the agent serving or offered the customer */
  agentId?: string
  agentName?: string
  /** 1-based, while queued */
  queuePosition?: number
  /** the rating session id of the current (or last) human conversation */
  ratingSessionId?: string
  /** the task flow waiting for the customer's answer */
  flowId?: string
  /** src 7 received */
  started: boolean
}

export interface QueueSnapshot {
  /** everyone waiting, virtual customers included */
  length: number
  /** the simulated customer's 1-based position, or undefined when not queued */
  customerPosition?: number
}

/** What an agent console hears about. */
export type AgentConsoleEvent =
  /** a customer message while queued, offered or in seat (what the agent must see) */
  | { type: 'customerMessage'; agentId?: string; message: IncomingMessage; payload: DecodedPayload | { kind: 'text'; text: string } }
  | { type: 'session'; session: SessionSnapshot }
  | { type: 'queue'; queue: QueueSnapshot }
  | { type: 'agents'; agents: AgentSnapshot[] }
  | { type: 'rating'; sessionId: string; option: RatingOption }
  /** a rating the backend ignored, and why */
  | { type: 'ratingIgnored'; sessionId: string; reason: 'expired' | 'alreadyRated' | 'unknownSession' | 'invalidOption' }

export type SimulatorErrorCode =
  | 'notInSeat'
  | 'notAllowed'
  | 'nothingToAccept'
  | 'unknownAgent'
  | 'invalidPayload'
  | 'empty'

/** What an agent action returns: done, or why not (never throws, so a UI can show it). */
export type SimulatorResult<T = undefined> =
  | { ok: true; value: T }
  | { ok: false; error: { code: SimulatorErrorCode; message: string } }

/** The in-process backend: a Transport plus the controls a playground or test needs. */
export interface Simulator extends Transport {
  /** the locale in force (default texts, welcome card, agents) */
  readonly locale: SimulatorLocale
  /** agent snapshots (fresh copies on each read) */
  readonly agents: AgentSnapshot[]
  readonly session: SessionSnapshot
  readonly queue: QueueSnapshot
  /** every stored message, oldest first (flags sent with `onlineUserOnly` are not stored) */
  readonly messages: readonly IncomingMessage[]

  // Agent side ---------------------------------------------------------------------------------
  /** sends a text from the serving agent */
  agentReply(text: string): SimulatorResult<{ id: string }>
  /** sends any service payload (product card, branch menu, form, rich text…) from the serving agent */
  agentSendPayload(payload: DecodedPayload): SimulatorResult<{ id: string }>
  /**
   * sends any custom payload exactly as written, for renderers the kit does not know (a custom
   * `src`, say `{ src: '1001', content: {…} }`): a JSON object, or its JSON text, with a `src`
   * that is a non-empty string or an integer. `customerServicePlugin: 0` is added unless the
   * object carries a marker. A raw branch menu or form is awaited like one sent with
   * agentSendPayload. Refused (`invalidPayload`) for anything else; never throws.
   */
  agentSendRaw(payload: Record<string, unknown> | string): SimulatorResult<{ id: string }>
  /** src 12 */
  agentTyping(): SimulatorResult
  /** src 9; refused unless a human serves and `menuSendRuleFlag` has bit 1<<1 */
  agentInviteRating(): SimulatorResult<{ id: string; sessionId: string }>
  /** ends the human session: 26 outSeat, 19, the end text, then 9 when bit 1<<0 is set */
  agentEndSession(): SimulatorResult
  /** accepts the customer offered to `agentId` (or to anyone) */
  acceptNext(agentId?: string): SimulatorResult<{ agentId: string }>
  /**
   * changes an agent's status. A newly free agent takes from the queue; an agent who leaves
   * `free` before accepting hands the customer back to the head of the queue; a conversation
   * already accepted goes on whatever the status.
   */
  setAgentStatus(agentId: string, status: AgentStatus): SimulatorResult
  /** subscribes an agent console; returns the unsubscribe function */
  onAgentEvent(listener: (event: AgentConsoleEvent) => void): () => void

  // Fault injection -----------------------------------------------------------------------------
  /** drops (false) or restores (true) the connection; messages sent meanwhile arrive on restore */
  setOnline(online: boolean): void
  /** the next `n` sends fail with this code (not processed, so a retry can succeed) @default 'timeout' */
  failNextSends(n: number, code?: 'offline' | 'timeout' | 'rejected' | 'rateLimited' | 'unknown'): void

  // Test helpers ----------------------------------------------------------------------------------
  /**
   * resolves once every scheduled service message has arrived (streams included); long timers
   * (no-reply timeout, virtual customers) are not waited for
   */
  idle(): Promise<void>
  /** stops every timer; the simulator is unusable afterwards */
  dispose(): void
}
