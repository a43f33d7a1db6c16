import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue-demi'
import { TaskFormMessage } from './TaskFormMessage'
import { fixtureMessage } from '../_shared/fixture'
import { fire, key, makeContext, mountRenderer, unmount } from '../../testing/renderers'
import { vueLabel } from '../../testing/mount'
import type { TaskFormPayload } from '../../protocol/types'

const FIELDS: TaskFormPayload['inputVariables'] = [
  { name: 'Phone', type: 'string', formType: 0, placeholder: '11 digits', isRequired: true, variableValue: '', chooseItemList: [] },
  { name: 'Best time', type: 'string', formType: 1, placeholder: '', isRequired: false, variableValue: '', chooseItemList: ['Morning', 'Afternoon'] },
]
const form = (p: Partial<TaskFormPayload> = {}, extra: Record<string, unknown> = {}) =>
  fixtureMessage('f1', { kind: 'taskForm', src: '33', nodeStatus: 0, tip: 'How to reach you', inputVariables: FIELDS, ...p, ...extra } as TaskFormPayload)

const tick = async () => { await nextTick(); await nextTick(); await new Promise((r) => setTimeout(r, 0)) }
const dialog = () => document.querySelector('[role="dialog"]') as HTMLElement | null

async function openForm(w: any): Promise<HTMLElement> {
  const opener = w.find('[data-kefu-task-form-open]')
  ;(opener.element as HTMLElement).focus()
  await opener.trigger('click')
  await tick()
  return dialog()!
}

async function input(el: HTMLInputElement, value: string): Promise<void> {
  el.value = value
  await fire(el, 'input')
}

describe(`given a task-flow form (${vueLabel})`, () => {
  it('is a card with "Fill in" that opens a labelled modal dialog with the focus inside', async () => {
    const w = mountRenderer(TaskFormMessage, form())
    expect(w.find('.kefu-card__header').text()).toBe('How to reach you')
    expect(w.find('[data-kefu-task-form-open]').text()).toBe('Fill in')
    expect(dialog()).toBeNull()
    const d = await openForm(w)
    expect(d.getAttribute('aria-modal')).toBe('true')
    const title = document.getElementById(d.getAttribute('aria-labelledby')!)
    expect(title!.textContent).toBe('How to reach you')
    const phone = d.querySelector('input[type="text"]') as HTMLInputElement
    expect(document.activeElement).toBe(phone)
    expect(phone.getAttribute('placeholder')).toBe('11 digits')
    expect(phone.getAttribute('aria-required')).toBe('true')
    expect(d.querySelector(`label[for="${phone.id}"]`)!.textContent).toContain('Phone')
    expect(d.querySelectorAll('input[type="radio"]')).toHaveLength(2)
    expect(d.querySelector('fieldset legend')!.textContent).toBe('Best time')
    unmount(w)
  })

  it('keeps Tab inside, closes on Escape and gives the focus back to the opener', async () => {
    const w = mountRenderer(TaskFormMessage, form())
    const d = await openForm(w)
    const buttons = Array.from(d.querySelectorAll('button')) as HTMLButtonElement[]
    const last = buttons[buttons.length - 1]!
    last.focus()
    const ev = await key(last, 'keydown', { key: 'Tab' })
    expect(ev.defaultPrevented).toBe(true)
    expect(d.contains(document.activeElement)).toBe(true)
    await key(document.activeElement!, 'keydown', { key: 'Escape' })
    await tick()
    expect(dialog()).toBeNull()
    expect(document.activeElement).toBe(w.find('[data-kefu-task-form-open]').element)
    unmount(w)
  })

  it('refuses to submit while a required field is empty, with a per-field error, and keeps what was typed', async () => {
    const ctx = makeContext()
    const w = mountRenderer(TaskFormMessage, form(), ctx)
    const d = await openForm(w)
    ;(d.querySelector('input[value="Afternoon"]') as HTMLInputElement).click()
    await tick()
    ;(d.querySelector('[data-kefu-task-form-submit]') as HTMLButtonElement).click()
    await tick()
    expect(ctx.actions.submitTaskForm).not.toHaveBeenCalled()
    const phone = d.querySelector('input[type="text"]') as HTMLInputElement
    expect(phone.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById(phone.getAttribute('aria-describedby')!)!.textContent).toBe('Phone cannot be empty')
    expect(document.activeElement).toBe(phone)
    expect((d.querySelector('input[value="Afternoon"]') as HTMLInputElement).checked).toBe(true)
    await input(phone, ' 13800001234 ')
    expect(phone.getAttribute('aria-invalid')).toBeNull()
    ;(d.querySelector('[data-kefu-task-form-submit]') as HTMLButtonElement).click()
    await tick()
    expect(ctx.actions.submitTaskForm).toHaveBeenCalledWith('f1', { Phone: '13800001234', 'Best time': 'Afternoon' })
    expect(dialog()).toBeNull()
    unmount(w)
  })

  it('keeps the dialog and the values when the engine refuses', async () => {
    const ctx = makeContext()
    ctx.actions.submitTaskForm.mockReturnValue({ ok: false, error: { code: 'notStarted', message: 'x' } })
    const w = mountRenderer(TaskFormMessage, form(), ctx)
    const d = await openForm(w)
    const phone = d.querySelector('input[type="text"]') as HTMLInputElement
    await input(phone, '123')
    ;(d.querySelector('[data-kefu-task-form-submit]') as HTMLButtonElement).click()
    await tick()
    expect(dialog()).not.toBeNull()
    expect(dialog()!.querySelector('[role="alert"]')!.textContent).toBe('The conversation hasn’t started yet. Try again in a moment.')
    expect((dialog()!.querySelector('input[type="text"]') as HTMLInputElement).value).toBe('123')
    unmount(w)
  })

  it('after submitting shows "View": a read-only list of the answers, no Submit', async () => {
    const w = mountRenderer(TaskFormMessage, form({}, { submittedValues: { Phone: '138', 'Best time': '' } }))
    expect(w.find('[data-kefu-task-form-open]').text()).toBe('View')
    expect(w.find('.kefu-task-form__state').text()).toBe('Submitted')
    const d = await openForm(w)
    expect(d.querySelector('input')).toBeNull()
    expect(d.querySelector('[data-kefu-task-form-submit]')).toBeNull()
    expect(Array.from(d.querySelectorAll('dt')).map((e) => e.textContent)).toEqual(['Phone', 'Best time'])
    expect(Array.from(d.querySelectorAll('dd')).map((e) => e.textContent)).toEqual(['138', '(not filled in)'])
    unmount(w)
  })

  it('is read-only when nodeStatus is not 0', async () => {
    const w = mountRenderer(TaskFormMessage, form({ nodeStatus: 1 }))
    expect(w.find('[data-kefu-task-form-open]').text()).toBe('View')
    const d = await openForm(w)
    expect(d.querySelector('input')).toBeNull()
    unmount(w)
  })

  it('is editable when nodeStatus is missing (the Android kit’s reading; see the comment in the renderer)', async () => {
    const w = mountRenderer(TaskFormMessage, form({ nodeStatus: undefined }))
    expect(w.find('[data-kefu-task-form-open]').text()).toBe('Fill in')
    const d = await openForm(w)
    expect(d.querySelector('input[type="text"]')).not.toBeNull()
    expect(d.querySelector('[data-kefu-task-form-submit]')).not.toBeNull()
    unmount(w)
  })
})
