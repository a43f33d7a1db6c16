// What the shell draws in place of a renderer that threw (a team's renderer, or data no decoder
// anticipated): one message fails alone, the conversation goes on.
import { defineComponent } from 'vue-demi'
import { hc } from '../../vue/compat'
import { rendererProps } from '../types'
import { str } from '../_shared/context'
import './unsupported.css'

/** Shown by the shell's error boundary when a message's renderer throws. */
export const MessageErrorPlaceholder = defineComponent({
  name: 'KefuMessageErrorPlaceholder',
  props: {
    ...rendererProps,
    /** what was thrown; not shown to the customer (it may hold internals), kept for debugging */
    error: { type: null, default: undefined },
  },
  setup(props) {
    return () => hc('div', {
      class: ['kefu-placeholder', 'kefu-render-error'],
      attrs: {
        'data-kefu-message-id': props.message ? str(props.message.id) : undefined,
        // the error's name only (e.g. TypeError): enough to find it in a report, nothing private
        'data-kefu-error': props.error instanceof Error ? props.error.name : undefined,
      },
    }, [hc('p', { class: 'kefu-placeholder__text' }, props.context.t('messages.error.render'))])
  },
})
