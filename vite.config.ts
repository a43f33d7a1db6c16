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
  return {
    plugins: [pureComponents()],
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
