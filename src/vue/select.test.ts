// A component that reads a slice of the state re-renders when the slice changes, not on every
// new snapshot (every stream chunk replaces the engine's state).
import { describe, expect, it } from 'vitest'
import { defineComponent, nextTick, shallowRef } from 'vue-demi'
import { hc } from './compat'
import { shallowEqual, useSelect } from './select'
import { host, mountCompat, unmount } from '../testing/shell'
import { vueLabel } from '../testing/mount'

interface State { connection: string; can: { transfer: boolean }; messages: string[] }

describe(`useSelect on ${vueLabel}`, () => {
  it('compares plain objects key by key, everything else by identity', () => {
    expect(shallowEqual({ a: 1, b: 'x' }, { a: 1, b: 'x' })).toBe(true)
    expect(shallowEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false)
    expect(shallowEqual({ a: {} }, { a: {} })).toBe(false)
    expect(shallowEqual([1], [1])).toBe(false)
    expect(shallowEqual(NaN, NaN)).toBe(true)
    expect(shallowEqual(null, {})).toBe(false)
  })

  it('re-renders a component on its slice changing only, in step with the state', async () => {
    const state = shallowRef<State>({ connection: 'online', can: { transfer: true }, messages: [] })
    let sliceRenders = 0
    let wholeRenders = 0
    const Slice = defineComponent({
      setup() {
        const conn = useSelect(state, (s) => s.connection)
        const can = useSelect(state, (s) => s.can)
        return () => { sliceRenders++; return hc('p', { class: 'slice' }, `${conn.value} ${can.value.transfer}`) }
      },
    })
    const Whole = defineComponent({
      setup() {
        return () => { wholeRenders++; return hc('p', { class: 'whole' }, state.value.connection) }
      },
    })
    const w = mountCompat(defineComponent({ setup: () => () => hc('div', {}, [hc(Slice), hc(Whole)]) }), { attachTo: host() })
    await nextTick()
    expect([sliceRenders, wholeRenders]).toEqual([1, 1])
    // 12 snapshots that only add messages, each with a fresh (equal) `can` object
    for (let i = 0; i < 12; i++) {
      state.value = { ...state.value, can: { transfer: true }, messages: [...state.value.messages, `m${i}`] }
      await nextTick()
    }
    expect(sliceRenders).toBe(1)
    expect(wholeRenders).toBe(13)
    state.value = { ...state.value, connection: 'offline' }
    // the slice is already current when read synchronously after the change
    await nextTick()
    expect(sliceRenders).toBe(2)
    expect(w.find('.slice').text()).toBe('offline true')
    state.value = { ...state.value, can: { transfer: false } }
    await nextTick()
    expect(w.find('.slice').text()).toBe('offline false')
    unmount(w)
  })
})
