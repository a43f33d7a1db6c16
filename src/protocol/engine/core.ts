// What the engine's modules share: the list, the id maps, the outbox, the session and the way to
// publish. engine.ts builds one Core and hands it to each module.
import type { Transport } from '../transport'
import type { CheckedIncoming } from './incoming'
import type { ResolvedTemplates } from './notices'
import type { OrderedMessages } from './ordering/list'
import type { Outbox } from './outbox'
import type { Identity } from './identity'
import type { Publisher } from './publisher'
import type { SessionEvent, SessionState } from './session'
import type { ActionError, ActionErrorCode } from './types'

export interface EngineConfig {
  now: () => number
  typingTimeout: number
  transferKeyword: string
  maxTextLength: number
  historyPageSize: number
  sendTimeout: number
  templates: ResolvedTemplates
}

export interface Core {
  readonly transport: Transport
  readonly config: EngineConfig
  readonly list: OrderedMessages
  readonly ids: Identity
  readonly outbox: Outbox
  readonly publisher: Publisher
  session(): SessionState
  dispatch(event: SessionEvent): void
  /** start() was called and stop() was not */
  isStarted(): boolean
  /** an incoming message checked and normalised, or null when unusable */
  check(raw: unknown): CheckedIncoming | null
  /** publishes what changed (see Publisher.commit) */
  commit(): void
}

export function refuse(code: ActionErrorCode, message: string): { ok: false; error: ActionError } {
  return { ok: false, error: { code, message } }
}

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value }
}

export function reasonOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error)
}
