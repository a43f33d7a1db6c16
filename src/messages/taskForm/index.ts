// The `taskForm` kind (src 33), declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { payloadOf, str } from '../_shared/context'
import { collapse } from '../_shared/plainText'
import { TaskFormMessage } from './TaskFormMessage'

export { TaskFormMessage } from './TaskFormMessage'

/** 'taskForm': drawn by TaskFormMessage as a bubble (a card that opens the form's dialog). */
export const taskFormKind = defineMessageKind({
  kinds: ['taskForm'],
  component: TaskFormMessage,
  layout: 'bubble',
  summary: (m, { t }) => t('desk.summary.taskForm', { header: collapse(str(payloadOf(m, 'taskForm')?.tip)) }),
  fixtures: () => import('./fixtures').then((m) => m.taskFormFixtures),
})
