// A short plain-text description of any message, for the shell's screen-reader live region
// ("New message from the agent: …"), the unread preview and notifications. Never HTML. Each kind
// says how it reads in its declaration (`summary`); this applies it and cleans the result.
import type { ChatMessage } from '../protocol/engine/types'
import type { RenderContext } from './types'
import { indexKinds, type KindLookup, type MessageKind } from './kind'
import { builtInKinds } from './kinds'
import { oneLine } from './_shared/plainText'

export { SUMMARY_MAX_LENGTH, markdownToPlainText } from './_shared/plainText'

let builtInLookup: KindLookup | undefined

/**
 * Summarises with a lookup of declarations (the registry passes its own, custom kinds included).
 * A summary that throws or returns nothing falls back to the generic "[Message]".
 */
export function summarizeWith(lookup: KindLookup, message: ChatMessage, t: RenderContext['t']): string {
  if (!message || !message.payload) return t('messages.summary.other')
  if (message.revoked) return t(message.from === 'customer' ? 'messages.revoked.customer' : 'messages.revoked.service')
  const kind = lookup(message)
  if (!kind || !kind.summary) return t('messages.summary.other')
  let text = ''
  try {
    const s = kind.summary(message, { t })
    text = typeof s === 'string' ? oneLine(s) : ''
  } catch {
    text = ''
  }
  return text || t('messages.summary.other')
}

/**
 * A short, plain-text description of `message` in the current language, from its kind's
 * declaration. Pass `kinds` to include a team's own kinds (they win over the kit's).
 */
export function summarizeMessage(message: ChatMessage, t: RenderContext['t'], kinds?: readonly MessageKind[]): string {
  const lookup = kinds && kinds.length ? indexKinds(builtInKinds, kinds) : (builtInLookup ??= indexKinds(builtInKinds))
  return summarizeWith(lookup, message, t)
}
