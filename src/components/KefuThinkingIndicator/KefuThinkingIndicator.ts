// "Thinking…" while the AI model works on an answer (src 35, `state.thinking`; the engine clears
// it when the answer arrives, on a src 35 with thinkingStatus 1, after 60 s, or at session end).
import { defineComponent } from 'vue-demi'
import { hc } from '../../vue/compat'
import { useKefu } from '../../vue/context'
import { useSelect } from '../../vue/select'
import './KefuThinkingIndicator.css'

/** Whether the engine says the model is thinking (engines without the field: never). */
export function isThinking(state: unknown): boolean {
  return (state as { thinking?: unknown } | null)?.thinking === true
}

/** An incoming bubble with three animated dots; nothing otherwise. */
export const KefuThinkingIndicator = defineComponent({
  name: 'KefuThinkingIndicator',
  setup() {
    const { t, state } = useKefu()
    const thinking = useSelect(state, isThinking)
    return () => {
      if (!thinking.value) return null
      // role=status: announced once when it appears, politely; the dots are decoration
      return hc('div', { class: 'kefu-thinking', attrs: { 'data-kefu-thinking': '', role: 'status' } }, [
        hc('span', { class: 'kefu-thinking__bubble' }, [
          hc('span', { class: 'kefu-thinking__dots', attrs: { 'aria-hidden': 'true' } }, [hc('i'), hc('i'), hc('i')]),
          hc('span', { class: 'kefu-thinking__text' }, t('desk.thinking')),
        ]),
      ])
    }
  },
})
