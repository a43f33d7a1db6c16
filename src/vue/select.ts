// A slice of the engine's state that changes only when its value does. The engine replaces its
// snapshot on every change (each stream chunk, each typing flag); a component that reads
// `state.value.connection` in its render function re-renders on all of them. Reading a slice
// instead re-renders it only when that slice changes — on every runtime (Vue 3's computed would do
// it on 3.4+ only, and a fresh object per snapshot would defeat it anyway).
import { shallowRef, watch, type Ref } from 'vue-demi'

/** Equal as values: the same, or plain objects whose own keys hold the same values. */
export function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) || Array.isArray(b)) return false
  const ka = Object.keys(a)
  if (ka.length !== Object.keys(b).length) return false
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k) || !Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false
  }
  return true
}

/**
 * `select(source.value)`, kept in a ref that is replaced only when the selection is not
 * {@link shallowEqual} to the last one. Updated synchronously with the source, so a render never
 * sees a slice older than the state. Call in `setup`.
 */
export function useSelect<S, T>(source: Readonly<Ref<S>>, select: (state: S) => T): Readonly<Ref<T>> {
  const out = shallowRef(select(source.value)) as Ref<T>
  watch(() => select(source.value), (next) => {
    if (!shallowEqual(next, out.value)) out.value = next
  }, { flush: 'sync' })
  return out
}
