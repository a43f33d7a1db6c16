// The contract between the shell and every message renderer (the kit's own and a team's).
import type { Component, PropType } from 'vue-demi'
import type { ActionResult, ChatMessage, ConversationEngine } from '../protocol/engine/types'
import type { MenuItem } from '../protocol/types'
import type { TranslateParams } from '../i18n'

/** What the customer says about an AI answer (thumbs up / down, with reasons when down). */
export interface AnswerFeedback {
  helpful: boolean
  reasons?: string[]
  comment?: string
}

/** The Desk (src 32/33/43) actions of the engine. */
export interface DeskEngineActions {
  /** src 32: choose an item of a task-flow branch menu */
  chooseTaskBranchItem(messageId: string, item: MenuItem | string): ActionResult<ChatMessage>
  /** src 33: submit a task-flow form (values by field name) */
  submitTaskForm(messageId: string, values: Record<string, string>): ActionResult<ChatMessage>
  /** src 43: thumbs up / down on an AI answer, once per answer */
  sendFeedback(messageId: string, feedback: AnswerFeedback): ActionResult<ChatMessage>
}

/** The engine actions a renderer may call. Each returns a result; a refused action does not send. */
export type MessageActions = Pick<
  ConversationEngine,
  'chooseBranchItem' | 'chooseSuggestion' | 'answerForm' | 'submitRating' | 'retry' | 'sendText'
> & DeskEngineActions & Pick<ConversationEngine, 'cancelUpload' | 'retryUpload'>

function unsupported(): { ok: false; error: { code: 'unsupported'; message: string } } {
  return { ok: false, error: { code: 'unsupported', message: 'This engine does not speak the Desk protocol (src 32, 33, 43).' } }
}

/** Binds the renderer actions to an engine (the shell's context and tests use the same binding). */
export function bindMessageActions(engine: ConversationEngine): MessageActions {
  // An engine without the Desk actions (a team's own, an older one) refuses them instead of throwing.
  const desk = engine as unknown as Partial<DeskEngineActions>
  return {
    chooseTaskBranchItem: (id, item) => desk.chooseTaskBranchItem ? desk.chooseTaskBranchItem(id, item) : unsupported(),
    submitTaskForm: (id, values) => desk.submitTaskForm ? desk.submitTaskForm(id, values) : unsupported(),
    sendFeedback: (id, feedback) => desk.sendFeedback ? desk.sendFeedback(id, feedback) : unsupported(),
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
