// A ResizeObserver the test drives (test files only): jsdom has none, and the list's "a row's height
// changed" path runs only when one exists. `report(el)` delivers what the browser would after `el`
// was resized; `observed` is what the code watches right now.
import { vi } from 'vitest'

export interface ResizeObserverStub {
  /** the elements observed now */
  readonly observed: ReadonlySet<Element>
  /** tells the last observer created that `el` changed size */
  report(el: Element): void
}

/** Replaces the global ResizeObserver for the running test (undo with `vi.unstubAllGlobals()`). */
export function stubResizeObserver(): ResizeObserverStub {
  const observed = new Set<Element>()
  let callback: ((entries: { target: Element }[]) => void) | undefined
  vi.stubGlobal('ResizeObserver', class {
    constructor(cb: (entries: { target: Element }[]) => void) { callback = cb }
    observe(el: Element) { observed.add(el) }
    unobserve(el: Element) { observed.delete(el) }
    disconnect() { observed.clear() }
  })
  return {
    observed,
    report(el) {
      if (!callback) throw new Error('no ResizeObserver was created')
      callback([{ target: el }])
    },
  }
}
