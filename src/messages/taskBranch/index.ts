// The `taskBranch` kind (src 32), declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { arr, payloadOf, str } from '../_shared/context'
import { collapse } from '../_shared/plainText'
import { TaskBranchMessage } from './TaskBranchMessage'

export { TaskBranchMessage } from './TaskBranchMessage'

/** 'taskBranch': drawn by TaskBranchMessage as a bubble. */
export const taskBranchKind = defineMessageKind({
  kinds: ['taskBranch'],
  component: TaskBranchMessage,
  layout: 'bubble',
  summary: (m, { t }) => {
    const p = payloadOf(m, 'taskBranch')
    return t('messages.summary.branch', { header: collapse(str(p?.header)), count: arr(p?.items).length })
  },
  fixtures: () => import('./fixtures').then((m) => m.taskBranchFixtures),
})
