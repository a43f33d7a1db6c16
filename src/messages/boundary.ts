// The per-message error boundary, the first (outermost) layer of the renderer chain: whatever the
// layers below return, one broken renderer costs one message, never the conversation.
import { defineComponent, inject, onErrorCaptured, shallowRef, watch, type Component, type InjectionKey } from 'vue-demi'
import type { ChatMessage } from '../protocol/engine/types'
import { hc } from '../vue/compat'
import { rendererProps } from './types'
import { MessageErrorPlaceholder } from './unsupported/MessageErrorPlaceholder'

/** Where a boundary reports a renderer's error (KefuMessageRow provides it). */
export const RENDER_ERROR_KEY: InjectionKey<(error: unknown, message: ChatMessage) => void> = Symbol('kefu-render-error')

const boundaries = new WeakSet<object>()
const cache = new WeakMap<object, Component>()

/** Whether `component` already is an error boundary (wrapping it again would add nothing). */
export function isErrorBoundary(component: unknown): boolean {
  return !!component && (typeof component === 'object' || typeof component === 'function') && boundaries.has(component as object)
}

/**
 * `inner` behind an error boundary: when it throws, the kit's placeholder is drawn instead and the
 * error is reported (to the row's `onRenderError`), not thrown to the list or the host. The same
 * component is returned for the same `inner`, so rows are not re-mounted.
 */
export function withErrorBoundary(inner: Component): Component {
  if (isErrorBoundary(inner)) return inner
  const cached = cache.get(inner as object)
  if (cached) return cached
  const Boundary = defineComponent({
    name: 'KefuRendererBoundary',
    props: rendererProps,
    setup(props) {
      const report = inject(RENDER_ERROR_KEY, null)
      const failed = shallowRef(false)
      const caught = shallowRef<unknown>(undefined)
      // Returning false stops the error here, so neither the list nor the host's global error
      // handler sees it; the host hears of it through the report.
      onErrorCaptured((error) => {
        if (!failed.value) {
          failed.value = true
          caught.value = error
          if (report) report(error, props.message)
        }
        return false
      })
      // A new version of the message (a stream grew, the backend filled `selected`) gets a fresh
      // chance: the renderer may only have choked on the old data.
      watch(() => props.message, () => {
        failed.value = false
        caught.value = undefined
      })
      return () => {
        const p = { message: props.message, context: props.context, defaultRenderer: props.defaultRenderer }
        return failed.value
          ? hc(MessageErrorPlaceholder, { props: { ...p, error: caught.value } })
          : hc(inner, { props: p })
      }
    },
  })
  boundaries.add(Boundary)
  cache.set(inner as object, Boundary)
  return Boundary
}
