export { TextMessage } from './TextMessage'
export { linkify, type TextPiece } from './linkify'
export { textFixtures } from './fixtures'
