// The floating launcher: a button in a corner of the page with the unread count, a preview of the
// newest unread service message while closed, and the chat in a panel (full screen on phones).
//
// ---- Interface (stable; the embed and the H5 page build on it) --------------------------------
// <KefuLauncher :transport="t" locale="en" title="Acme support" position="bottom-right" />
// Props: every prop of KefuChat (transport | engine, engineOptions, locale, defaultLocale, locales,
//   theme, renderers, kinds, strings, autoStart, aiLabel, answerFeedback, feedbackReasons, title,
//   avatar, estimatedRowHeight, measureRow, toolbar, product, order; not `height`), plus
//   open?: boolean              controlled open state (`v-model:open` on Vue 3, `:open.sync` on 2)
//   defaultOpen = false         open state on first visit (no stored state)
//   position = 'bottom-right'   'bottom-right' | 'bottom-left' | 'top-right' | 'top-left'; left/right
//                               are the inline start/end, so a right-to-left page mirrors the corner
//   offset = 20                 distance from the corner: px number, CSS length, or { x, y }
//   persist = true              remember open/closed in localStorage (a string: the storage key)
//   preview = true              the newest unread service message's summary next to the button
//   notifications?: { title?, sound?, system? }   opt-in, while closed or the tab hidden
// Events: open(), close(), update:open(open: boolean), unread(info: { count, messageId }),
//   sent(message), render-error(error, message).
// The conversation starts at mount (autoStart, the default), so a message the agent or bot sends
// first raises the badge while closed; with autoStart false it starts on the first open.
// Inside a KefuProvider without its own transport/engine it uses the provider's conversation.
// Classes: .kefu-launcher, __button, __badge, __preview, __panel; CSS custom properties
//   --kefu-launcher-width (400px), --kefu-launcher-height (640px), --kefu-launcher-z (2147483000),
//   --kefu-launcher-size (56px).
// ------------------------------------------------------------------------------------------------
import { computed, defineComponent, nextTick, onBeforeUnmount, onMounted, shallowRef, watch, type PropType } from 'vue-demi'
import { summarizeMessage } from '../../messages/summary'
import type { ChatMessage } from '../../protocol/engine/types'
import { hc, useElementRef } from '../../vue/compat'
import { useKefu, useKefuOptional } from '../../vue/context'
import { isolated, stripDirectionControls } from '../../messages/_shared/bidi'
import { KefuChatView } from '../KefuChat/KefuChat'
import { kefuToolbarProps } from '../KefuToolbar/KefuToolbar'
import { KefuProvider, providerPropsOf, kefuProviderProps } from '../KefuProvider/KefuProvider'
import type { MeasureRow } from '../KefuMessageList/KefuMessageList'
import {
  notificationPermission, playBeep, requestNotificationPermission, showSystemNotification, TitleCount,
  watchUserGesture, type LauncherNotifications,
} from './notify'
import './KefuLauncher.css'

export type { LauncherNotifications } from './notify'

/** The corner the launcher sits in; left/right are the inline start/end (mirrored right-to-left). */
export type LauncherPosition = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left'

/** Distance from the corner: px, any CSS length, or per axis. */
export type LauncherOffset = number | string | { x?: number | string; y?: number | string }

