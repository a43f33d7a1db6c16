import type { GalleryFixture } from '../gallery'
import type { RatingPayload } from '../../protocol/types'
import { FAR_FUTURE_SECONDS, PAST_SECONDS, fixtureMessage } from '../_shared/fixture'
import { docPayload } from '../_shared/wireFixture'

const MENU = [
  { id: '101', content: '非常不满意' },
  { id: '102', content: '不满意' },
  { id: '103', content: '一般' },
  { id: '104', content: '满意' },
  { id: '105', content: '非常满意' },
]

function rating(type: 1 | 2, extra: Partial<RatingPayload> = {}): RatingPayload {
  return {
    kind: 'rating', src: '9', type, menu: MENU,
    head: '感谢您使用我们的服务，请对此次服务进行评价！',
    tail: '感谢您对此次服务作出评价，祝您生活愉快，再见！',
    sessionId: '7a67f6bb-8fac-41e5-8bab-78c0259ae5a9', effectiveHour: 12, expireTime: FAR_FUTURE_SECONDS,
    ...extra,
  }
}

// built in a pure IIFE so a bundle that does not use the gallery drops it (and the decoder calls)
export const ratingFixtures: GalleryFixture[] = /* @__PURE__ */ (() => [
  {
    id: 'rating-stars-open',
    kind: 'rating',
    title: 'Star rating, not chosen yet',
    note: 'Arrow keys move and choose; hover or focus previews; Submit is separate.',
    message: fixtureMessage('rating-stars-open', rating(1)),
  },
  {
    id: 'rating-numbers-open',
    kind: 'rating',
    title: 'Number rating, not chosen yet',
    message: fixtureMessage('rating-numbers-open', rating(2)),
  },
  {
    id: 'rating-stars-pending',
    kind: 'rating',
    title: 'Star rating being submitted',
    message: fixtureMessage('rating-stars-pending', rating(1, { selected: { id: '104', content: '满意' } }), { pendingChoice: true }),
  },
  {
    id: 'rating-stars-submitted',
    kind: 'rating',
    title: 'Star rating submitted',
    note: 'Shows the choice and the tail.',
    message: fixtureMessage('rating-stars-submitted', rating(1, { selected: { id: '104', content: '满意' } })),
  },
  {
    id: 'rating-doc-example',
    kind: 'rating',
    title: 'Number rating already rated (documentation example)',
    message: fixtureMessage('rating-doc-example', docPayload('rating')),
  },
  {
    id: 'rating-stars-expired',
    kind: 'rating',
    title: 'Star rating expired',
    note: 'expireTime has passed: disabled, with a notice.',
    message: fixtureMessage('rating-stars-expired', rating(1, { expireTime: PAST_SECONDS })),
  },
  {
    id: 'rating-numbers-expired',
    kind: 'rating',
    title: 'Number rating expired',
    message: fixtureMessage('rating-numbers-expired', rating(2, { expireTime: PAST_SECONDS })),
  },
  {
    id: 'rating-stars-failed',
    kind: 'rating',
    title: 'Star rating whose submission failed',
    note: 'The reason is shown and the card is usable again.',
    message: fixtureMessage('rating-stars-failed', rating(1), { error: { code: 'timeout', message: 'send timed out' } }),
  },
])()
