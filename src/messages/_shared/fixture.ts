// Builds the ChatMessages of the gallery fixtures (and of the tests) with stable, fixed data, so
// the playground and the e2e screenshots are the same on every run.
import type { ChatMessage } from '../../protocol/engine/types'
import type { Payload } from '../../protocol/types'

/** The time every fixture carries: 2025-01-15 10:30 in Beijing. */
export const FIXTURE_TIME = Date.UTC(2025, 0, 15, 2, 30)

/** unix seconds far in the future (2100-01-01): a rating that has not expired. */
export const FAR_FUTURE_SECONDS = 4102444800
/** unix seconds in the past: the documentation's own `expireTime` (2023-08-03). */
export const PAST_SECONDS = 1691074320

/** A service message (override `from`, `status`, … with `extra`). */
export function fixtureMessage(id: string, payload: Payload, extra: Partial<ChatMessage> = {}): ChatMessage {
  return { id, from: 'service', time: FIXTURE_TIME, status: 'sent', payload, ...extra }
}
