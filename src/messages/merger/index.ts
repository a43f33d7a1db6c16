// The `merger` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { payloadOf, str } from '../_shared/context'
import { collapse } from '../_shared/plainText'
import { MergerMessage } from './MergerMessage'

export { MergerMessage } from './MergerMessage'

/** 'merger': drawn by MergerMessage as a bubble. */
export const mergerKind = defineMessageKind({
  kinds: ['merger'],
  component: MergerMessage,
  layout: 'bubble',
  summary: (m, { t }) => t('messages.summary.merger', { title: collapse(str(payloadOf(m, 'merger')?.title)) || t('messages.merger.title') }),
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.mergerFixtures),
})
