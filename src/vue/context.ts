// What the shell's components share: one engine, its state, the strings, the theme and the renderer
// registry. KefuProvider creates it; every other component reads it with useKefu().
import { computed, inject, provide, shallowRef, watch, type InjectionKey, type Ref } from 'vue-demi'
import { actionErrorText, isLocaleLoaded, loadLocale, localeDirection, registerLocale, resolveLocale, translate, type LocaleDefinition, type StringOverrides, type TranslateParams } from '../i18n'
import type { MessageKind } from '../messages/kind'
import { createMessageRegistry, type RendererLayer, type RendererRegistry } from '../messages/registry'
import { bindMessageActions, type MessageActions, type RenderContext } from '../messages/types'
import type { ActionError, ChatMessage, ConversationEngine, ConversationState } from '../protocol/engine/types'
import type { ResolvedTheme } from './theme'

/** The longest text the engine accepts by default (ConversationOptions.maxTextLength). */
export const DEFAULT_MAX_TEXT_LENGTH = 5000

export interface KefuContext {
  engine: ConversationEngine
  /** the engine's latest state; replaced (not mutated) on every change */
  state: Readonly<Ref<ConversationState>>
  /**
   * the locale being drawn (a built-in one or one the host added); switching it re-renders every
   * string once its dictionary has loaded (until then the previous one stays, no flash of keys)
   */
  locale: Readonly<Ref<string>>
  /** the writing direction of `locale`, for `dir` on the root */
  dir: Readonly<Ref<'ltr' | 'rtl'>>
  /**
   * the text the "transfer to a human" action sends: the host's per-locale override of
   * `action.transferKeyword`, else the engine's own `transferKeyword` when the host set one, else
   * the locale's keyword (undefined = let the engine use its own)
   */
  transferKeyword: () => string | undefined
  /** the theme being drawn (`auto` already resolved) */
  theme: Readonly<Ref<ResolvedTheme>>
  /** translates a key for the current locale, with the host's per-string overrides applied */
  t: (key: string, params?: TranslateParams) => string
  /** which component draws which message */
  registry: Readonly<Ref<RendererRegistry>>
  /**
   * What renderers receive as their `context` prop. One object for the provider's lifetime, so
   * rows do not re-render when nothing of theirs changed; `locale` is a getter over the reactive
   * locale, so a renderer reading it still re-renders on a switch.
   */
  renderContext: RenderContext
  /**
   * The composer's draft when the host does not own it with v-model. It lives here, not in the
   * composer, so that what the customer typed survives the composer being re-mounted (a host
   * that hides the chat with v-if, a layout switch).
   */
  draft: Ref<string>
  /** the longest text the engine accepts, for the composer's character count */
  maxTextLength: number
  /** called when a message renderer throws; the row shows a placeholder instead */
  reportRenderError: (error: unknown, message: ChatMessage) => void
}

export const KEFU_CONTEXT_KEY: InjectionKey<KefuContext> = Symbol('kefu-kit')

/** Makes `ctx` available to every component below the current one. */
export function provideKefu(ctx: KefuContext): void {
  provide(KEFU_CONTEXT_KEY, ctx)
}

/** The nearest KefuProvider's context, or null outside one. */
export function useKefuOptional(): KefuContext | null {
  return inject(KEFU_CONTEXT_KEY, null) ?? null
}

/**
 * The nearest KefuProvider's context. Throws outside a provider: a shell component without an
 * engine can only draw an empty, dead chat, which is worse than a clear error at development time.
 */
export function useKefu(): KefuContext {
  const ctx = useKefuOptional()
  if (!ctx) {
    throw new Error('[kefu-kit] This component must be placed inside <KefuProvider> (or <KefuChat> with a `transport` or `engine`).')
  }
  return ctx
}

export interface CreateKefuContextOptions {
  engine: ConversationEngine
  state: Readonly<Ref<ConversationState>>
  /** any BCP 47 tag a host may pass (`en-US`, `zh-Hant`…) or `auto`; resolved here */
  locale: () => string | undefined
  /** where an unknown tag lands @default 'en' */
  defaultLocale?: () => string | undefined
  /** languages the host adds: tag → a whole dictionary (typed against the English keys) */
  locales?: () => Record<string, LocaleDefinition> | undefined
  /** the host configured the engine's `transferKeyword` itself: keep it unless a string override says otherwise */
  engineTransferKeyword?: boolean
  theme: Readonly<Ref<ResolvedTheme>>
  /** renderer layers (a map, a middleware, or a list of them; later ones sit above) */
  renderers?: () => RendererLayer | ReadonlyArray<RendererLayer | undefined> | undefined
  /** a team's own message kinds */
  kinds?: () => readonly MessageKind[] | undefined
  strings?: () => StringOverrides | undefined
  maxTextLength?: number
  /** ms clock for renderers (rating expiry) and date dividers @default Date.now */
  now?: () => number
  reportRenderError?: (error: unknown, message: ChatMessage) => void
}

