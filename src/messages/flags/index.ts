// The Desk flags, declared once: never drawn, never announced (layout 'hidden').
import { defineMessageKind } from '../kind'
import { FlagMessage } from './FlagMessage'

export { FlagMessage } from './FlagMessage'

/**
 * 'thinking' (35, shown by the thinking indicator from `state.thinking`, not as a message),
 * 'transferToTaskFlow' (34), 'agentTips' (38), 'transferToHuman' (39), 'sessionRestarted' (40),
 * 'feedbackMenu' (42), 'feedback' (43) and 'silent': hidden.
 */
export const flagsKind = defineMessageKind({
  kinds: ['thinking', 'transferToTaskFlow', 'agentTips', 'transferToHuman', 'sessionRestarted', 'feedbackMenu', 'feedback', 'silent'],
  component: FlagMessage,
  layout: 'hidden',
})
