// The contract between the shell and every message renderer (the kit's own and a team's).
import type { Component, PropType } from 'vue-demi'
import type { AnswerFeedbackInput, ChatMessage, ConversationEngine } from '../protocol/engine/types'
import type { TranslateParams } from '../i18n'

/** What the customer says about an AI answer (thumbs up / down, with reasons when down). */
export type AnswerFeedback = AnswerFeedbackInput

/**
 * The Desk (src 32/33/43) actions a renderer may call: the engine's own methods.
 * @deprecated use `MessageActions` (or `ConversationEngine`); kept so code naming it still compiles
 */
export type DeskEngineActions = Pick<ConversationEngine, 'chooseTaskBranchItem' | 'submitTaskForm' | 'sendFeedback'>

/** The engine actions a renderer may call. Each returns a result; a refused action does not send. */
export type MessageActions = Pick<
  ConversationEngine,
  'chooseBranchItem' | 'chooseSuggestion' | 'answerForm' | 'submitRating' | 'retry' | 'sendText' | 'chooseTaskBranchItem' | 'submitTaskForm' | 'sendFeedback'
> & Pick<ConversationEngine, 'cancelUpload' | 'retryUpload'>

function unsupported(): { ok: false; error: { code: 'unsupported'; message: string } } {
  return { ok: false, error: { code: 'unsupported', message: 'This engine does not speak the Desk protocol (src 32, 33, 43).' } }
}

/** Binds the renderer actions to an engine (the shell's context and tests use the same binding). */
export function bindMessageActions(engine: ConversationEngine): MessageActions {
  // The engine's own methods. An engine written before the Desk actions existed (a team's own, in
  // plain JavaScript) may lack them: those refuse with 'unsupported' instead of throwing.
  const has = (name: keyof DeskEngineActions) => typeof (engine as Partial<ConversationEngine>)[name] === 'function'
  return {
    chooseTaskBranchItem: (id, item) => (has('chooseTaskBranchItem') ? engine.chooseTaskBranchItem(id, item) : unsupported()),
    submitTaskForm: (id, values) => (has('submitTaskForm') ? engine.submitTaskForm(id, values) : unsupported()),
    sendFeedback: (id, feedback) => (has('sendFeedback') ? engine.sendFeedback(id, feedback) : unsupported()),
    chooseBranchItem: (id, item) => engine.chooseBranchItem(id, item),
    chooseSuggestion: (id, item) => engine.chooseSuggestion(id, item),
    answerForm: (id, answer) => engine.answerForm(id, answer),
    submitRating: (id, option) => engine.submitRating(id, option),
    retry: (id) => engine.retry(id),
    sendText: (text) => engine.sendText(text),
    // attachments (the list's upload status); an engine without them refuses
    cancelUpload: (id) => (engine.cancelUpload ? engine.cancelUpload(id) : noAttachments()),
    retryUpload: (id, file, options) => (engine.retryUpload ? engine.retryUpload(id, file, options) : noAttachments()),
  }
}

function noAttachments(): { ok: false; error: { code: 'unsupported'; message: string } } {
  return { ok: false, error: { code: 'unsupported', message: 'This engine cannot send attachments.' } }
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
  /**
   * Opens the image viewer on an image message (the list provides it; absent elsewhere, where an
   * image links to the full picture in a new tab). `opener` gets focus back when the viewer closes.
   */
  openImage?: (messageId: string, opener: HTMLElement | null) => void
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
