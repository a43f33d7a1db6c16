import type { GalleryFixture } from '../gallery'
import { fixtureMessage } from '../_shared/fixture'
import type { TaskFormPayload } from '../../protocol/types'

const FIELDS: TaskFormPayload['inputVariables'] = [
  { name: 'Phone', type: 'string', formType: 0, placeholder: '11 digits', isRequired: true, variableValue: '', chooseItemList: [] },
  { name: 'Best time', type: 'string', formType: 1, placeholder: '', isRequired: false, variableValue: '', chooseItemList: ['Morning', 'Afternoon'] },
  { name: 'Note', type: 'string', formType: 0, placeholder: 'Anything else?', isRequired: false, variableValue: '', chooseItemList: [] },
]
const form = (p: Partial<TaskFormPayload>, extra: Record<string, unknown> = {}): TaskFormPayload =>
  ({ kind: 'taskForm', src: '33', nodeStatus: 0, tip: 'Please tell us how to reach you', inputVariables: FIELDS, ...p, ...extra }) as TaskFormPayload

export const taskFormFixtures: GalleryFixture[] = /* @__PURE__ */ (() => [
  {
    id: 'task-form-open',
    kind: 'taskForm',
    title: 'Task-flow form to fill in',
    note: '"Fill in" opens the dialog (a bottom sheet on a phone); Phone is required.',
    message: fixtureMessage('task-form-open', form({})),
  },
  {
    id: 'task-form-submitted',
    kind: 'taskForm',
    title: 'Task-flow form after submitting',
    note: '"View" opens the answers, read-only.',
    message: fixtureMessage('task-form-submitted', form({}, { submittedValues: { Phone: '13800001234', 'Best time': 'Afternoon', Note: '' } })),
  },
  {
    id: 'task-form-closed',
    kind: 'taskForm',
    title: 'Task-flow form closed (nodeStatus 1)',
    message: fixtureMessage('task-form-closed', form({ nodeStatus: 1, tip: '请填写您的联系方式' })),
  },
])()
