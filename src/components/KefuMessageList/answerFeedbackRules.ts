// What the row needs to know about the AI label and the thumbs without loading their component
// (KefuAnswerFeedback, loaded on the first AI answer): whether a message gets them, and the props.
import type { PropType } from 'vue-demi'
import type { RenderContext } from '../../messages/types'
import type { ChatMessage } from '../../protocol/engine/types'
import { aiLabelOf, feedbackTargetOf } from '../../protocol/wire/meta'
import type { RowFeedbackState } from './KefuAnswerFeedback'

type Meta = ChatMessage & { cloudCustomData?: unknown }

/** Whether the AI label applies to a message (incoming, `role: robot`, an AI `messageType`). */
export function showsAiLabel(message: ChatMessage): boolean {
  return message.from === 'service' && !message.revoked && aiLabelOf((message as Meta).cloudCustomData as never)
}

/** Whether thumbs are offered on a message. */
export function offersFeedback(message: ChatMessage): boolean {
  return !!feedbackTargetOf(message as never)
}

/** KefuAnswerFeedback's props (the lazy stand-in in the row declares the same). @internal */
export const answerFeedbackProps = {
  message: { type: Object as PropType<ChatMessage>, required: true as const },
  context: { type: Object as PropType<RenderContext>, required: true as const },
  /** draw the AI label @default true */
  aiLabel: { type: Boolean, default: true },
  /** offer thumbs @default true */
  feedback: { type: Boolean, default: true },
  /** the engine's record for this answer, if feedback was sent */
  state: { type: Object as PropType<RowFeedbackState>, default: undefined },
  /** thumbs-down reasons replacing the six defaults */
  reasons: { type: Array as PropType<readonly string[]>, default: undefined },
}
