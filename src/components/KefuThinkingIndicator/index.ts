export { KefuThinkingIndicator } from './KefuThinkingIndicator'
