// Every code an action's refusal may carry, in one list: the engine's codes, plus `unknown` for
// anything else (a team's own engine, an action that threw). The shell and the renderers translate
// exactly these codes and never show an error's developer-facing `message` to the customer.
export const ACTION_ERROR_CODES = [
  'notStarted',
  'empty',
  'tooLong',
  'notFound',
  'alreadyChosen',
  'alreadyRated',
  'expired',
  'notAllowed',
  'notInSeat',
  'invalidOption',
  'notFailed',
  'unsupported',
  'unavailable',
  'unknown',
] as const

export type ActionErrorCodeName = typeof ACTION_ERROR_CODES[number]