/** The first of `navigator.languages` the kit has, else `fallback` (English by default). */
export function browserLocale(fallback = 'en'): string {
  return resolveLocale('auto', fallback)
}

/** Builds a KefuContext. Call inside a component's setup (it creates computed refs). */
export function createKefuContext(options: CreateKefuContextOptions): KefuContext {
  const { engine } = options
 // Host languages first, so the locale below can resolve to them.
  const registered = shallowRef(0)
  watch(() => options.locales?.(), (defs) => {
    if (!defs) return
    for (const tag of Object.keys(defs)) registerLocale(tag, defs[tag] as LocaleDefinition)
    registered.value++
  }, { immediate: true })
  const requested = computed<string>(() => {
    void registered.value
    return resolveLocale(options.locale() || 'auto', options.defaultLocale?.() || 'en')
  })
  // What is drawn: the requested locale once its chunk is in memory; until then the previous one
  // (or English at first), never raw keys. A late load for a locale no longer wanted is dropped.
  const locale = shallowRef<string>(isLocaleLoaded(requested.value) ? requested.value : 'en')
  watch(requested, (tag) => {
    if (isLocaleLoaded(tag)) {
      locale.value = tag
      return
    }
    void loadLocale(tag).then((got) => {
      if (requested.value === tag) locale.value = got
    })
  }, { immediate: true })
  const dir = computed(() => localeDirection(locale.value))
  const t = (key: string, params?: TranslateParams) => translate(locale.value, key, params, options.strings?.())
  const registry = computed(() => createMessageRegistry({ renderers: options.renderers?.(), kinds: options.kinds?.() }))
  // Bound once: renderers call these as plain functions (`context.actions.retry(id)`).
  const actions: MessageActions = bindMessageActions(engine)
  const now = options.now ?? (() => Date.now())
  const renderContext: RenderContext = {
    actions,
    t,
    get locale() { return locale.value },
    now,
  }
  const draft = persistedDraft(engine)
  return {
    engine,
    state: options.state,
    locale,
    dir,
    transferKeyword: () => {
      const own = options.strings?.()?.[locale.value]?.['action.transferKeyword']
      if (typeof own === 'string' && own.trim()) return own
      return options.engineTransferKeyword || engine.configuredTransferKeyword ? undefined : t('action.transferKeyword')
    },
    theme: options.theme,
    t,
    registry,
    renderContext,
    draft,
    maxTextLength: options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH,
    reportRenderError: options.reportRenderError ?? (() => undefined),
  }
}

/**
 * The composer's draft, kept by the engine's storage when it has one (`loadDraft` / `saveDraft`):
 * a reload, a crash or a closed tab keeps what the customer was typing. What they type before
 * the stored draft is read wins over it.
 */
function persistedDraft(engine: ConversationEngine): Ref<string> {
  const draft = shallowRef('')
  if (typeof engine.loadDraft === 'function') {
    try {
      Promise.resolve(engine.loadDraft()).then(
        (stored) => {
          if (typeof stored === 'string' && stored !== '' && draft.value === '') draft.value = stored
        },
        () => undefined,
      )
    } catch {
      // a host engine whose loadDraft throws: start empty
    }
  }
  if (typeof engine.saveDraft === 'function') {
    watch(draft, (value) => {
      try {
        engine.saveDraft?.(value)
      } catch {
        // persisting the draft is best effort
      }
    })
  }
  return draft
}

/**
 * A refused action's error in the customer's language (`actionErrorText` from the kit's i18n; an
 * unknown code gets the generic sentence, never the engine's developer-facing `message`). Pass
 * `{ max }` so `tooLong` names the limit.
 */
export function describeActionError(error: ActionError, t: KefuContext['t'], params?: TranslateParams): string {
  const max = params && typeof params.max === 'number' ? params.max : undefined
  return actionErrorText(t, error, { max })
}
