// SDK error → the kit's typed TransportError.
//
// Sources for the codes:
// - The SDK's declarations (index.d.ts) type every promise as `Promise<any>` and list no codes.
// - The SDK bundle (node_modules/@tencentcloud/chat/index.js, 3.6.6) carries two tables, quoted by
//   name below: the web SDK's own codes (`NETWORK_ERROR:2800, …, SDK_IS_NOT_READY:2999,
//   LOGGING_IN:3e3, …, PROFANITY_FOUND:3123`) and the server codes it singles out for sending
//   (`ERR_SVR_COMM_SENSITIVE_TEXT:80001, …, ERR_SVR_MSG_SHUTUP_DENY:20012`). In the same bundle,
//   `_onSendMessageFailed` flags `hasRiskContent` for 80001 and 80004, and counts 10100–10200 and
//   120001–130000 as "user side" failures: those ranges are what an app backend's before-send
//   callback returns to refuse a message.
// - A rejected send is the SDK's error object `{ code, message, data: { message } }`; API calls
//   made while the SDK is not ready reject with `{ code: <not-ready reason> }` (2024 when nobody
//   logged in, 3000 while logging in, 3002–3006 after a kick or logout), observed on 3.6.6.
// - 20004 / 20005 ("network error, retry" / "internal server error, retry") come from the public
//   server error-code table (cloud.tencent.com/document/product/269/1671), not from the bundle.
// Anything not listed maps to `unknown`, retryable: a retry costs little, and the outbox gives up
// after its attempts.
import { TransportError, type TransportErrorCode } from '../transport'
import { isRecord } from './sdk'

/** The SDK and server error codes the adapter recognises, by the SDK's own names where it has one. */
export const TENCENT_ERROR_CODE = {
  USER_NOT_LOGGED_IN: 2024,
  MSG_SEND_FAIL: 2100,
  MSG_INSTANCE_REQUIRED: 2105,
  MSG_INVALID_CONV_TYPE: 2106,
  NETWORK_ERROR: 2800,
  NETWORK_TIMEOUT: 2801,
  NO_NETWORK: 2805,
  OVER_FREQUENCY_LIMIT: 2996,
  SDK_IS_NOT_READY: 2999,
  LOGGING_IN: 3000,
  LOGIN_FAILED: 3001,
  KICKED_OUT_MULT_DEVICE: 3002,
  KICKED_OUT_MULT_ACCOUNT: 3003,
  KICKED_OUT_USERSIG_EXPIRED: 3004,
  LOGGED_OUT: 3005,
  KICKED_OUT_REST_API: 3006,
  PROFANITY_FOUND: 3123,
  ERR_SVR_MSG_PKG_PARSE_FAILED: 20001,
  ERR_SVR_MSG_INTERNAL_AUTH_FAILED: 20002,
  ERR_SVR_MSG_INVALID_ID: 20003,
  ERR_SVR_NETWORK_ERROR: 20004,
  ERR_SVR_INTERNAL_ERROR: 20005,
  ERR_SVR_MSG_PUSH_DENY: 20006,
  ERR_SVR_MSG_IN_PEER_BLACKLIST: 20007,
  ERR_SVR_MSG_BOTH_NOT_FRIEND: 20009,
  ERR_SVR_MSG_NOT_PEER_FRIEND: 20010,
  ERR_SVR_MSG_NOT_SELF_FRIEND: 20011,
  ERR_SVR_MSG_SHUTUP_DENY: 20012,
  OPEN_SERVICE_OVERLOAD_ERROR: 60022,
  KEY_EXPIRED: 70001,
  ERR_SVR_COMM_SENSITIVE_TEXT: 80001,
  ERR_SVR_COMM_BODY_SIZE_LIMIT: 80002,
  ERR_SVR_RISK_CONTENT: 80004,
} as const

const C = TENCENT_ERROR_CODE

