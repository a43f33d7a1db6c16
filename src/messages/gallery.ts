// Every renderer's fixtures in one ordered list: the playground's gallery and the e2e screenshots
// iterate over it, so each id is stable and unique.
import type { ChatMessage } from '../protocol/engine/types'
import { textFixtures } from './text/fixtures'
import { imageFixtures } from './image/fixtures'
import { branchFixtures } from './branch/fixtures'
import { formFixtures } from './form/fixtures'
import { ratingFixtures } from './rating/fixtures'
import { productFixtures } from './product/fixtures'
import { orderFixtures } from './order/fixtures'
import { suggestionFixtures } from './suggestion/fixtures'
import { richTextFixtures } from './richText/fixtures'
import { streamFixtures } from './stream/fixtures'
import { dividerFixtures } from './divider/fixtures'
import { noticeFixtures } from './notice/fixtures'
import { unsupportedFixtures } from './unsupported/fixtures'

/** One message in a state worth looking at. */
export interface GalleryFixture {
  /** stable and unique, e.g. `rating-stars-expired`: screenshot names are built from it */
  id: string
  /** the payload kind (or `revoked` for a withdrawn message) */
  kind: string
  /** a short English title for the gallery */
  title: string
  /** what to look for */
  note?: string
  message: ChatMessage
}

/**
 * All fixtures, in the order a conversation tends to meet them: the bot's cards, task flows,
 * cards, rich answers, the end of the session, then everything that must degrade gracefully.
 */
export const galleryFixtures: readonly GalleryFixture[] = /* @__PURE__ */ (() => [
  ...textFixtures,
  ...imageFixtures,
  ...suggestionFixtures,
  ...branchFixtures,
  ...formFixtures,
  ...productFixtures,
  ...orderFixtures,
  ...richTextFixtures,
  ...streamFixtures,
  ...noticeFixtures,
  ...ratingFixtures,
  ...dividerFixtures,
  ...unsupportedFixtures,
])()
