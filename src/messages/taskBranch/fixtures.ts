import type { GalleryFixture } from '../gallery'
import { fixtureMessage } from '../_shared/fixture'
import type { TaskBranchPayload } from '../../protocol/types'

const TASK_INFO = { taskID: 4182, nodeID: 'node-7f3a', env: 'prod' }
const ITEMS = [{ content: 'Order placed this week', desc: '' }, { content: 'An older order', desc: 'More than 7 days ago' }]
const branch = (p: Partial<TaskBranchPayload>): TaskBranchPayload => ({
  kind: 'taskBranch', src: '32', status: 0, optionType: 0, taskInfo: TASK_INFO,
  header: 'Which order do you need help with?', items: ITEMS, tail: '', ...p,
})

export const taskBranchFixtures: GalleryFixture[] = /* @__PURE__ */ (() => [
  {
    id: 'task-branch-quick',
    kind: 'taskBranch',
    title: 'Task-flow menu, quick options (optionType 0)',
    note: 'The options vanish once one is chosen.',
    message: fixtureMessage('task-branch-quick', branch({})),
  },
  {
    id: 'task-branch-quick-chosen',
    kind: 'taskBranch',
    title: 'Quick options after a choice',
    note: 'Only the choice is left, in words.',
    message: fixtureMessage('task-branch-quick-chosen', branch({ selected: { content: 'An older order', desc: '' } })),
  },
  {
    id: 'task-branch-fixed',
    kind: 'taskBranch',
    title: 'Task-flow menu, fixed buttons (optionType 1)',
    message: fixtureMessage('task-branch-fixed', branch({ optionType: 1, header: '请选择您要办理的业务', items: [{ content: '退款' }, { content: '换货' }, { content: '发票' }] })),
  },
  {
    id: 'task-branch-fixed-chosen',
    kind: 'taskBranch',
    title: 'Fixed buttons after a choice',
    note: 'The buttons stay, locked, the choice marked.',
    message: fixtureMessage('task-branch-fixed-chosen', branch({ optionType: 1, selected: { content: 'Order placed this week' } })),
  },
  {
    id: 'task-branch-closed',
    kind: 'taskBranch',
    title: 'Closed node (status 1), fixed buttons',
    note: 'Locked without a choice.',
    message: fixtureMessage('task-branch-closed', branch({ optionType: 1, status: 1 })),
  },
  {
    id: 'task-branch-abnormal',
    kind: 'taskBranch',
    title: 'An empty item',
    note: 'Drawn as the "content is abnormal" notice, not clickable.',
    message: fixtureMessage('task-branch-abnormal', branch({ items: [{ content: 'Refund' }, { content: '' }, { content: 'Exchange' }] })),
  },
])()
