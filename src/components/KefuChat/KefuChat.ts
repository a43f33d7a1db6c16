// The whole chat view (header, transcript, queue, typing, actions, composer). Inside a
// KefuProvider it uses that conversation; given its own `transport` or `engine` it creates one.
import { defineComponent, type PropType } from 'vue-demi'
import type { ChatMessage } from '../../protocol/engine/types'
import { hc } from '../../vue/compat'
import { useKefu, useKefuOptional } from '../../vue/context'
import { useReadReporting } from '../../vue/useReadReporting'
import { KefuThinkingIndicator } from '../KefuThinkingIndicator/KefuThinkingIndicator'
import { KefuToolbar, kefuToolbarProps } from '../KefuToolbar/KefuToolbar'
import { KefuComposer } from '../KefuComposer/KefuComposer'
import type { AttachmentOptions } from '../KefuComposer/attachments'
import { KefuHeader } from '../KefuHeader/KefuHeader'
import { KefuMessageList, type MeasureRow } from '../KefuMessageList/KefuMessageList'
import { KefuProvider, providerPropsOf, kefuProviderProps } from '../KefuProvider/KefuProvider'
import { KefuQueueBanner } from '../KefuQueueBanner/KefuQueueBanner'
import { KefuTypingIndicator } from '../KefuTypingIndicator/KefuTypingIndicator'
import './KefuChat.css'

const viewProps = {
  /**
   * The service's name, in the header and on service messages without a sender name.
   * @default the translated 'header.title'
   */
  title: { type: String, default: undefined },
  /**
   * The service's avatar URL (header, and service messages without their own).
   * @default undefined
   */
  avatar: { type: String, default: undefined },
  /**
   * CSS height of the chat (a number is px). The chat is fluid in width.
   * @default '100%'
   */
  height: { type: [String, Number] as PropType<string | number>, default: '100%' },
  /**
   * Height assumed for a message not measured yet (px), see KefuMessageList.
   * @default 72
   */
  estimatedRowHeight: { type: Number, default: 72 },
  /**
   * Reads a row's height, see KefuMessageList (tests inject one; browsers need none).
   * @default undefined
   */
  measureRow: { type: Function as PropType<MeasureRow>, default: undefined },
  /**
   * Attaching files in the composer: `{ accept, maxBytes, maxCount }` (accept in the syntax of the
   * file input's `accept`), or `false` for none. Shown only when the transport can send media.
   * @default undefined (whatever the transport can send, at most 9 files at once)
   */
  attachments: { type: [Object, Boolean] as PropType<AttachmentOptions | false | undefined>, default: undefined },
  ...kefuToolbarProps,
}

function cssSize(v: string | number): string {
  return typeof v === 'number' ? `${v}px` : v
}

/** The chat layout itself; needs a provider above it. */
export const KefuChatView = defineComponent({
  name: 'KefuChatView',
  props: viewProps,
  emits: {
    /** the customer's message was accepted by the engine */
    sent: (_message: ChatMessage) => true,
  },
  setup(props, { emit, slots }) {
    const { t, engine } = useKefu()
    useReadReporting(engine)
    return () =>
      hc('section', {
        class: 'kefu-chat',
        style: { height: cssSize(props.height) },
        attrs: { 'aria-label': props.title || t('header.title') },
      }, [
        hc(KefuHeader, {
          props: { title: props.title, avatar: props.avatar },
          slots: slots['header-actions'] ? { actions: () => slots['header-actions']!() } : undefined,
        }),
        hc(KefuMessageList, {
          props: {
            serviceName: props.title,
            serviceAvatar: props.avatar,
            estimatedRowHeight: props.estimatedRowHeight,
            measureRow: props.measureRow,
          },
        }),
        hc('div', { class: 'kefu-chat__footer' }, [
          hc(KefuQueueBanner),
          hc(KefuThinkingIndicator),
          hc(KefuTypingIndicator),
          hc(KefuToolbar, {
            props: { toolbar: props.toolbar, product: props.product, order: props.order },
            on: { sent: (m: ChatMessage) => emit('sent', m) },
          }),
          hc(KefuComposer, { props: { attachments: props.attachments }, on: { sent: (m: ChatMessage) => emit('sent', m) } }),
        ]),
      ])
  },
})

/**
 * The complete customer-service chat. Standalone:
 * `<KefuChat :transport="transport" locale="en" title="Acme support" />`;
 * or inside `<KefuProvider>` to share its conversation. Inside a provider and without its own
 * `transport` / `engine`, the provider's locale, theme, renderers and strings apply and this
 * component's provider props are ignored; with its own `transport` / `engine` it is a separate
 * conversation with its own `.kefu-root`.
 */
export const KefuChat = defineComponent({
  name: 'KefuChat',
  props: { ...kefuProviderProps, ...viewProps },
  emits: {
    /** the customer's message was accepted by the engine */
    sent: (_message: ChatMessage) => true,
    /** a message renderer threw (standalone only; inside a provider, listen on the provider) */
    'render-error': (_error: unknown, _message: ChatMessage) => true,
  },
  setup(props, { emit, slots }) {
    const outer = useKefuOptional()
    // Its own transport or engine means its own conversation, even inside another provider.
    const standalone = !outer || !!props.transport || !!props.engine
    const viewSlots = slots['header-actions'] ? { 'header-actions': () => slots['header-actions']!() } : undefined
    const view = (height: string | number) =>
      hc(KefuChatView, {
        props: {
          title: props.title,
          avatar: props.avatar,
          height,
          estimatedRowHeight: props.estimatedRowHeight,
          measureRow: props.measureRow,
          attachments: props.attachments,
          toolbar: props.toolbar,
          product: props.product,
          order: props.order,
        },
        on: { sent: (m: ChatMessage) => emit('sent', m) },
        slots: viewSlots,
      })
    if (!standalone) return () => view(props.height)
    return () =>
      hc(KefuProvider, {
        props: providerPropsOf(props),
        // The provider's .kefu-root carries the height; the view fills it.
        style: { height: cssSize(props.height) },
        on: { 'render-error': (error: unknown, message: ChatMessage) => emit('render-error', error, message) },
        slots: { default: () => view('100%') },
      })
  },
})
