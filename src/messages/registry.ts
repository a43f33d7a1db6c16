// The renderer registry: which component draws which message. A team replaces the renderer of any
// kind, or adds one for its own `src`, by passing a map; nothing of the kit's source is copied.
import type { Component } from 'vue-demi'
import type { ChatMessage } from '../protocol/engine/types'
import type { PayloadKind } from '../protocol/types'
import { defaultRenderers } from './defaults'

/**
 * A payload kind (`branch`, `rating`, `richText`, …, `unknown`, `invalid`), or `src:<n>` for a
 * custom message type (`src:1001`), which wins over the kind.
 */
export type RendererKey = PayloadKind | `src:${string}`

/** Renderer overrides; `false` hides that kind entirely. */
export type RendererMap = Partial<Record<RendererKey, Component | false>>

export interface ResolvedRenderer {
  component: Component
  /** the kit's renderer for the same message, handed to a custom one so it can wrap it */
  defaultRenderer: Component
}

export interface RendererRegistry {
  /** the renderer for a message, or null when it is not drawn */
  resolve(message: ChatMessage): ResolvedRenderer | null
}

/** Creates a registry from the kit's defaults and a team's overrides (later maps win). */
export function createRendererRegistry(...overrides: Array<RendererMap | undefined>): RendererRegistry {
  const map: RendererMap = Object.assign({}, defaultRenderers, ...overrides.filter(Boolean))
  return {
    resolve(message) {
      const p = message.payload
      const srcKey = 'src' in p && p.src ? (`src:${p.src}` as RendererKey) : undefined
      const fallback = (defaultRenderers[p.kind] || defaultRenderers.unknown) as Component
      const found = (srcKey && srcKey in map ? map[srcKey] : map[p.kind]) ?? (p.kind in map ? map[p.kind] : fallback)
      if (found === false) return null
      return { component: (found || fallback) as Component, defaultRenderer: fallback }
    },
  }
}
