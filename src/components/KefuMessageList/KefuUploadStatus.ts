// The status line under the customer's own attachment while it is not sent: a progress bar and a
// Cancel button while it uploads; for one whose bytes were not kept across a reload, its name and
// size and "Choose the file again" (a real file input). A failed upload that still has its bytes
// gets the row's ordinary Retry. In the row's status area, not in the renderers: every renderer
// (image, file card, video, audio) gets the same controls.
import { defineComponent, type PropType } from 'vue-demi'
import { formatBytes } from '../../i18n'
import type { RenderContext } from '../../messages/types'
import type { ChatMessage } from '../../protocol/engine/types'
import { hc, useElementRef } from '../../vue/compat'
import { useActionFeedback } from '../../vue/useActionFeedback'
import './KefuUploadStatus.css'
import { laterEnglish } from '../../i18n/enLater'

// the English strings this part draws come with it (see i18n/enLater.ts)
laterEnglish()

export { hasUploadStatus } from './uploadStatusRules'

export const KefuUploadStatus = defineComponent({
  name: 'KefuUploadStatus',
  props: {
    message: { type: Object as PropType<ChatMessage>, required: true as const },
    context: { type: Object as PropType<RenderContext>, required: true as const },
  },
  setup(props) {
    const feedback = useActionFeedback({ t: (key, params) => props.context.t(key, params) })
    const input = useElementRef<HTMLInputElement>('file')
    const unsupported = () => ({ ok: false as const, error: { code: 'unsupported' as const, message: 'This engine cannot send attachments.' } })

    const cancel = () => {
      const actions = props.context.actions
      feedback.run(() => (actions.cancelUpload ? actions.cancelUpload(props.message.id) : unsupported()))
    }
    const choose = () => input.value?.click()
    const chosen = (e: Event) => {
      const el = e.target as HTMLInputElement
      const file = el.files && el.files[0]
      if (!file) return
      const actions = props.context.actions
      feedback.run(() => (actions.retryUpload ? actions.retryUpload(props.message.id, file) : unsupported()))
      // the same file may be chosen again after a refusal
      el.value = ''
    }

    return () => {
      const m = props.message
      const up = m.upload
      if (!up) return null
      const t = props.context.t
      const error = feedback.error.value ? hc('span', { class: 'kefu-upload__error', attrs: { role: 'alert' } }, feedback.error.value) : null
      if (m.status === 'failed' && up.lost) {
        return hc('div', { class: 'kefu-row__status kefu-row__status--failed kefu-upload kefu-upload--lost', attrs: { 'data-kefu-upload': 'lost' } }, [
          hc('span', { class: 'kefu-row__failed' }, [
            hc('span', { class: 'kefu-row__failed-icon', attrs: { 'aria-hidden': 'true' } }, '!'),
            t('upload.lost', { name: up.name, size: formatBytes(props.context.locale, up.size) }),
          ]),
          hc('button', {
            class: 'kefu-row__retry kefu-upload__choose',
            attrs: { type: 'button', 'aria-label': t('upload.chooseAgainLabel', { name: up.name }) },
            on: { click: choose },
          }, t('upload.chooseAgain')),
          hc('input', {
            ref: input.bind,
            class: 'kefu-upload__input',
            attrs: { type: 'file', accept: up.mime || undefined, tabindex: '-1', 'aria-hidden': 'true' },
            on: { change: chosen },
          }),
          error,
        ])
      }
      const percent = Math.round(Math.min(1, Math.max(0, up.progress)) * 100)
      return hc('div', { class: 'kefu-row__status kefu-upload', attrs: { 'data-kefu-upload': 'sending' } }, [
        hc('div', {
          class: 'kefu-upload__bar',
          attrs: {
            role: 'progressbar',
            'aria-label': t('upload.progress', { percent }),
            'aria-valuemin': 0,
            'aria-valuemax': 100,
            'aria-valuenow': percent,
          },
        }, [hc('span', { class: 'kefu-upload__fill', style: { width: `${percent}%` } })]),
        hc('span', { class: 'kefu-upload__percent', attrs: { 'aria-hidden': 'true' } }, `${percent}%`),
        hc('button', {
          class: 'kefu-row__retry kefu-upload__cancel',
          attrs: { type: 'button', 'aria-label': t('upload.cancelLabel', { name: up.name }) },
          on: { click: cancel },
        }, t('upload.cancel')),
        error,
      ])
    }
  },
})
