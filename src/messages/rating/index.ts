// The `rating` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { payloadOf, str } from '../_shared/context'
import { collapse } from '../_shared/plainText'

/** 'rating': drawn by RatingMessage as a bubble. */
export const ratingKind = defineMessageKind({
  kinds: ['rating'],
  // a card drawn once a session at most: loaded when the first one is drawn
  load: () => import('../rareCards').then((m) => m.RatingMessage),
  layout: 'bubble',
  summary: (m, { t }) => t('messages.summary.rating', { head: collapse(str(payloadOf(m, 'rating')?.head)) }),
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.ratingFixtures),
})

/**
 * The kit's `rating` renderer (rendererProps), loaded on first use: the component the list draws for
 * this kind. It draws a placeholder with the message's summary until `ratingKind.load()` resolves.
 */
export const RatingMessage = ratingKind.component
