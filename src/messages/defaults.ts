// The kit's built-in renderer for each drawn kind, read from the kind declarations (./kinds.ts).
// Flag kinds (start, typing, rating rules, seat status, …) have none: they are never drawn.
import type { Component } from 'vue-demi'
import type { PayloadKind } from '../protocol/types'
import { builtInKinds } from './kinds'

/** Kind → the kit's renderer (derived from the declarations; kept for hosts that read it). */
export const defaultRenderers: Partial<Record<PayloadKind, Component>> = /* @__PURE__ */ (() => {
  const map: Partial<Record<PayloadKind, Component>> = {}
  for (const k of builtInKinds) if (k.layout !== 'hidden') for (const kind of k.kinds) map[kind] = k.component
  return map
})()
