// `KefuKit.mount(options)`: the whole chat in an open shadow root, on any page, with its own Vue.
// Inline (`launcher: false` + `target`) it fills the target element; otherwise a floating launcher
// opens it in a panel (see launcherMode.ts).
import { createApp, h, shallowReactive, shallowRef, watch, type App } from 'vue'
import '../styles/tokens.css'
import { KefuChat } from '../components/KefuChat/KefuChat'
import { resolveLocale, type StringOverrides } from '../i18n'
import { registerShadowRoot } from '../messages/_shared/dom'
import { createConversation } from '../protocol/engine/engine'
import type { ChatMessage, ConversationEngine } from '../protocol/engine/types'
import type { Simulator } from '../protocol/simulator/types'
import type { ThemeSetting } from '../vue/theme'
import type { LauncherNotifications, LauncherOffset } from '../components/KefuLauncher/KefuLauncher'
import { TitleCount } from '../components/KefuLauncher/notify'
import { resolveBackend, type EmbedBackend } from './backend'
import { EmbedConfigError, HOST_TAG, resolveTarget } from './errors'
import { standInFor } from './standIn'

export { HOST_TAG } from './errors'
import { launcherMode } from './launcherMode'
import { adoptStyles } from './styles'

/** Where the launcher sits (right and left are the inline end and start: mirrored right-to-left). */
export type EmbedPosition = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left'
const POSITIONS: readonly string[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left']

/** Options of `KefuKit.mount` (and the attributes of `<kefu-chat>`). */
export interface EmbedOptions {
  /** `'simulator'` (the default), `{ tencent: { SDKAppID, userID, userSig } }`, or a Transport */
  backend?: EmbedBackend
  /** a BCP 47 tag or `'auto'` (the browser's languages) @default 'auto' */
  locale?: string
  /** `'light'`, `'dark'` or `'auto'` (follows the system) @default 'light' */
  theme?: ThemeSetting
  /** the service's name, in the header and on the launcher */
  title?: string
  /** the service's avatar URL (http/https) */
  avatar?: string
  /** a floating button that opens the chat in a panel; `false` (with `target`) mounts it inline @default true */
  launcher?: boolean
  /** the element (or a CSS selector) to mount into; for `launcher: false` the chat fills it @default document.body */
  target?: Element | string
  /** the launcher's corner @default 'bottom-right' */
  position?: EmbedPosition
  /** the launcher's distance from its corner: px, a CSS length, or `{ x, y }` @default 20 */
  offset?: LauncherOffset
  /** per-locale string overrides: `{ en: { 'composer.placeholder': 'Ask us anything' } }` */
  strings?: StringOverrides
  /**
   * While the chat is closed or the tab hidden: the unread count in the document's title, a sound,
   * a system notification. `true` turns on the title count only.
   * @default false
   */
  notifications?: boolean | EmbedNotifications
  /**
   * Open at mount. Launcher mode: @default what the customer left it as, else false. Inline:
   * `false` starts closed (hidden; `open()` shows it) @default true
   */
  open?: boolean
  /** the key the conversation is kept under in localStorage (one per customer) */
  storageKey?: string
}

/** `{ title, sound, system }`: the document title count, a short beep, a system notification. */
export type EmbedNotifications = LauncherNotifications

/** The events of a mounted chat. */
export interface EmbedEvents {
  /** a new message from the service (bot or agent) arrived */
  message: ChatMessage
  /** the number of unread service messages changed */
  unread: number
  /** the chat was opened */
  open: undefined
  /** the chat was closed */
  close: undefined
}
export type EmbedEventName = keyof EmbedEvents

/** What `KefuKit.mount` returns. */
export interface KefuKitInstance {
  open(): void
  close(): void
  toggle(): void
  /** unmounts the chat, stops its conversation and removes its element */
  destroy(): void
  /** listens to `message`, `unread`, `open` or `close`; returns the unsubscribe function */
  on<E extends EmbedEventName>(event: E, listener: (value: EmbedEvents[E]) => void): () => void
  /** changes `locale`, `theme`, `title`, `avatar`, `strings`, `position`, `offset`, `notifications` or `open` live */
  update(options: Partial<EmbedOptions>): void
  /** whether the chat is open (inline: shown) */
  readonly isOpen: boolean
  /** unread service messages */
  readonly unread: number
  /** the conversation engine (`createConversation`) */
  readonly engine: ConversationEngine
  /** the shadow host element */
  readonly element: HTMLElement
  /**
   * The built-in simulator, when it is the backend (`agentReply`, `session`, `idle()` …). Its code
   * is its own file, loaded at mount: once `ready` has resolved this is the very object
   * `createSimulator` returned. Before that it is a stand-in with the same methods: `idle()` waits
   * for the load, and any other call is made as soon as the simulator is there (it then returns a
   * promise of the result instead of the result).
   */
  readonly simulator?: Simulator
  /** resolves when the backend's code is loaded (rejects if it could not be) */
  readonly ready: Promise<void>
}

/** Options that apply live (everything else is read once, at mount). */
export const LIVE_OPTIONS = ['locale', 'theme', 'title', 'avatar', 'strings', 'position', 'offset', 'notifications'] as const
export type LiveOptions = Omit<Pick<EmbedOptions, (typeof LIVE_OPTIONS)[number]>, 'notifications'> & { notifications?: LauncherNotifications }

/** The live options, reactive; what launcherMode and the inline view render from. @internal */
export interface EmbedView {
  props: LiveOptions & { open: boolean }
  engine: ConversationEngine
  /** the chat itself (KefuChat with the engine and the live options) */
  chat(height?: string): unknown
  setOpen(open: boolean): void
  emit<E extends EmbedEventName>(event: E, value: EmbedEvents[E]): void
  setUnread(n: number): void
  host: HTMLElement
  storageKey: string
}

const THEMES: readonly string[] = ['light', 'dark', 'auto']

function cleanLive(o: Partial<EmbedOptions>): Partial<LiveOptions> {
  const out: Partial<LiveOptions> = {}
  if ('locale' in o) out.locale = typeof o.locale === 'string' && o.locale ? o.locale : undefined
  if ('theme' in o) out.theme = typeof o.theme === 'string' && THEMES.includes(o.theme) ? o.theme : undefined
  if ('title' in o) out.title = typeof o.title === 'string' && o.title ? o.title : undefined
  if ('avatar' in o) out.avatar = typeof o.avatar === 'string' && o.avatar ? o.avatar : undefined
  if ('strings' in o) out.strings = o.strings && typeof o.strings === 'object' ? o.strings : undefined
  if ('position' in o) out.position = typeof o.position === 'string' && POSITIONS.includes(o.position) ? o.position : 'bottom-right'
  if ('offset' in o) out.offset = o.offset
  if ('notifications' in o) out.notifications = notificationsOf(o.notifications)
  return out
}

function notificationsOf(n: EmbedOptions['notifications']): LauncherNotifications | undefined {
  if (n === true) return { title: true }
  if (!n || typeof n !== 'object') return undefined
  return { title: !!n.title, sound: !!n.sound, system: !!n.system }
}

/**
 * Mounts the chat into `host` (a fresh element the caller owns, already in the document). Used by
 * `mount` and by `<kefu-chat>`. @internal
 */
export function mountInto(host: HTMLElement, options: EmbedOptions, removeHost: boolean): KefuKitInstance {
  const inline = options.launcher === false
  const backend = resolveBackend(options.backend, options.locale)
  const storageKey = options.storageKey || `embed:${backend.kind}`
  const engine = createConversation({
    transport: backend.transport,
    language: resolveLocale(options.locale || 'auto', 'en'),
    storageKey,
  })

  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' })
  shadow.replaceChildren()
  adoptStyles(shadow)
  const unregister = registerShadowRoot(shadow)
  const container = host.ownerDocument.createElement('div')
  container.className = 'kefu-embed'
  shadow.appendChild(container)
  host.setAttribute('data-kefu-mode', inline ? 'inline' : 'launcher')

  let simulator: Simulator | undefined
  const ready = backend.ready.then((s) => { simulator = s })
  ready.catch(() => undefined)
  const simulatorStandIn = backend.kind === 'simulator' ? standInFor<Simulator>(backend.ready, 'simulator') : undefined

  const listeners = new Map<EmbedEventName, Set<(v: unknown) => void>>()
  const emit = <E extends EmbedEventName>(event: E, value: EmbedEvents[E]) => {
    for (const fn of Array.from(listeners.get(event) ?? [])) {
      try {
        fn(value)
      } catch (e) {
        console.error(`[kefu-kit] a "${event}" listener threw`, e)
      }
    }
  }

  const props = shallowReactive<LiveOptions & { open: boolean }>({
    locale: undefined, theme: undefined, title: undefined, avatar: undefined, strings: undefined,
    position: 'bottom-right', offset: undefined, notifications: undefined,
    ...cleanLive(options),
    open: inline ? options.open !== false : options.open ?? readOpen(storageKey) ?? false,
  })
  const unreadRef = shallowRef(engine.getState().unread ?? 0)
  let destroyed = false

  const view: EmbedView = {
    props,
    engine,
    host,
    storageKey,
    chat: (height = '100%') => h(KefuChat, {
      engine,
      locale: props.locale,
      theme: props.theme,
      title: props.title,
      avatar: props.avatar,
      strings: props.strings,
      height,
    }),
    setOpen(open: boolean) {
      if (destroyed || props.open === open) return
      // closed means not seen from now on: the view unmounts at the next render, and a message
      // arriving before that would otherwise be marked read
      if (!open) engine.setViewing?.(false)
      props.open = open
      if (!inline) writeOpen(storageKey, open)
      emit(open ? 'open' : 'close', undefined)
    },
    emit,
    setUnread(n: number) {
      if (n === unreadRef.value) return
      unreadRef.value = n
      emit('unread', n)
    },
  }

  // a later switch of language goes out with the next start / end flag (src 7 / 27)
  const stopLanguage = watch(() => props.locale, (l) => { engine.setLanguage(resolveLocale(l || 'auto', 'en')) })
  const stopIncoming = engine.on
    ? engine.on('message', (m) => emit('message', m))
    : engine.onIncoming((m) => { if (m.from !== 'customer') emit('message', m) })
  const stopUnread = engine.on ? engine.on('unread', (u) => view.setUnread(u.count)) : () => undefined

  let app: App
  const stops: Array<() => void> = [stopLanguage, stopIncoming, stopUnread]
  if (inline) {
    // the launcher keeps the title count in launcher mode; inline, the embed does
    const titleCount = new TitleCount()
    stops.push(watch(() => [props.notifications?.title, unreadRef.value] as const, ([on, n]) => {
      if (on) titleCount.set(n)
      else titleCount.restore()
    }, { immediate: true }), () => titleCount.restore())
    stops.push(watch(() => props.open, (open) => {
      if (open) host.removeAttribute('data-kefu-closed')
      else host.setAttribute('data-kefu-closed', '')
    }, { immediate: true }))
    // closed, the view unmounts: the engine then counts new service messages as unread
    app = createApp({ name: 'KefuEmbed', setup: () => () => (props.open ? view.chat('100%') : null) })
  } else {
    app = createApp(launcherMode(view))
  }
  app.config.errorHandler = (err) => console.error('[kefu-kit]', err)
  app.mount(container)

  const instance: KefuKitInstance = {
    open: () => view.setOpen(true),
    close: () => view.setOpen(false),
    toggle: () => view.setOpen(!props.open),
    destroy() {
      if (destroyed) return
      destroyed = true
      for (const stop of stops) stop()
      app.unmount()
      engine.stop().catch(() => undefined).then(() => backend.dispose())
      unregister()
      listeners.clear()
      if (removeHost) host.remove()
    },
    on(event, listener) {
      let set = listeners.get(event)
      if (!set) listeners.set(event, (set = new Set()))
      const fn = listener as (v: unknown) => void
      set.add(fn)
      return () => { set!.delete(fn) }
    },
    update(next) {
      if (destroyed || !next || typeof next !== 'object') return
      Object.assign(props, cleanLive(next))
      if ('open' in next) view.setOpen(!!next.open)
    },
    get isOpen() { return props.open },
    get unread() { return unreadRef.value },
    engine,
    element: host,
    get simulator() { return simulator ?? simulatorStandIn },
    ready,
  }
  return instance
}

const OPEN_KEY = 'kefu-kit:embed-open:'

function readOpen(key: string): boolean | undefined {
  try {
    const v = globalThis.localStorage?.getItem(OPEN_KEY + key)
    return v === '1' ? true : v === '0' ? false : undefined
  } catch {
    return undefined
  }
}

function writeOpen(key: string, open: boolean): void {
  try {
    globalThis.localStorage?.setItem(OPEN_KEY + key, open ? '1' : '0')
  } catch {
    // private mode, a sandboxed iframe: the launcher just forgets
  }
}

/**
 * Mounts a chat: `KefuKit.mount({ backend: 'simulator', locale: 'en', title: 'Support' })`.
 * Throws a `KefuKitConfigError` for options it cannot use (a missing SDK, an unknown target).
 */
export function mount(options: EmbedOptions = {}): KefuKitInstance {
  if (options === null || typeof options !== 'object') throw new EmbedConfigError('mount takes an options object.')
  const target = resolveTarget(options.target)
  const host = target.ownerDocument.createElement(HOST_TAG)
  target.appendChild(host)
  try {
    return mountInto(host, options, true)
  } catch (e) {
    host.remove()
    throw e
  }
}
