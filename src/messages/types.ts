// The contract between the shell and every message renderer (the kit's own and a team's).
import type { Component, PropType } from 'vue-demi'
import type { ChatMessage, ConversationEngine } from '../protocol/engine/types'
import type { TranslateParams } from '../i18n'

/** The engine actions a renderer may call. Each returns a result; a refused action does not send. */
export type MessageActions = Pick<
  ConversationEngine,
  'chooseBranchItem' | 'chooseSuggestion' | 'answerForm' | 'submitRating' | 'retry' | 'sendText'
>

/** Binds the renderer actions to an engine (the shell's context and tests use the same binding). */
export function bindMessageActions(engine: ConversationEngine): MessageActions {
  return {
    chooseBranchItem: (id, item) => engine.chooseBranchItem(id, item),
    chooseSuggestion: (id, item) => engine.chooseSuggestion(id, item),
    answerForm: (id, answer) => engine.answerForm(id, answer),
    submitRating: (id, option) => engine.submitRating(id, option),
    retry: (id) => engine.retry(id),
    sendText: (text) => engine.sendText(text),
  }
}

/** Everything a renderer needs besides the message itself. */
export interface RenderContext {
  actions: MessageActions
  /** translated string for the current locale */
  t: (key: string, params?: TranslateParams) => string
  /** the current locale (one of `LOCALES`, or a language the host added), e.g. for number and date formats */
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
