// The `unsupported` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { UnsupportedMessage } from './UnsupportedMessage'

export { UnsupportedMessage } from './UnsupportedMessage'
export { MessageErrorPlaceholder } from './MessageErrorPlaceholder'
export { RevokedMessage } from './RevokedMessage'

/** 'unknown', 'invalid': drawn by UnsupportedMessage as a bubble. */
export const unsupportedKind = defineMessageKind({
  kinds: ['unknown', 'invalid'],
  component: UnsupportedMessage,
  layout: 'bubble',
  summary: (_m, { t }) => t('messages.unsupported.text'),
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.unsupportedFixtures),
})
