// The conversation engine: state, ordering, outbox. See engine.ts.
export { createConversation } from './engine'
