import { defineConfig, type Plugin } from 'vite'
import { fileURLToPath } from 'node:url'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

// A component declared at a module's top level (`export const KefuX = defineComponent({...})`) is
// marked pure in the library's output: `defineComponent` comes from the host's Vue (external), so a
// host's bundler cannot know the call is free of side effects and would keep every component of
// the kit, used or not (the launcher, the toolbar's dialogs...) in its bundle.
const pureComponents = (): Plugin => ({
  name: 'kefu-pure-components',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || id.includes('.test.') || !code.includes('defineComponent(')) return null
    const out = code.replace(/^(export\s+)?(const|let)\s+(\w+)(\s*:[^=\n]+)?\s*=\s*defineComponent\(/gm, (m) => m.replace(/defineComponent\($/, '/* @__PURE__ */ defineComponent('))
    return out === code ? null : { code: out, map: null }
  },
})

/**
 * What a host that shows the chat loads before the first message, as few files as possible and
 * nothing else. A host's bundler treats each file of dist/ as one module: code that only lazy parts
 * need (English strings of the media cards, the answer feedback...) must not share a file with the
 * chat's code, or the host keeps it (a file's top-level statements go wherever any of its exports
 * goes); and each file the chat's code is spread over costs the host a file of its own (gzip per
 * file). So the modules KefuChat imports statically (its static closure, read from the module
 * graph) go into a few files: `wire` (what the simulator and the Tencent transport also import:
 * the wire format; `wire-simulator` and `wire-tencent` what only one of them does),
 * `chat-protocol` (the rest of the protocol layer the chat uses: no Vue, as `kefu-kit/protocol`
 * imports it) and `chat` (the Vue part). Everything else is split as before (by entry and
 * `import()`), so lazy parts stay lazy. Measured (`KEFU_BENCH_ONLY=sizes npm run bench`, a host
 * that bundles KefuChat): before the first message 80.2 KB gzip in 14 files, now 70.5 KB in 4.
 * A module a folder's index re-exports comes along when the chat imports that index, used or
 * not: keep what only lazy parts or the gallery need out of the indexes the chat imports (the
 * XSS vectors and the map link were, and sat in the chat's file).
 */
const chatChunks = () => {
  const closures = {
    chat: { roots: [here('src/components/KefuChat/KefuChat.ts')], ids: new Set<string>() },
    simulator: { roots: [here('src/protocol/simulator/index.ts')], ids: new Set<string>() },
    tencent: { roots: [here('src/protocol/tencent/index.ts')], ids: new Set<string>() },
  }
  /** modules only the gallery and the tests use */
  const galleryOnly = /[\\/](fixtures?|wireFixture|mediaFixture|xss-vectors|gallery)\.ts$/
  const plugin: Plugin = {
    name: 'kefu-chat-closure',
    buildEnd(error) {
      if (error) return
      for (const [name, c] of Object.entries(closures)) {
        c.ids.clear()
        const stack = [...c.roots]
        while (stack.length) {
          const id = stack.pop()!
          if (c.ids.has(id)) continue
          const info = this.getModuleInfo(id)
          if (!info) continue
          c.ids.add(id)
          stack.push(...info.importedIds)
        }
        if (!c.roots.every((r) => c.ids.has(r))) this.error(`kefu-chat-closure: a root of "${name}" is not in the module graph`)
      }
      // guards: what is loaded on demand, and what only the gallery and the tests use, stays out
      // of the chat's files (a static import of it from the chat would quietly put it back)
      const rel = (id: string) => id.slice(here('.').length)
      for (const id of closures.chat.ids) {
        if ((this.getModuleInfo(id)?.dynamicImporters.length ?? 0) > 0) {
          this.error(`kefu-chat-closure: ${rel(id)} is loaded with import() but the chat also imports it statically`)
        }
        if (galleryOnly.test(id)) this.error(`kefu-chat-closure: the chat imports ${rel(id)}, which only the gallery or the tests need (import it through a module the chat does not import)`)
      }
    },
  }
  const protocolDir = here('src/protocol/')
  const inChat = (id: string) => closures.chat.ids.has(id)
  const groups = [
    // one file per set of backends that needs it: a host on the Tencent transport does not get
    // the wire modules only the simulator uses
    {
      name: (id: string) => {
        const sim = closures.simulator.ids.has(id)
        const tencent = closures.tencent.ids.has(id)
        return !inChat(id) || (!sim && !tencent) ? null : sim && tencent ? 'wire' : sim ? 'wire-simulator' : 'wire-tencent'
      },
      priority: 3,
    },
    { name: 'chat-protocol', priority: 2, test: (id: string) => inChat(id) && id.startsWith(protocolDir) },
    { name: 'chat', priority: 1, test: (id: string) => inChat(id) && !id.startsWith(protocolDir) },
  ]
  return { plugin, groups }
}

// `vite` (npm run dev) serves the playground; `vite build` builds the library.
// One library artifact serves Vue 3 and Vue 2.7: vue / vue-demi / pinia / the Tencent SDK stay
// external so the host's copies are used (a second Vue copy would break reactivity).
export default defineConfig(({ command, mode }) => {
  if (command === 'serve' || mode === 'playground') {
    return {
      root: here('playground'),
      base: './',
      // the playground imports the kit by its published names, served from source
      resolve: {
        alias: [
          { find: /^kefu-kit$/, replacement: here('src/index.ts') },
          { find: /^kefu-kit\/protocol$/, replacement: here('src/protocol/index.ts') },
          { find: /^kefu-kit\/simulator$/, replacement: here('src/protocol/simulator/index.ts') },
          { find: /^kefu-kit\/tencent$/, replacement: here('src/protocol/tencent/index.ts') },
          { find: /^kefu-kit\/gallery$/, replacement: here('src/gallery.ts') },
          { find: /^kefu-kit\/pinia$/, replacement: here('src/pinia/index.ts') },
          { find: /^kefu-kit\/style\.css$/, replacement: here('src/styles/tokens.css') },
        ],
      },
      // vue-demi must not be pre-bundled: it re-exports the host's Vue.
      optimizeDeps: { exclude: ['vue-demi'] },
      server: { host: '127.0.0.1' },
      build: { outDir: here('dist-playground'), emptyOutDir: true },
    }
  }
  const chat = chatChunks()
  return {
    plugins: [pureComponents(), chat.plugin],
    build: {
      lib: {
        entry: {
          index: here('src/index.ts'),
          protocol: here('src/protocol/index.ts'),
          simulator: here('src/protocol/simulator/index.ts'),
          tencent: here('src/protocol/tencent/index.ts'),
          gallery: here('src/gallery.ts'),
          pinia: here('src/pinia/index.ts'),
        },
        formats: ['es', 'cjs'],
        cssFileName: 'kefu-kit',
      },
      rolldownOptions: {
        external: ['vue', 'vue-demi', 'pinia', '@vue/composition-api', 'marked', 'dompurify', /^@tencentcloud\//],
        output: { codeSplitting: { groups: chat.groups } },
      },
      // maps are written for local debugging but not referenced: the package does not ship them
      sourcemap: 'hidden',
      // unminified by default (readable in hosts' dev tools); `npm run bench` builds a minified copy to measure
      minify: process.env.KEFU_MINIFY === '1',
      outDir: process.env.KEFU_OUT_DIR || 'dist',
      target: 'es2020',
    },
  }
})
