// Task-flow form (src 33): a small card with the form's title and one button — "Fill in" while
// the node is open, "View" once submitted or closed — that opens an accessible dialog (a bottom
// sheet on a phone): text fields with their placeholders, single-choice groups, required marks,
// per-field errors; Submit is refused while a required field is empty. After submitting (or when
// `nodeStatus` ≠ 0) the dialog is a read-only list of the answers. Submitting goes through
// `submitTaskForm`; what was typed stays in the dialog until it is accepted.
import { defineComponent, nextTick, ref, shallowRef } from 'vue-demi'
import { hc } from '../../vue/compat'
import { rendererProps } from '../types'
import type { TaskFormPayload, TaskFormVariable } from '../../protocol/types'
import { actionErrorText, arr, payloadOf, runAction, str } from '../_shared/context'
import { renderCardError } from '../_shared/choices'
import { checkIcon } from '../_shared/icons'
import { uniqueId } from '../_shared/ids'
import { KefuDialog } from '../_shared/dialog'
import { renderUnsupported } from '../unsupported/UnsupportedMessage'
import './taskForm.css'
import { byId } from '../_shared/dom'
import { laterEnglish } from '../../i18n/enLater'

// the English strings this part draws come with it (see i18n/enLater.ts)
laterEnglish()

/** The submitted values, when the engine recorded them (`payload.submittedValues`). */
function submittedOf(p: TaskFormPayload): Record<string, string> | undefined {
  const v = (p as { submittedValues?: unknown }).submittedValues
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string>) : undefined
}

/** The fields worth drawing: named ones, each name once. */
function fieldsOf(p: TaskFormPayload): TaskFormVariable[] {
  const seen = new Set<string>()
  const out: TaskFormVariable[] = []
  for (const f of arr(p.inputVariables)) {
    const name = str(f && f.name)
    if (!name.trim() || seen.has(name)) continue
    seen.add(name)
    out.push(f)
  }
  return out
}

