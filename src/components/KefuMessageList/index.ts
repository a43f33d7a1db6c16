export { KefuMessageList, type MeasureRow } from './KefuMessageList'
export { KefuMessageRow } from './KefuMessageRow'
export { KefuAnswerFeedback, DEFAULT_FEEDBACK_REASON_KEYS } from './KefuAnswerFeedback'
