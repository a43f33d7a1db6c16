// The `audio` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { payloadOf } from '../_shared/context'
import { formatDuration } from '../_shared/media'
import { AudioMessage } from './AudioMessage'

export { AudioMessage } from './AudioMessage'

/** 'audio': drawn by AudioMessage as a bubble. */
export const audioKind = defineMessageKind({
  kinds: ['audio'],
  component: AudioMessage,
  layout: 'bubble',
  summary: (m, { t }) => {
    const d = payloadOf(m, 'audio')?.duration
    return typeof d === 'number' && d > 0 ? `${t('messages.summary.audio')} ${formatDuration(d)}` : t('messages.summary.audio')
  },
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.audioFixtures),
})
