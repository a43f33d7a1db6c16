import { defineConfig } from 'vitest/config'
// @ts-expect-error -- plain .mjs helpers without declarations
import { ensureHarness } from './scripts/harness.mjs'
// @ts-expect-error -- plain .mjs helpers without declarations
import { PURE_TESTS, UNIT_INCLUDE, quietConsole } from './test/setup/projects.mjs'
// @ts-expect-error -- plain .mjs helpers without declarations
import vue2 from './test/vue2/vitest.config.mjs'
// @ts-expect-error -- plain .mjs helpers without declarations
import vue26 from './test/vue26/vitest.config.mjs'

// One run of the whole suite (`npm test`), as four projects (see test/setup/projects.mjs):
// `unit` in Node, then `vue3`, `vue2.7` and `vue2.6` in jsdom. `--project vue3` (etc.) runs one.
// The Vue 2 harnesses (test/vue2, test/vue26) install themselves on first use.
ensureHarness('vue2')
ensureHarness('vue26')

export default defineConfig({
  test: {
    // forks, Vitest's default (a threads run on the loaded shared machine was not conclusive)
    pool: 'forks',
    // every core: Vitest's default leaves one free (cores - 1), which is one worker on a 2-core
    // machine; with `isolate: false` below a worker is cheap to keep busy
    maxWorkers: '100%',
    // on a shared machine a CPU-heavy property test can take several times its quiet-machine time
    testTimeout: 30_000,
    // hooks too: a beforeAll that preloads chunks (Markdown, a locale, the viewer) is a cold import
    hookTimeout: 30_000,
    // a failure stands out: one dot per test, then the failures in full
    reporters: process.env.CI ? ['dot', ['json', { outputFile: 'artifacts/vitest.json' }]] : ['dot'],
    // banners from Vue 2 and the Tencent SDK are dropped; everything else (ours included) prints
    onConsoleLog: quietConsole,
    projects: [
      {
        extends: true,
        // one module graph per worker, as in the jsdom projects (test/setup/unit.mjs)
        test: { name: 'unit', globals: true, environment: 'node', isolate: false, include: UNIT_INCLUDE, setupFiles: ['test/setup/unit.mjs'] },
      },
      {
        extends: true,
        test: {
          name: 'vue3',
          globals: true,
          environment: 'jsdom',
          // one jsdom window and module graph per worker (see test/setup/dom.mjs)
          isolate: false,
          include: ['src/**/*.test.ts'],
          exclude: ['src/protocol/**', ...PURE_TESTS],
          setupFiles: ['test/setup/dom.mjs'],
        },
      },
      vue2,
      vue26,
    ],
  },
})