/** Draws a `taskForm` message (src 33). */
export const TaskFormMessage = defineComponent({
  name: 'KefuTaskFormMessage',
  props: rendererProps,
  setup(props) {
    const baseId = uniqueId('task-form')
    const open = ref(false)
    const values = shallowRef<Record<string, string>>({})
    const errors = shallowRef<Record<string, string>>({})
    const formError = ref('')
    let opener: HTMLElement | null = null

    function openDialog(e: Event): void {
      opener = (e.currentTarget as HTMLElement | null) || null
      const p = payloadOf(props.message, 'taskForm')
      if (p && !Object.keys(values.value).length) {
        // start from what the service prefilled
        const initial: Record<string, string> = {}
        for (const f of fieldsOf(p)) initial[f.name] = str(f.variableValue)
        values.value = initial
      }
      errors.value = {}
      formError.value = ''
      open.value = true
    }
    function close(): void { open.value = false }

    function setValue(name: string, value: string): void {
      values.value = { ...values.value, [name]: value }
      if (errors.value[name] && value.trim()) {
        const next = { ...errors.value }
        delete next[name]
        errors.value = next
      }
    }

    function fieldId(index: number): string { return `${baseId}-f${index}` }

    function submit(p: TaskFormPayload): void {
      const t = props.context.t
      const fields = fieldsOf(p)
      const missing: Record<string, string> = {}
      fields.forEach((f) => {
        if (f.isRequired && !str(values.value[f.name]).trim()) missing[f.name] = t('desk.taskForm.fieldEmpty', { name: f.name })
      })
      errors.value = missing
      if (Object.keys(missing).length) {
        formError.value = t('desk.taskForm.fixErrors')
        const index = fields.findIndex((f) => missing[f.name])
        nextTick(() => {
          const el = byId(fieldId(index))
          const target = el && el.tagName === 'FIELDSET' ? el.querySelector<HTMLElement>('input') : el
          if (target) target.focus()
        })
        return
      }
      const out: Record<string, string> = {}
      for (const f of fields) out[f.name] = str(values.value[f.name]).trim()
      const result = runAction(() => props.context.actions.submitTaskForm(props.message.id, out))
      if (result.ok) {
        formError.value = ''
        open.value = false
      } else {
        formError.value = actionErrorText(t, result.error)
      }
    }

    function renderField(f: TaskFormVariable, index: number): any {
      const t = props.context.t
      const id = fieldId(index)
      const errId = `${id}-error`
      const err = errors.value[f.name]
      const required = !!f.isRequired
      const mark = required
        ? [hc('span', { class: 'kefu-task-form__required', attrs: { 'aria-hidden': 'true' } }, '*'),
          hc('span', { class: 'kefu-sr-only' }, `(${t('desk.taskForm.required')})`)]
        : []
      const choices = arr(f.chooseItemList).map(str).filter((c) => c.trim())
      if (f.formType === 1 && choices.length) {
        return hc('fieldset', {
          key: f.name,
          class: 'kefu-task-form__field kefu-task-form__group',
          attrs: { id, 'aria-describedby': err ? errId : undefined, 'aria-invalid': err ? 'true' : undefined, 'aria-required': required ? 'true' : undefined },
        }, [
          hc('legend', { class: 'kefu-task-form__label', attrs: { dir: 'auto' } }, [str(f.name), ...mark]),
          ...choices.map((c, ci) => hc('label', { key: ci, class: 'kefu-task-form__radio' }, [
            hc('input', {
              attrs: { type: 'radio', name: `${id}-r`, value: c },
              domProps: { checked: values.value[f.name] === c },
              on: { change: () => setValue(f.name, c) },
            }),
            hc('span', {}, c),
          ])),
          err ? hc('p', { class: 'kefu-task-form__error', attrs: { id: errId } }, err) : null,
        ])
      }
      return hc('div', { key: f.name, class: 'kefu-task-form__field' }, [
        hc('label', { class: 'kefu-task-form__label', attrs: { for: id, dir: 'auto' } }, [str(f.name), ...mark]),
        hc('input', {
          class: 'kefu-task-form__input',
          attrs: {
            id,
            type: 'text',
            autocomplete: 'off',
            placeholder: str(f.placeholder) || undefined,
            'aria-required': required ? 'true' : undefined,
            'aria-invalid': err ? 'true' : undefined,
            'aria-describedby': err ? errId : undefined,
          },
          domProps: { value: values.value[f.name] ?? '' },
          on: { input: (e: Event) => setValue(f.name, (e.target as HTMLInputElement).value) },
        }),
        err ? hc('p', { class: 'kefu-task-form__error', attrs: { id: errId } }, err) : null,
      ])
    }

    function renderEditable(p: TaskFormPayload): any {
      const t = props.context.t
      const fields = fieldsOf(p)
      return hc('form', {
        class: 'kefu-task-form__form',
        attrs: { novalidate: '' },
        on: { submit: (e: Event) => { e.preventDefault(); submit(p) } },
      }, [
        fields.length ? null : hc('p', { class: 'kefu-card__text' }, t('desk.taskForm.noFields')),
        ...fields.map(renderField),
        formError.value ? renderCardError(formError.value) : null,
        hc('div', { class: 'kefu-task-form__actions' }, [
          hc('button', { class: 'kefu-button kefu-button--secondary', attrs: { type: 'button' }, on: { click: close } }, t('desk.taskForm.cancel')),
          hc('button', { class: 'kefu-button', attrs: { type: 'submit', 'data-kefu-task-form-submit': '' } }, t('desk.taskForm.submit')),
        ]),
      ])
    }

    function renderReadOnly(p: TaskFormPayload): any {
      const t = props.context.t
      const submitted = submittedOf(p)
      const fields = fieldsOf(p)
      return hc('div', { class: 'kefu-task-form__view' }, [
        fields.length
          ? hc('dl', { class: 'kefu-task-form__values' }, fields.map((f) => {
            const v = str(submitted ? submitted[f.name] : f.variableValue).trim()
            return hc('div', { key: f.name, class: 'kefu-task-form__value-row' }, [
              hc('dt', {}, str(f.name)),
              hc('dd', { class: v ? undefined : 'kefu-task-form__no-value' }, v || t('desk.taskForm.noValue')),
            ])
          }))
          : hc('p', { class: 'kefu-card__text' }, t('desk.taskForm.noFields')),
        hc('div', { class: 'kefu-task-form__actions' }, [
          hc('button', { class: 'kefu-button', attrs: { type: 'button' }, on: { click: close } }, t('desk.taskForm.close')),
        ]),
      ])
    }

    return () => {
      const t = props.context.t
      const p = payloadOf(props.message, 'taskForm')
      if (!p) return renderUnsupported(props.message, t)
      const submitted = !!submittedOf(p) || !!props.message.pendingChoice || p.nodeStatus === 2
      // A form without `nodeStatus` is editable. PROTOCOL-DESK.md §3.2 ([seen]) records that the kits
      // disagree: Android reads a missing value as 0 (editable), Flutter as 2 (read-only). We follow
      // Android, as the engine's submitTaskForm does: a read-only card would leave the customer stuck
      // in the flow with no way on, while an editable one at worst sends values the backend ignores.
      const closed = typeof p.nodeStatus === 'number' && p.nodeStatus !== 0
      const readOnly = submitted || closed
      const title = str(p.tip).trim() || t('desk.taskForm.titleFallback')
      const titleId = `${baseId}-title`
      const state = submitted ? t('desk.taskForm.submitted') : closed ? t('desk.taskForm.closed') : ''
      return hc('div', {
        class: ['kefu-card', 'kefu-task-form', { 'kefu-task-form--done': readOnly }],
        attrs: { role: 'group', 'aria-labelledby': titleId },
      }, [
        hc('div', { class: 'kefu-task-form__card' }, [
          hc('span', { class: ['kefu-task-form__icon', { 'kefu-task-form__icon--done': submitted }], attrs: { 'aria-hidden': 'true' } },
            submitted ? [checkIcon()] : [hc('span', { class: 'kefu-task-form__icon-lines' })]),
          hc('div', { class: 'kefu-task-form__text' }, [
            hc('p', { class: 'kefu-card__header', attrs: { id: titleId, dir: 'auto' } }, title),
            state ? hc('p', { class: 'kefu-task-form__state' }, state) : null,
          ]),
        ]),
        hc('button', {
          class: ['kefu-button', { 'kefu-button--secondary': readOnly }],
          attrs: { type: 'button', 'aria-haspopup': 'dialog', 'aria-describedby': titleId, 'data-kefu-task-form-open': '' },
          on: { click: openDialog },
        }, readOnly ? t('desk.taskForm.view') : t('desk.taskForm.fill')),
        open.value
          ? hc(KefuDialog, {
            props: { title, closeLabel: t('desk.taskForm.close'), onClose: close, returnFocus: opener, panelClass: 'kefu-task-form__dialog' },
            slots: { default: () => [readOnly ? renderReadOnly(p) : renderEditable(p)] },
          })
          : null,
      ])
    }
  },
})
