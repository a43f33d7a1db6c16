// Renderers loaded on first use. A kind declared with `load` (see kind.ts) gets a stand-in
// component: it draws a placeholder in the row's place (the message's one-line summary, in a box
// styled like the bubble it becomes) while `load()` runs, then the real renderer, with the same
// props. The loaded component is kept: every later message of that kind draws at once.
// A host that bundles the kit splits each loader's target into its own chunk, so a chat that never
// meets a rating card never downloads it.
import { defineComponent, shallowRef, type Component } from 'vue-demi'
import { hc } from '../vue/compat'
import { componentLoader } from '../vue/lazyComponent'
import { rendererProps } from './types'
import './lazy.css'
import type { ChatMessage } from '../protocol/engine/types'
import type { RenderContext } from './types'

/** What a kind's `load` may resolve to: the component, or a module whose `default` it is. */
export type RendererLoader = () => Promise<Component | { default: Component }>

/** A renderer that loads on first use, with what it needs to be preloaded. */
export interface LazyRenderer {
  /** the stand-in component (what the registry hands to the list) */
  readonly component: Component
  /** loads the real renderer (once; later calls return the same promise); rejects when loading fails */
  load(): Promise<Component>
  /** the real renderer once loaded, else undefined */
  loaded(): Component | undefined
}

/** Draws the summary line while the renderer loads (the default placeholder). */
export type PlaceholderText = (message: ChatMessage, context: RenderContext) => string

/**
 * Wraps a loader into a component taking `rendererProps`. `placeholder` (a component taking
 * `rendererProps`) is drawn until the renderer is there; by default a `kefu-lazy` box with
 * `text(message)`. A failed load keeps the placeholder (the text stays readable) and is retried by
 * the next message that needs the renderer.
 */
export function lazyRenderer(loader: RendererLoader, options: { name: string; placeholder?: Component; text?: PlaceholderText }): LazyRenderer {
  const { load, loaded } = componentLoader(loader, `the renderer of "${options.name}"`)
  const Placeholder: Component = options.placeholder || defineComponent({
    name: 'KefuLazyPlaceholder',
    props: rendererProps,
    setup(props) {
      return () => {
        let text = ''
        try {
          text = options.text ? options.text(props.message, props.context) : ''
        } catch {
          text = ''
        }
        return hc('div', { class: 'kefu-lazy', attrs: { 'aria-busy': 'true', 'data-kefu-lazy': options.name } }, text)
      }
    },
  })
  const Stand = defineComponent({
    name: 'KefuLazyRenderer',
    props: rendererProps,
    setup(props) {
      // boxed: a ref typed with the Component union does not accept a component on every runtime's typings
      const current = shallowRef<{ c: Component | undefined }>({ c: loaded() })
      if (!current.value.c) {
        load().then((c) => {
          current.value = { c }
        }, () => {})
      }
      return () => {
        const p = { message: props.message, context: props.context, defaultRenderer: props.defaultRenderer }
        return hc(current.value.c || Placeholder, { props: p })
      }
    },
  })
  return { component: Stand, load, loaded }
}
