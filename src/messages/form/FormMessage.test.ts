import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue-demi'
import { FormMessage } from './FormMessage'
import { fixtureMessage } from '../_shared/fixture'
import { all, fire, key, makeContext, mountLive, mountRenderer, unmount } from '../../testing/renderers'
import { vueLabel } from '../../testing/mount'
import type { FormPayload } from '../../protocol/types'
import { captureWarnings } from '../../testing/console'

const OPTIONS = [{ content: '苹果', desc: '' }, { content: '西瓜', desc: '' }, { content: '草莓', desc: '' }]
const optionsForm = (p: Partial<FormPayload> = {}, extra = {}) =>
  fixtureMessage('f1', { kind: 'form', src: '21', header: '你喜欢吃什么?', type: 1, items: OPTIONS, ...p }, extra)
const textForm = (p: Partial<FormPayload> = {}, extra = {}) =>
  fixtureMessage('f2', { kind: 'form', src: '21', header: '请输入您的手机号', type: 0, items: [], ...p }, extra)

async function type(w: any, value: string): Promise<HTMLInputElement> {
  const input = w.find('input').element as HTMLInputElement
  input.value = value
  await fire(input, 'input')
  return input
}

describe(`given an options form (${vueLabel})`, () => {
  it('draws the options as buttons and answers with the chosen one', async () => {
    const ctx = makeContext()
    const w = mountRenderer(FormMessage, optionsForm(), ctx)
    const buttons = all(w, 'button')
    expect(buttons.map((b) => b.find('.kefu-choice__label').text())).toEqual(['苹果', '西瓜', '草莓'])
    await buttons[1].trigger('click')
    expect(ctx.actions.answerForm).toHaveBeenCalledWith('f1', '西瓜')
    unmount(w)
  })

  it('shows the answer and locks once answered', () => {
    const w = mountRenderer(FormMessage, optionsForm({ selected: { content: '苹果' } }))
    for (const b of all(w, 'button')) expect(b.attributes('disabled')).toBeDefined()
    expect(all(w, 'button')[0].classes()).toContain('kefu-choice--chosen')
    expect(w.find('.kefu-choice-status').text()).toBe('You chose: 苹果')
    unmount(w)
  })

  it('shows a pending answer as being sent', () => {
    const w = mountRenderer(FormMessage, optionsForm({ selected: { content: '草莓' } }, { pendingChoice: true }))
    expect(w.find('.kefu-choice-status').text()).toBe('Sending: 草莓…')
    unmount(w)
  })

  describe('without options', () => {
    const warnings = captureWarnings()
    it('draws the placeholder, and tells the developer why', () => {
      const w = mountRenderer(FormMessage, optionsForm({ items: [] }))
      expect(w.text()).toContain('This message type is not supported')
      expect(warnings()).toEqual([expect.stringContaining("reached a renderer that cannot draw a 'form' payload")])
      unmount(w)
    })
  })
})

