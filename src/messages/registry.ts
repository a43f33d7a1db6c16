// The renderer registry: which component draws which message, and how it is laid out and
// summarised. Underneath it is a chain of layers, in the manner of activity middleware:
//
//   next => message => component | false | next(message)
//
// The per-message error boundary is the first layer, the kit's kind declarations the last; a
// team's layers sit in between, and each may replace, hide, or wrap what the layers below draw.
// A `RendererMap` is the shorthand for a layer that replaces by key.
import { defineComponent, type Component } from 'vue-demi'
import type { ChatMessage } from '../protocol/engine/types'
import { FLAG_KINDS, type PayloadKind } from '../protocol/types'
import { withErrorBoundary } from './boundary'
import { indexKinds, type KindLookup, type MessageKind, type MessageLayout } from './kind'
import { builtInKinds } from './kinds'
import { summarizeWith } from './summary'
import { rendererProps, type RenderContext } from './types'

/**
 * A payload kind (`branch`, `rating`, `richText`, …, `unknown`, `invalid`), or `src:<n>` for a
 * custom message type (`src:1001`), which wins over the kind.
 */
export type RendererKey = PayloadKind | `src:${string}`

/** Renderer overrides; `false` hides that kind entirely. */
export type RendererMap = Partial<Record<RendererKey, Component | false>>

/** One step of the chain: the component for a message, or `false` for "not drawn". */
export type RendererNext = (message: ChatMessage) => Component | false

/**
 * A layer of the chain. It gets the layers below as `next` and returns its own step, which may
 * return a component (replace), `false` (hide), `next(message)` (pass), or a component wrapping
 * `next(message)` (wrap; see `defineRendererWrapper`).
 */
export type RendererMiddleware = (next: RendererNext) => RendererNext

/** A layer given as a map (the shorthand) or as a middleware. */
export type RendererLayer = RendererMap | RendererMiddleware

export interface ResolvedRenderer {
  component: Component
  /** the kit's renderer for the same message, handed to a custom one so it can wrap it */
  defaultRenderer: Component
  /** a bubble or a centred system line (from the kind's declaration) @default 'bubble' */
  layout?: Exclude<MessageLayout, 'hidden'>
  /** the declaration the message answers to, if any */
  kind?: MessageKind
}

export interface RendererRegistry {
  /** the renderer for a message, or null when it is not drawn */
  resolve(message: ChatMessage): ResolvedRenderer | null
  /** the message in one plain line, from its kind's declaration (custom kinds included) */
  summarize?(message: ChatMessage, t: RenderContext['t']): string
}

export interface MessageRegistryOptions {
  /** a team's own kinds (`defineMessageKind`); they win over the kit's for the same key */
  kinds?: readonly MessageKind[]
  /**
   * renderer layers between the error boundary and the kinds; later layers sit above (outside)
   * earlier ones, so an app's layer given after a plugin's wraps and overrides it
   */
  renderers?: RendererLayer | ReadonlyArray<RendererLayer | undefined>
}

/** A map as a layer: its entry for `src:<n>`, else for the payload kind, else the layers below. */
export function rendererMapLayer(map: RendererMap): RendererMiddleware {
  return (next) => (message) => {
    const p = message.payload
    const srcKey = 'src' in p && p.src ? (`src:${p.src}` as RendererKey) : undefined
    const found = srcKey && srcKey in map ? map[srcKey] : map[p.kind]
    if (found === false) return false
    return found || next(message)
  }
}

function toMiddleware(layer: RendererLayer): RendererMiddleware {
  return typeof layer === 'function' ? layer : rendererMapLayer(layer)
}

/** The first layer: everything drawn goes behind a per-message error boundary. */
export const errorBoundaryLayer: RendererMiddleware = (next) => (message) => {
  const c = next(message)
  return c ? withErrorBoundary(c) : c
}

const unknownKind = (lookup: KindLookup): MessageKind | undefined =>
  lookup({ id: '', from: 'service', time: 0, status: 'sent', payload: { kind: 'unknown', src: '' } })

/** Creates a registry from kind declarations and renderer layers. */
export function createMessageRegistry(options: MessageRegistryOptions = {}): RendererRegistry {
  const lookup = indexKinds(builtInKinds, options.kinds)
  const fallback = unknownKind(lookup)!
  // A flag is never drawn; anything else without a declaration degrades to "unsupported".
  const kindOf = (m: ChatMessage): MessageKind | undefined => lookup(m) || (FLAG_KINDS.has(m.payload.kind) ? undefined : fallback)
  const defaults: RendererNext = (m) => {
    const k = kindOf(m)
    return k && k.layout !== 'hidden' ? k.component : false
  }
  const layers = Array.isArray(options.renderers) ? options.renderers : [options.renderers]
  let chain = defaults
  for (const layer of layers as Array<RendererLayer | undefined>) if (layer) chain = toMiddleware(layer)(chain)
  chain = errorBoundaryLayer(chain)

  return {
    resolve(message) {
      if (!message || !message.payload) return null
      const component = chain(message)
      if (!component) return null
      const kind = kindOf(message)
      return {
        component,
        defaultRenderer: (kind || fallback).component,
        layout: kind && kind.layout === 'system' ? 'system' : 'bubble',
        kind,
      }
    },
    summarize: (message, t) => summarizeWith(lookup, message, t),
  }
}

/** Creates a registry from the kit's defaults and a team's overrides (later maps win). */
export function createRendererRegistry(...overrides: Array<RendererLayer | undefined>): RendererRegistry {
  return createMessageRegistry({ renderers: overrides })
}

/** What a wrapper's render gets: the renderer props, ready to hand on with `hc(inner, { props })`. */
export type RendererWrapperProps = { message: ChatMessage; context: RenderContext; defaultRenderer?: Component }

/**
 * Makes a wrapping layer easy to write: `wrap(inner)` is a component that draws `render(inner,
 * props)`, the same component for the same `inner` (so rows keep their state across updates).
 *
 * ```ts
 * const framed = defineRendererWrapper('Framed', (Inner, props) => hc('div', { class: 'framed' }, [hc(Inner, { props })]))
 * const layer: RendererMiddleware = (next) => (m) => { const c = next(m); return c && framed(c) }
 * ```
 */
export function defineRendererWrapper(
  name: string,
  render: (inner: Component, props: RendererWrapperProps) => unknown,
): (inner: Component) => Component {
  const cache = new WeakMap<object, Component>()
  return (inner) => {
    let c = cache.get(inner as object)
    if (!c) {
      c = defineComponent({
        name,
        props: rendererProps,
        setup(props) {
          return () => render(inner, { message: props.message, context: props.context, defaultRenderer: props.defaultRenderer }) as any
        },
      }) as Component
      cache.set(inner as object, c)
    }
    return c
  }
}