const BY_CODE: ReadonlyMap<number, TransportErrorCode> = new Map<number, TransportErrorCode>([
  // the connection is down or not up yet: the outbox holds the message until the SDK is ready
  [C.NETWORK_ERROR, 'offline'],
  [C.NO_NETWORK, 'offline'],
  [C.SDK_IS_NOT_READY, 'offline'],
  [C.LOGGING_IN, 'offline'],
  [C.NETWORK_TIMEOUT, 'timeout'],
  [C.OVER_FREQUENCY_LIMIT, 'rateLimited'],
  [C.OPEN_SERVICE_OVERLOAD_ERROR, 'rateLimited'],
  // nobody is logged in, the login failed, the session was taken over or the user signature expired:
  // only the host can log in again, so sending again by itself will not help
  [C.USER_NOT_LOGGED_IN, 'unauthorized'],
  [C.LOGIN_FAILED, 'unauthorized'],
  [C.KICKED_OUT_MULT_DEVICE, 'unauthorized'],
  [C.KICKED_OUT_MULT_ACCOUNT, 'unauthorized'],
  [C.KICKED_OUT_USERSIG_EXPIRED, 'unauthorized'],
  [C.LOGGED_OUT, 'unauthorized'],
  [C.KICKED_OUT_REST_API, 'unauthorized'],
  [C.ERR_SVR_MSG_INTERNAL_AUTH_FAILED, 'unauthorized'],
  [C.KEY_EXPIRED, 'unauthorized'],
  // the message itself was refused (content, size, relationship, mute, the app's own callback)
  [C.MSG_INSTANCE_REQUIRED, 'rejected'],
  [C.MSG_INVALID_CONV_TYPE, 'rejected'],
  [C.PROFANITY_FOUND, 'rejected'],
  [C.ERR_SVR_MSG_PKG_PARSE_FAILED, 'rejected'],
  [C.ERR_SVR_MSG_INVALID_ID, 'rejected'],
  [C.ERR_SVR_MSG_PUSH_DENY, 'rejected'],
  [C.ERR_SVR_MSG_IN_PEER_BLACKLIST, 'rejected'],
  [C.ERR_SVR_MSG_BOTH_NOT_FRIEND, 'rejected'],
  [C.ERR_SVR_MSG_NOT_PEER_FRIEND, 'rejected'],
  [C.ERR_SVR_MSG_NOT_SELF_FRIEND, 'rejected'],
  [C.ERR_SVR_MSG_SHUTUP_DENY, 'rejected'],
  [C.ERR_SVR_COMM_SENSITIVE_TEXT, 'rejected'],
  [C.ERR_SVR_COMM_BODY_SIZE_LIMIT, 'rejected'],
  [C.ERR_SVR_RISK_CONTENT, 'rejected'],
  // transient on the server side: worth another try
  [C.ERR_SVR_NETWORK_ERROR, 'unknown'],
  [C.ERR_SVR_INTERNAL_ERROR, 'unknown'],
  [C.MSG_SEND_FAIL, 'unknown'],
])

/** The kit error code for an SDK or server error code. */
export function classifyTencentCode(code: number): TransportErrorCode {
  const known = BY_CODE.get(code)
  if (known) return known
  // an app backend's before-send callback refused the message (one-to-one and group ranges)
  if ((code >= 120001 && code <= 130000) || (code >= 10100 && code <= 10200)) return 'rejected'
  return 'unknown'
}

/**
 * Converts whatever the SDK rejected with into a `TransportError`, keeping the SDK code as
 * `backendCode` and the original error as `cause`. A `TransportError` passes through unchanged.
 */
export function toTransportError(error: unknown, fallbackMessage = 'Tencent Cloud Chat request failed'): TransportError {
  if (error instanceof TransportError) return error
  const code = readCode(error)
  const sdkMessage = isRecord(error) && typeof error.message === 'string' && error.message.trim() !== '' ? error.message : undefined
  const message = sdkMessage ?? (code !== undefined ? `${fallbackMessage} (code ${code})` : fallbackMessage)
  if (code === undefined) return new TransportError('unknown', message, { cause: error })
  return new TransportError(classifyTencentCode(code), message, { backendCode: code, cause: error })
}

/** The numeric code of an SDK error; the SDK uses numbers, but a numeric string is accepted too. */
function readCode(error: unknown): number | undefined {
  if (!isRecord(error)) return undefined
  const raw = error.code
  const code = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : NaN
  return Number.isFinite(code) && code !== 0 ? code : undefined
}
