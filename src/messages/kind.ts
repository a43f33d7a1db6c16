// One message kind, declared once: what draws it, how it sits in the list, how it reads in a
// one-line summary, and the gallery's examples of it. The list, the live region, the gallery and
// the defaults all read these declarations; a team declares its own `src` the same way.
import type { Component } from 'vue-demi'
import type { ChatMessage } from '../protocol/engine/types'
import type { PayloadKind } from '../protocol/types'
import type { RenderContext } from './types'
import { lazyRenderer, type RendererLoader } from './lazy'
import { oneLine } from './_shared/plainText'

export type { RendererLoader } from './lazy'

/**
 * Where a message sits in the transcript: a `bubble` (aligned by sender, with avatar and name), a
 * centred `system` line (no avatar; it stands alone between groups), or `hidden` (not drawn, not
 * announced).
 */
export type MessageLayout = 'bubble' | 'system' | 'hidden'

/** What a summary function gets besides the message. */
export interface SummaryContext {
  /** translated string for the current locale */
  t: RenderContext['t']
}

/**
 * A short plain-text description of a message (the screen-reader announcement, an unread
 * preview). The kit folds whitespace, drops invisible and bidi characters and truncates the result,
 * so a summary may return raw payload text.
 */
export type MessageSummary = (message: ChatMessage, ctx: SummaryContext) => string

/** One message in a state worth looking at (the gallery, screenshots, visual tests). */
export interface GalleryFixture {
  /** stable and unique, e.g. `rating-stars-expired`: screenshot names are built from it */
  id: string
  /** the payload kind (or `revoked` for a withdrawn message) */
  kind: string
  /** a short English title for the gallery */
  title: string
  /** what to look for */
  note?: string
  /**
   * the message; its `cloudCustomData` (message-level metadata) is drawn too, e.g.
   * `{ data: { role: 'robot', messageType: 'aiReply' } }` for an answer with the AI label
   */
  message: ChatMessage
  /**
   * thumbs feedback already given on an AI answer (what `ConversationState.feedback` would hold),
   * for entries that show an answer after the customer's choice
   */
  feedback?: { helpful: boolean; status: 'sending' | 'sent' | 'failed' }
}

/** What `defineMessageKind` takes. */
export interface MessageKindOptions {
  /** the payload kinds it draws (`['welcome', 'clarify']`); give this, `src`, or both */
  kinds?: readonly PayloadKind[]
  /**
   * custom message types by their `src` (`'1001'`, or `'tim:TIMGroupTipElem'` for a Tencent type); a
   * `src` match wins over the payload kind
   */
  src?: string | readonly string[]
  /** the renderer: a component taking `rendererProps` (give this or `load`) */
  component?: Component
  /**
   * The renderer, loaded on first use instead of bundled up front (give this or `component`):
   *
   * ```ts
   * load: () => import('./CouponMessage').then((m) => m.CouponMessage)
   * ```
   *
   * Use it for renderers that are big or rarely drawn. A host's bundler puts the target in a chunk
   * of its own; the chat downloads it when the first message of this kind is drawn. Until then
   * the row shows `placeholder` (default: a `.kefu-lazy` box with the kind's `summary`, styled
   * like a text bubble, `aria-busy`), in the same place: the row, its avatar, name and time are
   * drawn at once, and the list measures the new height when the renderer replaces it. A failed
   * load leaves the placeholder and is retried by the next message that needs it. The loaded
   * renderer gets the same props (`rendererProps`) and is kept for every later message.
   *
   * For the kit's own kinds: nothing in the main entry may import the renderer's module
   * statically (a module imported statically anywhere is not split off, by Vite/Rolldown or by a
   * host's bundler), so the folder's index exports `kind.component` under the renderer's public
   * name (see rating/index.ts). Rarely drawn cards share one module, `rareCards.ts` (one lazy
   * chunk: small chunks compress poorly); a renderer of its own size can have its own `import()`.
   * `kind.load()` preloads (the gallery awaits it; tests mounting a row can too).
   */
  load?: RendererLoader
  /** drawn while `load` runs (a component taking `rendererProps`) @default the summary in a `.kefu-lazy` box */
  placeholder?: Component
  /** @default 'bubble' */
  layout?: MessageLayout
  /** one line for the live region and previews @default the translated "[Message]" */
  summary?: MessageSummary
  /**
   * the gallery's examples, loaded when the gallery asks for them: return a dynamic import
   * (`() => import('./fixtures').then((m) => m.myFixtures)`) so an app that never shows a gallery
   * never downloads them
   */
  fixtures?: FixtureLoader
}

