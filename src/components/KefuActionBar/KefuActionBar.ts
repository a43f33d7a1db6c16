// The conversation's actions: transfer to a human, ask for the rating card, end the human session.
// Each is offered only while the engine says it may be used (state.can); "end" asks first, inline.
import { defineComponent, nextTick, onBeforeUnmount, shallowRef, watch } from 'vue-demi'
import type { ActionResult } from '../../protocol/engine/types'
import { hc, useElementRef } from '../../vue/compat'
import { describeActionError, useKefu } from '../../vue/context'
import './KefuActionBar.css'

let uid = 0

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
    const error = shallowRef('')
    const endButton = useElementRef<HTMLButtonElement>('endButton')
    const cancelButton = useElementRef<HTMLButtonElement>('cancelButton')
    let errorTimer: ReturnType<typeof setTimeout> | undefined

    // The agent may leave while the customer is deciding: drop the question with the action.
    watch(() => ctx.state.value.can.endHumanSession, (can) => { if (!can) confirming.value = false })

    function run(action: () => ActionResult<unknown>): boolean {
      let result: ActionResult<unknown>
      try {
        result = action()
      } catch (e) {
        result = { ok: false, error: { code: 'unsupported', message: e instanceof Error ? e.message : String(e) } }
      }
      if (result.ok) {
        error.value = ''
        return true
      }
      error.value = describeActionError(result.error, t)
      clearTimeout(errorTimer)
      errorTimer = setTimeout(() => { error.value = '' }, props.errorDuration)
      return false
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

    onBeforeUnmount(() => clearTimeout(errorTimer))

    return () => {
      const can = ctx.state.value.can
      const buttons: unknown[] = []
      if (can.transferToHuman) {
        buttons.push(hc('button', {
          key: 'transfer',
          class: 'kefu-action',
          attrs: { type: 'button', 'data-kefu-action': 'transfer' },
          on: { click: () => run(() => engine.transferToHuman(ctx.transferKeyword())) },
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
