// The `video` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { payloadOf } from '../_shared/context'
import { formatDuration } from '../_shared/media'
import { VideoMessage } from './VideoMessage'

export { VideoMessage } from './VideoMessage'

/** 'video': drawn by VideoMessage as a bubble. */
export const videoKind = defineMessageKind({
  kinds: ['video'],
  component: VideoMessage,
  layout: 'bubble',
  summary: (m, { t }) => {
    const d = payloadOf(m, 'video')?.duration
    return typeof d === 'number' && d > 0 ? `${t('messages.summary.video')} ${formatDuration(d)}` : t('messages.summary.video')
  },
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.videoFixtures),
})
