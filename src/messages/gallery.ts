/// <reference types="vite/client" />
// Every renderer's fixtures in one ordered list, read from the kind declarations: the playground's
// gallery and the e2e screenshots iterate over it, so each id is stable and unique.
//
// Only the `kefu-kit/gallery` entry imports this file. The declarations load their fixtures with a
// dynamic import, so the main entry never carries them; `galleryFixtures` (synchronous, kept for
// existing callers) gathers the same modules eagerly, in the declarations' order, and a test holds
// it equal to what `loadGalleryFixtures()` reads from the declarations.
import type { GalleryFixture, MessageKind } from './kind'
import { builtInKinds } from './kinds'

export type { GalleryFixture } from './kind'

/** The fixtures of `kinds` (the kit's own by default), in declaration order. */
export async function loadGalleryFixtures(kinds: readonly MessageKind[] = builtInKinds): Promise<GalleryFixture[]> {
  // renderers loaded on first use are loaded with their fixtures: the gallery (and its
  // screenshots) shows the renderers, not their loading placeholders
  const [lists] = await Promise.all([
    Promise.all(kinds.map((k) => (k.fixtures ? k.fixtures() : []))),
    Promise.all(kinds.map((k) => (k.load ? k.load().catch(() => undefined) : undefined))),
  ])
  return lists.flat()
}

/** Where a fixture stands in the gallery: after the fixtures of the kinds declared before its own. */
function rankOf(f: GalleryFixture, kinds: readonly MessageKind[]): number {
  const kind = f.message.payload.kind
  const src = 'src' in f.message.payload ? String(f.message.payload.src) : ''
  const i = kinds.findIndex((k) => k.src.includes(src) || k.kinds.includes(kind))
  return i < 0 ? kinds.length : i
}

function eagerFixtures(): GalleryFixture[] {
  const modules = import.meta.glob<Record<string, unknown>>('./*/fixtures.ts', { eager: true })
  const lists: GalleryFixture[][] = []
  for (const path of Object.keys(modules).sort()) {
    for (const value of Object.values(modules[path]!)) {
      if (Array.isArray(value) && value.length && value[0] && typeof value[0] === 'object' && 'message' in value[0] && 'id' in value[0]) {
        lists.push(value as GalleryFixture[])
      }
    }
  }
  // a module's list ranks by its first fixture, so a kind's states stay in their written order
  lists.sort((a, b) => rankOf(a[0]!, builtInKinds) - rankOf(b[0]!, builtInKinds))
  return lists.flat()
}

/**
 * All fixtures, in the order a conversation tends to meet them: the bot's cards, task flows,
 * cards, rich answers, the end of the session, then everything that must degrade gracefully.
 */
export const galleryFixtures: readonly GalleryFixture[] = /* @__PURE__ */ eagerFixtures()
