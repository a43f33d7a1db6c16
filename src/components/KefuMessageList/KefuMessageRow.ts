// One message in the list: alignment by sender, the group's avatar and name, the date divider,
// delivery status with a real retry. The renderer is drawn behind the chain's first layer, the
// per-message error boundary, so one broken renderer costs one message, never the conversation.
import { defineComponent, provide, watch, type Component, type PropType } from 'vue-demi'
import { RENDER_ERROR_KEY, withErrorBoundary } from '../../messages/boundary'
import { sendErrorText } from '../../messages/_shared/context'
import { isolated, stripDirectionControls } from '../../messages/_shared/bidi'
import { safeImageUrl } from '../../messages/_shared/url'
import { RevokedMessage } from '../../messages/unsupported/RevokedMessage'
import type { RenderContext } from '../../messages/types'
import type { ChatMessage } from '../../protocol/engine/types'
import { hc } from '../../vue/compat'
import { useActionFeedback } from '../../vue/useActionFeedback'
import { MessageErrorPlaceholder } from '../../messages/unsupported/MessageErrorPlaceholder'
import { formatTime, formatRelative, isoTime, validTime } from './layout'
import type { RowFeedbackState } from './KefuAnswerFeedback'
import { answerFeedbackProps, offersFeedback, showsAiLabel } from './answerFeedbackRules'
import { hasUploadStatus } from './uploadStatusRules'
import { lazyComponent } from '../../vue/lazyComponent'

const str = (v: unknown): string => (typeof v === 'string' ? v : '')

// Loaded on first use: the AI label and thumbs (the first AI answer), the attachment status line
// (the first attachment sent or restored). Until then the row draws what it can without them.
const LazyAnswerFeedback = lazyComponent<{ message: ChatMessage; context: RenderContext; aiLabel: boolean; feedback: boolean }>(
  () => import('./KefuAnswerFeedback').then((m) => m.KefuAnswerFeedback),
  {
    name: 'KefuAnswerFeedbackLoading',
    props: answerFeedbackProps,
    // the label at once (it is text); the thumbs' row keeps its height until the buttons come
    placeholder: ({ props: p }) => {
      const label = p.aiLabel && showsAiLabel(p.message)
      const thumbs = p.feedback && offersFeedback(p.message)
      return hc('div', { class: 'kefu-feedback kefu-feedback--loading', attrs: { 'data-kefu-feedback-for': p.message.id } }, [
        label ? hc('p', { class: 'kefu-feedback__ai-label', attrs: { 'data-kefu-ai-label': '' } }, p.context.t('desk.aiLabel')) : null,
        thumbs ? hc('div', { class: 'kefu-feedback__row', attrs: { 'aria-hidden': 'true' } }) : null,
      ])
    },
  },
)
const LazyUploadStatus = lazyComponent<{ message: ChatMessage; context: RenderContext }>(
  () => import('./KefuUploadStatus').then((m) => m.KefuUploadStatus),
  {
    name: 'KefuUploadStatusLoading',
    props: {
      message: { type: Object, required: true },
      context: { type: Object, required: true },
    },
    // the row's own "sending" line until the progress bar and Cancel are there
    placeholder: ({ props: p, failed, retry }) => hc('div', { class: 'kefu-row__status kefu-row__status--sending' }, [
      failed
        ? hc('button', { class: 'kefu-row__retry', attrs: { type: 'button' }, on: { click: retry } }, p.context.t('row.retry'))
        : hc('span', { class: 'kefu-row__spinner', attrs: { 'aria-hidden': 'true' } }),
      hc('span', { class: 'kefu-sr-only' }, p.context.t('row.sending')),
    ]),
  },
)
/** The row's parts loaded on first use (tests preload them; a host may too). @internal */
export const rowLazyParts = { answerFeedback: LazyAnswerFeedback, uploadStatus: LazyUploadStatus }

/** Sets a `<time>`'s tooltip to how long ago it was, in the chat's language, as the pointer arrives. */
function showRelativeTime(event: Event, time: number, context: RenderContext): void {
  const el = event.currentTarget as HTMLElement | null
  if (el) el.title = formatRelative(time, context.now(), context.locale)
}

