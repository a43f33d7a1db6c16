// The `rating` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { payloadOf, str } from '../_shared/context'
import { collapse } from '../_shared/plainText'
import { RatingMessage } from './RatingMessage'
import { ratingFixtures } from './fixtures'

export { RatingMessage } from './RatingMessage'

/** 'rating': drawn by RatingMessage as a bubble. */
export const ratingKind = defineMessageKind({
  kinds: ['rating'],
  component: RatingMessage,
  layout: 'bubble',
  summary: (m, { t }) => t('messages.summary.rating', { head: collapse(str(payloadOf(m, 'rating')?.head)) }),
  fixtures: () => ratingFixtures,
})
