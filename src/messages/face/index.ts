// The `face` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { payloadOf, str } from '../_shared/context'
import { collapse } from '../_shared/plainText'

/** 'face': drawn by FaceMessage as a bubble. */
export const faceKind = defineMessageKind({
  kinds: ['face'],
  // a media renderer: the media kinds' renderers load together when the first is drawn
  load: () => import('../mediaCards').then((m) => m.FaceMessage),
  layout: 'bubble',
  summary: (m, { t }) => {
    const name = collapse(str(payloadOf(m, 'face')?.name))
    return name ? `${t('messages.summary.face')} ${name}` : t('messages.summary.face')
  },
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.faceFixtures),
})

/**
 * The kit's `face` renderer (rendererProps), loaded on first use: the component the list draws for
 * this kind. It draws a placeholder with the message's summary until `faceKind.load()` resolves.
 */
export const FaceMessage = faceKind.component
