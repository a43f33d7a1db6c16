// The embed's Tencent Cloud Chat chunk (dist/embed/kefu-kit.tencent.js), loaded for `backend: { tencent }`.
export { createTencentChatTransport } from '../../protocol/tencent/transport'
