// The `stream` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { arr, payloadOf, str } from '../_shared/context'
import { collapse, markdownToPlainText } from '../_shared/plainText'
import { StreamMessage } from './StreamMessage'

export { StreamMessage } from './StreamMessage'

/** 'stream': drawn by StreamMessage as a bubble. */
export const streamKind = defineMessageKind({
  kinds: ['stream'],
  component: StreamMessage,
  layout: 'bubble',
  summary: (m, { t }) =>
    collapse(markdownToPlainText(arr(payloadOf(m, 'stream')?.chunks).map(str).join(''), t('messages.summary.image'))) ||
    t('messages.stream.inProgress'),
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.streamFixtures),
})
