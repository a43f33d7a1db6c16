// "Thinking…" while the AI model works on an answer (src 35, `state.thinking`; the engine clears
// it when the answer arrives, on a src 35 with thinkingStatus 1, after 60 s, or at session end).
import { defineComponent } from 'vue-demi'
import { hc } from '../../vue/compat'
import { useKefu } from '../../vue/context'
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
    return () => {
      if (!isThinking(state.value)) return null
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
