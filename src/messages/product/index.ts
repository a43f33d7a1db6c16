// The `product` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { payloadOf, str } from '../_shared/context'
import { collapse } from '../_shared/plainText'

/** 'product': drawn by ProductMessage as a bubble. */
export const productKind = defineMessageKind({
  kinds: ['product'],
  // drawn rarely (a few times a session at most): loaded when the first one is drawn
  load: () => import('../rareCards').then((m) => m.ProductMessage),
  layout: 'bubble',
  summary: (m, { t }) => t('messages.summary.product', { header: collapse(str(payloadOf(m, 'product')?.header)) }),
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.productFixtures),
})

/**
 * The kit's `product` renderer (rendererProps), loaded on first use: the component the list draws for
 * this kind. It draws a placeholder with the message's summary until `productKind.load()` resolves.
 */
export const ProductMessage = productKind.component
