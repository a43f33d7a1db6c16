// A component loaded on first use: the placeholder, then the component with the same props; a
// failed load keeps a visible placeholder that can retry; loaded once, kept.
import { describe, expect, it } from 'vitest'
import { defineComponent, nextTick } from 'vue-demi'
import { hc } from './compat'
import { lazyComponent } from './lazyComponent'
import { mountCompat, vueLabel } from '../testing/mount'

const Real = defineComponent({
  name: 'Real',
  props: { label: { type: String, required: true as const } },
  setup(props) {
    return () => hc('p', { class: 'real' }, `real ${props.label}`)
  },
})

const settle = async () => {
  for (let i = 0; i < 6; i++) {
    await Promise.resolve()
    await nextTick()
  }
}

function deferred<T>() {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej })
  return { promise, resolve, reject }
}

function make(loader: () => Promise<any>) {
  return lazyComponent<{ label: string }>(loader, {
    name: 'LazyReal',
    props: { label: { type: String, required: true as const } },
    placeholder: ({ props, failed, retry }) => hc('p', { class: failed ? 'failed' : 'loading' }, [
      `waiting ${props.label}`,
      failed ? hc('button', { class: 'retry', attrs: { type: 'button' }, on: { click: retry } }, 'Retry') : null,
    ]),
  })
}

function mountWith(component: unknown, label: string) {
  const Host = defineComponent({ setup: () => () => hc('div', {}, [hc(component, { props: { label } })]) })
  return mountCompat(Host)
}

describe(`lazyComponent on ${vueLabel}`, () => {
  it('draws the placeholder with the props, then the component with the same props; loads once', async () => {
    const gate = deferred<typeof Real>()
    let calls = 0
    const lazy = make(() => (calls++, gate.promise))
    const w = mountWith(lazy.component, 'one')
    expect(w.find('.loading').text()).toBe('waiting one')
    expect(w.find('.real').exists()).toBe(false)
    gate.resolve(Real)
    await settle()
    expect(w.find('.loading').exists()).toBe(false)
    expect(w.find('.real').text()).toBe('real one')
    expect(lazy.loaded()).toBe(Real)
    // kept: a later mount draws it at once
    const again = mountWith(lazy.component, 'two')
    expect(again.find('.real').text()).toBe('real two')
    expect(calls).toBe(1)
  })

  it('a failed load keeps a visible placeholder that says so; its retry loads again', async () => {
    let fail = true
    let calls = 0
    const lazy = make(() => (calls++, fail ? Promise.reject(new Error('offline')) : Promise.resolve({ default: Real })))
    const w = mountWith(lazy.component, 'one')
    await settle()
    expect(w.find('.failed').exists()).toBe(true)
    expect(w.find('.failed').text()).toContain('waiting one')
    fail = false
    await w.find('.retry').trigger('click')
    await settle()
    expect(w.find('.real').text()).toBe('real one')
    expect(calls).toBe(2)
  })

  it('a mount after a failed load tries again by itself', async () => {
    let fail = true
    const lazy = make(() => (fail ? Promise.reject(new Error('offline')) : Promise.resolve(Real)))
    const first = mountWith(lazy.component, 'one')
    await settle()
    expect(first.find('.failed').exists()).toBe(true)
    fail = false
    const second = mountWith(lazy.component, 'two')
    await settle()
    expect(second.find('.real').text()).toBe('real two')
  })
})
