#!/usr/bin/env node
// Every TypeScript / JavaScript / Vue code block in README.md must compile against the published
// types (dist/types: run `npm run build` first). Part of `npm run test:types`.
//
// 1. Extracts the blocks to test/readme/ (generated, git-ignored): ```ts and ```js blocks as they
//    are; ```vue blocks by their <script> part (`<script setup lang="ts">` or plain `<script>`;
//    a ```vue block without a <script> is a template fragment and is skipped).
// 2. Picks the Vue each block is for: Vue 2.7 when its section's heading names Vue 2, or its first
//    line says "(Vue 2.7)"; otherwise Vue 3 (a first line "(Vue 3)" forces Vue 3).
// 3. Type-checks them with tsc through the consumer configs of test/types (the same `paths` onto
//    dist/types, and Vue 2.7's own types from test/vue2 for the Vue 2.7 blocks), and names the README
//    line of each block that fails.
//
// `node scripts/readme-blocks.mjs [--extract-only]`
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { spawnSync } from 'node:child_process'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const OUT = join(ROOT, 'test', 'readme')
const README = join(ROOT, 'README.md')

/** The README's fenced blocks: `{ lang, code, line, heading }` (line: 1-based, of the opening fence). */
export function readmeBlocks(text) {
  const lines = text.split('\n')
  const blocks = []
  let heading = ''
  for (let i = 0; i < lines.length; i++) {
    const h = /^#{1,6}\s+(.*)$/.exec(lines[i])
    if (h) {
      heading = h[1]
      continue
    }
    const open = /^(\s*)(```+|~~~+)\s*([\w-]*)/.exec(lines[i])
    if (!open) continue
    const fence = open[2]
    const body = []
    let j = i + 1
    while (j < lines.length && !lines[j].trimStart().startsWith(fence)) body.push(lines[j++])
    blocks.push({ lang: open[3].toLowerCase(), code: body.join('\n'), line: i + 1, heading })
    i = j
  }
  return blocks
}

/** Which Vue a block is for. */
export function targetOf(block) {
  const first = block.code.split('\n', 1)[0]
  if (/\(Vue 2\.7\)/i.test(first)) return 'vue27'
  if (/\(Vue 3\)/i.test(first)) return 'vue3'
  return /Vue 2/i.test(block.heading) ? 'vue27' : 'vue3'
}

/** The TypeScript to check for a block, or null when there is nothing to compile. */
export function sourceOf(block) {
  if (['ts', 'typescript', 'js', 'javascript', 'mjs'].includes(block.lang)) return block.code
  if (block.lang === 'vue') {
    const m = /<script\b[^>]*>([\s\S]*?)<\/script>/.exec(block.code)
    return m ? m[1] : null
  }
  return null
}

// What Vite gives a component's script (Vue's own types declare the <script setup> macros); the
// `.vue` imports stand for the README's own App.vue; the Vite plugins of a Vite config block are not
// dependencies of the kit (the e2e hosts install and run the real ones), so they are declared here.
const SHIMS = `declare module '@vitejs/plugin-vue' {
  const vue: (options?: Record<string, unknown>) => import('vite').Plugin
  export default vue
}
declare module '@vitejs/plugin-vue2' {
  const vue: (options?: Record<string, unknown>) => import('vite').Plugin
  export default vue
}
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent
  export default component
}
interface ImportMeta { readonly env: Record<string, string | undefined> }
`

function main() {
  const extractOnly = process.argv.includes('--extract-only')
  const blocks = readmeBlocks(readFileSync(README, 'utf8'))
  rmSync(OUT, { recursive: true, force: true })
  mkdirSync(OUT, { recursive: true })
  const files = { vue3: [], vue27: [] }
  const lineOf = new Map()
  let skipped = 0
  for (const block of blocks) {
    const src = sourceOf(block)
    if (src === null) {
      skipped++
      continue
    }
    const target = targetOf(block)
    const name = `readme-L${block.line}.${target}.ts`
    // `export {}` makes every block a module of its own, so blocks never see each other's names
    writeFileSync(join(OUT, name), `// README.md line ${block.line} (${block.lang}, ${block.heading})\n${src}\nexport {}\n`)
    files[target].push(name)
    lineOf.set(name, block.line)
  }
  for (const target of ['vue3', 'vue27']) {
    writeFileSync(join(OUT, `shims.${target}.d.ts`), SHIMS)
    writeFileSync(join(OUT, `tsconfig.${target}.json`), `${JSON.stringify({
      extends: `../types/tsconfig.${target}.json`,
      // the published types themselves are checked strictly by test/types; here, the blocks
      compilerOptions: { skipLibCheck: true },
      files: [`shims.${target}.d.ts`, ...files[target]],
    }, null, 2)}\n`)
  }
  const count = files.vue3.length + files.vue27.length
  console.log(`[readme] ${count} README blocks extracted to test/readme (Vue 3: ${files.vue3.length}, Vue 2.7: ${files.vue27.length}; ${skipped} not code to compile)`)
  if (count === 0) {
    console.error('[readme] no code block found in README.md: the extractor is broken')
    process.exit(1)
  }
  if (extractOnly) return
  if (!existsSync(join(ROOT, 'dist', 'types', 'index.d.ts'))) {
    console.error('[readme] dist/types is missing: run `npm run build` first')
    process.exit(1)
  }
  let failed = false
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc')
  for (const target of ['vue3', 'vue27']) {
    if (!files[target].length) continue
    const r = spawnSync(process.execPath, [tsc, '-p', join(OUT, `tsconfig.${target}.json`), '--pretty', 'false'], { cwd: ROOT, encoding: 'utf8' })
    if (r.status === 0) continue
    failed = true
    const out = `${r.stdout}${r.stderr}`
    const bad = [...new Set([...out.matchAll(/readme-L(\d+)\.\w+\.ts/g)].map((m) => m[1]))]
    console.error(`[readme] ${target === 'vue3' ? 'Vue 3' : 'Vue 2.7'}: README blocks at line ${bad.join(', ') || '?'} do not compile:\n${out}`)
  }
  if (failed) process.exit(1)
  console.log('[readme] every README code block compiles against dist/types')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main()
