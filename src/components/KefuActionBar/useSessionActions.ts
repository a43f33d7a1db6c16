// The conversation-level actions both the action bar and the toolbar offer: transfer to a human
// (hidden while the request waits for an answer), and ending the human session with an inline
// confirmation. One implementation, so the two controls cannot drift apart.
import { nextTick, shallowRef, watch } from 'vue-demi'
import type { ActionResult, ConversationState } from '../../protocol/engine/types'
import { useElementRef } from '../../vue/compat'
import { useKefu } from '../../vue/context'
import { useSelect } from '../../vue/select'
import { useActionFeedback } from '../../vue/useActionFeedback'
import { activeElement } from '../../messages/_shared/dom'

/**
 * True while the customer's transfer request (`id`, the sent keyword) has no answer yet: no agent
 * serves, no queue, and no notice after it said that no one is available.
 */
export type TransferPending = (state: ConversationState, id: string | null) => boolean

/** The button that was pressed and the chat root around it (for handing focus on). */
export function pressedIn(e?: Event): [HTMLElement | null, Element | null] {
  const button = e ? (e.currentTarget as HTMLElement | null) : null
  return [button, button && typeof button.closest === 'function' ? button.closest('.kefu-root') : null]
}

/** A pressed button that went away under the keyboard focus hands it to the composer, not to <body>. */
export function focusComposerIfLost(button: HTMLElement | null, root: Element | null): void {
  nextTick(() => {
    if (!button || button.isConnected || !root) return
    const active = activeElement()
    if (active && active !== document.body && root.contains(active)) return
    const field = root.querySelector<HTMLElement>('.kefu-composer textarea, .kefu-composer input')
    if (field) field.focus()
  })
}

/** Call in a component's setup; the component names its refs `endButton` and `cancelButton`. */
export function useSessionActions(options: { errorDuration: () => number; transferPending: TransferPending }) {
  const ctx = useKefu()
  const { t, engine } = ctx
  const confirming = shallowRef(false)
  const feedback = useActionFeedback({ t, clearAfter: options.errorDuration })
  const endButton = useElementRef<HTMLButtonElement>('endButton')
  const cancelButton = useElementRef<HTMLButtonElement>('cancelButton')
  // The customer asked for a person: until the backend answers (an agent accepts, the queue
  // starts, or no one is available) the button would only send the request again.
  const transferId = shallowRef<string | null>(null)
  // slices of the state: the buttons re-render when these change, not on every message or chunk
  const waitingForAgent = useSelect(ctx.state, (state) => options.transferPending(state, transferId.value))
  const can = useSelect(ctx.state, (state) => state.can)
  watch(() => ctx.state.value.humanServing, (serving) => { if (serving) transferId.value = null })
  // The agent may leave while the customer is deciding: drop the question with the action.
  watch(() => ctx.state.value.can.endHumanSession, (can) => { if (!can) confirming.value = false })

  const run = <T>(action: () => ActionResult<T>): ActionResult<T> => feedback.run(action)

  function transfer(e?: Event): void {
    const [button, root] = pressedIn(e)
    const result = run(() => engine.transferToHuman(ctx.transferKeyword()))
    if (result.ok && result.value) {
      transferId.value = result.value.id
      focusComposerIfLost(button, root)
    }
  }
  function askEnd(): void {
    confirming.value = true
    // The safe choice gets focus, so a double Enter does not end the session by accident.
    nextTick(() => cancelButton.value?.focus())
  }
  function cancelEnd(): void {
    confirming.value = false
    nextTick(() => endButton.value?.focus())
  }
  function confirmEnd(): void {
    confirming.value = false
    run(() => engine.endHumanSession())
    nextTick(() => endButton.value?.focus())
  }
  function onConfirmKeydown(e: KeyboardEvent): void {
    if (e.key === 'Escape' || e.key === 'Esc') {
      e.preventDefault()
      e.stopPropagation()
      cancelEnd()
    }
  }
  return { ctx, t, engine, endButton, cancelButton, confirming, error: feedback.error, run, waitingForAgent, can, transfer, askEnd, cancelEnd, confirmEnd, onConfirmKeydown }
}
