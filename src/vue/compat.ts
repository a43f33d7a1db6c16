// One `h` for both runtimes, so one built artifact serves Vue 3 and Vue 2.x hosts.
// Vue 2 wants nested VNode data ({ attrs, domProps, props, on, scopedSlots }); Vue 3 wants flat
// props ({ id, onClick, ...props }) with slots as the third argument. Writing every component
// against this one shape is what keeps the kit free of per-version builds
// (see shared/research/vue2-vue3.md, and the silent attribute loss it measured on Vue 2.7).
import { h as vueH, isVue2 } from 'vue-demi'

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

export { isVue2 }
