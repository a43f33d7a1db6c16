// The `image` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { payloadOf, str } from '../_shared/context'
import { collapse } from '../_shared/plainText'
import { ImageMessage } from './ImageMessage'

export { ImageMessage } from './ImageMessage'

/** 'image': drawn by ImageMessage as a bubble. */
export const imageKind = defineMessageKind({
  kinds: ['image'],
  component: ImageMessage,
  layout: 'bubble',
  summary: (m, { t }) => {
    const alt = collapse(str(payloadOf(m, 'image')?.alt))
    return alt ? `${t('messages.summary.image')} ${alt}` : t('messages.summary.image')
  },
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.imageFixtures),
})
