// Centred system lines from the service: the concurrency limit (src 36, a fixed localized
// sentence; its payload is ignored) and the timeout warning (src 37, whose `content` is the
// plain string to show, falling back to a localized sentence when it is empty).
import { defineComponent } from 'vue-demi'
import { hc } from '../../vue/compat'
import { rendererProps } from '../types'
import { payloadOf, str } from '../_shared/context'
import { renderUnsupported } from '../unsupported/UnsupportedMessage'
import './systemLine.css'

/** Draws `concurrencyLimit` (36) and `timeoutWarning` (37) messages. */
export const SystemLineMessage = defineComponent({
  name: 'KefuSystemLineMessage',
  props: rendererProps,
  setup(props) {
    return () => {
      const t = props.context.t
      const p = payloadOf(props.message, 'concurrencyLimit', 'timeoutWarning')
      if (!p) return renderUnsupported(props.message, t)
      const text = p.kind === 'concurrencyLimit'
        ? t('desk.concurrencyLimit')
        : str((p as { content?: unknown }).content).trim() || t('desk.timeoutWarning')
      return hc('div', { class: ['kefu-system-line', `kefu-system-line--${p.kind}`] }, [
        hc('p', { class: 'kefu-system-line__text' }, text),
      ])
    }
  },
})
