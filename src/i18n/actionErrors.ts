// The one text function for an action's refusal, for the shell and the renderers alike.
import { ACTION_ERROR_CODES, type ActionErrorCode as ActionErrorCodeName } from '../protocol/engine/types'
import type { TranslateParams } from './index'

type T = (key: string, params?: TranslateParams) => string

/** Whether `code` is one the kit has a text for. */
export function isActionErrorCode(code: unknown): code is ActionErrorCodeName {
  return typeof code === 'string' && (ACTION_ERROR_CODES as readonly string[]).includes(code)
}

/**
 * A refused action's error as a sentence for the customer (`actionError.<code>`). An unknown code
 * gets the generic sentence; the error's own `message` is for developers and is never shown.
 * `max` (the text limit) makes `tooLong` say how long a message may be.
 */
export function actionErrorText(t: T, error: { code?: string } | undefined | null, params?: { max?: number }): string {
  const code = error && error.code
  if (!isActionErrorCode(code)) return t('actionError.unknown')
  if (code === 'tooLong' && params && typeof params.max === 'number') return t('actionError.tooLongMax', { max: params.max })
  return t(`actionError.${code}`)
}
