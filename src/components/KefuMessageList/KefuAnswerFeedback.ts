// Under an AI answer: the "AI-generated" label, and thumbs up / down. Thumbs up sends at once;
// thumbs down opens a small dialog with reason tags (the six defaults, or the host's) and free
// text. Feedback goes once per answer: afterwards the choice stays visible (pressed, and said in
// words), and a failed send gets a Retry like any other message (`retry(feedback.messageId)`).
import { defineComponent, ref, shallowRef } from 'vue-demi'
import { actionErrorText, runAction } from '../../messages/_shared/context'
import { KefuDialog } from '../../messages/_shared/dialog'
import { thumbIcon } from '../../messages/_shared/lazyIcons'
import { uniqueId } from '../../messages/_shared/ids'
import type { AnswerFeedback } from '../../messages/types'
import type { ChatMessage } from '../../protocol/engine/types'
import { answerFeedbackProps, offersFeedback, showsAiLabel } from './answerFeedbackRules'
import { hc } from '../../vue/compat'
import './KefuAnswerFeedback.css'
import { laterEnglish } from '../../i18n/enLater'

// the English strings this part draws come with it (see i18n/enLater.ts)
laterEnglish()

/** What the engine records per answer (`state.feedback[answerId]`). */
export interface RowFeedbackState {
  helpful: boolean
  status: 'sending' | 'sent' | 'failed'
  /** the outgoing feedback message's id (what `retry` takes) */
  messageId: string
}

/** The six built-in thumbs-down reasons, as string keys. */
export const DEFAULT_FEEDBACK_REASON_KEYS = [
  'desk.feedback.reason.irrelevant',
  'desk.feedback.reason.notFound',
  'desk.feedback.reason.wrong',
  'desk.feedback.reason.context',
  'desk.feedback.reason.format',
  'desk.feedback.reason.incomplete',
] as const

export { showsAiLabel, offersFeedback } from './answerFeedbackRules'

