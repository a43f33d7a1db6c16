// Test helper: one mount() for @vue/test-utils v2 (Vue 3) and v1 (Vue 2.7), so every component
// test runs unchanged on both runtimes (npm run test:vue3 / test:vue2).
import { mount } from '@vue/test-utils'
import { isVue2, version } from 'vue-demi'

export interface MountOptions {
  props?: Record<string, unknown>
  /** listeners for the component's events, by event name */
  on?: Record<string, (...args: any[]) => void>
  attachTo?: Element
}

// Every wrapper mounted here, so what a test file leaves mounted is unmounted when the file ends
// (test/setup/dom.mjs): the jsdom projects run many files in one window and one module graph, and
// a component still mounted keeps reacting to the module state the next file changes (a lazy
// renderer loading, a locale) and keeps its engine and timers running.
const mounted = new Set<any>()

export function mountCompat(component: any, opts: MountOptions = {}): any {
  let wrapper: any
  if (isVue2) {
    wrapper = (mount as any)(component, { propsData: opts.props, listeners: opts.on, attachTo: opts.attachTo })
  } else {
    const listeners: Record<string, unknown> = {}
    for (const [evt, fn] of Object.entries(opts.on || {})) listeners['on' + evt.charAt(0).toUpperCase() + evt.slice(1)] = fn
    wrapper = (mount as any)(component, { props: { ...opts.props, ...listeners }, attachTo: opts.attachTo })
  }
  mounted.add(wrapper)
  return wrapper
}

/** Unmounts every wrapper `mountCompat` mounted that is still mounted (test/setup/dom.mjs, after each file). */
export function unmountAllForTests(): void {
  const left = Array.from(mounted)
  mounted.clear()
  for (const w of left) {
    const vm = w.vm
    const gone = isVue2 ? !vm || vm._isDestroyed || vm._isBeingDestroyed : !vm || vm.$?.isUnmounted
    if (gone) continue
    if (typeof w.unmount === 'function') w.unmount()
    else w.destroy()
  }
}

/** Changes props on a mounted wrapper (same call on both test-utils versions). */
export async function setPropsCompat(wrapper: any, props: Record<string, unknown>): Promise<void> {
  await wrapper.setProps(props)
}

/** `Vue 3.5.45` / `Vue 2.7.16`, for test titles so a failure says which runtime it was on. */
export const vueLabel = `Vue ${version}${isVue2 ? ' (2)' : ''}`
