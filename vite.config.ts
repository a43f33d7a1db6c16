import { defineConfig } from 'vite'
import { fileURLToPath } from 'node:url'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

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
