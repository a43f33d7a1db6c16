// Which test files run where (vitest.config.ts and the Vue 2 project configs share these lists).
//
// - `unit` (Node, no DOM, once): the framework-free protocol layer and pure helpers.
// - `vue3` (jsdom): everything else, on Vue 3.
// - `vue2.7`, `vue2.6` (jsdom): only the tests that mount or touch Vue run again on Vue 2.
//
// A new framework-free test under src/messages or src/components belongs in PURE_TESTS (so it
// runs once, in Node); a new component test needs nothing: the Vue 2 projects pick it up.

/** Framework-free tests outside src/protocol: no Vue, no DOM. */
export const PURE_TESTS = [
  'src/components/KefuMessageList/virtual.test.ts',
  'src/components/shellStrings.test.ts',
  'src/messages/strings.test.ts',
  'src/messages/_shared/url.test.ts',
]

export const UNIT_INCLUDE = ['src/protocol/**/*.test.ts', ...PURE_TESTS]

export const VUE2_INCLUDE = ['src/messages/**/*.test.ts', 'src/components/**/*.test.ts', 'src/vue/**/*.test.ts']
/** Framework-free tests the Vue 2 runs skip (they already ran once). */
export const VUE2_EXCLUDE = [...PURE_TESTS, 'src/messages/summary.test.ts']

/**
 * Console output that says nothing about the kit: Vue 2's load-time banners (development mode,
 * devtools; @vue/test-utils 1 loads its own CommonJS copy of Vue 2, out of reach of a setup file)
 * and the Tencent SDK's version line. Returning false drops a line; everything else, every
 * warning of ours included, prints.
 */
const NOISE = [
  /^Download the Vue Devtools extension for a better development experience/,
  /^You are running Vue in development mode\./,
  /TencentCloudChat\.VERSION/,
]
export function quietConsole(log) {
  return NOISE.some((re) => re.test(log)) ? false : undefined
}
