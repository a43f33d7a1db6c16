import { defineConfig, type Plugin } from 'vite'
import { fileURLToPath } from 'node:url'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

/** The placeholder `src/embed/styles.ts` reads; replaced by the whole CSS of the build. */
const CSS_PLACEHOLDER = '__KEFU_EMBED_CSS__'

/**
 * Moves the CSS Vite extracts into the scripts; no .css file is left. Each chunk's own CSS goes
 * with it: the core's takes the placeholder in src/embed/styles.ts, a lazy chunk's is added to the
 * same stylesheet (`addEmbedCss`, exported by the core) when the chunk loads, before its code runs.
 * The embed adopts it as a constructable stylesheet in its shadow root (no <style> element: a
 * strict `style-src 'self'` would block one).
 */
/** The CSS the core carries (for the size report). */
let coreCssText = ''

function cssIntoScript(): Plugin {
  return {
    name: 'kefu-embed-css-into-script',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const cssFiles = Object.keys(bundle).filter((f) => f.endsWith('.css'))
      const cssOf = (f: string) => {
        const a = bundle[f]
        return a && a.type === 'asset' ? String(a.source) : ''
      }
      const placeholder = new RegExp(`(["'\`])${CSS_PLACEHOLDER}\\1`, 'g')
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk')
      const core = chunks.find((c) => placeholder.test(c.code))
      placeholder.lastIndex = 0
      if (!core) return this.error(`the CSS placeholder ${CSS_PLACEHOLDER} was not found in the embed bundle`)
      const used = new Set<string>()
      const take = (c: (typeof chunks)[number]) => {
        const files = [...(c.viteMetadata?.importedCss ?? [])]
        for (const f of files) used.add(f)
        return files.map(cssOf).join('\n')
      }
      for (const chunk of chunks) {
        if (chunk === core) continue
        const css = take(chunk)
        if (!css) continue
        if (chunk.fileName.includes('/')) this.error(`${chunk.fileName} has CSS but is not next to the core`)
        chunk.code = `import{addEmbedCss as __kefuCss}from"./${core.fileName}";__kefuCss(${JSON.stringify(css)});\n${chunk.code}`
        if (chunk.map) chunk.map = null as never
      }
      // the core's own CSS, and any CSS no chunk claims (nothing may be lost)
      const own = take(core)
      const rest = cssFiles.filter((f) => !used.has(f)).map(cssOf)
      const coreCss = [own, ...rest].filter(Boolean).join('\n')
      coreCssText = coreCss
      core.code = core.code.replace(placeholder, () => JSON.stringify(coreCss))
      if (core.map) core.map = null as never
      for (const f of cssFiles) delete bundle[f]
    },
  }
}

/**
 * The gallery fixtures every message kind imports lazily are only used by the gallery: in the
 * embed (one file, dynamic imports inlined) they would only add weight.
 */
function noFixtures(): Plugin {
  return {
    name: 'kefu-embed-no-fixtures',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer && /[\\/]src[\\/]messages[\\/]/.test(importer) && /^\.\/fixtures$/.test(source)) return '\0kefu-embed-no-fixtures'
      return null
    },
    load(id) {
      return id === '\0kefu-embed-no-fixtures' ? 'export {}' : null
    },
  }
}

/** What src/embed/shared.ts puts on the page (its `EMBED_SHARED_KEY`). */
const SHARED_KEY = '__kefuKitShared'
/** The modules the loader and kefu-kit.mjs carry, whose exports the core takes from the page. */
const SHARED_MODULES = ['./errors', './styles', './standIn']

/**
 * kefu-kit.js and kefu-kit.mjs both carry src/embed/errors.ts, styles.ts and standIn.ts, and put
 * them on the page before any of the core's functions can run (src/embed/shared.ts). In the core,
 * the embed modules' imports of them become this small module, which calls the page's copy, so
 * the page does not download them twice. The core's own CSS (the placeholder, see cssIntoScript)
 * goes into the page's stylesheet before anything else does.
 */
