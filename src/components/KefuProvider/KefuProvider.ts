// The root of the kit: owns (or adopts) the conversation engine, provides it to every shell
// component, and draws the `.kefu-root` element that scopes the tokens, the theme and the language.
import { defineComponent, onBeforeUnmount, onMounted, watch, type PropType } from 'vue-demi'
import type { LocaleDefinition, StringOverrides } from '../../i18n'
import type { MessageKind } from '../../messages/kind'
import type { RendererLayer } from '../../messages/registry'
import type { ChatMessage, ConversationEngine, ConversationOptions } from '../../protocol/engine/types'
import type { Transport } from '../../protocol/transport'
import { hc } from '../../vue/compat'
import { createKefuContext, provideKefu } from '../../vue/context'
import { useResolvedTheme, type ThemeSetting } from '../../vue/theme'
import { useConversation } from '../../vue/useConversation'

/** Engine options a host may set when the provider creates the engine from a transport. */
export type KefuEngineOptions = Omit<ConversationOptions, 'transport'>

/** Props shared by KefuProvider and a standalone KefuChat. */
export const kefuProviderProps = {
  /**
   * The backend. The provider creates the conversation engine over it, and stops that engine on
   * unmount. Give this or `engine`. Read once, at setup: to switch backends, re-mount the
   * provider (e.g. with a `key`).
   * @default undefined
   */
  transport: { type: Object as PropType<Transport>, default: undefined },
  /**
   * An engine the host created with `createConversation` (e.g. to share it with its own UI).
   * Takes precedence over `transport`. The provider never stops an engine it did not create.
   * @default undefined
   */
  engine: { type: Object as PropType<ConversationEngine>, default: undefined },
  /**
   * Options for the engine the provider creates from `transport` (retry, templates,
   * maxTextLength…). Ignored with `engine`.
   * @default undefined
   */
  engineOptions: { type: Object as PropType<KefuEngineOptions>, default: undefined },
  /**
   * Any BCP 47 tag, resolved along a fallback chain to a built-in language (`LOCALES`) or one
   * in `locales`: `zh-HK`/`zh-Hant` → zh-TW, `pt` → pt-BR, `en-GB` → en, unknown → `defaultLocale`.
   * `auto` follows `navigator.languages`. Switchable at runtime: the next dictionary loads (its
   * own chunk) and applies without losing the conversation or the draft.
   * @default 'auto'
   */
  locale: { type: String as PropType<string>, default: undefined },
  /**
   * Where an unknown tag (or a browser asking for no language the kit has) lands.
   * @default 'en'
   */
  defaultLocale: { type: String as PropType<string>, default: undefined },
  /**
   * Languages of the host's own: `{ he: { messages: heDictionary, dir: 'rtl' } }`; the dictionary
   * is typed against the English keys (`Messages`), so a missing key is a type error.
   * @default undefined
   */
  locales: { type: Object as PropType<Record<string, LocaleDefinition>>, default: undefined },
  /**
   * `light`, `dark`, or `auto` (follows the system's prefers-color-scheme, live).
   * @default 'light'
   */
  theme: { type: String as PropType<ThemeSetting>, default: 'light' },
  /**
   * Renderer overrides: a map by payload kind or `src:<n>` (`false` hides a kind), a middleware
   * `next => message => component | false | next(message)`, or a list of them (later layers sit
   * above earlier ones, so an app's layer after a plugin's wraps and overrides it). Reactive.
   * @default undefined
   */
  renderers: { type: [Object, Function, Array] as PropType<RendererLayer | ReadonlyArray<RendererLayer | undefined>>, default: undefined },
  /**
   * A team's own message kinds (`defineMessageKind({ src: '1001', component, layout, summary })`):
   * each draws as a bubble, a system line or not at all, and summarises itself for the live
   * region. They win over the kit's kinds for the same key. Reactive.
   * @default undefined
   */
  kinds: { type: Array as PropType<readonly MessageKind[]>, default: undefined },
  /**
   * Per-locale string overrides, e.g. `{ en: { 'composer.placeholder': 'Ask us anything' } }`.
   * @default undefined
   */
  strings: { type: Object as PropType<StringOverrides>, default: undefined },
  /**
   * Start the conversation (connect, send src 7) when mounted. When false the host calls
   * `engine.start()` itself (e.g. when the customer opens the widget); switching it to true
   * later starts it then.
   * @default true
   */
  autoStart: { type: Boolean, default: true },
}

/** Provides a conversation to the shell components inside it. */
export const KefuProvider = defineComponent({
  name: 'KefuProvider',
  props: kefuProviderProps,
  emits: {
    /** a message renderer threw; its row shows a placeholder instead of breaking the list */
    'render-error': (_error: unknown, _message: ChatMessage) => true,
  },
  setup(props, { slots, emit }) {
    const source = props.engine ?? (props.transport ? { ...props.engineOptions, transport: props.transport } : undefined)
    if (!source) {
      throw new Error('[kefu-kit] <KefuProvider> (or a standalone <KefuChat>) needs a `transport` or an `engine` prop.')
    }
    const { engine, state } = useConversation(source)
    const theme = useResolvedTheme(() => props.theme)
    const ctx = createKefuContext({
      engine,
      state,
      locale: () => props.locale,
      defaultLocale: () => props.defaultLocale,
      locales: () => props.locales,
      engineTransferKeyword: !props.engine && !!props.engineOptions?.transferKeyword,
      theme,
      renderers: () => props.renderers,
      kinds: () => props.kinds,
      strings: () => props.strings,
      maxTextLength: props.engine ? undefined : props.engineOptions?.maxTextLength,
      now: props.engine ? undefined : props.engineOptions?.now,
      reportRenderError: (error, message) => emit('render-error', error, message),
    })
    provideKefu(ctx)

    let unmounted = false
    const start = () => {
      // An engine that is already active answers start() without re-sending src 7.
      if (!unmounted && state.value.phase === 'idle') engine.start().catch(() => undefined)
    }
    onMounted(() => { if (props.autoStart) start() })
    watch(() => props.autoStart, (on) => { if (on) start() })
    onBeforeUnmount(() => { unmounted = true })

    return () =>
      hc(
        'div',
        { class: 'kefu-root', attrs: { 'data-kefu-theme': theme.value, lang: ctx.locale.value, dir: ctx.dir.value } },
        slots.default ? slots.default() : undefined,
      )
  },
})
