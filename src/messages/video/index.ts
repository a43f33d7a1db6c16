// The `video` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { payloadOf } from '../_shared/context'
import { formatDuration } from '../_shared/duration'

/** 'video': drawn by VideoMessage as a bubble. */
export const videoKind = defineMessageKind({
  kinds: ['video'],
  // a media renderer: the media kinds' renderers load together when the first is drawn
  load: () => import('../mediaCards').then((m) => m.VideoMessage),
  layout: 'bubble',
  summary: (m, { t }) => {
    const d = payloadOf(m, 'video')?.duration
    return typeof d === 'number' && d > 0 ? `${t('messages.summary.video')} ${formatDuration(d)}` : t('messages.summary.video')
  },
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.videoFixtures),
})

/**
 * The kit's `video` renderer (rendererProps), loaded on first use: the component the list draws for
 * this kind. It draws a placeholder with the message's summary until `videoKind.load()` resolves.
 */
export const VideoMessage = videoKind.component
