// The `product` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { payloadOf, str } from '../_shared/context'
import { collapse } from '../_shared/plainText'
import { ProductMessage } from './ProductMessage'

export { ProductMessage } from './ProductMessage'

/** 'product': drawn by ProductMessage as a bubble. */
export const productKind = defineMessageKind({
  kinds: ['product'],
  component: ProductMessage,
  layout: 'bubble',
  summary: (m, { t }) => t('messages.summary.product', { header: collapse(str(payloadOf(m, 'product')?.header)) }),
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.productFixtures),
})
