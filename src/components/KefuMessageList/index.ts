export { KefuMessageList, type MeasureRow } from './KefuMessageList'
export { KefuMessageRow } from './KefuMessageRow'
