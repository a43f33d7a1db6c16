// The `audio` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { payloadOf } from '../_shared/context'
import { formatDuration } from '../_shared/duration'

/** 'audio': drawn by AudioMessage as a bubble. */
export const audioKind = defineMessageKind({
  kinds: ['audio'],
  // a media renderer: the media kinds' renderers load together when the first is drawn
  load: () => import('../mediaCards').then((m) => m.AudioMessage),
  layout: 'bubble',
  summary: (m, { t }) => {
    const d = payloadOf(m, 'audio')?.duration
    return typeof d === 'number' && d > 0 ? `${t('messages.summary.audio')} ${formatDuration(d)}` : t('messages.summary.audio')
  },
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.audioFixtures),
})

/**
 * The kit's `audio` renderer (rendererProps), loaded on first use: the component the list draws for
 * this kind. It draws a placeholder with the message's summary until `audioKind.load()` resolves.
 */
export const AudioMessage = audioKind.component
