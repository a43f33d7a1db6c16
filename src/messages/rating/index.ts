// The `rating` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { payloadOf, str } from '../_shared/context'
import { collapse } from '../_shared/plainText'
import { RatingMessage } from './RatingMessage'

export { RatingMessage } from './RatingMessage'

/** 'rating': drawn by RatingMessage as a bubble. */
export const ratingKind = defineMessageKind({
  kinds: ['rating'],
  component: RatingMessage,
  layout: 'bubble',
  summary: (m, { t }) => t('messages.summary.rating', { head: collapse(str(payloadOf(m, 'rating')?.head)) }),
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.ratingFixtures),
})
