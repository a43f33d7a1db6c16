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

export function mountCompat(component: any, opts: MountOptions = {}): any {
  if (isVue2) {
    return (mount as any)(component, { propsData: opts.props, listeners: opts.on, attachTo: opts.attachTo })
  }
  const listeners: Record<string, unknown> = {}
  for (const [evt, fn] of Object.entries(opts.on || {})) listeners['on' + evt.charAt(0).toUpperCase() + evt.slice(1)] = fn
  return (mount as any)(component, { props: { ...opts.props, ...listeners }, attachTo: opts.attachTo })
}

/** Changes props on a mounted wrapper (same call on both test-utils versions). */
export async function setPropsCompat(wrapper: any, props: Record<string, unknown>): Promise<void> {
  await wrapper.setProps(props)
}

/** `Vue 3.5.45` / `Vue 2.7.16`, for test titles so a failure says which runtime it was on. */
export const vueLabel = `Vue ${version}${isVue2 ? ' (2)' : ''}`
