// The `file` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { payloadOf, str } from '../_shared/context'
import { collapse } from '../_shared/plainText'

/** 'file': drawn by FileMessage as a bubble. */
export const fileKind = defineMessageKind({
  kinds: ['file'],
  // a media renderer: the media kinds' renderers load together when the first is drawn
  load: () => import('../mediaCards').then((m) => m.FileMessage),
  layout: 'bubble',
  summary: (m, { t }) => t('messages.summary.file', { name: collapse(str(payloadOf(m, 'file')?.name)) || t('messages.file.unnamed') }),
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.fileFixtures),
})

/**
 * The kit's `file` renderer (rendererProps), loaded on first use: the component the list draws for
 * this kind. It draws a placeholder with the message's summary until `fileKind.load()` resolves.
 */
export const FileMessage = fileKind.component
