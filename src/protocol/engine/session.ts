// The session rules as a pure reducer: connection, phase, who is serving, rating rules, the queue
// and the typing flag. `(state, event) => state`, no transport, no timers, no clock: the engine
// feeds it what happened and runs the side effects (the typing timer) from the result.
//
// It returns the very same object when an event changes nothing, so the engine can tell by
// identity whether a new snapshot is due.
import type { ConnectionStatus } from '../transport'
import type { Payload } from '../types'
import { ratingRulesOf } from './incoming'
import type { QueueState, RatingRules, SessionPhase } from './types'

export interface SessionState {
  readonly connection: ConnectionStatus
  readonly phase: SessionPhase
  readonly humanServing: boolean
  readonly ratingRules: RatingRules | null
  readonly typing: boolean
  readonly queue: QueueState | null
}

export type SessionEvent =
  /** the transport reported a status */
  | { type: 'status'; status: ConnectionStatus }
  /** start() opened the conversation */
  | { type: 'opened'; connection: ConnectionStatus }
  /** stop() or a failed start() closed it */
  | { type: 'closed'; connection: ConnectionStatus }
  /** a service flag (src 23, 26, 12, 13…): never drawn, only folded in here */
  | { type: 'flag'; payload: Payload }
  /** a drawn (or queue-only) live service message */
  | { type: 'serviceMessage'; payload: Payload }
  /** the customer sent (or resent) a message: an ended session starts again */
  | { type: 'customerSent' }
  /** the typing flag's timeout ran out */
  | { type: 'typingExpired' }

export function initialSession(connection: ConnectionStatus): SessionState {
  return { connection, phase: 'idle', humanServing: false, ratingRules: null, typing: false, queue: null }
}

const isOver = (phase: SessionPhase) => phase === 'ended' || phase === 'timedOut'

function patch(state: SessionState, changes: Partial<SessionState>): SessionState {
  for (const key of Object.keys(changes) as (keyof SessionState)[]) {
    if (changes[key] !== state[key]) return { ...state, ...changes }
  }
  return state
}

/** Folds one event into the session. Pure: the same input gives the same output. */
export function reduceSession(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'status':
      return typeof event.status === 'string' ? patch(state, { connection: event.status }) : state
    case 'opened':
      return patch(state, { connection: event.connection, phase: 'active' })
    case 'closed':
      return patch(state, { connection: event.connection, phase: 'idle', typing: false })
    case 'customerSent':
      return isOver(state.phase) ? patch(state, { phase: 'active' }) : state
    case 'typingExpired':
      return patch(state, { typing: false })
    case 'flag':
      return foldFlag(state, event.payload)
    case 'serviceMessage':
      return foldServiceMessage(state, event.payload)
    default:
      return state
  }
}

function foldFlag(state: SessionState, payload: Payload): SessionState {
  switch (payload.kind) {
    case 'ratingRules': {
      const rules = ratingRulesOf(payload)
      return state.ratingRules?.flag === rules.flag ? state : { ...state, ratingRules: rules }
    }
    case 'seatStatus':
      if (!payload.inSeat) return patch(state, { humanServing: false })
      // an agent picking the customer up is a live session, whatever ended before
      return patch(state, { humanServing: true, queue: null, phase: isOver(state.phase) ? 'active' : state.phase })
    case 'typing':
      // Desk backends say when typing stopped (typingStatus 0); older ones only send "typing"
      if (payload.typingStatus === 0) return patch(state, { typing: false })
      // nobody is typing in a session that is over: a late flag must not bring the dots back
      return isOver(state.phase) ? state : patch(state, { typing: true })
    default:
      // 13 (bot commands) and the customer-side flags: nothing for the customer to see
      return state
  }
}

function foldServiceMessage(state: SessionState, payload: Payload): SessionState {
  // whoever was typing has sent what they typed
  const next = patch(state, { typing: false })
  switch (payload.kind) {
    case 'sessionEnd':
    case 'sessionTimeout':
      return patch(next, { phase: payload.kind === 'sessionEnd' ? 'ended' : 'timedOut', humanServing: false, queue: null, typing: false })
    case 'notice':
      if (payload.notice === 'queue') {
        const queue: QueueState = { text: payload.text }
        if (payload.position !== undefined) queue.position = payload.position
        if (payload.waitNo !== undefined) queue.waitNo = payload.waitNo
        const same = next.queue && next.queue.text === queue.text && next.queue.position === queue.position && next.queue.waitNo === queue.waitNo
        return same ? next : { ...next, queue }
      }
      // transferred, refused or off hours: in each case the customer is no longer waiting
      return payload.notice === 'info' ? next : patch(next, { queue: null })
    default:
      return next
  }
}

/** Whether a live service payload only updates the queue (the banner) and draws no row. */
export function isQueueUpdate(payload: Payload): boolean {
  return payload.kind === 'notice' && payload.notice === 'queue'
}
