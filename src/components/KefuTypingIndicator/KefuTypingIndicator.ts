// "The agent is typing…" while src 12 is fresh (the engine expires it by itself).
import { defineComponent } from 'vue-demi'
import { hc } from '../../vue/compat'
import { useKefu } from '../../vue/context'
import { useSelect } from '../../vue/select'
import './KefuTypingIndicator.css'

/** The typing indicator (state.typing); nothing otherwise. */
export const KefuTypingIndicator = defineComponent({
  name: 'KefuTypingIndicator',
  setup() {
    const { t, state } = useKefu()
    const typing = useSelect(state, (s) => !!s.typing)
    return () => {
      if (!typing.value) return null
      // Not a live region: the message that follows is announced anyway, and "typing" repeated
      // every few seconds would talk over it.
      return hc('div', { class: 'kefu-typing', attrs: { 'data-kefu-typing': '' } }, [
        hc('span', { class: 'kefu-typing__dots', attrs: { 'aria-hidden': 'true' } }, [hc('i'), hc('i'), hc('i')]),
        hc('span', { class: 'kefu-typing__text' }, t('typing')),
      ])
    }
  },
})
