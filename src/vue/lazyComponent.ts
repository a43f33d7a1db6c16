// A component whose code loads on first use: `lazyComponent(() => import('./Big'), { props, placeholder })`
// returns a stand-in with the same props that draws `placeholder` while the code loads, then the
// real component with the same props (and keeps it: later mounts draw it at once). A failed load
// keeps the placeholder, told `failed` with a `retry`; the next mount retries too. Written for the
// three runtimes (Vue 2 has no defineAsyncComponent); message renderers use messages/lazy.ts.
// A host's bundler splits the loader's target into a chunk of its own.
import { defineComponent, shallowRef, type Component } from 'vue-demi'
import { hc } from './compat'

/** What the placeholder draws with. */
export interface LazyPlaceholderState<P> {
  /** the stand-in's props (the ones the real component will get) */
  props: P
  /** the last load failed (until `retry`) */
  failed: boolean
  /** loads again */
  retry(): void
}

/** A component loaded on first use. */
export interface LazyComponent {
  /** the stand-in to mount in the real one's place */
  readonly component: Component
  /** loads the real component (once; later calls share the promise); rejects when loading fails */
  load(): Promise<Component>
  /** the real component once loaded, else undefined */
  loaded(): Component | undefined
}

function unwrap(value: Component | { default: Component }): Component {
  const v = value as { default?: Component }
  return v && typeof v === 'object' && 'default' in v && v.default ? v.default : (value as Component)
}

/**
 * Loads a component once: `load()` runs `loader` the first time (later calls share its promise,
 * then resolve to the component at once); a failed load is forgotten, so the next call retries.
 * `what` names it in the error for a loader that resolves to nothing. Shared by the stand-ins
 * here and the lazy message renderers (messages/lazy.ts). @internal
 */
export function componentLoader(loader: () => Promise<Component | { default: Component }>, what: string): { load(): Promise<Component>; loaded(): Component | undefined } {
  let component: Component | undefined
  let pending: Promise<Component> | null = null
  const load = (): Promise<Component> => {
    if (component) return Promise.resolve(component)
    if (!pending) {
      pending = Promise.resolve()
        .then(loader)
        .then((value) => {
          const c = unwrap(value)
          if (!c) throw new Error(`[kefu-kit] ${what} loaded as nothing`)
          component = c
          return c
        })
      pending.catch(() => {
        pending = null
      })
    }
    return pending
  }
  return { load, loaded: () => component }
}

export function lazyComponent<P extends Record<string, unknown>>(
  loader: () => Promise<Component | { default: Component }>,
  options: {
    name: string
    /** the real component's props (the stand-in declares the same and hands them on) */
    props: Record<string, unknown>
    /** drawn until the component is there (also after a failed load) */
    placeholder: (state: LazyPlaceholderState<P>) => unknown
  },
): LazyComponent {
  const { load, loaded } = componentLoader(loader, options.name)
  const keys = Object.keys(options.props)
  const Stand = defineComponent({
    name: options.name,
    props: options.props as {},
    setup(props) {
      // boxed: a ref typed with the Component union does not accept a component on every runtime's typings
      const current = shallowRef<{ c: Component | undefined; failed: boolean }>({ c: loaded(), failed: false })
      const attempt = (): void => {
        if (current.value.failed) current.value = { c: undefined, failed: false }
        load().then((c) => {
          current.value = { c, failed: false }
        }, () => {
          current.value = { c: undefined, failed: true }
        })
      }
      if (!current.value.c) attempt()
      return () => {
        const p: Record<string, unknown> = {}
        for (const k of keys) p[k] = (props as Record<string, unknown>)[k]
        const c = current.value.c
        if (c) return hc(c, { props: p })
        return options.placeholder({ props: p as P, failed: current.value.failed, retry: attempt }) as any
      }
    },
  })
  return { component: Stand, load, loaded }
}
