// One `h` for both runtimes, so one built artifact serves Vue 3 and Vue 2.x hosts.
// Vue 2 wants nested VNode data ({ attrs, domProps, props, on, scopedSlots }); Vue 3 wants flat
// props ({ id, onClick, ...props }) with slots as the third argument. Writing every component
// against this one shape is what keeps the kit free of per-version builds
// (on Vue 2.7 a flat, Vue 3-shaped props object silently loses its attributes).
import { getCurrentInstance, h as vueH, isVue2, shallowRef, version } from 'vue-demi'

type Listener = (...args: any[]) => void
type SlotFn = (scope?: any) => any

export interface HData {
  class?: unknown
  style?: unknown
  key?: string | number
  /** a Ref object or a function (both supported by Vue 3 and 2.7; not by 2.6) */
  ref?: unknown
  /** DOM attributes, including `aria-*`, `role`, `data-*` (Vue 2: data.attrs) */
  attrs?: Record<string, unknown>
  /** live DOM properties such as an input's `value` or `innerHTML` (Vue 2: data.domProps) */
  domProps?: Record<string, unknown>
  /** component props (Vue 2: data.props) */
  props?: Record<string, unknown>
  /** listeners by event name: { click, keydown, 'update:modelValue' } (Vue 2: data.on) */
  on?: Record<string, Listener | undefined>
  /** slots for a child component (Vue 2: data.scopedSlots) */
  slots?: Record<string, SlotFn>
}

const handlerKey = (evt: string) => 'on' + evt.charAt(0).toUpperCase() + evt.slice(1)

/** Builds a VNode from the one data shape above, for whichever Vue is running. */
export function hc(type: any, data: HData = {}, children?: unknown): any {
  const { class: klass, style, key, ref, attrs, domProps, props, on, slots } = data
  if (isVue2) {
    const d: Record<string, unknown> = { class: klass, style, key, ref, attrs, domProps, props }
    if (on) d.on = dropUndefined(on)
    if (slots) d.scopedSlots = slots
    return (vueH as any)(type, d, children as any)
  }
  const d: Record<string, unknown> = { class: klass, style, key, ref, ...attrs, ...domProps, ...props }
  if (on) for (const evt of Object.keys(on)) if (on[evt]) d[handlerKey(evt)] = on[evt]
  if (slots) return (vueH as any)(type, d, slots)
  return (vueH as any)(type, d, children as any)
}

function dropUndefined(on: Record<string, Listener | undefined>): Record<string, Listener> {
  const out: Record<string, Listener> = {}
  for (const k of Object.keys(on)) if (on[k]) out[k] = on[k] as Listener
  return out
}

/**
 * Vue 2.6 (with @vue/composition-api) supports only string refs in render functions; Vue 2.7 and
 * 3 take a Ref object. Read once: the runtime cannot change under a running app.
 */
const stringRefsOnly = isVue2 && /^2\.[0-6]\./.test(version)

/** An element ref that works on Vue 3, 2.7 and 2.6: pass `bind` as `ref`, read `value`. */
export interface ElementRef<T> {
  /** the element, or null before mount / after unmount */
  readonly value: T | null
  /** what goes in `hc(tag, { ref: … })` */
  readonly bind: unknown
}

/**
 * Creates an element ref inside `setup()`. On 2.6 the element is read from `$refs` when asked
 * for, so the value is not reactive there: read it in handlers and hooks, not in `computed`.
 */
export function useElementRef<T extends Element>(name: string): ElementRef<T> {
  if (stringRefsOnly) {
    const instance = getCurrentInstance() as { proxy?: { $refs: Record<string, unknown> } } | null
    return {
      get value() {
        return (instance?.proxy?.$refs[name] as T | undefined) ?? null
      },
      bind: name,
    }
  }
  const r = shallowRef<T | null>(null)
  return {
    get value() {
      return r.value
    },
    bind: r,
  }
}

export { isVue2 }
