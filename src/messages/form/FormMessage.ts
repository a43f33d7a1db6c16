// Form (src 21). Type 1: the options as buttons, like a branch menu. Type 0: a labelled text
// field and a labelled submit button; Enter submits, except while an input method is composing
// (Chinese, Japanese, Korean input commit candidates with Enter — submitting then would send
// half-typed pinyin). An empty answer is refused with a message. Once answered (now, or earlier
// as recorded in `selected`) the form shows the answer and locks.
import { defineComponent, ref } from 'vue-demi'
import { hc } from '../../vue/compat'
import { rendererProps } from '../types'
import type { MenuItem } from '../../protocol/types'
import { actionErrorText, arr, payloadOf, runAction, str } from '../_shared/context'
import { renderCardError, renderChoiceList, renderChoiceStatus } from '../_shared/choices'
import { uniqueId } from '../_shared/ids'
import { renderUnsupported } from '../unsupported/UnsupportedMessage'
import './form.css'
import { byId } from '../_shared/dom'
import { laterEnglish } from '../../i18n/enLater'

// the English strings this part draws come with it (see i18n/enLater.ts)
laterEnglish()

/** keyCode browsers report for a key the input method handles (Safari: also the Enter that ends composition). */
const IME_KEY_CODE = 229

/** Draws a `form` message (src 21). */
export const FormMessage = defineComponent({
  name: 'KefuFormMessage',
  props: rendererProps,
  setup(props) {
    const headerId = uniqueId('form')
    const inputId = uniqueId('form-input')
    const errorId = uniqueId('form-error')
    const draft = ref('')
    const error = ref('')
    // compositionstart/end: the one signal every browser gives, whatever it does with isComposing
    let composing = false

    function send(answer: string): void {
      const result = runAction(() => props.context.actions.answerForm(props.message.id, answer))
      if (result.ok) {
        draft.value = ''
        error.value = ''
      } else {
        error.value = actionErrorText(props.context.t, result.error)
      }
    }

    function submitText(): void {
      const answer = draft.value.trim()
      if (!answer) {
        error.value = props.context.t('messages.form.empty')
        // keep the keyboard where the fix is
        const input = byId(inputId)
        if (input) input.focus()
        return
      }
      send(answer)
    }

    function onKeydown(e: KeyboardEvent): void {
      if (e.key !== 'Enter' && e.keyCode !== 13) return
      if (composing || e.isComposing || e.keyCode === IME_KEY_CODE) return
      e.preventDefault()
      submitText()
    }

    function renderTextForm(locked: boolean): any {
      const t = props.context.t
      const invalid = !!error.value
      return hc('div', { class: 'kefu-form__field' }, [
        hc('label', { class: 'kefu-form__label', attrs: { for: inputId } }, t('messages.form.inputLabel')),
        hc('div', { class: 'kefu-form__row' }, [
          hc('input', {
            class: 'kefu-form__input',
            attrs: {
              id: inputId,
              type: 'text',
              autocomplete: 'off',
              enterkeyhint: 'send',
              placeholder: t('messages.form.placeholder'),
              'aria-describedby': [headerId, invalid ? errorId : ''].filter(Boolean).join(' '),
              'aria-invalid': invalid ? 'true' : undefined,
              disabled: locked || undefined,
            },
            domProps: { value: draft.value },
            on: {
              input: (e: Event) => {
                draft.value = (e.target as HTMLInputElement).value
                if (error.value && draft.value.trim()) error.value = ''
              },
              keydown: onKeydown,
              compositionstart: () => { composing = true },
              compositionend: () => { composing = false },
            },
          }),
          hc('button', {
            class: 'kefu-button',
            attrs: { type: 'button', disabled: locked || undefined },
            on: { click: submitText },
          }, t('messages.form.submit')),
        ]),
        invalid ? renderCardError(error.value, errorId) : null,
      ])
    }

    return () => {
      const t = props.context.t
      const p = payloadOf(props.message, 'form')
      if (!p) return renderUnsupported(props.message, t)
      const items = arr(p.items)
      const isOptions = p.type === 1
      if (isOptions && items.length === 0) return renderUnsupported(props.message, t)
      const answer = p.selected && str(p.selected.content).trim() ? str(p.selected.content) : undefined
      const pending = !!props.message.pendingChoice
      const locked = answer !== undefined || pending
      const header = str(p.header).trim()

      let body: any
      if (isOptions) {
        body = [
          renderChoiceList({
            items,
            chosen: answer,
            pending,
            locked,
            labelledBy: header ? headerId : undefined,
            className: 'kefu-form__options',
            t,
            onChoose: (item: MenuItem) => send(item.content),
          }),
          answer !== undefined ? renderChoiceStatus(t, answer, pending) : null,
          error.value && !locked ? renderCardError(error.value) : null,
        ]
      } else if (answer !== undefined) {
        body = [hc('p', { class: ['kefu-form__answer', { 'kefu-form__answer--pending': pending }] },
          t(pending ? 'messages.form.sending' : 'messages.form.answered', { answer }))]
      } else {
        body = [renderTextForm(locked)]
      }

      return hc('div', {
        class: ['kefu-card', 'kefu-form', isOptions ? 'kefu-form--options' : 'kefu-form--text', { 'kefu-form--locked': locked }],
        attrs: { role: 'group', 'aria-labelledby': header ? headerId : undefined },
      }, [
        header ? hc('p', { class: 'kefu-card__header', attrs: { id: headerId, dir: 'auto' } }, header) : null,
        ...body,
      ])
    }
  },
})
