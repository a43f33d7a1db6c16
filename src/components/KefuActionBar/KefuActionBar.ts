// The conversation's actions: transfer to a human, ask for the rating card, end the human session.
// Each is offered only while the engine says it may be used (state.can); "end" asks first, inline.
import { defineComponent } from 'vue-demi'
import type { ChatMessage, ConversationState } from '../../protocol/engine/types'
import { hc } from '../../vue/compat'
import { useSessionActions } from './useSessionActions'
import './KefuActionBar.css'

let uid = 0

/**
 * Whether the transfer request `id` is still waiting for an answer: sent (or sending), no agent
 * serving yet, the session still open, and no "no agent available" / "off hours" notice since.
 * (Once queued, the engine itself stops offering the transfer.)
 * @internal
 */
export function transferPending(state: ConversationState, id: string | null): boolean {
  if (!id || state.humanServing || state.phase !== 'active') return false
  const messages = state.messages
  let i = messages.length - 1
  while (i >= 0 && (messages[i] as ChatMessage).id !== id) i--
  if (i < 0 || (messages[i] as ChatMessage).status === 'failed') return false
  for (let j = i + 1; j < messages.length; j++) {
    const p = (messages[j] as ChatMessage).payload
    if (p.kind === 'notice' && (p.notice === 'transferFailed' || p.notice === 'offHours')) return false
  }
  return true
}

/** Buttons for the conversation-level actions the engine currently allows. */
export const KefuActionBar = defineComponent({
  name: 'KefuActionBar',
  props: {
    /**
     * How long a refused action's error stays visible (ms).
     * @default 4000
     */
    errorDuration: { type: Number, default: 4000 },
  },
  setup(props) {
    const { t, engine, endButton, cancelButton, confirming, error, waitingForAgent, can, transfer, askEnd, cancelEnd, confirmEnd, onConfirmKeydown, run } =
      useSessionActions({ errorDuration: () => props.errorDuration, transferPending })
    const id = `kefu-actions-${++uid}`

    return () => {
      const allowed = can.value
      const buttons: unknown[] = []
      if (allowed.transferToHuman && !waitingForAgent.value) {
        buttons.push(hc('button', {
          key: 'transfer',
          class: 'kefu-action',
          attrs: { type: 'button', 'data-kefu-action': 'transfer' },
          on: { click: transfer },
        }, t('action.transfer')))
      }
      if (allowed.requestRating) {
        buttons.push(hc('button', {
          key: 'rate',
          class: 'kefu-action',
          attrs: { type: 'button', 'data-kefu-action': 'rate' },
          on: { click: () => run(() => engine.requestRating()) },
        }, t('action.rate')))
      }
      if (allowed.endHumanSession) {
        buttons.push(confirming.value
          ? hc('div', {
            key: 'confirm',
            class: 'kefu-action-confirm',
            attrs: { role: 'group', 'aria-labelledby': `${id}-confirm` },
            on: { keydown: onConfirmKeydown },
          }, [
            hc('span', { class: 'kefu-action-confirm__prompt', attrs: { id: `${id}-confirm` } }, t('action.endConfirm')),
            hc('button', {
              class: 'kefu-action kefu-action--danger',
              attrs: { type: 'button', 'data-kefu-action': 'end-confirm' },
              on: { click: confirmEnd },
            }, t('action.endConfirmYes')),
            hc('button', {
              ref: cancelButton.bind,
              class: 'kefu-action',
              attrs: { type: 'button', 'data-kefu-action': 'end-cancel' },
              on: { click: cancelEnd },
            }, t('action.endConfirmNo')),
          ])
          : hc('button', {
            key: 'end',
            ref: endButton.bind,
            class: 'kefu-action',
            attrs: { type: 'button', 'data-kefu-action': 'end' },
            on: { click: askEnd },
          }, t('action.end')))
      }
      if (!buttons.length && !error.value) return null
      return hc('div', { class: 'kefu-actions', attrs: { role: 'group', 'aria-label': t('action.label') } }, [
        ...buttons,
        error.value ? hc('p', { class: 'kefu-actions__error', attrs: { role: 'alert' } }, error.value) : null,
      ])
    }
  },
})
