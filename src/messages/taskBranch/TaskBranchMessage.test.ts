import { describe, expect, it } from 'vitest'
import { TaskBranchMessage } from './TaskBranchMessage'
import { fixtureMessage } from '../_shared/fixture'
import { all, makeContext, mountRenderer, unmount } from '../../testing/renderers'
import { vueLabel } from '../../testing/mount'
import type { TaskBranchPayload } from '../../protocol/types'

const ITEMS = [{ content: 'This week', desc: '' }, { content: 'Older', desc: 'More than 7 days' }]
const branch = (p: Partial<TaskBranchPayload> = {}, extra = {}) => fixtureMessage('tb1', {
  kind: 'taskBranch', src: '32', status: 0, optionType: 0, taskInfo: { taskID: 1 }, header: 'Which order?', items: ITEMS, tail: '', ...p,
}, extra)

describe(`given a task-flow branch menu (${vueLabel})`, () => {
  it('draws the header and one real button per item, and chooses through chooseTaskBranchItem', async () => {
    const ctx = makeContext()
    const w = mountRenderer(TaskBranchMessage, branch(), ctx)
    expect(w.find('.kefu-card__header').text()).toBe('Which order?')
    const buttons = all(w, 'button')
    expect(buttons.map((b) => b.find('.kefu-choice__label').text())).toEqual(['This week', 'Older'])
    await buttons[1].trigger('click')
    expect(ctx.actions.chooseTaskBranchItem).toHaveBeenCalledWith('tb1', ITEMS[1])
    expect(ctx.actions.chooseBranchItem).not.toHaveBeenCalled()
    unmount(w)
  })

  it('quick options (optionType 0) vanish after a choice, leaving it in words', () => {
    const w = mountRenderer(TaskBranchMessage, branch({ selected: { content: 'Older' } }))
    expect(all(w, 'button')).toHaveLength(0)
    expect(w.find('.kefu-choice-status').text()).toBe('You chose: Older')
    unmount(w)
  })

  it('fixed buttons (optionType 1) stay after a choice, locked, the choice marked', async () => {
    const ctx = makeContext()
    const w = mountRenderer(TaskBranchMessage, branch({ optionType: 1, selected: { content: 'This week' } }), ctx)
    const buttons = all(w, 'button')
    expect(buttons).toHaveLength(2)
    for (const b of buttons) expect(b.attributes('disabled')).toBeDefined()
    expect(buttons[0].classes()).toContain('kefu-choice--chosen')
    ;(buttons[1].element as HTMLButtonElement).disabled = false
    await buttons[1].trigger('click')
    expect(ctx.actions.chooseTaskBranchItem).not.toHaveBeenCalled()
    unmount(w)
  })

  it('is locked when status is not 0: fixed buttons disabled, quick options hidden', () => {
    const fixed = mountRenderer(TaskBranchMessage, branch({ optionType: 1, status: 1 }))
    expect(all(fixed, 'button').every((b) => b.attributes('disabled') !== undefined)).toBe(true)
    expect(fixed.find('.kefu-task-branch__closed').text()).toBe('This menu is closed')
    unmount(fixed)
    const quick = mountRenderer(TaskBranchMessage, branch({ status: 2 }))
    expect(all(quick, 'button')).toHaveLength(0)
    unmount(quick)
  })

  it('draws an empty item as the "content is abnormal" notice, not clickable', () => {
    const w = mountRenderer(TaskBranchMessage, branch({ items: [{ content: 'A' }, { content: '  ' }, { content: 'B' }] }))
    expect(all(w, 'button').map((b) => b.text())).toEqual(['A', 'B'])
    expect(w.find('[data-kefu-abnormal="1"]').text()).toBe('Content is abnormal, please check the task flow configuration')
    unmount(w)
  })

  it('shows a refusal as an alert, and an engine without the action refuses instead of throwing', async () => {
    const ctx = makeContext()
    ctx.actions.chooseTaskBranchItem.mockReturnValue({ ok: false, error: { code: 'notAllowed', message: 'x' } })
    const w = mountRenderer(TaskBranchMessage, branch(), ctx)
    await all(w, 'button')[0].trigger('click')
    expect(w.find('[role="alert"]').exists()).toBe(true)
    unmount(w)
  })
})
