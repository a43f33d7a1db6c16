// The visible placeholder for what the kit cannot draw: a `src` it does not know (`unknown`), a
// payload that failed to decode (`invalid`), or a payload handed to the wrong renderer. The
// official plugin rendered nothing (or threw) for these; a customer should at least see that
// something arrived.
import { defineComponent } from 'vue-demi'
import { hc } from '../../vue/compat'
import { rendererProps, type RenderContext } from '../types'
import type { ChatMessage } from '../../protocol/engine/types'
import { str } from '../_shared/context'
import './unsupported.css'

/** Longest reason kept: decode reasons are for developers, not a wall of text. */
const MAX_REASON = 300

/** Messages already reported on the console (by id and reason), so a re-render does not repeat it. */
const warned = new Set<string>()

/**
 * Forgets which messages were reported, so a test can expect the warning whatever ran before it
 * in the same module graph. For tests only.
 * @internal
 */
export function resetUnsupportedWarningsForTests(): void {
  warned.clear()
}

/**
 * Tells the developer, once per message, why it shows the placeholder; the customer sees only a
 * plain sentence.
 */
function warnOnce(message: ChatMessage | undefined, kind: string, src: string, reason: string): void {
  const key = `${message ? message.id : ''}\u0000${kind}\u0000${src}\u0000${reason}`
  if (warned.has(key)) return
  if (warned.size >= 1000) warned.clear()
  warned.add(key)
  const what = kind === 'unknown'
    ? `has src ${src}, which no renderer draws (register one under 'src:${src}')`
    : kind === 'invalid'
      ? `could not be decoded${src ? ` (src ${src})` : ''}: ${reason}`
      : `reached a renderer that cannot draw a '${kind}' payload`
  try {
    console.warn(`[kefu-kit] message ${message ? message.id : '(none)'} ${what}; it shows the "not supported" placeholder.`)
  } catch {
    // no console: nothing to tell
  }
}

/**
 * The placeholder as VNodes, for renderers that were handed a payload they cannot draw. The
 * customer reads one plain sentence; the src and the decode reason go to the console (once per
 * message) and to `data-kefu-src` / `data-kefu-reason` for developer tools and tests.
 * @internal
 */
export function renderUnsupported(message: ChatMessage | undefined, t: RenderContext['t']): any {
  const p = (message && message.payload) as { kind?: string; src?: unknown; reason?: unknown } | undefined
  const kind = (p && str(p.kind)) || 'none'
  const src = p && p.src !== undefined && p.src !== null && str(p.src) !== '' ? str(p.src).slice(0, 40) : ''
  const reason = p && p.kind === 'invalid' ? str(p.reason).slice(0, MAX_REASON) : ''
  warnOnce(message, kind, src, reason)
  return hc('div', {
    class: ['kefu-placeholder', 'kefu-unsupported'],
    attrs: { 'data-kefu-kind': kind, 'data-kefu-src': src || undefined, 'data-kefu-reason': reason || undefined },
  }, [
    hc('p', { class: 'kefu-placeholder__text' }, t('messages.unsupported.text')),
  ])
}

/** Draws `unknown` and `invalid` messages as "This message type is not supported" (the src and reason go to the console). */
export const UnsupportedMessage = defineComponent({
  name: 'KefuUnsupportedMessage',
  props: rendererProps,
  setup(props) {
    return () => renderUnsupported(props.message, props.context.t)
  },
})
