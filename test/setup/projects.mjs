// Which test files run where (vitest.config.ts and the Vue 2 project configs share these lists).
//
// - `unit` (Node, no DOM, once): the framework-free protocol layer and pure helpers.
// - `vue3` (jsdom): everything else, on Vue 3.
// - `vue2.7`, `vue2.6` (jsdom): only the tests that reach Vue run again on Vue 2.
//
// Whether a test reaches Vue is read from its imports (below), so a new test needs no list: a
// component test runs on all three runtimes, a framework-free one that needs a DOM (Markdown
// sanitising, say) runs once, in `vue3`. A new framework-free test that needs no DOM runs faster
// in Node: add it to PURE_TESTS.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** Framework-free tests outside src/protocol: no Vue, no DOM. */
export const PURE_TESTS = [
  'src/components/KefuMessageList/virtual.test.ts',
  'src/components/shellStrings.test.ts',
  'src/messages/strings.test.ts',
  'src/messages/_shared/url.test.ts',
  'src/i18n/dateFormat.test.ts',
]

export const UNIT_INCLUDE = ['src/protocol/**/*.test.ts', ...PURE_TESTS]

export const VUE2_INCLUDE = ['src/messages/**/*.test.ts', 'src/components/**/*.test.ts', 'src/vue/**/*.test.ts']

/**
 * Tests that import Vue-built modules only for data, and test nothing Vue draws (the summary
 * reads the gallery's fixtures): they run once, in `vue3`.
 */
const FRAMEWORK_FREE_BY_HAND = ['src/messages/summary.test.ts']

/** Framework-free tests the Vue 2 runs skip (they already ran once). */
export const VUE2_EXCLUDE = [...new Set([...PURE_TESTS, ...FRAMEWORK_FREE_BY_HAND, ...frameworkFreeTests(['src/messages', 'src/components', 'src/vue'])])]

/**
 * Test files under `dirs` whose static and dynamic imports (relative ones, followed through
 * src/) never reach `vue`, `vue-demi` or `@vue/*`: running them on Vue 2 again would test the
 * same code twice more.
 */
export function frameworkFreeTests(dirs) {
  const IMPORT = /(?:^|[\s;])(?:import|export)\s*(?:type\s)?[^'"`;]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm
  const VUE = /^(?:vue|vue-demi|@vue\/.+)$/
  const memo = new Map()
  const resolveLocal = (from, spec) => {
    const base = resolve(dirname(from), spec)
    for (const c of [base, `${base}.ts`, `${base}/index.ts`, base.replace(/\.js$/, '.ts')]) {
      if (/\.(ts|mjs|js)$/.test(c) && existsSync(c)) return c
    }
    return null
  }
  const reachesVue = (file, seen = new Set()) => {
    if (memo.has(file)) return memo.get(file)
    if (seen.has(file)) return false
    seen.add(file)
    const src = readFileSync(file, 'utf8')
    let found = false
    for (const m of src.matchAll(IMPORT)) {
      if (/^\s*import\s+type\s/.test(m[0].trimStart()) || /^\s*export\s+type\s/.test(m[0].trimStart())) continue
      const spec = m[1] || m[2] || m[3]
      if (VUE.test(spec)) found = true
      else if (spec.startsWith('.')) {
        const next = resolveLocal(file, spec)
        if (next && reachesVue(next, seen)) found = true
      }
      if (found) break
    }
    memo.set(file, found)
    return found
  }
  const out = []
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.name.endsWith('.test.ts') && !reachesVue(p)) out.push(relative(ROOT, p).split('\\').join('/'))
    }
  }
  for (const d of dirs) if (existsSync(join(ROOT, d))) walk(join(ROOT, d))
  return out.sort()
}

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
