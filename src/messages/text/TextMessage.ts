// Plain text (the customer's, the agent's, the bot's): line breaks kept, long words and URLs
// wrapped inside the bubble, http(s) URLs drawn as links that open safely in a new tab.
import { computed, defineComponent } from 'vue-demi'
import { hc } from '../../vue/compat'
import { rendererProps } from '../types'
import { payloadOf, str } from '../_shared/context'
import { linkify } from './linkify'
import { isolated } from '../_shared/bidi'
import { renderUnsupported } from '../unsupported/UnsupportedMessage'
import './text.css'

/** Draws a `text` message. */
export const TextMessage = defineComponent({
  name: 'KefuTextMessage',
  props: rendererProps,
  setup(props) {
    const payload = computed(() => payloadOf(props.message, 'text'))
    // linkifying runs once per text, not on every re-render of the list
    const pieces = computed(() => linkify(str(payload.value && payload.value.text)))

    return () => {
      const t = props.context.t
      if (!payload.value) return renderUnsupported(props.message, t)
      const text = str(payload.value.text)
      if (!text.trim()) {
        return hc('p', { class: ['kefu-text', 'kefu-text--empty'] }, t('messages.text.empty'))
      }
      return hc('p', { class: 'kefu-text', attrs: { dir: 'auto' } }, pieces.value.map((piece, i) =>
        piece.type === 'text'
          ? piece.text
          : hc('a', {
            key: i,
            class: 'kefu-text__link',
            attrs: { href: piece.href, target: '_blank', rel: 'noopener noreferrer' },
          }, [isolated(piece.text), hc('span', { class: 'kefu-sr-only' }, ' ' + t('messages.link.newTab'))]),
      ))
    }
  },
})
