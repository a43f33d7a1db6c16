// The Tencent Cloud Chat transport as the embed loads it (its own chunk, kefu-kit.tencent-<hash>.js),
// for `backend: { tencent }`.
export { createTencentChatTransport } from '../../protocol/tencent/transport'
