// The `taskForm` kind (src 33), declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { payloadOf, str } from '../_shared/context'
import { collapse } from '../_shared/plainText'

/** 'taskForm': drawn by TaskFormMessage as a bubble (a card that opens the form's dialog). */
export const taskFormKind = defineMessageKind({
  kinds: ['taskForm'],
  // drawn rarely (a few times a session at most): loaded when the first one is drawn
  load: () => import('../rareCards').then((m) => m.TaskFormMessage),
  layout: 'bubble',
  summary: (m, { t }) => t('desk.summary.taskForm', { header: collapse(str(payloadOf(m, 'taskForm')?.tip)) }),
  fixtures: () => import('./fixtures').then((m) => m.taskFormFixtures),
})

/**
 * The kit's `taskForm` renderer (rendererProps), loaded on first use: the component the list draws for
 * this kind. It draws a placeholder with the message's summary until `taskFormKind.load()` resolves.
 */
export const TaskFormMessage = taskFormKind.component