/** Loads a kind's gallery fixtures (synchronously, or as a promise from a dynamic import). */
export type FixtureLoader = () => readonly GalleryFixture[] | Promise<readonly GalleryFixture[]>

/** A declared message kind (frozen; read by the registry, the list, the live region, the gallery). */
export interface MessageKind {
  readonly kinds: readonly PayloadKind[]
  readonly src: readonly string[]
  /** what the list draws: the renderer, or for a lazy kind the stand-in that loads it */
  readonly component: Component
  /** for a kind declared with `load`: loads the renderer (once), resolves with it */
  readonly load?: () => Promise<Component>
  readonly layout: MessageLayout
  readonly summary?: MessageSummary
  readonly fixtures?: FixtureLoader
  /** the registry keys it answers to: `text`, `src:1001`, … */
  readonly keys: readonly string[]
}

const LAYOUTS: readonly MessageLayout[] = ['bubble', 'system', 'hidden']

/**
 * Declares a message kind. The kit's own kinds are declared with it in `src/messages/<kind>/`;
 * a team passes its own to `KefuChat`'s `kinds` prop:
 *
 * ```ts
 * defineMessageKind({ src: '1001', component: CouponMessage, layout: 'bubble',
 *   summary: (m, { t }) => t('coupon.summary') })
 * ```
 */
export function defineMessageKind(options: MessageKindOptions): MessageKind {
  const kinds = Array.from(options.kinds || [])
  const src = (typeof options.src === 'string' ? [options.src] : Array.from(options.src || [])).map(String)
  if (!kinds.length && !src.length) throw new Error('[kefu-kit] defineMessageKind needs `kinds` or `src`.')
  if (!options.component && typeof options.load !== 'function') throw new Error('[kefu-kit] defineMessageKind needs a `component` (or a `load` function).')
  const layout = options.layout ?? 'bubble'
  if (!LAYOUTS.includes(layout)) throw new Error(`[kefu-kit] defineMessageKind: unknown layout "${String(layout)}".`)
  const summary = options.summary
  const lazy = options.component
    ? null
    : lazyRenderer(options.load as RendererLoader, {
      name: [...kinds, ...src].join(' '),
      placeholder: options.placeholder,
      text: summary ? (m, ctx) => oneLine(summary(m, { t: ctx.t })) : undefined,
    })
  return Object.freeze({
    kinds: Object.freeze(kinds),
    src: Object.freeze(src),
    component: lazy ? lazy.component : (options.component as Component),
    load: lazy ? lazy.load : undefined,
    layout,
    summary: options.summary,
    fixtures: options.fixtures,
    keys: Object.freeze([...src.map((s) => `src:${s}`), ...kinds]),
  })
}

/** The declaration a message answers to among `kinds`: its `src` first, then its payload kind. */
export type KindLookup = (message: ChatMessage) => MessageKind | undefined

/** Indexes declarations by key; a later declaration for the same key wins. */
export function indexKinds(...lists: Array<readonly MessageKind[] | undefined>): KindLookup {
  const byKey = new Map<string, MessageKind>()
  for (const list of lists) for (const k of list || []) for (const key of k.keys) byKey.set(key, k)
  return (message) => {
    const p = message && message.payload
    if (!p) return undefined
    const src = 'src' in p && p.src ? byKey.get(`src:${p.src}`) : undefined
    return src || byKey.get(p.kind)
  }
}
