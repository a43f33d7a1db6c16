// The `file` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { payloadOf, str } from '../_shared/context'
import { collapse } from '../_shared/plainText'
import { FileMessage } from './FileMessage'

export { FileMessage } from './FileMessage'

/** 'file': drawn by FileMessage as a bubble. */
export const fileKind = defineMessageKind({
  kinds: ['file'],
  component: FileMessage,
  layout: 'bubble',
  summary: (m, { t }) => t('messages.summary.file', { name: collapse(str(payloadOf(m, 'file')?.name)) || t('messages.file.unnamed') }),
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.fileFixtures),
})
