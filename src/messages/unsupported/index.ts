// The `unsupported` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { UnsupportedMessage } from './UnsupportedMessage'
import { unsupportedFixtures } from './fixtures'

export { UnsupportedMessage } from './UnsupportedMessage'
export { MessageErrorPlaceholder } from './MessageErrorPlaceholder'
export { RevokedMessage } from './RevokedMessage'

/** 'unknown', 'invalid': drawn by UnsupportedMessage as a bubble. */
export const unsupportedKind = defineMessageKind({
  kinds: ['unknown', 'invalid'],
  component: UnsupportedMessage,
  layout: 'bubble',
  summary: (_m, { t }) => t('messages.unsupported.text'),
  fixtures: () => unsupportedFixtures,
})
