// A withdrawn message keeps its place in the conversation as a short notice, so the thread still
// reads in order and nobody wonders whether a reply went missing.
import { defineComponent } from 'vue-demi'
import { hc } from '../../vue/compat'
import { rendererProps } from '../types'
import './unsupported.css'

/** Drawn instead of a message whose `revoked` flag is set. */
export const RevokedMessage = defineComponent({
  name: 'KefuRevokedMessage',
  props: rendererProps,
  setup(props) {
    return () => hc('p', { class: ['kefu-placeholder', 'kefu-revoked'] },
      props.context.t(props.message && props.message.from === 'customer' ? 'messages.revoked.customer' : 'messages.revoked.service'))
  },
})
