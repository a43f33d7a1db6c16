// kefu-kit/protocol: the framework-free protocol layer (no Vue import anywhere below this folder).
export * from './types'
export * from './transport'
export * from './engine/types'
export { decode, type DecodeLimits } from './wire/decode'
export * from './wire/encode'
export * from './wire/meta'
export { isOutgoingMediaBody, mediaTypeOfMime } from './wire/media'
export { createConversation } from './engine'
export {
  createIndexedDbStorage,
  createLocalStorage,
  createMemoryStorage,
  createMemoryLocks,
  createNoLocks,
  createWebLocks,
  defaultStorage,
  type KefuLocks,
  type KefuStorage,
} from './storage/storage'
