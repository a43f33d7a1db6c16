// Small helpers every renderer shares: reading the payload of the expected kind, and turning an
// action's refusal into a sentence the customer can read.
import type { ChatMessage, ActionError } from '../../protocol/engine/types'
import type { Payload } from '../../protocol/types'
import type { RenderContext } from '../types'

/**
 * The message's payload when it is of one of `kinds`, otherwise `null`. A renderer registered
 * for the wrong kind (a team's map, or a malformed message) then draws a placeholder instead of
 * throwing on a missing field.
 */
export function payloadOf<K extends Payload['kind']>(
  message: ChatMessage | undefined,
  ...kinds: K[]
): Extract<Payload, { kind: K }> | null {
  const p = message && message.payload
  if (!p || typeof p !== 'object') return null
  return (kinds as string[]).includes(p.kind) ? (p as Extract<Payload, { kind: K }>) : null
}

/** Every refusal code an action may return: the protocol's one list. */
export { ACTION_ERROR_CODES } from '../../protocol/engine/types'
/** A translated sentence for an action's refusal (src/i18n's one text function). */
export { actionErrorText } from '../../i18n/actionErrors'

/** A string field that may be missing or of the wrong type in data from a custom transport. */
export function str(value: unknown): string {
  return typeof value === 'string' ? value : value == null ? '' : String(value)
}

/** An array field that may be missing in data from a custom transport. */
export function arr<T>(value: readonly T[] | undefined | null): readonly T[] {
  return Array.isArray(value) ? value : []
}

/**
 * Calls an engine action and never lets it throw into the render: a team's own engine (or a
 * transport error surfacing synchronously) becomes an ordinary refusal (`unsupported`) the
 * renderer can show. The one way the kit calls an action (the shell's `useActionFeedback` too).
 */
export function runAction<T>(fn: () => { ok: true; value: T } | { ok: false; error: ActionError }):
  { ok: true; value: T } | { ok: false; error: ActionError } {
  try {
    const result = fn()
    if (result && typeof result === 'object' && 'ok' in result) return result
    return { ok: true, value: undefined as T }
  } catch (e) {
    return { ok: false, error: { code: 'unsupported', message: e instanceof Error ? e.message : String(e) } }
  }
}

/** Transport failure codes a failed send carries in `message.error.code`. */
export const SEND_ERROR_CODES = ['offline', 'timeout', 'rejected', 'rateLimited', 'unauthorized', 'unknown'] as const

/** A translated sentence for why a send failed (`message.error`), never the raw technical text. */
export function sendErrorText(t: RenderContext['t'], error: { code?: string } | undefined): string {
  const code = error && error.code
  if (code && (SEND_ERROR_CODES as readonly string[]).includes(code)) return t(`messages.sendError.${code}`)
  return t('messages.sendError.unknown')
}
