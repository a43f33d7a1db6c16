// The `text` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { payloadOf, str } from '../_shared/context'
import { collapse } from '../_shared/plainText'
import { TextMessage } from './TextMessage'

export { TextMessage } from './TextMessage'
export { linkify, type TextPiece } from './linkify'

/** 'text': drawn by TextMessage as a bubble. */
export const textKind = defineMessageKind({
  kinds: ['text'],
  component: TextMessage,
  layout: 'bubble',
  summary: (m, { t }) => collapse(str(payloadOf(m, 'text')?.text)) || t('messages.text.empty'),
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.textFixtures),
})
