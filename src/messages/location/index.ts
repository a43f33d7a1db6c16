// The `location` kind, declared once: the list, the live region, the gallery and the defaults read this.
import type { Component } from 'vue-demi'
import { defineMessageKind, type MessageKind } from '../kind'
import { lazyRenderer } from '../lazy'
import { payloadOf, str } from '../_shared/context'
import { collapse, oneLine } from '../_shared/plainText'
import type { SummaryContext } from '../kind'
import type { ChatMessage } from '../../protocol/engine/types'
import type { MapUrlBuilder } from './mapUrl'

export type { MapUrlBuilder } from './mapUrl'

/** What `createLocationKind` takes. */
export interface LocationKindOptions {
  /** builds the map link from the coordinates (default: OpenStreetMap); the URL rule still applies */
  mapUrl?: MapUrlBuilder
}

const summary = (m: ChatMessage, { t }: SummaryContext): string => {
  const p = payloadOf(m, 'location')
  return t('messages.summary.location', { name: collapse(str(p?.name)) || collapse(str(p?.address)) || t('messages.location.unnamed') })
}

/** the renderer for `mapUrl`, out of the media renderers' chunk (loaded on first use) */
const loadFor = (mapUrl?: MapUrlBuilder) => () => import('../mediaCards').then((m) => (mapUrl ? m.createLocationMessage(mapUrl) : m.LocationMessage))

/**
 * The `location` kind with another map service: pass it in `KefuChat`'s `kinds` and it replaces
 * the built-in one, e.g. `createLocationKind({ mapUrl: ({ latitude, longitude }) => ... })`.
 */
export function createLocationKind(options: LocationKindOptions = {}): MessageKind {
  return defineMessageKind({
    kinds: ['location'],
    // a media renderer: the media kinds' renderers load together when the first is drawn
    load: loadFor(options.mapUrl),
    layout: 'bubble',
    summary,
    // a chunk of its own: an app that never shows a gallery never loads these
    fixtures: () => import('./fixtures').then((m) => m.locationFixtures),
  })
}

/** 'location': drawn by LocationMessage as a bubble. */
export const locationKind = /* @__PURE__ */ createLocationKind()

/**
 * The kit's `location` renderer (rendererProps), loaded on first use: the component the list draws
 * for this kind. It draws a placeholder with the message's summary until `locationKind.load()`
 * resolves.
 */
export const LocationMessage = locationKind.component

/**
 * A location renderer that links to the map `mapUrl` builds (loaded on first use, like
 * `LocationMessage`; until then it draws the message's summary).
 */
export function createLocationMessage(mapUrl?: MapUrlBuilder): Component {
  return lazyRenderer(loadFor(mapUrl), {
    name: 'location',
    text: (m, ctx) => oneLine(summary(m, { t: ctx.t })),
  }).component
}
