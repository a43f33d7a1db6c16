// The simulator's internal vocabulary: the session record and what its modules share. Each module
// (transport, outbox, routing, flows, ratings, inbound) is a factory taking the one context below
// and adding its functions to it; modules call each other through the context at call time, so
// the order they are created in does not matter and no module holds loose state of another.
import type { IncomingMessage, WireBody } from '../transport'
import type { BranchPayload, DecodedPayload, FormPayload, RatingOption, TaskBranchPayload, TaskFormPayload } from '../types'
import type { SimConfig } from './config'
import type { Flows } from './flows'
import type { Inbound } from './inbound'
import type { Outbox } from './outbox'
import type { Ratings } from './ratings'
import type { Routing } from './routing'
import type { Scheduler } from './scheduler'
import type { MessageStore } from './store'
import type { TransportSide } from './transport'
import type { AgentConfig, AgentConsoleEvent, AgentStatus, FeedbackRecord, FlowStep, SessionPhase, TaskFlow } from './types'

/**
 * What the service sends: a decoded payload, plain text, or `raw`: a custom payload exactly as
 * written (any JSON object with a `src`), for renderers the kit does not know.
 */
export type Outgoing = DecodedPayload | { kind: 'text'; text: string } | { kind: 'raw'; data: string } | { kind: 'media'; body: WireBody }

export interface AgentState {
  config: AgentConfig
  status: AgentStatus
  maxConcurrent: number
  /** other (virtual) customers this agent is serving */
  virtualSessions: number
  /** the simulated customer is offered to or served by this agent */
  servingCustomer: boolean
  lastSessionEndedAt: number
}

export interface QueueEntry {
  /** 'customer' for the simulated customer; virtual customers get their own ids */
  id: string
  group?: string
  /** only these agents may take it (src 39 naming agents) */
  agents?: string[]
}

export interface ActiveFlow {
  flow: TaskFlow
  vars: Record<string, string>
}

/** The menu or form whose exact answer the backend is waiting for. */
export type Awaiting =
  | { kind: 'flowBranch'; messageId: string; payload: BranchPayload; flow: ActiveFlow; step: Extract<FlowStep, { kind: 'branch' }> }
  | { kind: 'flowForm'; messageId: string; payload: FormPayload; flow: ActiveFlow; step: Extract<FlowStep, { kind: 'form' }> }
  | { kind: 'flowTaskBranch'; messageId: string; payload: TaskBranchPayload; flow: ActiveFlow; step: Extract<FlowStep, { kind: 'taskBranch' }> }
  | { kind: 'flowTaskForm'; messageId: string; payload: TaskFormPayload; flow: ActiveFlow; step: Extract<FlowStep, { kind: 'taskForm' }> }
  | { kind: 'groupMenu'; messageId: string; payload: BranchPayload }
  | { kind: 'agentMenu'; messageId: string; payload: BranchPayload | FormPayload }
  /** a src 32 / 33 an agent sent: answered like a flow's, without a flow behind it */
  | { kind: 'agentTask'; messageId: string; payload: TaskBranchPayload | TaskFormPayload }

export interface RatingRecord {
  selected?: RatingOption
  expireTime: number
  /** every card sent for this session: all of them show the choice once made */
  messageIds: string[]
}

export interface Emission {
  out: Outgoing
  /** the agent sending it; undefined for the bot / system */
  agent?: AgentState
  /** runs when the message arrives (state that must not change before the customer sees it) */
  onArrive?: (message: IncomingMessage) => void
  /** message-level metadata (`cloudCustomData`), e.g. the AI label of a bot answer */
  meta?: Record<string, unknown>
}

/** The simulated customer's conversation: one record instead of loose variables. */
export interface SessionRecord {
  /** src 7 received */
  started: boolean
  phase: SessionPhase
  servingAgent: AgentState | undefined
  awaiting: Awaiting | undefined
  activeFlow: ActiveFlow | undefined
  /** the queue position last announced to the customer */
  announcedPosition: number | undefined
  ratingSessionId: string | undefined
  noReplyTimer: ReturnType<typeof setTimeout> | undefined
  /** the src 37 warning before the no-reply timeout */
  noReplyWarningTimer: ReturnType<typeof setTimeout> | undefined
  /** the scripted agent's reply counter (auto mode) */
  agentTurn: number
  /** model answers being generated for the customer now (for the concurrency limit) */
  modelInFlight: number
  /** src 43 received */
  feedback: FeedbackRecord[]
  /** the UI locale of the last src 7 */
  language: string | undefined
}

export function createSessionRecord(): SessionRecord {
  return {
    started: false,
    phase: 'bot',
    servingAgent: undefined,
    awaiting: undefined,
    activeFlow: undefined,
    announcedPosition: undefined,
    ratingSessionId: undefined,
    noReplyTimer: undefined,
    noReplyWarningTimer: undefined,
    agentTurn: 0,
    modelInFlight: 0,
    feedback: [],
    language: undefined,
  }
}

/** Everything the modules share. Filled in by createSimulator. */
export interface SimContext {
  cfg: SimConfig
  session: SessionRecord
  sched: Scheduler
  store: MessageStore
  transport: TransportSide
  outbox: Outbox
  routing: Routing
  flows: Flows
  ratings: Ratings
  inbound: Inbound
  /** tells every agent console */
  emitAgent(e: AgentConsoleEvent): void
  /** set while a persisted session is being read (see `SimulatorOptions.storage`) */
  ready?: Promise<void>
}

/** Calls a listener; one that throws must not stop the others or the simulator. */
export function safeCall<E>(fn: (e: E) => void, e: E): void {
  try {
    fn(e)
  } catch (err) {
    // surface it asynchronously, where the host's error reporting sees it
    setTimeout(() => { throw err }, 0)
  }
}

export function copyMessage(m: IncomingMessage): IncomingMessage {
  return { ...m, body: { ...m.body } }
}