export const KefuAnswerFeedback = defineComponent({
  name: 'KefuAnswerFeedback',
  props: answerFeedbackProps,
  setup(props) {
    const id = uniqueId('feedback')
    const dialogOpen = ref(false)
    const picked = shallowRef<string[]>([])
    const comment = ref('')
    const error = ref('')
    /** what this view sent, until the engine's state says so (and if the engine keeps no state) */
    const local = shallowRef<RowFeedbackState | null>(null)
    let downButton: HTMLElement | null = null

    const t = (k: string, p?: Record<string, string | number>) => props.context.t(k, p)
    const reasonList = (): string[] => {
      const own = Array.isArray(props.reasons) ? props.reasons.map((r) => String(r).trim()).filter(Boolean) : []
      return own.length ? own : DEFAULT_FEEDBACK_REASON_KEYS.map((k) => t(k))
    }

    function send(feedback: AnswerFeedback): boolean {
      const result = runAction(() => props.context.actions.sendFeedback(props.message.id, feedback))
      if (!result.ok) {
        error.value = actionErrorText(props.context.t, result.error)
        return false
      }
      error.value = ''
      const sent = result.value as ChatMessage | undefined
      local.value = { helpful: feedback.helpful, status: 'sent', messageId: sent && sent.id ? sent.id : '' }
      return true
    }

    function up(): void { send({ helpful: true }) }
    function openDown(e: Event): void {
      downButton = (e.currentTarget as HTMLElement | null) || null
      error.value = ''
      dialogOpen.value = true
    }
    function closeDown(): void { dialogOpen.value = false }
    function submitDown(): void {
      const reasons = picked.value.slice()
      const text = comment.value.trim()
      const ok = send({ helpful: false, reasons, ...(text ? { comment: text } : {}) })
      if (ok) {
        dialogOpen.value = false
        picked.value = []
        comment.value = ''
      }
    }
    function toggle(reason: string, on: boolean): void {
      const rest = picked.value.filter((r) => r !== reason)
      picked.value = on ? [...rest, reason] : rest
    }
    function retry(entry: RowFeedbackState): void {
      const result = runAction(() => props.context.actions.retry(entry.messageId))
      error.value = result.ok ? '' : actionErrorText(props.context.t, result.error)
    }

    function renderDialog(): any {
      const reasons = reasonList()
      return hc(KefuDialog, {
        props: { title: t('desk.feedback.dialogTitle'), closeLabel: t('desk.feedback.cancel'), onClose: closeDown, returnFocus: downButton, initialFocus: 'input[type="checkbox"]', panelClass: 'kefu-feedback__dialog' },
        slots: {
          default: () => [hc('form', {
            class: 'kefu-feedback__form',
            attrs: { novalidate: '' },
            on: { submit: (e: Event) => { e.preventDefault(); submitDown() } },
          }, [
            hc('fieldset', { class: 'kefu-feedback__reasons' }, [
              hc('legend', { class: 'kefu-sr-only' }, t('desk.feedback.reasons')),
              ...reasons.map((r, i) => hc('label', { key: i, class: ['kefu-feedback__tag', { 'kefu-feedback__tag--on': picked.value.includes(r) }] }, [
                hc('input', {
                  class: 'kefu-feedback__tag-input',
                  attrs: { type: 'checkbox', value: r },
                  domProps: { checked: picked.value.includes(r) },
                  on: { change: (e: Event) => toggle(r, (e.target as HTMLInputElement).checked) },
                }),
                hc('span', {}, r),
              ])),
            ]),
            hc('label', { class: 'kefu-feedback__comment-label', attrs: { for: `${id}-comment` } }, t('desk.feedback.comment')),
            hc('textarea', {
              class: 'kefu-feedback__comment',
              attrs: { id: `${id}-comment`, rows: 3, maxlength: 500, placeholder: t('desk.feedback.commentPlaceholder') },
              domProps: { value: comment.value },
              on: { input: (e: Event) => { comment.value = (e.target as HTMLTextAreaElement).value } },
            }),
            error.value ? hc('p', { class: 'kefu-card-error', attrs: { role: 'alert' } }, error.value) : null,
            hc('div', { class: 'kefu-feedback__actions' }, [
              hc('button', { class: 'kefu-button kefu-button--secondary', attrs: { type: 'button' }, on: { click: closeDown } }, t('desk.feedback.cancel')),
              hc('button', { class: 'kefu-button', attrs: { type: 'submit', 'data-kefu-feedback-submit': '' } }, t('desk.feedback.submit')),
            ]),
          ])],
        },
      })
    }

    return () => {
      const m = props.message
      const label = props.aiLabel && showsAiLabel(m)
      const thumbs = props.feedback && offersFeedback(m)
      if (!label && !thumbs) return null
      const entry = props.state || local.value
      const status = entry ? entry.status : undefined
      const sentChoice = entry ? entry.helpful : undefined
      const locked = !!entry
      const thumb = (helpful: boolean) => hc('button', {
        class: ['kefu-feedback__thumb', { 'kefu-feedback__thumb--on': sentChoice === helpful }],
        attrs: {
          type: 'button',
          'aria-label': t(helpful ? 'desk.feedback.helpful' : 'desk.feedback.notHelpful'),
          'aria-pressed': sentChoice === helpful ? 'true' : 'false',
          'aria-disabled': locked ? 'true' : undefined,
          title: t(helpful ? 'desk.feedback.helpful' : 'desk.feedback.notHelpful'),
          'data-kefu-feedback': helpful ? 'up' : 'down',
        },
        on: { click: (e: Event) => { if (locked) return; if (helpful) up(); else openDown(e) } },
      }, [thumbIcon(!helpful)])

      let line: any = null
      if (status === 'sending') line = hc('span', { class: 'kefu-feedback__status' }, t('desk.feedback.sending'))
      else if (status === 'sent') line = hc('span', { class: 'kefu-feedback__status' }, t(sentChoice ? 'desk.feedback.sentHelpful' : 'desk.feedback.sentNotHelpful'))
      else if (status === 'failed' && entry) {
        line = hc('span', { class: 'kefu-feedback__status kefu-feedback__status--failed' }, [
          t('desk.feedback.failed'),
          entry.messageId
            ? hc('button', {
              class: 'kefu-row__retry',
              // the name starts with the visible text (WCAG 2.5.3, axe label-content-name-mismatch):
              // "Retry" and, for screen readers, what is retried
              attrs: { type: 'button', 'data-kefu-feedback-retry': '' },
              on: { click: () => retry(entry) },
            }, [t('desk.feedback.retry'), hc('span', { class: 'kefu-sr-only' }, ` (${t('desk.feedback.retryLabel')})`)])
            : null,
        ])
      }

      return hc('div', { class: 'kefu-feedback', attrs: { 'data-kefu-feedback-for': m.id } }, [
        label ? hc('p', { class: 'kefu-feedback__ai-label', attrs: { 'data-kefu-ai-label': '' } }, t('desk.aiLabel')) : null,
        thumbs
          ? hc('div', { class: 'kefu-feedback__row', attrs: { role: 'group', 'aria-label': t('desk.feedback.label') } }, [
            thumb(true),
            thumb(false),
            line ? hc('span', { attrs: { role: 'status' } }, [line]) : hc('span', { attrs: { role: 'status' } }),
          ])
          : null,
        error.value && !dialogOpen.value ? hc('p', { class: 'kefu-card-error', attrs: { role: 'alert' } }, error.value) : null,
        dialogOpen.value ? renderDialog() : null,
      ])
    }
  },
})
