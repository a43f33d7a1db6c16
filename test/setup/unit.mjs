// Setup for the `unit` project (Node), which runs with `isolate: false` (vitest.config.ts): the
// files a worker runs share one module graph, so a file that ends with fake timers installed
// must not hand them to the next. Spies are restored by Vitest between files.
if (typeof globalThis.afterAll === 'function') {
  globalThis.afterAll(() => {
    globalThis.vi?.useRealTimers()
  })
}