const POSITIONS: readonly LauncherPosition[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left']

/** The launcher's own props (KefuLauncher also takes KefuChat's). */
export const kefuLauncherProps = {
  /**
   * Open (true) or closed (false), for a host that drives it (`v-model:open` / `:open.sync`).
   * Undefined: the launcher keeps its own state (remembered, see `persist`).
   * @default undefined
   */
  open: { type: Boolean, default: undefined },
  /**
   * Whether the chat is open on a first visit (no remembered state).
   * @default false
   */
  defaultOpen: { type: Boolean, default: false },
  /**
   * The corner: `bottom-right`, `bottom-left`, `top-right`, `top-left`. Right and left are the
   * inline end and start, so on a right-to-left page `bottom-right` sits bottom-left.
   * @default 'bottom-right'
   */
  position: { type: String as PropType<LauncherPosition>, default: 'bottom-right' },
  /**
   * Distance from the corner (the safe area is added): px, a CSS length, or `{ x, y }`.
   * @default 20
   */
  offset: { type: [Number, String, Object] as PropType<LauncherOffset>, default: 20 },
  /**
   * Remember open/closed across reloads in `localStorage`; a string is the key's suffix (one
   * launcher per conversation). False: never stored.
   * @default true
   */
  persist: { type: [Boolean, String] as PropType<boolean | string>, default: true },
  /**
   * While closed, a short preview of the newest unread service message next to the button.
   * @default true
   */
  preview: { type: Boolean, default: true },
  /**
   * Opt-in notifications while the chat is closed or the tab hidden: `{ title, sound, system }`
   * (see LauncherNotifications). Reactive.
   * @default undefined (none)
   */
  notifications: { type: Object as PropType<LauncherNotifications>, default: undefined },
}

const viewProps = {
  /** the service's name (header, dialog label, preview) @default the translated 'header.title' */
  title: { type: String, default: undefined },
  /** the service's avatar URL @default undefined */
  avatar: { type: String, default: undefined },
  /** see KefuMessageList @default 72 */
  estimatedRowHeight: { type: Number, default: 72 },
  /** see KefuMessageList @default undefined */
  measureRow: { type: Function as PropType<MeasureRow>, default: undefined },
  ...kefuToolbarProps,
}

const STORAGE_PREFIX = 'kefu-kit:launcher-open:'

function readStored(key: string | null): boolean | null {
  if (!key) return null
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_PREFIX + key)
    return v === '1' ? true : v === '0' ? false : null
  } catch {
    return null
  }
}

function writeStored(key: string | null, open: boolean): void {
  if (!key) return
  try {
    globalThis.localStorage?.setItem(STORAGE_PREFIX + key, open ? '1' : '0')
  } catch {
    // private mode, quota, a sandboxed iframe: the launcher just forgets
  }
}

