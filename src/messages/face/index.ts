// The `face` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { payloadOf, str } from '../_shared/context'
import { collapse } from '../_shared/plainText'
import { FaceMessage } from './FaceMessage'

export { FaceMessage } from './FaceMessage'

/** 'face': drawn by FaceMessage as a bubble. */
export const faceKind = defineMessageKind({
  kinds: ['face'],
  component: FaceMessage,
  layout: 'bubble',
  summary: (m, { t }) => {
    const name = collapse(str(payloadOf(m, 'face')?.name))
    return name ? `${t('messages.summary.face')} ${name}` : t('messages.summary.face')
  },
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.faceFixtures),
})
