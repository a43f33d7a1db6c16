import { TransportError } from '../transport'
import { TENCENT_ERROR_CODE as C, classifyTencentCode, toTransportError } from './errors'

describe('classifyTencentCode', () => {
  it.each([
    [C.NETWORK_ERROR, 'offline'],
    [C.NO_NETWORK, 'offline'],
    [C.SDK_IS_NOT_READY, 'offline'],
    [C.LOGGING_IN, 'offline'],
    [C.NETWORK_TIMEOUT, 'timeout'],
    [C.OVER_FREQUENCY_LIMIT, 'rateLimited'],
    [C.OPEN_SERVICE_OVERLOAD_ERROR, 'rateLimited'],
    [C.USER_NOT_LOGGED_IN, 'unauthorized'],
    [C.LOGIN_FAILED, 'unauthorized'],
    [C.KICKED_OUT_MULT_DEVICE, 'unauthorized'],
    [C.KICKED_OUT_MULT_ACCOUNT, 'unauthorized'],
    [C.KICKED_OUT_USERSIG_EXPIRED, 'unauthorized'],
    [C.LOGGED_OUT, 'unauthorized'],
    [C.KICKED_OUT_REST_API, 'unauthorized'],
    [C.ERR_SVR_MSG_INTERNAL_AUTH_FAILED, 'unauthorized'],
    [C.KEY_EXPIRED, 'unauthorized'],
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
    [C.ERR_SVR_NETWORK_ERROR, 'unknown'],
    [C.ERR_SVR_INTERNAL_ERROR, 'unknown'],
    [C.MSG_SEND_FAIL, 'unknown'],
  ] as const)('%i → %s', (code, expected) => {
    expect(classifyTencentCode(code)).toBe(expected)
  })

  it('covers every code in the table', () => {
    // a code added to the table without a decision would fall through to `unknown` unnoticed
    const decided = new Set([C.ERR_SVR_NETWORK_ERROR, C.ERR_SVR_INTERNAL_ERROR, C.MSG_SEND_FAIL])
    for (const [name, code] of Object.entries(C)) {
      if (!decided.has(code as never)) expect(classifyTencentCode(code), name).not.toBe('unknown')
    }
  })

  it('treats the before-send callback ranges as refusals, and their edges exactly', () => {
    expect(classifyTencentCode(120001)).toBe('rejected')
    expect(classifyTencentCode(130000)).toBe('rejected')
    expect(classifyTencentCode(120000)).toBe('unknown')
    expect(classifyTencentCode(130001)).toBe('unknown')
    expect(classifyTencentCode(10100)).toBe('rejected')
    expect(classifyTencentCode(10200)).toBe('rejected')
    expect(classifyTencentCode(10099)).toBe('unknown')
    expect(classifyTencentCode(10201)).toBe('unknown')
  })
})

describe('toTransportError', () => {
  it('keeps the SDK code and message, the original as cause, and derives retryability', () => {
    const sdkError = Object.assign(new Error('消息中包含敏感词'), { code: 80001 })
    const e = toTransportError(sdkError)
    expect(e).toBeInstanceOf(TransportError)
    expect(e).toMatchObject({ code: 'rejected', backendCode: 80001, retryable: false, message: '消息中包含敏感词' })
    expect(e.cause).toBe(sdkError)

    expect(toTransportError({ code: 2800 })).toMatchObject({ code: 'offline', retryable: true, backendCode: 2800 })
    expect(toTransportError({ code: 2996 })).toMatchObject({ code: 'rateLimited', retryable: true })
    expect(toTransportError({ code: 3003 })).toMatchObject({ code: 'unauthorized', retryable: false })
  })

  it('puts the code in the message when the SDK gave none', () => {
    expect(toTransportError({ code: 2801, message: '  ' }, 'Sending failed').message).toBe('Sending failed (code 2801)')
  })

  it('accepts a numeric string code', () => {
    expect(toTransportError({ code: ' 80002 ' })).toMatchObject({ code: 'rejected', backendCode: 80002 })
  })

  it.each([
    ['a plain Error', new Error('boom')],
    ['a string', 'boom'],
    ['undefined', undefined],
    ['code 0', { code: 0 }],
    ['a non-numeric code', { code: 'E_X' }],
  ])('maps %s to unknown, retryable, without a backend code', (_name, error) => {
    const e = toTransportError(error)
    expect(e).toMatchObject({ code: 'unknown', retryable: true })
    expect(e.backendCode).toBeUndefined()
  })

  it('passes a TransportError through unchanged', () => {
    const original = new TransportError('timeout', 'late')
    expect(toTransportError(original)).toBe(original)
  })
})
