export { KefuTypingIndicator } from './KefuTypingIndicator'
