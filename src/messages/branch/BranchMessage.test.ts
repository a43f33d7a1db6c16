import { describe, expect, it } from 'vitest'
import { BranchMessage } from './BranchMessage'
import { fixtureMessage } from '../_shared/fixture'
import { all, makeContext, mountLive, mountRenderer, unmount } from '../../testing/renderers'
import { vueLabel } from '../../testing/mount'
import type { BranchPayload } from '../../protocol/types'

const ITEMS = [
  { content: '人工', desc: '工作日 9:00–18:00' },
  { content: '表单选项分支', desc: '' },
  { content: '返回' },
]
const branch = (p: Partial<BranchPayload> = {}, extra = {}) =>
  fixtureMessage('b1', { kind: 'branch', src: '15', header: '请输入您想接入的功能', items: ITEMS, tail: '没有找到？请直接输入', ...p }, extra)

describe(`given a branch menu (${vueLabel})`, () => {
  it('draws the header, one real button per item with its description, and the tail', () => {
    const w = mountRenderer(BranchMessage, branch())
    const group = w.find('[role="group"]')
    const header = w.find('.kefu-card__header')
    expect(header.text()).toBe('请输入您想接入的功能')
    expect(group.attributes('aria-labelledby')).toBe(header.attributes('id'))
    const buttons = all(w, 'button')
    expect(buttons.map((b) => b.find('.kefu-choice__label').text())).toEqual(['人工', '表单选项分支', '返回'])
    for (const b of buttons) {
      expect(b.attributes('type')).toBe('button')
      expect(b.attributes('disabled')).toBeUndefined()
    }
    expect(buttons[0].find('.kefu-choice__desc').text()).toBe('工作日 9:00–18:00')
    expect(buttons[1].find('.kefu-choice__desc').exists()).toBe(false)
    expect(w.find('.kefu-card__tail').text()).toBe('没有找到？请直接输入')
    unmount(w)
  })

  it('lets the keyboard reach every item', () => {
    const w = mountRenderer(BranchMessage, branch())
    for (const b of all(w, 'button')) {
      ;(b.element as HTMLButtonElement).focus()
      expect(document.activeElement).toBe(b.element)
    }
    unmount(w)
  })

  it('calls chooseBranchItem with the message id and the item', async () => {
    const ctx = makeContext()
    const w = mountRenderer(BranchMessage, branch(), ctx)
    await all(w, 'button')[1].trigger('click')
    expect(ctx.actions.chooseBranchItem).toHaveBeenCalledTimes(1)
    expect(ctx.actions.chooseBranchItem).toHaveBeenCalledWith('b1', ITEMS[1])
    unmount(w)
  })

  it('shows which item was chosen, in words, and locks the menu', async () => {
    const ctx = makeContext()
    const w = mountRenderer(BranchMessage, branch({ selected: { content: '人工' } }), ctx)
    const buttons = all(w, 'button')
    for (const b of buttons) expect(b.attributes('disabled')).toBeDefined()
    expect(buttons[0].classes()).toContain('kefu-choice--chosen')
    expect(buttons[0].text()).toContain('(chosen)')
    expect(buttons[1].classes()).not.toContain('kefu-choice--chosen')
    expect(w.find('.kefu-choice-status').text()).toBe('You chose: 人工')
    // the click handler refuses too, not only the disabled attribute
    ;(buttons[1].element as HTMLButtonElement).disabled = false
    await buttons[1].trigger('click')
    expect(ctx.actions.chooseBranchItem).not.toHaveBeenCalled()
    unmount(w)
  })

  it('shows a pending choice as being sent, locked', () => {
    const w = mountRenderer(BranchMessage, branch({ selected: { content: '返回' } }, { pendingChoice: true }))
    expect(w.find('.kefu-choice-status').text()).toBe('Sending: 返回…')
    expect(all(w, 'button')[2].text()).toContain('(sending)')
    for (const b of all(w, 'button')) expect(b.attributes('disabled')).toBeDefined()
    unmount(w)
  })

  it('shows why the engine refused, as an alert', async () => {
    const ctx = makeContext()
    ctx.actions.chooseBranchItem.mockReturnValue({ ok: false, error: { code: 'notStarted', message: 'x' } })
    const w = mountRenderer(BranchMessage, branch(), ctx)
    await all(w, 'button')[0].trigger('click')
    expect(w.find('[role="alert"]').text()).toBe('The conversation hasn’t started yet. Try again in a moment.')
    unmount(w)
  })

  it('survives an action that throws', async () => {
    const ctx = makeContext()
    ctx.actions.chooseBranchItem.mockImplementation(() => { throw new Error('boom') })
    const w = mountRenderer(BranchMessage, branch(), ctx)
    await all(w, 'button')[0].trigger('click')
    expect(w.find('[role="alert"]').exists()).toBe(true)
    unmount(w)
  })

  it('omits an empty header and tail', () => {
    const w = mountRenderer(BranchMessage, branch({ header: ' ', tail: '' }))
    expect(w.find('.kefu-card__header').exists()).toBe(false)
    expect(w.find('.kefu-card__tail').exists()).toBe(false)
    expect(w.find('[role="group"]').attributes('aria-labelledby')).toBeUndefined()
    unmount(w)
  })
})

describe(`given a branch menu on a real engine (${vueLabel})`, () => {
  it('clicking an item sends a text equal to the item, then locks on it', async () => {
    const live = await mountLive(BranchMessage, {
      customerServicePlugin: 0, src: '15',
      content: { header: '请选择', items: [{ content: '人工', desc: '' }, { content: '返回', desc: '' }], tail: '' },
    })
    await all(live.wrapper, 'button')[0].trigger('click')
    await live.settle()
    expect(live.transport.deliveredTexts()).toEqual(['人工'])
    const sent = live.transport.delivered[live.transport.delivered.length - 1]
    expect(sent.body).toEqual({ type: 'text', text: '人工' })
    expect(live.wrapper.find('.kefu-choice-status').text()).toBe('You chose: 人工')
    for (const b of all(live.wrapper, 'button')) expect(b.attributes('disabled')).toBeDefined()
    unmount(live.wrapper)
  })
})
