// The `location` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind, type MessageKind } from '../kind'
import { payloadOf, str } from '../_shared/context'
import { collapse } from '../_shared/plainText'
import { LocationMessage, createLocationMessage, type MapUrlBuilder } from './LocationMessage'

export { LocationMessage, createLocationMessage, openStreetMapUrl, type MapUrlBuilder } from './LocationMessage'

/** What `createLocationKind` takes. */
export interface LocationKindOptions {
  /** builds the map link from the coordinates (default: OpenStreetMap); the URL rule still applies */
  mapUrl?: MapUrlBuilder
}

/**
 * The `location` kind with another map service: pass it in `KefuChat`'s `kinds` and it replaces
 * the built-in one, e.g. `createLocationKind({ mapUrl: ({ latitude, longitude }) => ... })`.
 */
export function createLocationKind(options: LocationKindOptions = {}): MessageKind {
  return defineMessageKind({
    kinds: ['location'],
    component: options.mapUrl ? createLocationMessage(options.mapUrl) : LocationMessage,
    layout: 'bubble',
    summary: (m, { t }) => {
      const p = payloadOf(m, 'location')
      return t('messages.summary.location', { name: collapse(str(p?.name)) || collapse(str(p?.address)) || t('messages.location.unnamed') })
    },
    // a chunk of its own: an app that never shows a gallery never loads these
    fixtures: () => import('./fixtures').then((m) => m.locationFixtures),
  })
}

/** 'location': drawn by LocationMessage as a bubble. */
export const locationKind = /* @__PURE__ */ createLocationKind()
