// The `notice` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { payloadOf, str } from '../_shared/context'
import { NoticeMessage } from './NoticeMessage'

export { NoticeMessage } from './NoticeMessage'

/** 'notice': drawn by NoticeMessage as a system line. */
export const noticeKind = defineMessageKind({
  kinds: ['notice'],
  component: NoticeMessage,
  layout: 'system',
  summary: (m) => str(payloadOf(m, 'notice')?.text),
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.noticeFixtures),
})
