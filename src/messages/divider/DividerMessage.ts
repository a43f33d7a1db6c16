// Session ended (src 19) and ended by the no-reply timeout (src 20), drawn as a separator with
// text. The official plugin hid both, so the customer never learned the conversation was over.
import { defineComponent } from 'vue-demi'
import { hc } from '../../vue/compat'
import { rendererProps } from '../types'
import { payloadOf } from '../_shared/context'
import { renderUnsupported } from '../unsupported/UnsupportedMessage'
import './divider.css'

/** Draws `sessionEnd` and `sessionTimeout` messages. */
export const DividerMessage = defineComponent({
  name: 'KefuDividerMessage',
  props: rendererProps,
  setup(props) {
    return () => {
      const t = props.context.t
      const p = payloadOf(props.message, 'sessionEnd', 'sessionTimeout')
      if (!p) return renderUnsupported(props.message, t)
      const text = t(p.kind === 'sessionEnd' ? 'messages.divider.sessionEnd' : 'messages.divider.sessionTimeout')
      // a separator's children are presentational, so the text is its label as well
      return hc('div', {
        class: ['kefu-divider', `kefu-divider--${p.kind === 'sessionEnd' ? 'end' : 'timeout'}`],
        attrs: { role: 'separator', 'aria-label': text },
      }, [hc('span', { class: 'kefu-divider__text' }, text)])
    }
  },
})
