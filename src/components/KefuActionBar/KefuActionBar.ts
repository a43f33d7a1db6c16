// The conversation's actions: transfer to a human, ask for the rating card, end the human session.
// Each is offered only while the engine says it may be used (state.can); "end" asks first, inline.
import { computed, defineComponent, nextTick, shallowRef, watch } from 'vue-demi'
import type { ActionResult, ChatMessage, ConversationState } from '../../protocol/engine/types'
import { hc, useElementRef } from '../../vue/compat'
import { useKefu } from '../../vue/context'
import { useActionFeedback } from '../../vue/useActionFeedback'
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
    const ctx = useKefu()
    const { t, engine } = ctx
    const id = `kefu-actions-${++uid}`
    const confirming = shallowRef(false)
    const feedback = useActionFeedback({ t, clearAfter: () => props.errorDuration })
    const error = feedback.error
    const endButton = useElementRef<HTMLButtonElement>('endButton')
    const cancelButton = useElementRef<HTMLButtonElement>('cancelButton')
    // The customer asked for a person: until the backend answers (an agent accepts, the queue
    // starts, or no one is available) the button would only send the request again.
    const transferId = shallowRef<string | null>(null)
    const waitingForAgent = computed(() => transferPending(ctx.state.value, transferId.value))
    watch(() => ctx.state.value.humanServing, (serving) => { if (serving) transferId.value = null })

    // The agent may leave while the customer is deciding: drop the question with the action.
    watch(() => ctx.state.value.can.endHumanSession, (can) => { if (!can) confirming.value = false })

    function run(action: () => ActionResult<unknown>): boolean {
      return feedback.run(action).ok
    }

    function transfer(e?: Event) {
      const button = e && (e.currentTarget as HTMLElement | null)
      const root = button && typeof button.closest === 'function' ? button.closest('.kefu-root') : null
      let sent: ChatMessage | undefined
      run(() => {
        const result = engine.transferToHuman(ctx.transferKeyword())
        if (result.ok) sent = result.value
        return result
      })
      if (sent) {
        transferId.value = sent.id
        // the button goes away under the keyboard focus: hand it to the composer, not to <body>
        nextTick(() => {
          if (!button || button.isConnected || !root) return
          const active = document.activeElement
          if (active && active !== document.body && root.contains(active)) return
          const field = root.querySelector<HTMLElement>('.kefu-composer textarea, .kefu-composer input')
          if (field) field.focus()
        })
      }
    }

    function askEnd() {
      confirming.value = true
      // The safe choice gets focus, so a double Enter does not end the session by accident.
      nextTick(() => cancelButton.value?.focus())
    }
    function cancelEnd() {
      confirming.value = false
      nextTick(() => endButton.value?.focus())
    }
    function confirmEnd() {
      confirming.value = false
      run(() => engine.endHumanSession())
      nextTick(() => endButton.value?.focus())
    }
    function onConfirmKeydown(e: KeyboardEvent) {
      if (e.key === 'Escape' || e.key === 'Esc') {
        e.preventDefault()
        e.stopPropagation()
        cancelEnd()
      }
    }

    return () => {
      const can = ctx.state.value.can
      const buttons: unknown[] = []
      if (can.transferToHuman && !waitingForAgent.value) {
        buttons.push(hc('button', {
          key: 'transfer',
          class: 'kefu-action',
          attrs: { type: 'button', 'data-kefu-action': 'transfer' },
          on: { click: transfer },
        }, t('action.transfer')))
      }
      if (can.requestRating) {
        buttons.push(hc('button', {
          key: 'rate',
          class: 'kefu-action',
          attrs: { type: 'button', 'data-kefu-action': 'rate' },
          on: { click: () => run(() => engine.requestRating()) },
        }, t('action.rate')))
      }
      if (can.endHumanSession) {
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
