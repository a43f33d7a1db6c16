import { describe, expect, it } from 'vitest'
import { SuggestionMessage } from './SuggestionMessage'
import { fixtureMessage } from '../_shared/fixture'
import { all, makeContext, mountLive, mountRenderer, unmount } from '../../testing/renderers'
import { vueLabel } from '../../testing/mount'

const questions = (n: number) => Array.from({ length: n }, (_, i) => ({ content: `问题 ${i + 1}` }))
const welcome = (n: number, extra = {}) =>
  fixtureMessage('s1', { kind: 'welcome', src: '29', subtype: 'welcome_msg', title: '猜你想问', content: '', items: questions(n) }, extra)
const clarify = (n: number) =>
  fixtureMessage('s2', { kind: 'clarify', src: '29', subtype: 'clarify_msg', title: '您可能想问:', content: '您可能想问:', items: questions(n) })

const labels = (w: any) => all(w, '.kefu-choice .kefu-choice__label').map((b) => b.text())
const next = (w: any) => w.find('.kefu-suggestion__next')

describe(`given a welcome card (${vueLabel})`, () => {
  it('shows 5 questions at a time with a page indicator and a labelled "another batch" button', async () => {
    const w = mountRenderer(SuggestionMessage, welcome(8))
    expect(w.find('.kefu-card__header').text()).toBe('猜你想问')
    expect(labels(w)).toEqual(['问题 1', '问题 2', '问题 3', '问题 4', '问题 5'])
    expect(w.find('.kefu-suggestion__page').text()).toBe('Batch 1 of 2')
    expect(next(w).text()).toBe('Another batch')
    expect(next(w).attributes('aria-describedby')).toBe(w.find('.kefu-suggestion__page').attributes('id'))
    await next(w).trigger('click')
    expect(labels(w)).toEqual(['问题 6', '问题 7', '问题 8'])
    expect(w.find('.kefu-suggestion__page').text()).toBe('Batch 2 of 2')
    // wraps around
    await next(w).trigger('click')
    expect(labels(w)[0]).toBe('问题 1')
    unmount(w)
  })

  it('offers at most 20 questions', async () => {
    const w = mountRenderer(SuggestionMessage, welcome(25))
    expect(w.find('.kefu-suggestion__page').text()).toBe('Batch 1 of 4')
    for (let i = 0; i < 3; i++) await next(w).trigger('click')
    expect(labels(w)).toEqual(['问题 16', '问题 17', '问题 18', '问题 19', '问题 20'])
    unmount(w)
  })

  it('has no pager for one batch', () => {
    const w = mountRenderer(SuggestionMessage, welcome(3))
    expect(labels(w)).toHaveLength(3)
    expect(w.find('.kefu-suggestion__pager').exists()).toBe(false)
    unmount(w)
  })

  it('asks the chosen question, and stays usable for the next one', async () => {
    const ctx = makeContext()
    const w = mountRenderer(SuggestionMessage, welcome(8), ctx)
    await next(w).trigger('click')
    await all(w, '.kefu-choice')[1].trigger('click')
    expect(ctx.actions.chooseSuggestion).toHaveBeenCalledWith('s1', { content: '问题 7' })
    await all(w, '.kefu-choice')[0].trigger('click')
    expect(ctx.actions.chooseSuggestion).toHaveBeenCalledTimes(2)
    for (const b of all(w, '.kefu-choice')) expect(b.attributes('disabled')).toBeUndefined()
    unmount(w)
  })

  it('locks its questions while a choice is being sent', () => {
    const w = mountRenderer(SuggestionMessage, welcome(3, { pendingChoice: true }))
    for (const b of all(w, '.kefu-choice')) expect(b.attributes('disabled')).toBeDefined()
    unmount(w)
  })

  it('shows why the engine refused', async () => {
    const ctx = makeContext()
    ctx.actions.chooseSuggestion.mockReturnValue({ ok: false, error: { code: 'invalidOption', message: 'x' } })
    const w = mountRenderer(SuggestionMessage, welcome(3), ctx)
    await all(w, '.kefu-choice')[0].trigger('click')
    expect(w.find('[role="alert"]').text()).toBe('That option isn’t valid.')
    unmount(w)
  })

  it('starts a different card on its first batch', async () => {
    const w = mountRenderer(SuggestionMessage, welcome(8))
    await next(w).trigger('click')
    await w.setProps({ message: { ...welcome(12), id: 'other' } })
    expect(w.find('.kefu-suggestion__page').text()).toBe('Batch 1 of 3')
    unmount(w)
  })
})

describe(`given a clarify card (${vueLabel})`, () => {
  it('lists every question, says a repeated title once, and has no pager', async () => {
    const ctx = makeContext()
    const w = mountRenderer(SuggestionMessage, clarify(7), ctx)
    expect(labels(w)).toHaveLength(7)
    expect(w.find('.kefu-card__text').exists()).toBe(false)
    expect(w.find('.kefu-suggestion__pager').exists()).toBe(false)
    await all(w, '.kefu-choice')[6].trigger('click')
    expect(ctx.actions.chooseSuggestion).toHaveBeenCalledWith('s2', { content: '问题 7' })
    unmount(w)
  })
})

describe(`given a suggestion card on a real engine (${vueLabel})`, () => {
  it('clicking a question sends it as text', async () => {
    const live = await mountLive(SuggestionMessage, {
      customerServicePlugin: 0, src: '29', subtype: 'welcome_msg',
      content: { title: '猜你想问', content: '', items: [{ content: '如何设置工作时间' }, { content: '支持哪些消息渠道' }] },
    })
    await all(live.wrapper, '.kefu-choice')[1].trigger('click')
    await live.settle()
    expect(live.transport.deliveredTexts()).toEqual(['支持哪些消息渠道'])
    unmount(live.wrapper)
  })
})
