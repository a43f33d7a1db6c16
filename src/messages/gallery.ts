// Every renderer's fixtures in one ordered list, read from the kind declarations: the playground's
// gallery and the e2e screenshots iterate over it, so each id is stable and unique.
import type { GalleryFixture, MessageKind } from './kind'
import { builtInKinds } from './kinds'

export type { GalleryFixture } from './kind'

/** The fixtures of `kinds` (the kit's own by default), in declaration order. */
export function kindFixtures(kinds: readonly MessageKind[] = builtInKinds): GalleryFixture[] {
  const out: GalleryFixture[] = []
  for (const k of kinds) if (k.fixtures) out.push(...k.fixtures())
  return out
}

/**
 * All fixtures, in the order a conversation tends to meet them: the bot's cards, task flows,
 * cards, rich answers, the end of the session, then everything that must degrade gracefully.
 */
export const galleryFixtures: readonly GalleryFixture[] = /* @__PURE__ */ (() => kindFixtures())()
