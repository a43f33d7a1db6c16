// Setup for the jsdom projects. jsdom has no canvas: its getContext() returns null after printing
// "Not implemented: HTMLCanvasElement's getContext()" on every call (axe-core probes it while
// checking colour contrast). Returning null without the message keeps jsdom's behaviour and the
// output quiet. Nothing in src/ uses canvas, so no warning of ours is hidden.
if (typeof HTMLCanvasElement !== 'undefined') {
  Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { configurable: true, writable: true, value: () => null })
}

// The engine keeps unsent messages and the draft in localStorage by default: each test starts
// with an empty one, so nothing one test typed turns up in the next.
if (typeof globalThis.beforeEach === 'function' && typeof localStorage !== 'undefined') {
  globalThis.beforeEach(() => {
    try {
      localStorage.clear()
    } catch {
      // a jsdom without storage: nothing to clear
    }
  })
}