function cssLength(v: number | string | undefined, fallback: string): string {
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}px`
  if (typeof v === 'string' && v.trim() !== '' && !/[;{}]/.test(v)) return v.trim()
  return fallback
}

function offsets(offset: LauncherOffset | undefined): { x: string; y: string } {
  if (offset && typeof offset === 'object') {
    return { x: cssLength(offset.x, '20px'), y: cssLength(offset.y, '20px') }
  }
  const both = cssLength(offset as number | string | undefined, '20px')
  return { x: both, y: both }
}

let launcherIds = 0

const CHAT_ICON = 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z'
const CLOSE_ICON = 'M6 6l12 12M18 6L6 18'

function icon(d: string, stroke: boolean): unknown {
  return hc('svg', { class: 'kefu-launcher__icon', attrs: { viewBox: '0 0 24 24', width: 26, height: 26, 'aria-hidden': 'true', focusable: 'false' } }, [
    hc('path', {
      attrs: stroke
        ? { d, fill: 'none', stroke: 'currentColor', 'stroke-width': 2.2, 'stroke-linecap': 'round' }
        : { d, fill: 'currentColor' },
    }),
  ])
}

/** The launcher itself; needs a provider above it (KefuLauncher brings one). */
export const KefuLauncherView = defineComponent({
  name: 'KefuLauncherView',
  props: {
    ...kefuLauncherProps,
    ...viewProps,
    /** localStorage key suffix for the open state, or null to not remember it @internal */
    storageId: { type: String, default: undefined },
  },
  emits: {
    open: () => true,
    close: () => true,
    'update:open': (_open: boolean) => true,
    unread: (_info: { count: number; messageId: string | null }) => true,
    sent: (_message: ChatMessage) => true,
  },
  setup(props, { emit }) {
    const ctx = useKefu()
    const { t, state, engine } = ctx
    const id = `kefu-launcher-${++launcherIds}`
    const button = useElementRef<HTMLButtonElement>('button')
    const panel = useElementRef<HTMLElement>('panel')
    const storageId = props.persist === false ? null : props.storageId || 'default'
    const stored = props.open === undefined ? readStored(storageId) : null
    const isOpen = shallowRef<boolean>(props.open ?? stored ?? props.defaultOpen)
    const dismissed = shallowRef<string | null>(null)
    const permission = shallowRef(notificationPermission())
    const pageHidden = shallowRef(typeof document !== 'undefined' && document.visibilityState === 'hidden')
    const titleCount = new TitleCount()

    const unread = computed(() => state.value.unread ?? 0)
    const newestUnread = computed<ChatMessage | null>(() => {
      const wanted = state.value.newestUnreadId
      if (!wanted || unread.value === 0) return null
      const list = state.value.messages
      for (let i = list.length - 1; i >= 0; i--) if ((list[i] as ChatMessage).id === wanted) return list[i] as ChatMessage
      return null
    })
    const serviceName = () => stripDirectionControls(props.title || '') || t('header.title')
    const summaryOf = (m: ChatMessage) => {
      const registry = ctx.registry.value
      return registry.summarize ? registry.summarize(m, t) : summarizeMessage(m, t)
    }

    function setOpen(next: boolean, focus: boolean): void {
      if (isOpen.value === next) return
      isOpen.value = next
      if (props.open === undefined) writeStored(storageId, next)
      // with autoStart false the conversation starts when the customer first opens the chat
      if (next && state.value.phase === 'idle') engine.start().catch(() => undefined)
      emit('update:open', next)
      if (next) emit('open')
      else emit('close')
      if (!focus) return
      void nextTick(() => {
        if (next) {
          const el = panel.value
          const target = el?.querySelector<HTMLElement>('textarea') ?? el
          target?.focus()
        } else {
          button.value?.focus()
        }
      })
    }
    const toggle = () => setOpen(!isOpen.value, true)

    watch(() => props.open, (v) => {
      if (typeof v === 'boolean') setOpen(v, false)
    })
    watch(unread, (count, before) => {
      emit('unread', { count, messageId: state.value.newestUnreadId ?? null })
      notify(count, before ?? 0)
    })

    function notify(count: number, before: number): void {
      const n = props.notifications
      if (n?.title) titleCount.set(count)
      else titleCount.restore()
      if (!n || count <= before) return
      if (isOpen.value && !pageHidden.value) return
      if (n.sound) playBeep()
      const m = newestUnread.value
      if (n.system && m) {
        showSystemNotification(serviceName(), summaryOf(m), () => setOpen(true, true), props.avatar)
      }
    }
    watch(() => !!props.notifications?.title, (on) => {
      if (on) titleCount.set(unread.value)
      else titleCount.restore()
    })

    const onVisibility = () => {
      pageHidden.value = document.visibilityState === 'hidden'
    }
    const onKeydown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || !isOpen.value) return
      e.preventDefault()
      setOpen(false, true)
    }
    onMounted(() => {
      // remembered open after a reload, with autoStart false: the customer is in the chat
      if (isOpen.value && state.value.phase === 'idle') engine.start().catch(() => undefined)
      watchUserGesture()
      if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisibility)
      if (props.notifications?.title) titleCount.set(unread.value)
    })
    onBeforeUnmount(() => {
      if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibility)
      titleCount.restore()
    })

    const askPermission = () => {
      void requestNotificationPermission().then((p) => {
        permission.value = p
      })
    }

    return () => {
      const open = isOpen.value
      const count = unread.value
      const position = POSITIONS.includes(props.position) ? props.position : 'bottom-right'
      const { x, y } = offsets(props.offset)
      const title = serviceName()
      const latest = newestUnread.value
      const showPreview = !open && props.preview && latest !== null && dismissed.value !== latest.id
      const headerActions = () => [
        props.notifications?.system && permission.value === 'default'
          ? hc('button', {
            class: 'kefu-launcher__action kefu-launcher__notify',
            attrs: { type: 'button' },
            on: { click: askPermission },
          }, t('launcher.enableNotifications'))
          : null,
        hc('button', {
          class: 'kefu-launcher__action kefu-launcher__close',
          attrs: { type: 'button', 'aria-label': t('launcher.close'), title: t('launcher.close') },
          on: { click: () => setOpen(false, true) },
        }, [icon(CLOSE_ICON, true)]),
      ]
      return hc('div', {
        class: ['kefu-launcher', open ? 'kefu-launcher--open' : null],
        attrs: { 'data-kefu-position': position, 'data-kefu-open': open ? 'true' : 'false' },
        style: { '--kefu-launcher-offset-x': x, '--kefu-launcher-offset-y': y },
        on: { keydown: onKeydown },
      }, [
        open
          ? hc('div', {
            key: 'panel',
            ref: panel.bind,
            class: 'kefu-launcher__panel',
            attrs: { id: `${id}-panel`, role: 'dialog', 'aria-label': title, tabindex: '-1' },
          }, [
            hc(KefuChatView, {
              props: {
                title: props.title,
                avatar: props.avatar,
                height: '100%',
                estimatedRowHeight: props.estimatedRowHeight,
                measureRow: props.measureRow,
                toolbar: props.toolbar,
                product: props.product,
                order: props.order,
              },
              on: { sent: (m: ChatMessage) => emit('sent', m) },
              slots: { 'header-actions': headerActions },
            }),
          ])
          : null,
        showPreview && latest
          ? hc('div', { key: 'preview', class: 'kefu-launcher__preview', attrs: { 'data-kefu-message-id': latest.id } }, [
            hc('button', {
              class: 'kefu-launcher__preview-open',
              attrs: { type: 'button', 'aria-controls': `${id}-panel` },
              on: { click: () => setOpen(true, true) },
            }, [
              hc('span', { class: 'kefu-launcher__preview-name' }, [isolated(stripDirectionControls(latest.senderName || '') || title)]),
              hc('span', { class: 'kefu-launcher__preview-text' }, [isolated(summaryOf(latest))]),
            ]),
            hc('button', {
              class: 'kefu-launcher__preview-dismiss',
              attrs: { type: 'button', 'aria-label': t('launcher.dismissPreview'), title: t('launcher.dismissPreview') },
              on: { click: () => { dismissed.value = latest.id } },
            }, [icon(CLOSE_ICON, true)]),
          ])
          : null,
        hc('button', {
          key: 'button',
          ref: button.bind,
          class: 'kefu-launcher__button',
          attrs: {
            type: 'button',
            'aria-expanded': open ? 'true' : 'false',
            'aria-controls': `${id}-panel`,
            'aria-label': open ? t('launcher.close') : count > 0 ? t('launcher.openUnread', { count }) : t('launcher.open'),
          },
          on: { click: toggle },
        }, [
          icon(open ? CLOSE_ICON : CHAT_ICON, open),
          count > 0 && !open
            ? hc('span', { class: 'kefu-launcher__badge', attrs: { 'aria-hidden': 'true' } }, count > 99 ? '99+' : String(count))
            : null,
        ]),
      ])
    }
  },
})

/**
 * A floating chat launcher: `<KefuLauncher :transport="transport" locale="en" title="Acme support" />`.
 * Takes every KefuChat prop (the conversation starts at mount, so agent messages arrive while it
 * is closed and raise the badge) plus the launcher's own (see the interface at the top of this file).
 */
export const KefuLauncher = defineComponent({
  name: 'KefuLauncher',
  props: { ...kefuProviderProps, ...viewProps, ...kefuLauncherProps },
  emits: {
    open: () => true,
    close: () => true,
    'update:open': (_open: boolean) => true,
    unread: (_info: { count: number; messageId: string | null }) => true,
    sent: (_message: ChatMessage) => true,
    'render-error': (_error: unknown, _message: ChatMessage) => true,
  },
  setup(props, { emit }) {
    const outer = useKefuOptional()
    const standalone = !outer || !!props.transport || !!props.engine
    const transportKey = (props.transport as { storageKey?: unknown } | undefined)?.storageKey
    const storageId = typeof props.persist === 'string' && props.persist
      ? props.persist
      : props.engineOptions?.storageKey || (typeof transportKey === 'string' && transportKey ? transportKey : 'default')
    const view = () =>
      hc(KefuLauncherView, {
        props: {
          open: props.open,
          defaultOpen: props.defaultOpen,
          position: props.position,
          offset: props.offset,
          persist: props.persist,
          preview: props.preview,
          notifications: props.notifications,
          storageId,
          title: props.title,
          avatar: props.avatar,
          estimatedRowHeight: props.estimatedRowHeight,
          measureRow: props.measureRow,
          toolbar: props.toolbar,
          product: props.product,
          order: props.order,
        },
        on: {
          open: () => emit('open'),
          close: () => emit('close'),
          'update:open': (v: boolean) => emit('update:open', v),
          unread: (info: { count: number; messageId: string | null }) => emit('unread', info),
          sent: (m: ChatMessage) => emit('sent', m),
        },
      })
    if (!standalone) return view
    return () =>
      hc(KefuProvider, {
        class: 'kefu-launcher-root',
        props: providerPropsOf(props),
        on: { 'render-error': (error: unknown, message: ChatMessage) => emit('render-error', error, message) },
        slots: { default: view },
      })
  },
})
