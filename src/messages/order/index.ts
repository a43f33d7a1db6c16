// The `order` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { payloadOf, str } from '../_shared/context'
import { collapse } from '../_shared/plainText'
import { OrderMessage } from './OrderMessage'

export { OrderMessage } from './OrderMessage'

/** 'order': drawn by OrderMessage as a bubble. */
export const orderKind = defineMessageKind({
  kinds: ['order'],
  component: OrderMessage,
  layout: 'bubble',
  summary: (m, { t }) => {
    const p = payloadOf(m, 'order')
    return t('messages.summary.order', { name: collapse(str(p?.name) || str(p?.guide)) })
  },
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.orderFixtures),
})