describe(`given a text form (${vueLabel})`, () => {
  it('has a labelled input and a labelled submit button', () => {
    const w = mountRenderer(FormMessage, textForm())
    const input = w.find('input')
    const label = w.find('label')
    expect(label.text()).toBe('Your answer')
    expect(label.attributes('for')).toBe(input.attributes('id'))
    expect(input.attributes('aria-describedby')).toContain(w.find('.kefu-card__header').attributes('id'))
    const button = w.find('button')
    expect(button.text()).toBe('Submit')
    expect(button.attributes('type')).toBe('button')
    unmount(w)
  })

  it('submits the trimmed answer with Enter and clears the field', async () => {
    const ctx = makeContext()
    const w = mountRenderer(FormMessage, textForm(), ctx)
    const input = await type(w, '  13800000000 ')
    const event = await key(input, 'keydown', { key: 'Enter', keyCode: 13 })
    expect(ctx.actions.answerForm).toHaveBeenCalledWith('f2', '13800000000')
    expect(event.defaultPrevented).toBe(true)
    expect((w.find('input').element as HTMLInputElement).value).toBe('')
    unmount(w)
  })

  it('submits with the button', async () => {
    const ctx = makeContext()
    const w = mountRenderer(FormMessage, textForm(), ctx)
    await type(w, '桃子')
    await w.find('button').trigger('click')
    expect(ctx.actions.answerForm).toHaveBeenCalledWith('f2', '桃子')
    unmount(w)
  })

  it('does not submit on an Enter that an input method is composing with', async () => {
    const ctx = makeContext()
    const w = mountRenderer(FormMessage, textForm(), ctx)
    const input = await type(w, 'tao zi')
    // Chrome/Firefox: isComposing
    await key(input, 'keydown', { key: 'Enter', isComposing: true, keyCode: 13 })
    // Safari: the Enter that ends composition arrives with keyCode 229
    await key(input, 'keydown', { key: 'Enter', keyCode: 229 })
    // any browser: between compositionstart and compositionend
    await fire(input, 'compositionstart')
    await key(input, 'keydown', { key: 'Enter', keyCode: 13 })
    expect(ctx.actions.answerForm).not.toHaveBeenCalled()
    await fire(input, 'compositionend')
    await type(w, '桃子')
    await key(input, 'keydown', { key: 'Enter', keyCode: 13 })
    expect(ctx.actions.answerForm).toHaveBeenCalledTimes(1)
    expect(ctx.actions.answerForm).toHaveBeenCalledWith('f2', '桃子')
    unmount(w)
  })

  it('refuses an empty answer with a message tied to the input, and keeps focus there', async () => {
    const ctx = makeContext()
    const w = mountRenderer(FormMessage, textForm(), ctx)
    await type(w, '   ')
    await w.find('button').trigger('click')
    expect(ctx.actions.answerForm).not.toHaveBeenCalled()
    const alert = w.find('[role="alert"]')
    expect(alert.text()).toBe('Please type an answer first.')
    const input = w.find('input')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')).toContain(alert.attributes('id'))
    expect(document.activeElement).toBe(input.element)
    // typing clears the complaint
    await type(w, 'a')
    expect(w.find('[role="alert"]').exists()).toBe(false)
    unmount(w)
  })

  it('keeps the text and shows the reason when the engine refuses', async () => {
    const ctx = makeContext()
    ctx.actions.answerForm.mockReturnValue({ ok: false, error: { code: 'tooLong', message: 'x' } })
    const w = mountRenderer(FormMessage, textForm(), ctx)
    await type(w, 'x'.repeat(10))
    await w.find('button').trigger('click')
    expect(w.find('[role="alert"]').text()).toBe('That is too long. Please shorten it.')
    expect((w.find('input').element as HTMLInputElement).value).toBe('x'.repeat(10))
    unmount(w)
  })

  it('ignores other keys', async () => {
    const ctx = makeContext()
    const w = mountRenderer(FormMessage, textForm(), ctx)
    const input = await type(w, 'abc')
    await key(input, 'keydown', { key: 'a', keyCode: 65 })
    expect(ctx.actions.answerForm).not.toHaveBeenCalled()
    unmount(w)
  })

  it('shows the answer instead of the field once answered', () => {
    const w = mountRenderer(FormMessage, textForm({ selected: { content: '桃子' } }))
    expect(w.find('input').exists()).toBe(false)
    expect(w.find('button').exists()).toBe(false)
    expect(w.find('.kefu-form__answer').text()).toBe('Your answer: 桃子')
    unmount(w)
  })

  it('shows a pending answer as being sent', async () => {
    const w = mountRenderer(FormMessage, textForm({ selected: { content: '桃子' } }, { pendingChoice: true }))
    await nextTick()
    expect(w.find('.kefu-form__answer').text()).toBe('Sending your answer: 桃子…')
    unmount(w)
  })
})

describe(`given forms on a real engine (${vueLabel})`, () => {
  it('typing an answer and pressing Enter sends it as text and locks the form on it', async () => {
    const live = await mountLive(FormMessage, { customerServicePlugin: 0, src: '21', content: { header: '你的名字?', type: 0 } })
    const input = await type(live.wrapper, '小明')
    await key(input, 'keydown', { key: 'Enter', keyCode: 13 })
    await live.settle()
    expect(live.transport.deliveredTexts()).toEqual(['小明'])
    expect(live.wrapper.find('.kefu-form__answer').text()).toBe('Your answer: 小明')
    unmount(live.wrapper)
  })

  it('choosing an option sends it as text', async () => {
    const live = await mountLive(FormMessage, {
      customerServicePlugin: 0, src: '21', content: { header: '你喜欢吃什么?', type: 1, items: [{ content: '苹果' }, { content: '西瓜' }] },
    })
    await all(live.wrapper, 'button')[1].trigger('click')
    await live.settle()
    expect(live.transport.deliveredTexts()).toEqual(['西瓜'])
    expect(live.wrapper.find('.kefu-choice-status').text()).toBe('You chose: 西瓜')
    unmount(live.wrapper)
  })
})
