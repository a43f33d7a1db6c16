// The `order` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { payloadOf, str } from '../_shared/context'
import { collapse } from '../_shared/plainText'

/** 'order': drawn by OrderMessage as a bubble. */
export const orderKind = defineMessageKind({
  kinds: ['order'],
  // drawn rarely (a few times a session at most): loaded when the first one is drawn
  load: () => import('../rareCards').then((m) => m.OrderMessage),
  layout: 'bubble',
  summary: (m, { t }) => {
    const p = payloadOf(m, 'order')
    return t('messages.summary.order', { name: collapse(str(p?.name) || str(p?.guide)) })
  },
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.orderFixtures),
})

/**
 * The kit's `order` renderer (rendererProps), loaded on first use: the component the list draws for
 * this kind. It draws a placeholder with the message's summary until `orderKind.load()` resolves.
 */
export const OrderMessage = orderKind.component
