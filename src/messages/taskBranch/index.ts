// The `taskBranch` kind (src 32), declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { arr, payloadOf, str } from '../_shared/context'
import { collapse } from '../_shared/plainText'

/** 'taskBranch': drawn by TaskBranchMessage as a bubble. */
export const taskBranchKind = defineMessageKind({
  kinds: ['taskBranch'],
  // drawn rarely (a few times a session at most): loaded when the first one is drawn
  load: () => import('../rareCards').then((m) => m.TaskBranchMessage),
  layout: 'bubble',
  summary: (m, { t }) => {
    const p = payloadOf(m, 'taskBranch')
    return t('messages.summary.branch', { header: collapse(str(p?.header)), count: arr(p?.items).length })
  },
  fixtures: () => import('./fixtures').then((m) => m.taskBranchFixtures),
})

/**
 * The kit's `taskBranch` renderer (rendererProps), loaded on first use: the component the list draws for
 * this kind. It draws a placeholder with the message's summary until `taskBranchKind.load()` resolves.
 */
export const TaskBranchMessage = taskBranchKind.component
