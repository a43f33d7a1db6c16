// The slice of the Tencent Cloud Chat SDK (`@tencentcloud/chat`) the adapter touches, typed against
// the package's own declarations (index.d.ts). Only `import type` here: nothing of the SDK is
// loaded at runtime, so `kefu-kit/tencent` costs nothing to hosts that never import it, and the
// host's own SDK instance (created and logged in by the host) is the only one in the page.
import type TencentCloudChat from '@tencentcloud/chat'
import type { ChatSDK, Message } from '@tencentcloud/chat'

/**
 * The SDK methods the adapter calls. A real `ChatSDK` instance (from `TencentCloudChat.create`)
 * satisfies it, and so does the kit's in-memory stand-in used by the tests. Because it is a `Pick`
 * of the SDK's own class, a method renamed or re-typed in a new SDK version fails the type check.
 */
export type TencentChat = Pick<
  ChatSDK,
  | 'isReady'
  | 'on'
  | 'off'
  | 'createTextMessage'
  | 'createCustomMessage'
  | 'createImageMessage'
  | 'createFileMessage'
  | 'createVideoMessage'
  | 'sendMessage'
  | 'resendMessage'
  | 'getMessageList'
  | 'setMessageRead'
>

/** A message object as the SDK hands it out (the SDK's own `Message` declaration). */
export type TencentMessage = Message

/** What `createTextMessage` / `createCustomMessage` take (not exported by name from the d.ts). */
export type TencentMessageOptions = Parameters<ChatSDK['createTextMessage']>[0]

/**
 * The statics of the SDK's default export (`import TencentCloudChat from '@tencentcloud/chat'`).
 * Pass it as `options.TencentCloudChat` to make the adapter use the installed SDK's own constants.
 */
export type TencentCloudChatStatics = Pick<typeof TencentCloudChat, 'EVENT' | 'TYPES'>

/** Every event a handler registered with `chat.on` receives: the SDK emits `{ name, data }`. */
export interface TencentEvent<T = unknown> {
  name: string
  data?: T
}

type SdkEventEnum = typeof TencentCloudChat.EVENT
type SdkTypesEnum = typeof TencentCloudChat.TYPES

/** The event names the adapter listens to. */
export type TencentEventKey =
  | 'SDK_READY'
  | 'SDK_NOT_READY'
  | 'MESSAGE_RECEIVED'
  | 'MESSAGE_MODIFIED'
  | 'MESSAGE_REVOKED'
  | 'NET_STATE_CHANGE'
  | 'KICKED_OUT'

/** The `TYPES` constants the adapter reads or writes. */
export type TencentTypeKey =
  | 'CONV_C2C'
  | 'MSG_TEXT'
  | 'MSG_IMAGE'
  | 'MSG_AUDIO'
  | 'MSG_FILE'
  | 'MSG_FACE'
  | 'MSG_VIDEO'
  | 'MSG_LOCATION'
  | 'MSG_GRP_TIP'
  | 'MSG_GRP_SYS_NOTICE'
  | 'MSG_CUSTOM'
  | 'MSG_MERGER'
  | 'NET_STATE_CONNECTED'
  | 'NET_STATE_CONNECTING'
  | 'NET_STATE_DISCONNECTED'
  | 'KICKED_OUT_MULT_ACCOUNT'
  | 'KICKED_OUT_MULT_DEVICE'
  | 'KICKED_OUT_USERSIG_EXPIRED'
  | 'KICKED_OUT_REST_API'

/**
 * The SDK's event names, copied so the adapter needs no runtime import of the SDK. The `satisfies`
 * clause ties each string to the declared enum value (`${TencentCloudChat.EVENT.X}`): if a new SDK
 * version renames a key or changes a value, this file stops compiling. The values were also checked
 * against the shipped bundle (index.js: `SDK_READY:"sdkStateReady", …`), and a test compares them
 * with the real statics at runtime.
 */
export const TENCENT_EVENT = {
  SDK_READY: 'sdkStateReady',
  SDK_NOT_READY: 'sdkStateNotReady',
  MESSAGE_RECEIVED: 'onMessageReceived',
  MESSAGE_MODIFIED: 'onMessageModified',
  MESSAGE_REVOKED: 'onMessageRevoked',
  NET_STATE_CHANGE: 'netStateChange',
  KICKED_OUT: 'kickedOut',
} as const satisfies { [K in TencentEventKey]: `${SdkEventEnum[K]}` }

/** The SDK's `TYPES` values the adapter uses, tied to the declarations like `TENCENT_EVENT`. */
export const TENCENT_TYPES = {
  CONV_C2C: 'C2C',
  MSG_TEXT: 'TIMTextElem',
  MSG_IMAGE: 'TIMImageElem',
  MSG_AUDIO: 'TIMSoundElem',
  MSG_FILE: 'TIMFileElem',
  MSG_FACE: 'TIMFaceElem',
  MSG_VIDEO: 'TIMVideoFileElem',
  MSG_LOCATION: 'TIMLocationElem',
  MSG_GRP_TIP: 'TIMGroupTipElem',
  MSG_GRP_SYS_NOTICE: 'TIMGroupSystemNoticeElem',
  MSG_CUSTOM: 'TIMCustomElem',
  MSG_MERGER: 'TIMRelayElem',
  NET_STATE_CONNECTED: 'connected',
  NET_STATE_CONNECTING: 'connecting',
  NET_STATE_DISCONNECTED: 'disconnected',
  KICKED_OUT_MULT_ACCOUNT: 'multipleAccount',
  KICKED_OUT_MULT_DEVICE: 'multipleDevice',
  KICKED_OUT_USERSIG_EXPIRED: 'userSigExpired',
  KICKED_OUT_REST_API: 'REST_API_Kick',
} as const satisfies { [K in TencentTypeKey]: `${SdkTypesEnum[K]}` }

/** Event names and type values as plain strings, from the installed SDK or the kit's copies. */
export interface TencentConstants {
  event: { readonly [K in TencentEventKey]: string }
  types: { readonly [K in TencentTypeKey]: string }
}

/**
 * The constants to use: the installed SDK's own statics when the host passed them (authoritative
 * even if the host runs a different 3.x than the one the kit was built against), otherwise the
 * kit's type-checked copies. A key missing from the host's statics falls back to the copy.
 */
export function resolveTencentConstants(statics?: TencentCloudChatStatics): TencentConstants {
  const pick = <K extends string>(copy: { readonly [P in K]: string }, source: unknown): { [P in K]: string } => {
    const out = {} as { [P in K]: string }
    for (const key of Object.keys(copy) as K[]) {
      const value = isRecord(source) ? source[key] : undefined
      out[key] = typeof value === 'string' && value !== '' ? value : copy[key]
    }
    return out
  }
  return {
    event: pick<TencentEventKey>(TENCENT_EVENT, statics?.EVENT),
    types: pick<TencentTypeKey>(TENCENT_TYPES, statics?.TYPES),
  }
}

/**
 * The SDK declares `conversationType` as its (nominal) `TYPES` enum; the adapter holds the value as
 * a string, which is what the enum is at runtime. This is the one place that bridges the two.
 */
export function asSdkType(value: string): TencentCloudChat.TYPES {
  return value as TencentCloudChat.TYPES
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