function sharedFromLoader(): Plugin {
  const ID = '\0kefu-embed-shared'
  const embedDir = here('src/embed/')
  const hostTag = /export const HOST_TAG = '([^']+)'/.exec(readFileSync(here('src/embed/errors.ts'), 'utf8'))?.[1]
  return {
    name: 'kefu-embed-shared-from-loader',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer?.startsWith(embedDir) && !importer.endsWith('shared.ts') && SHARED_MODULES.includes(source)) return ID
      return null
    },
    load(id) {
      if (id !== ID) return null
      if (!hostTag) return this.error('HOST_TAG not found in src/embed/errors.ts')
      return `
const KIT_CSS = '${CSS_PLACEHOLDER}'
let cssGiven = false
function page() {
  const s = globalThis.${SHARED_KEY}
  if (!s) throw new Error('[kefu-kit] kefu-kit.core.js is loaded by kefu-kit.js or kefu-kit.mjs, not on its own')
  if (!cssGiven) { cssGiven = true; s.addEmbedCss(KIT_CSS) }
  return s
}
export const HOST_TAG = ${JSON.stringify(hostTag)}
export function EmbedConfigError(message) { return new (page().EmbedConfigError)(message) }
export function checkBackend(backend) { return page().checkBackend(backend) }
export function isTransport(x) { return page().isTransport(x) }
export function resolveTarget(target) { return page().resolveTarget(target) }
export function showEmbedError(host, e) { return page().showEmbedError(host, e) }
export function tencentStatics(o) { return page().tencentStatics(o) }
export function addEmbedCss(css) { return page().addEmbedCss(css) }
export function adoptStyles(root) { return page().adoptStyles(root) }
export function standInFor(loaded, what) { return page().standInFor(loaded, what) }
`
    },
  }
}

/** The defines both builds (the kit and the loader) share. */
const DEFINE = {
  'process.env.NODE_ENV': JSON.stringify('production'),
  __KEFU_VERSION__: JSON.stringify(JSON.parse(readFileSync(here('package.json'), 'utf8')).version),
  __VUE_OPTIONS_API__: 'false',
  __VUE_PROD_DEVTOOLS__: 'false',
  __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
}

/**
 * In kefu-kit.mjs, imports of these modules are imports of the core (src/embed/core.ts exports
 * them); errors.ts, styles.ts and standIn.ts it carries itself and shares with the core (sharedFromLoader).
 */
const CORE_MODULES = ['./mount', './backend']

/**
 * Adds the two files that are not chunks of the kit's build, each from a small build of its own:
 * `kefu-kit.js`, the classic script (src/embed/script.ts as an IIFE: a few KB, no Vue) that pages
 * load, and `kefu-kit.mjs`, the ES entry for bundlers (`kefu-kit/embed`, src/embed/index.ts), whose
 * imports of the core's modules become imports of `./kefu-kit.core.js`.
 */
function loaderScript(): Plugin {
  type Out = Array<{ output: Array<{ type: string; fileName: string; code?: string }> }>
  const codeOf = (out: unknown, fileName: string) =>
    ((Array.isArray(out) ? out : [out]) as Out).flatMap((o) => o.output).find((f) => f.type === 'chunk' && f.fileName === fileName)?.code
  return {
    name: 'kefu-embed-loader-script',
    apply: 'build',
    async generateBundle() {
      const { build } = await import('vite')
      const common = {
        configFile: false as const,
        logLevel: 'warn' as const,
        define: DEFINE,
      }
      const script = codeOf(await build({
        ...common,
        build: {
          write: false,
          lib: { entry: here('src/embed/script.ts'), name: 'KefuKitLoader', formats: ['iife'], fileName: () => 'kefu-kit.js' },
          rolldownOptions: { output: { codeSplitting: false } },
          sourcemap: false,
          minify: true,
          target: 'es2020',
        },
      }), 'kefu-kit.js')
      if (!script) return this.error('the loader script (kefu-kit.js) was not built')
      if (/\bcreateApp\b|__vue/.test(script)) this.error('the loader script (kefu-kit.js) must not contain Vue')
      this.emitFile({ type: 'asset', fileName: 'kefu-kit.js', source: script })
      const embedDir = here('src/embed/')
      const bundlerEntry = codeOf(await build({
        ...common,
        plugins: [{
          name: 'kefu-embed-core-external',
          enforce: 'pre',
          resolveId(source, importer) {
            if (importer?.startsWith(embedDir) && CORE_MODULES.includes(source)) return { id: './kefu-kit.core.js', external: true }
            return null
          },
        }],
        build: {
          write: false,
          lib: { entry: here('src/embed/index.ts'), formats: ['es'], fileName: () => 'kefu-kit.mjs' },
          rolldownOptions: { output: { minify: { codegen: true }, comments: false } },
          sourcemap: false,
          minify: true,
          target: 'es2020',
        },
      }), 'kefu-kit.mjs')
      if (!bundlerEntry) return this.error('the ES entry (kefu-kit.mjs) was not built')
      if (/\bcreateApp\b|__vue/.test(bundlerEntry)) this.error('kefu-kit.mjs must import the kit from kefu-kit.core.js, not carry it')
      this.emitFile({ type: 'asset', fileName: 'kefu-kit.mjs', source: bundlerEntry })
    },
  }
}

