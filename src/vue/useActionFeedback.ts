// The shell's one path for an action's outcome: call it (a throw becomes `unsupported`), turn a
// refusal's code into the customer's language, and clear the sentence after a while. The action
// bar, the row's retry and the composer all use it; no developer-facing reason reaches the page.
import { onBeforeUnmount, shallowRef, type Ref } from 'vue-demi'
import { actionErrorText } from '../i18n/actionErrors'
import type { TranslateParams } from '../i18n'
import { runAction } from '../messages/_shared/context'
import type { ActionError } from '../protocol/engine/types'

type ActionOutcome<T> = { ok: true; value: T } | { ok: false; error: ActionError }

export interface ActionFeedbackOptions {
  /** translates for the current locale (the context's `t`) */
  t: (key: string, params?: TranslateParams) => string
  /** how long a refusal stays shown, ms; 0 keeps it until `clear()` or the next success @default 4000 */
  clearAfter?: number | (() => number)
  /** the text limit, so `tooLong` can say it */
  maxTextLength?: number
}

export interface ActionFeedback {
  /** the refusal to show ('' for none) */
  error: Readonly<Ref<string>>
  /** runs an action; true when it was accepted, otherwise the refusal is shown */
  run<T>(action: () => ActionOutcome<T>): ActionOutcome<T>
  /** hides the refusal now */
  clear(): void
}

/** Runs engine actions for a component and keeps its refusal sentence. Call in setup. */
export function useActionFeedback(options: ActionFeedbackOptions): ActionFeedback {
  const error = shallowRef('')
  let timer: ReturnType<typeof setTimeout> | undefined
  const clear = () => {
    clearTimeout(timer)
    timer = undefined
    error.value = ''
  }
  onBeforeUnmount(() => clearTimeout(timer))
  return {
    error,
    clear,
    run(action) {
      const result = runAction(action)
      if (result.ok) {
        clear()
        return result
      }
      error.value = actionErrorText(options.t, result.error, { max: options.maxTextLength })
      clearTimeout(timer)
      const ms = typeof options.clearAfter === 'function' ? options.clearAfter() : options.clearAfter ?? 4000
      timer = ms > 0 ? setTimeout(() => { error.value = '' }, ms) : undefined
      return result
    },
  }
}
