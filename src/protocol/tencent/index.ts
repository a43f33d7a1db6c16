// kefu-kit/tencent: the Tencent Cloud Chat transport. `@tencentcloud/chat` is an optional peer
// dependency and is only referenced by `import type` below this folder, so this entry loads none of
// it: the host's own SDK instance is passed in.
export {
  createTencentChatTransport,
  DEFAULT_SERVICE_USER_ID,
  TENCENT_MEDIA,
  type TencentChatTransport,
  type TencentChatTransportOptions,
} from './transport'
export {
  TENCENT_EVENT,
  TENCENT_TYPES,
  type TencentChat,
  type TencentCloudChatStatics,
  type TencentEvent,
  type TencentMessage,
} from './sdk'
export { TENCENT_ERROR_CODE, classifyTencentCode, toTransportError as tencentErrorToTransportError } from './errors'
export {
  CLIENT_ID_KEY,
  UNSUPPORTED_SRC_PREFIX,
  toIncomingMessage as tencentMessageToIncoming,
  type TencentMapContext,
} from './mapMessage'
