// Setup for the jsdom projects (it runs before every test file).
//
// jsdom has no canvas: its getContext() returns null after printing "Not implemented:
// HTMLCanvasElement's getContext()" on every call (axe-core probes it while checking colour
// contrast). Returning null without the message keeps jsdom's behaviour and the output quiet.
// Nothing in src/ uses canvas, so no warning of ours is hidden.
if (typeof HTMLCanvasElement !== 'undefined') {
  Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { configurable: true, writable: true, value: () => null })
}

// The jsdom projects run with `isolate: false` (vitest.config.ts): one window and one module
// graph per worker, shared by the files it runs one after the other, which saves building a
// jsdom window and loading Vue, test-utils and the kit again for every file. So what a file
// leaves in the shared window is cleared here, before the next file starts:
// - storage: the engine keeps unsent messages and the draft in localStorage by default, so each
//   test (not only each file) starts with empty storage, and nothing one test typed turns up
//   in the next;
// - the document: elements tests attached to <body>, and attributes on <html> and
//   <body> (lang, dir);
// - timers: a file that ends with fake timers installed does not hand them to the next file.
// - components: what a file left mounted is unmounted (src/testing/mount.ts keeps the list), so it
//   does not react to what the next file does (a lazy renderer loading redrew a finished file's
//   rows) nor keep its engine and timers running.
// - the kit's module state: loaded and added locales, Markdown (loaded on demand), the
//   placeholder's once-per-message warnings go back to what a fresh import has. On the copies
//   the file started with AND on the ones the next file will get: a test that calls
//   vi.resetModules() and imports the kit again leaves new copies in the module graph, with the
//   state it gave them (a locale it loaded stayed loaded for the next file).
// Vitest itself restores spies (vi.restoreAllMocks) between files.
import * as i18n from '../../src/i18n/index.ts'
import * as markdown from '../../src/messages/richText/markdown.ts'
import * as unsupported from '../../src/messages/unsupported/UnsupportedMessage.ts'
import * as mounting from '../../src/testing/mount.ts'

function resetKitState(copies) {
  const [i, m, u] = copies
  i.resetLocalesForTests()
  m.resetMarkdownForTests()
  u.resetUnsupportedWarningsForTests()
}

const g = globalThis
if (typeof g.beforeEach === 'function' && typeof localStorage !== 'undefined') {
  g.beforeEach(() => {
    try {
      localStorage.clear()
      sessionStorage.clear()
    } catch {
      // a jsdom without storage: nothing to clear
    }
  })
}
if (typeof g.afterAll === 'function' && typeof document !== 'undefined') {
  g.afterAll(async () => {
    g.vi?.useRealTimers()
    const started = [i18n, markdown, unsupported, mounting]
    // the copies the module graph holds now (the same ones unless a test reset the modules)
    const current = await Promise.all([
      import('../../src/i18n/index.ts'),
      import('../../src/messages/richText/markdown.ts'),
      import('../../src/messages/unsupported/UnsupportedMessage.ts'),
      import('../../src/testing/mount.ts'),
    ])
    const fresh = current.some((m, k) => m !== started[k])
    // first the components: an unmounted one no longer reacts to what follows
    mounting.unmountAllForTests()
    if (fresh) current[3].unmountAllForTests()
    // the dynamic imports a test started without waiting (a lazy renderer, Markdown, a locale)
    // finish inside this file: one still loading when the worker's run is torn down is rejected
    // ("Cannot load … after the environment was torn down") and that module stays failed in the
    // shared module graph for every later file of the worker (seen: Markdown, shuffled run)
    await g.vi?.dynamicImportSettled()
    resetKitState(started)
    if (fresh) resetKitState(current)
    document.body.innerHTML = ''
    for (const el of [document.documentElement, document.body]) {
      for (const name of el.getAttributeNames()) el.removeAttribute(name)
    }
  })
}