/**
 * The modules the core needs at once: core.ts and everything it imports statically, found when
 * the module graph is complete. They form one group named like the entry, so they all go into
 * kefu-kit.core.js: Rolldown would otherwise put those that a lazy chunk shares into common chunks
 * the core imports (more requests at mount, and separate files compress worse).
 */
const coreModules = new Set<string>()

/**
 * Modules that must stay out of kefu-kit.core.js: they are only needed later and load on first
 * use (a static import from the core's modules would quietly put them back; the build fails).
 */
const NOT_IN_CORE: RegExp[] = [
  /[\\/]node_modules[\\/](marked|dompurify)[\\/]/,
  /[\\/]src[\\/]messages[\\/]richText[\\/]markdownPipeline\.ts$/,
  // a streamed answer's block-by-block rendering and tail update come with the pipeline
  /[\\/]src[\\/]messages[\\/]stream[\\/](incremental|morph)\.ts$/,
  // the emoji picker's model comes with its panel (the composer only inserts at the caret: caret.ts)
  /[\\/]src[\\/]components[\\/]KefuEmojiPicker[\\/]emoji\.ts$/,
]

function collectCoreModules(): Plugin {
  return {
    name: 'kefu-embed-core-modules',
    apply: 'build',
    buildEnd() {
      coreModules.clear()
      const entry = [...this.getModuleIds()].find((id) => /[\\/]src[\\/]embed[\\/]core\.ts$/.test(id))
      const todo = entry ? [entry] : []
      while (todo.length) {
        const id = todo.pop()!
        if (coreModules.has(id)) continue
        coreModules.add(id)
        todo.push(...(this.getModuleInfo(id)?.importedIds ?? []))
      }
      const late = [...coreModules].filter((id) => NOT_IN_CORE.some((re) => re.test(id)))
      if (late.length) this.error(`kefu-kit.core.js must not carry ${late.join(', ')}: they load on first use`)
      // English strings that travel with the lazy parts (src/i18n/enLater.ts): the core must not draw
      // one (it would show the key), and a lazy module that draws one must bring them (laterEnglish)
      const enLater = [...this.getModuleIds()].find((id) => /[\\/]src[\\/]i18n[\\/]enLater\.ts$/.test(id))
      if (enLater) {
        const keys = [...readFileSync(enLater, 'utf8').matchAll(/^ {2}'([^']+)':/gm)].map((m) => m[1]!)
        for (const id of this.getModuleIds()) {
          if (id === enLater || !/[\\/]src[\\/].*\.ts$/.test(id) || /[\\/]src[\\/]i18n[\\/]locales[\\/]/.test(id)) continue
          const code = readFileSync(id, 'utf8')
          const used = keys.filter((k) => code.includes(`'${k}'`))
          if (!used.length) continue
          if (coreModules.has(id)) this.error(`${id} is in kefu-kit.core.js but draws ${used.join(', ')}, which src/i18n/enLater.ts keeps for later: move them back to locales/en.ts`)
          else if (!this.getModuleInfo(id)?.importedIds.includes(enLater)) this.error(`${id} draws ${used.join(', ')} from src/i18n/enLater.ts without calling laterEnglish()`)
        }
      }
    },
    generateBundle(_options, bundle) {
      const core = bundle['kefu-kit.core.js']
      if (core?.type === 'chunk' && core.imports.length) this.warn(`kefu-kit.core.js imports ${core.imports.join(', ')}: the page fetches them at mount too`)
    },
  }
}