/** Draws one message with its row chrome. Used by KefuMessageList; exported for custom lists. */
export const KefuMessageRow = defineComponent({
  name: 'KefuMessageRow',
  props: {
    /** the message to draw */
    message: { type: Object as PropType<ChatMessage>, required: true as const },
    /**
     * where newer versions of the same message arrive (KefuMessageList's per-row channel); when
     * given, the row draws `live.value`, so a list can update one row without rendering again
     * @default undefined (the row draws `message`)
     */
    live: { type: Object as PropType<{ readonly value: ChatMessage }>, default: undefined },
    /** what draws it (from the registry) */
    renderer: { type: [Object, Function] as PropType<Component>, required: true as const },
    /** the kit's own renderer for the same kind, handed to `renderer` so it can wrap it */
    defaultRenderer: { type: [Object, Function] as PropType<Component>, required: true as const },
    /** the renderers' context (actions, t, locale, now) */
    context: { type: Object as PropType<RenderContext>, required: true as const },
    /**
     * first message of a sender group: show avatar, name and time
     * @default false
     */
    groupStart: { type: Boolean, default: false },
    /**
     * a date divider to draw above the message ('' for none)
     * @default ''
     */
    dayLabel: { type: String, default: '' },
    /**
     * a centred system line (notice, session ended): no avatar, no bubble alignment
     * @default false
     */
    system: { type: Boolean, default: false },
    /**
     * name for service messages without a `senderName`
     * @default undefined (the translated "Service")
     */
    serviceName: { type: String, default: undefined },
    /**
     * avatar URL for service messages without their own `avatar`
     * @default undefined (an initial is drawn)
     */
    serviceAvatar: { type: String, default: undefined },
    /**
     * called when the renderer throws (after the placeholder is shown)
     * @default undefined
     */
    onRenderError: { type: Function as PropType<(error: unknown, message: ChatMessage) => void>, default: undefined },
    /**
     * messages missed after this one are not loaded yet (state.missedHistory): draw the notice
     * with its "load them" control below the message
     * @default undefined
     */
    onLoadMissed: { type: Function as PropType<() => void>, default: undefined },
    /**
     * under an AI answer (metadata `role: robot`, `messageType` fallback / aiReply / faq), the
     * "AI-generated" label
     * @default true
     */
    aiLabel: { type: Boolean, default: true },
    /**
     * thumbs up / down under an AI answer
     * @default true
     */
    answerFeedback: { type: Boolean, default: true },
    /**
     * the engine's feedback record for this message (`state.feedback[message.id]`)
     * @default undefined
     */
    feedbackState: { type: Object as PropType<RowFeedbackState>, default: undefined },
    /**
     * thumbs-down reasons replacing the six built-in ones
     * @default undefined
     */
    feedbackReasons: { type: Array as PropType<readonly string[]>, default: undefined },
  },
  setup(props) {
    /** the version of the message to draw: the channel's when there is one */
    const current = (): ChatMessage => (props.live ? props.live.value : props.message)
    // The boundary (the chain's first layer) reports here; the host hears of it through onRenderError.
    provide(RENDER_ERROR_KEY, (error: unknown, message: ChatMessage) => {
      if (props.onRenderError) props.onRenderError(error, message)
    })
    const feedback = useActionFeedback({ t: (key, params) => props.context.t(key, params) })
    const retryError = feedback.error
    // A new version of the message drops the last retry's refusal with it.
    watch(current, () => feedback.clear())
    const retry = () => { feedback.run(() => props.context.actions.retry(current().id)) }

    // The row's own chrome (times, names, status) is guarded too, not just the renderer: a row that
    // throws while drawing would take every later row with it.
    let reported: ChatMessage | null = null
    return () => {
      try {
        const row = drawRow()
        return props.onLoadMissed ? hc('div', { class: 'kefu-row-group' }, [row, drawMissed(props.onLoadMissed)]) : row
      } catch (error) {
        const m = current()
        if (reported !== m) {
          reported = m
          if (props.onRenderError) {
            try {
              props.onRenderError(error, m)
            } catch {
              // a host's error hook that throws must not break the list either
            }
          }
        }
        return hc('div', {
          class: ['kefu-row', 'kefu-row--error'],
          attrs: { 'data-kefu-row': '', 'data-kefu-id': m && typeof m.id === 'string' ? m.id : undefined },
        }, [hc(MessageErrorPlaceholder, { props: { message: m, context: props.context, defaultRenderer: props.defaultRenderer, error } })])
      }
    }

    function drawMissed(load: () => void) {
      const t = props.context.t
      return hc('div', { class: 'kefu-row__missed', attrs: { role: 'status', 'data-kefu-missed': '' } }, [
        hc('span', {}, t('list.missed')),
        hc('button', { class: 'kefu-row__missed-load', attrs: { type: 'button' }, on: { click: load } }, t('list.loadMissed')),
      ])
    }

    function drawRow() {
      const m = current()
      const t = props.context.t
      const mine = m.from === 'customer'
      const rendererProps = { message: m, context: props.context, defaultRenderer: props.defaultRenderer }
      // withErrorBoundary is idempotent: a registry's component is already behind it, a renderer
      // handed in by a custom list gets it here
      const body = hc(withErrorBoundary(m.revoked ? RevokedMessage : props.renderer), { props: rendererProps })

      const divider = props.dayLabel
        ? hc('div', { class: 'kefu-row__day' }, [hc('span', { class: 'kefu-row__day-text' }, props.dayLabel)])
        : null

      if (props.system) {
        return hc('div', { class: 'kefu-row kefu-row--system', attrs: { 'data-kefu-row': '', 'data-kefu-id': m.id, 'data-kefu-kind': m.payload.kind } }, [
          divider,
          hc('div', { class: 'kefu-row__system' }, [body]),
        ])
      }

      const name = mine ? t('row.you') : stripDirectionControls(str(m.senderName) || props.serviceName || '') || t('row.service')
      // the one URL rule: an avatar that is not an absolute http(s) URL is not loaded (the
      // message's own refused one falls back to the service's, then to the initial)
      const avatarUrl = mine ? null : safeImageUrl(m.avatar) || safeImageUrl(props.serviceAvatar)
      const showChrome = props.groupStart
      const avatar = mine
        ? null
        : showChrome
          ? avatarUrl
            ? hc('img', { class: 'kefu-row__avatar', attrs: { src: avatarUrl, alt: '', width: 32, height: 32, loading: 'lazy', decoding: 'async' } })
            : hc('span', { class: 'kefu-row__avatar kefu-row__avatar--initial', attrs: { 'aria-hidden': 'true' } }, Array.from(name)[0] || '?')
          : hc('span', { class: 'kefu-row__avatar-space', attrs: { 'aria-hidden': 'true' } })

      // The name is visible for the service (which agent is this?) and screen-reader-only for the
      // customer's own messages, so the log always says who spoke.
      const meta = showChrome
        ? hc('div', { class: 'kefu-row__meta' }, [
          isolated(name, mine ? 'kefu-sr-only' : 'kefu-row__name'),
          hc('time', {
            class: 'kefu-row__time',
            attrs: { datetime: isoTime(m.time) },
            // "2 min ago" as a tooltip, worked out when the pointer arrives: always current, and
            // Intl.RelativeTimeFormat (60-90 ms CPU to build the first time) is not paid at mount
            on: validTime(m.time) ? { mouseenter: (e: Event) => showRelativeTime(e, m.time, props.context) } : undefined,
          }, formatTime(m.time, props.context.locale)),
        ])
        : isolated(name, 'kefu-sr-only')

      let status: unknown = null
      if (mine && hasUploadStatus(m)) {
        // an attachment: progress and cancel, or "choose the file again"
        status = hc(LazyUploadStatus.component, { props: { message: m, context: props.context } })
      } else if (mine && m.status === 'sending') {
        status = hc('div', { class: 'kefu-row__status kefu-row__status--sending' }, [
          hc('span', { class: 'kefu-row__spinner', attrs: { 'aria-hidden': 'true' } }),
          hc('span', { class: 'kefu-sr-only' }, t('row.sending')),
        ])
      } else if (mine && m.status === 'failed') {
        status = hc('div', { class: 'kefu-row__status kefu-row__status--failed' }, [
          hc('span', { class: 'kefu-row__failed', attrs: { title: m.error ? sendErrorText(t, m.error) : undefined } }, [
            hc('span', { class: 'kefu-row__failed-icon', attrs: { 'aria-hidden': 'true' } }, '!'),
            t('row.failed'),
          ]),
          hc('button', {
            class: 'kefu-row__retry',
            attrs: { type: 'button', 'aria-label': t('row.retryLabel') },
            on: { click: retry },
          }, t('row.retry')),
          retryError.value ? hc('span', { class: 'kefu-row__retry-error', attrs: { role: 'alert' } }, retryError.value) : null,
        ])
      }

      return hc('div', {
        class: ['kefu-row', mine ? 'kefu-row--customer' : 'kefu-row--service', showChrome ? 'kefu-row--group-start' : null],
        attrs: { 'data-kefu-row': '', 'data-kefu-id': m.id, 'data-kefu-status': m.status, 'data-kefu-kind': m.payload.kind },
      }, [
        divider,
        hc('div', { class: 'kefu-row__main' }, [
          avatar,
          hc('div', { class: 'kefu-row__body' }, [
            meta,
            hc('div', { class: 'kefu-row__content' }, [body]),
            mine || m.revoked || !((props.aiLabel && showsAiLabel(m)) || (props.answerFeedback && offersFeedback(m)))
              ? null
              : hc(LazyAnswerFeedback.component, {
                props: {
                  message: m,
                  context: props.context,
                  aiLabel: props.aiLabel,
                  feedback: props.answerFeedback,
                  state: props.feedbackState,
                  reasons: props.feedbackReasons,
                },
              }),
            status,
          ]),
        ]),
      ])
    }
  },
})
