// Desk flags (src 34, 35, 38, 39, 40, 42, 43 and the silent srcs): they change state or are meant
// for the other side, and are never drawn. The component exists so a declaration can name one; it
// renders nothing.
import { defineComponent } from 'vue-demi'
import { rendererProps } from '../types'

/** Renders nothing. */
export const FlagMessage = defineComponent({
  name: 'KefuFlagMessage',
  props: rendererProps,
  setup() {
    return () => null
  },
})
