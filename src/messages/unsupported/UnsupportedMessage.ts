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

/** Longest reason shown: decode reasons are for support staff, not a wall of text. */
const MAX_REASON = 160

/**
 * The placeholder as VNodes, for renderers that were handed a payload they cannot draw.
 * @internal
 */
export function renderUnsupported(message: ChatMessage | undefined, t: RenderContext['t']): any {
  const p = (message && message.payload) as { kind?: string; src?: unknown; reason?: unknown } | undefined
  const src = p && p.src !== undefined && p.src !== null && str(p.src) !== '' ? str(p.src) : ''
  const reason = p && p.kind === 'invalid' ? str(p.reason).slice(0, MAX_REASON) : ''
  const details = [src ? t('messages.unsupported.src', { src }) : '', reason ? t('messages.unsupported.reason', { reason }) : '']
    .filter(Boolean)
    .join(' · ')
  return hc('div', {
    class: ['kefu-placeholder', 'kefu-unsupported'],
    attrs: { 'data-kefu-kind': (p && str(p.kind)) || 'none' },
  }, [
    hc('p', { class: 'kefu-placeholder__text' }, t('messages.unsupported.text')),
    details ? hc('p', { class: 'kefu-placeholder__details' }, details) : null,
  ])
}

/** Draws `unknown` and `invalid` messages as "This message type is not supported" with its src and reason. */
export const UnsupportedMessage = defineComponent({
  name: 'KefuUnsupportedMessage',
  props: rendererProps,
  setup(props) {
    return () => renderUnsupported(props.message, props.context.t)
  },
})
