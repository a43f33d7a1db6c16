// The `merger` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { payloadOf, str } from '../_shared/context'
import { collapse } from '../_shared/plainText'

/** 'merger': drawn by MergerMessage as a bubble. */
export const mergerKind = defineMessageKind({
  kinds: ['merger'],
  // a media renderer: the media kinds' renderers load together when the first is drawn
  load: () => import('../mediaCards').then((m) => m.MergerMessage),
  layout: 'bubble',
  summary: (m, { t }) => t('messages.summary.merger', { title: collapse(str(payloadOf(m, 'merger')?.title)) || t('messages.merger.title') }),
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.mergerFixtures),
})

/**
 * The kit's `merger` renderer (rendererProps), loaded on first use: the component the list draws for
 * this kind. It draws a placeholder with the message's summary until `mergerKind.load()` resolves.
 */
export const MergerMessage = mergerKind.component