/** Chunks named after what they hold, where the module's own name says little. */
const CHUNK_NAMES: Array<[RegExp, string]> = [
  [/[\\/]node_modules[\\/]marked[\\/]/, 'marked'],
  [/[\\/]node_modules[\\/]dompurify[\\/]/, 'dompurify'],
  // the Markdown pipeline (src/messages/richText/markdownPipeline.ts) with marked and DOMPurify in it
  [/[\\/]src[\\/]messages[\\/]richText[\\/]markdownPipeline\.ts$/, 'marked'],
  [/[\\/]src[\\/]messages[\\/]stream[\\/](incremental|morph)\.ts$/, 'marked'],
  [/[\\/]src[\\/]components[\\/]KefuEmojiPicker[\\/]data\.ts$/, 'emoji-data'],
  [/^\0kefu-embed-no-fixtures$/, 'no-fixtures'],
]

/** `locales/<tag>-[hash].js` for the languages, `kefu-kit.<name>-[hash].js` for every other chunk. */
function chunkFileName(chunk: { name: string; facadeModuleId?: string | null }): string {
  const id = chunk.facadeModuleId ?? ''
  if (/[\\/]src[\\/]i18n[\\/]locales[\\/][^\\/]+\.ts$/.test(id)) return 'locales/[name]-[hash].js'
  if (/[\\/]src[\\/]protocol[\\/]simulator[\\/]locales[\\/][^\\/]+\.ts$/.test(id)) return 'locales/simulator-[name]-[hash].js'
  const named = CHUNK_NAMES.find(([re]) => re.test(id))
  return `kefu-kit.${named ? named[1] : '[name]'}-[hash].js`
}

/**
 * `KEFU_EMBED_REPORT=1`: lists every chunk with its modules' minified sizes (largest first), to
 * see what weighs what in the files the page loads at mount.
 */
