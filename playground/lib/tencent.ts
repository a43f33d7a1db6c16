// Connecting the chat page to a real Tencent Cloud Chat app: the SDK is loaded only when asked for
// (dynamic import), created and logged in here as a host would, and handed to the kit's transport.
import { createTencentChatTransport, DEFAULT_SERVICE_USER_ID } from 'kefu-kit/tencent'
import { createSession, type ChatSession } from './session'

export interface TencentLogin {
  SDKAppID: string
  userID: string
  userSig: string
  serviceUserID: string
}

/** How long login may take before the page gives up (the SDK itself can wait much longer). */
const LOGIN_TIMEOUT_MS = 20000

export class TencentConnectError extends Error {
  override readonly name = 'TencentConnectError'
  constructor(
    message: string,
    readonly step: 'input' | 'load' | 'create' | 'login',
    readonly code?: number | string,
  ) {
    super(message)
  }
}

function describe(e: unknown): { message: string; code?: number | string } {
  if (e && typeof e === 'object') {
    const o = e as { code?: number | string; message?: string; msg?: string }
    const message = o.message || o.msg || String(e)
    return { message, code: o.code }
  }
  return { message: String(e) }
}

/** Checks the form; returns the problem in plain words, or null. */
export function validateLogin(login: TencentLogin): string | null {
  if (!/^\d+$/.test(login.SDKAppID.trim()) || Number(login.SDKAppID) <= 0) {
    return 'SDKAppID must be the positive number shown in the Chat console (e.g. 1400000000).'
  }
  if (!login.userID.trim()) return 'userID is required: the customer’s Chat user ID.'
  if (!login.userSig.trim()) return 'userSig is required: generate it on your server (or in the console’s UserSig tool for a test).'
  return null
}

/**
 * Creates the SDK, logs in, and builds a session over the Tencent transport. Rejects with a
 * TencentConnectError naming the step that failed; the SDK instance is destroyed on failure.
 */
export async function connectTencent(login: TencentLogin): Promise<ChatSession> {
  const problem = validateLogin(login)
  if (problem) throw new TencentConnectError(problem, 'input')

  let mod: typeof import('@tencentcloud/chat')
  try {
    mod = await import('@tencentcloud/chat')
  } catch (e) {
    throw new TencentConnectError(`Could not load @tencentcloud/chat: ${describe(e).message}`, 'load')
  }
  const TencentCloudChat = mod.default

  let chat: ReturnType<typeof TencentCloudChat.create>
  try {
    chat = TencentCloudChat.create({ SDKAppID: Number(login.SDKAppID) })
    // keep the console quiet: 0 = everything, 1 = release level
    chat.setLogLevel?.(1)
  } catch (e) {
    throw new TencentConnectError(`TencentCloudChat.create failed: ${describe(e).message}`, 'create')
  }

  const destroy = () => {
    Promise.resolve()
      .then(() => chat.logout())
      .catch(() => undefined)
      .then(() => chat.destroy())
      .catch(() => undefined)
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  try {
    await Promise.race([
      chat.login({ userID: login.userID.trim(), userSig: login.userSig.trim() }),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new TencentConnectError(`No answer from Tencent Cloud Chat within ${LOGIN_TIMEOUT_MS / 1000} s (is the network reachable?).`, 'login')),
          LOGIN_TIMEOUT_MS,
        )
      }),
    ])
  } catch (e) {
    destroy()
    if (e instanceof TencentConnectError) throw e
    const d = describe(e)
    throw new TencentConnectError(`Login failed: ${d.message}`, 'login', d.code)
  } finally {
    clearTimeout(timer)
  }

  const serviceUserID = login.serviceUserID.trim() || DEFAULT_SERVICE_USER_ID
  const transport = createTencentChatTransport({ chat, serviceUserID, TencentCloudChat })
  return createSession({
    kind: 'tencent',
    transport,
    simulator: null,
    options: { mode: 'auto', locale: 'zh-CN' },
    label: `Tencent Cloud Chat (${login.userID.trim()} → ${serviceUserID})`,
    onDispose: destroy,
  })
}
