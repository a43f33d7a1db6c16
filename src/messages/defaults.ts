// The kit's built-in renderer for each drawn kind. Filled in by the renderer folders.
import type { Component } from 'vue-demi'
import type { PayloadKind } from '../protocol/types'

export const defaultRenderers: Partial<Record<PayloadKind, Component>> = {}