function chunkReport(): Plugin {
  return {
    name: 'kefu-embed-chunk-report',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      if (!process.env.KEFU_EMBED_REPORT) return
      const { gzipSync } = await import('node:zlib')
      const gz = (s: string) => gzipSync(s, { level: 9 }).length
      const short = (id: string) => id.replace(/^.*?node_modules[\\/]/, '~').replace(here('.'), '')
      const top = Number(process.env.KEFU_EMBED_REPORT) > 1 ? Number(process.env.KEFU_EMBED_REPORT) : 25
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk')
      for (const chunk of chunks) {
        if (chunk.fileName.startsWith('locales/')) continue
        const imports = chunk.imports.length ? ` imports ${chunk.imports.join(', ')}` : ''
        console.log(`\n${chunk.fileName} (${chunk.code.length} B, ${gz(chunk.code)} B gzip)${imports}`)
        const mods = Object.entries(chunk.modules).map(([id, m]) => [short(id), m.renderedLength] as const).sort((a, b) => b[1] - a[1])
        for (const [id, n] of mods.slice(0, top)) console.log(`  ${String(n).padStart(7)}  ${id}`)
      }
      // What the page fetches at mount (the core and its static imports), by area: each area's
      // modules gzipped together, scaled so the areas add up to the files' real gzip size.
      const core = chunks.find((c) => c.fileName === 'kefu-kit.core.js')
      if (!core) return
      const initial = new Set([core])
      for (const c of initial) for (const f of c.imports) { const d = bundle[f]; if (d?.type === 'chunk') initial.add(d) }
      const area = (id: string) => {
        const m = /node_modules[\\/](@vue[\\/][a-z-]+|[^\\/]+)/.exec(id)
        if (m) return m[1].startsWith('@vue') ? 'vue' : m[1]
        const src = /[\\/]src[\\/](.+)$/.exec(id)
        if (!src) return id.startsWith('\0') ? 'build helpers' : short(id)
        const parts = src[1].split(/[\\/]/)
        if (parts[0] === 'protocol' || parts[0] === 'components' || parts[0] === 'messages') return parts.slice(0, parts[1]?.includes('.') ? 1 : 2).join('/')
        return parts[0]
      }
      const groups = new Map<string, string[]>()
      for (const c of initial) {
        for (const [id, m] of Object.entries(c.modules)) {
          const key = area(id)
          if (!groups.has(key)) groups.set(key, [])
          groups.get(key)!.push(m.code ?? '')
        }
      }
      // KEFU_EMBED_DELTA=1: what leaving each module out of the core would save in gzip (the core's
      // modules gzipped together, with and without it): the candidates for loading later
      if (process.env.KEFU_EMBED_DELTA) {
        const mods = Object.entries(core.modules).map(([id, m]) => [id, m.code ?? ''] as const).filter(([, code]) => code.length > 300)
        const base = gz(mods.map(([, code]) => code).join('\n'))
        const saved = mods.map(([id]) => [short(id), base - gz(mods.filter(([j]) => j !== id).map(([, code]) => code).join('\n'))] as const)
        console.log('\nleaving one module out of the core would save (B gzip):')
        for (const [id, n] of saved.sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(7)}  ${id}`)
      }
      const cssText = JSON.stringify(coreCssText)
      const real = [...initial].reduce((a, c) => a + gz(c.code), 0)
      const rows = [...groups].map(([k, codes]) => [k, gz(codes.join('\n'))] as const).filter(([, n]) => n > 40)
      const cssGz = gz(cssText)
      const scale = (real - cssGz) / rows.reduce((a, [, n]) => a + n, 0)
      console.log(`\nat mount: ${[...initial].map((c) => c.fileName).join(' + ')} = ${(real / 1024).toFixed(1)} KB gzip; by area (estimated):`)
      for (const [k, n] of [...rows, ['CSS (the core\'s own, in a string)', cssGz / scale] as const].sort((a, b) => b[1] - a[1])) {
        console.log(`  ${((n * scale) / 1024).toFixed(1).padStart(6)} KB  ${k}`)
      }
    },
  }
}

/** Where the third-party licence texts of the embed go (next to the scripts that carry the code). */
const LICENCES_FILE = 'kefu-kit.LICENSES.txt'

/**
 * The embed carries other people's code (Vue, marked, DOMPurify) and data (the emoji names), and
 * minifying drops their licence comments. Writes their licence texts, read from the packages the
 * bundle really contains, into kefu-kit.LICENSES.txt, and puts one legal comment at the top of
 * kefu-kit.core.js that points to it. A bundled package without a licence file fails the build.
 */
function thirdPartyLicences(): Plugin {
  const version = JSON.parse(readFileSync(here('package.json'), 'utf8')).version as string
  /** The package folder (the nearest package.json with a name above a node_modules module). */
  const packageDir = (id: string) => {
    let dir = dirname(id)
    while (dir.includes('node_modules')) {
      const pj = join(dir, 'package.json')
      if (existsSync(pj) && JSON.parse(readFileSync(pj, 'utf8')).name) return dir
      dir = dirname(dir)
    }
    return null
  }
  return {
    name: 'kefu-embed-third-party-licences',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      type Bundled = { name: string; version: string; license: string; text: string }
      const packages = new Map<string, Bundled>()
      let emoji = false
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue
        for (const id of Object.keys(chunk.modules)) {
          if (/[\\/]src[\\/]components[\\/]KefuEmojiPicker[\\/]data\.ts$/.test(id)) emoji = true
          if (!id.includes('node_modules')) continue
          const dir = packageDir(id.replace(/^\0/, '').replace(/\?.*$/, ''))
          if (!dir || packages.has(dir)) continue
          const pj = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
          const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'LICENCE'].map((f) => join(dir, f)).find(existsSync)
          if (!file) return this.error(`${pj.name} is in the embed but has no licence file in ${dir}: its licence text must ship with it`)
          packages.set(dir, { name: pj.name, version: pj.version, license: String(pj.license ?? ''), text: readFileSync(file, 'utf8').trim() })
        }
      }
      // packages with the same licence text (Vue's) are listed together, with the text once
      const byText = new Map<string, Bundled[]>()
      for (const p of [...packages.values()].sort((a, b) => a.name.localeCompare(b.name))) {
        byText.set(p.text, [...(byText.get(p.text) ?? []), p])
      }
      const rule = '-'.repeat(72)
      const parts = [
        `Kefu Kit ${version}: the one-script embed (dist/embed). Kefu Kit is MIT licensed (see LICENSE in the package).`,
        'These files also carry the following third-party code and data, under their own licences.',
      ]
      for (const [text, list] of byText) {
        parts.push(`${rule}\n${list.map((p) => `${p.name} ${p.version} ${p.license.startsWith('(') ? p.license : `(${p.license})`}`).join('\n')}\n\n${text}`)
      }
      if (emoji) {
        parts.push(`${rule}\nThe emoji picker's names and keywords (kefu-kit.emoji-data-*.js), derived from emojibase-data 17.0.0
(MIT, https://emojibase.dev), whose data comes from the Unicode CLDR annotations
(Unicode License v3, https://www.unicode.org/license.txt).

MIT License

Copyright (c) 2017-2019 Miles Johnson

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`)
      }
      this.emitFile({ type: 'asset', fileName: LICENCES_FILE, source: parts.join('\n\n') + '\n' })
      const core = bundle['kefu-kit.core.js']
      if (core?.type !== 'chunk') return this.error('kefu-kit.core.js is missing: no place for the licence comment')
      const names = [...new Set([...packages.values()].map((p) => (p.name.startsWith('@vue/') ? 'vue' : p.name)))]
      core.code = `/*! Kefu Kit ${version} | MIT | with ${[...names, ...(emoji ? ['emojibase-data'] : [])].join(', ')}: ${LICENCES_FILE} */\n${core.code}`
    },
  }
}

// `npm run build` runs this after the library build (`npm run build:embed`), into dist/embed:
// - `kefu-kit.js`: the classic script pages load (the loader, see src/embed/loader.ts);
// - `kefu-kit.core.js`: the kit with Vue 3 and its CSS, an ES module the loader imports from its
//   own folder, and its chunks next to it, each loaded on first use (`kefu-kit.<name>-<hash>.js`:
//   message kinds, marked and DOMPurify, the simulator, the Tencent transport, the emoji data;
//   `locales/<tag>-<hash>.js`: the languages);
// - `kefu-kit.mjs`: the ES entry for bundlers (`kefu-kit/embed`): defines `KefuKit` and <kefu-chat>
//   over kefu-kit.core.js, which it imports.
export default defineConfig(() => ({
  resolve: {
    alias: [
      { find: /^vue-demi$/, replacement: here('src/embed/vueDemi.ts') },
      { find: /^vue$/, replacement: here('node_modules/vue/dist/vue.runtime.esm-bundler.js') },
    ],
  },
  define: DEFINE,
  plugins: [sharedFromLoader(), collectCoreModules(), noFixtures(), cssIntoScript(), loaderScript(), chunkReport(), thirdPartyLicences()],
  build: {
    lib: {
      entry: { 'kefu-kit.core': here('src/embed/core.ts') },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      // the chunks import what they share with the core from the core itself
      preserveEntrySignatures: 'allow-extension',
      // terser (minify below) takes most of the build's time: that is expected, not worth a warning
      checks: { pluginTimings: false },
      output: {
        chunkFileNames: chunkFileName,
        codeSplitting: { groups: [{ name: 'kefu-kit.core', test: (id: string) => coreModules.has(id) }] },
        // a library's ES output keeps whitespace and comments for the bundler after it; these
        // files go to browsers as they are
        minify: { codegen: true },
        comments: false,
      },
    },
    outDir: process.env.KEFU_EMBED_OUT_DIR || 'dist/embed',
    emptyOutDir: true,
    sourcemap: false,
    // terser with three compress passes: about 0.5 KB gzip less than Rolldown's minifier on the
    // files a page loads at mount (only safe transforms: no pure_getters, Vue tracks reads)
    minify: 'terser',
    terserOptions: { compress: { passes: 3 } },
    // each chunk's CSS goes with it, into the one constructable stylesheet (see cssIntoScript)
    cssCodeSplit: true,
    modulePreload: false,
    target: 'es2020',
  },
}))
