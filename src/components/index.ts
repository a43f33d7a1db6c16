// The shell: KefuChat (everything) and its parts, for hosts that compose their own layout inside
// a KefuProvider. Plus the Vue-side context and composables the parts are built on.
export * from './KefuProvider'
export * from './KefuChat'
export * from './KefuLauncher'
export * from './KefuHeader'
export * from './KefuMessageList'
export * from './KefuLiveRegion'
export * from './KefuComposer'
export * from './KefuActionBar'
export * from './KefuToolbar'
export * from './KefuThinkingIndicator'
export * from './KefuQueueBanner'
export * from './KefuTypingIndicator'

export {
  useKefu,
  useKefuOptional,
  provideKefu,
  createKefuContext,
  describeActionError,
  KEFU_CONTEXT_KEY,
  DEFAULT_MAX_TEXT_LENGTH,
  type KefuContext,
  type CreateKefuContextOptions,
  type KefuDeskOptions,
} from '../vue/context'
export { useActionFeedback, type ActionFeedback, type ActionFeedbackOptions } from '../vue/useActionFeedback'
export { useConversation, isConversationEngine, type UseConversationOptions, type UseConversationReturn } from '../vue/useConversation'
export { useResolvedTheme, type ThemeSetting, type ResolvedTheme, type MatchMedia } from '../vue/theme'
