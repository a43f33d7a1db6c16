export { UnsupportedMessage } from './UnsupportedMessage'
export { MessageErrorPlaceholder } from './MessageErrorPlaceholder'
export { RevokedMessage } from './RevokedMessage'
export { unsupportedFixtures } from './fixtures'
