// The contract between the shell and every message renderer (the kit's own and a team's).
import type { Component, PropType } from 'vue-demi'
import type { ChatMessage, ConversationEngine } from '../protocol/engine/types'
import type { TranslateParams } from '../i18n'

/** The engine actions a renderer may call. Each returns a result; a refused action does not send. */
export type MessageActions = Pick<
  ConversationEngine,
  'chooseBranchItem' | 'chooseSuggestion' | 'answerForm' | 'submitRating' | 'retry' | 'sendText'
>

/** Everything a renderer needs besides the message itself. */
export interface RenderContext {
  actions: MessageActions
  /** translated string for the current locale */
  t: (key: string, params?: TranslateParams) => string
  /** the current locale (`zh-CN`, `zh-TW`, `en`), e.g. for number and date formats */
  locale: string
  /** ms clock; renderers compare `expireTime` against it */
  now: () => number
}

/** Props every renderer receives. */
export interface MessageRendererProps {
  message: ChatMessage
  context: RenderContext
  /**
   * The kit's own renderer for this message, so a custom renderer can wrap it:
   * `h(props.defaultRenderer, { message, context })`.
   */
  defaultRenderer?: Component
}

/** Runtime props declaration shared by every renderer (render-function components need one). */
export const rendererProps = {
  message: { type: Object as PropType<ChatMessage>, required: true as const },
  context: { type: Object as PropType<RenderContext>, required: true as const },
  defaultRenderer: { type: [Object, Function] as PropType<Component>, default: undefined },
}
