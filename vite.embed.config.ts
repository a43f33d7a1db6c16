import { defineConfig, type Plugin } from 'vite'
import { fileURLToPath } from 'node:url'
import { readFileSync } from 'node:fs'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

/** The placeholder `src/embed/styles.ts` reads; replaced by the whole CSS of the build. */
const CSS_PLACEHOLDER = '__KEFU_EMBED_CSS__'

/**
 * Moves the CSS Vite extracts into the script: the placeholder string becomes the stylesheet's
 * text, the .css asset is dropped. The embed adopts it as a constructable stylesheet in its
 * shadow root (no <style> element: a strict `style-src 'self'` would block one).
 */
function cssIntoScript(): Plugin {
  return {
    name: 'kefu-embed-css-into-script',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const cssFiles = Object.keys(bundle).filter((f) => f.endsWith('.css'))
      const css = cssFiles.map((f) => {
        const a = bundle[f]
        return a.type === 'asset' ? String(a.source) : ''
      }).join('\n')
      for (const f of cssFiles) delete bundle[f]
      let replaced = 0
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue
        const before = chunk.code
        chunk.code = chunk.code.replace(new RegExp(`(["'\`])${CSS_PLACEHOLDER}\\1`, 'g'), () => { replaced++; return JSON.stringify(css) })
        if (chunk.code !== before && chunk.map) chunk.map = null as never
      }
      if (!replaced) this.error(`the CSS placeholder ${CSS_PLACEHOLDER} was not found in the embed bundle`)
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

/**
 * What the script loads later, as ES modules next to it: marked and DOMPurify with the first
 * rich-text message, a language's dictionary when the chat switches to it. `import()` in a classic
 * script resolves against the script's own URL, so `./kefu-kit.marked.js` is found next to
 * kefu-kit.js wherever that is served from (same origin: `script-src 'self'` allows it; from a CDN,
 * with CORS, as every public CDN sends). If a chunk cannot load, the chat keeps working: rich text
 * stays plain, escaped text and the language stays English.
 */
function lazyChunks(): Plugin {
  return {
    name: 'kefu-embed-lazy-chunks',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer) return null
      if (/[\\/]src[\\/]messages[\\/]richText[\\/]markdown\.ts$/.test(importer)) {
        if (source === 'marked') return { id: './kefu-kit.marked.js', external: 'relative' }
        if (source === 'dompurify') return { id: './kefu-kit.dompurify.js', external: 'relative' }
      }
      if (/[\\/]src[\\/]embed[\\/]backend\.ts$/.test(importer)) {
        const chunk = /^\.\/chunks\/(simulator|tencent)$/.exec(source)
        if (chunk) return { id: `./kefu-kit.${chunk[1]}.js`, external: 'relative' }
      }
      // the emoji picker's data (names in English and Chinese): loaded when the picker first opens
      if (source === './data' && /[\\/]src[\\/]components[\\/]KefuEmojiPicker[\\/]emoji\.ts$/.test(importer)) {
        return { id: './kefu-kit.emoji.js', external: 'relative' }
      }
      const locale = /^\.\/locales\/([A-Za-z-]+)$/.exec(source)
      if (locale && /[\\/]src[\\/]i18n[\\/]index\.ts$/.test(importer) && locale[1] !== 'en') {
        return { id: `./locales/${locale[1]}.js`, external: 'relative' }
      }
      return null
    },
  }
}

// `npm run build` runs this twice after the library build:
// - `vite build -c vite.embed.config.ts`: `dist/embed/kefu-kit.js`, one classic script (IIFE) with
//   Vue 3 inside that defines `window.KefuKit` and `<kefu-chat>`, and `dist/embed/kefu-kit.mjs`,
//   the same as an ES module for bundlers (`kefu-kit/embed`);
// - `vite build -c vite.embed.config.ts --mode chunks`: what they load later, ES modules next to
//   them (kefu-kit.marked.js, kefu-kit.dompurify.js, kefu-kit.simulator.js, kefu-kit.tencent.js,
//   kefu-kit.emoji.js, locales/<tag>.js).
const LOCALES = ['zh-CN', 'zh-TW', 'ja', 'ko', 'vi', 'th', 'id', 'ms', 'fil', 'es', 'fr', 'de', 'pt-BR', 'ar']

export default defineConfig(({ mode }) => {
  const chunks = mode === 'chunks'
  return {
    resolve: {
      alias: [
        { find: /^vue-demi$/, replacement: here('src/embed/vueDemi.ts') },
        { find: /^vue$/, replacement: here('node_modules/vue/dist/vue.runtime.esm-bundler.js') },
      ],
    },
    define: {
      'process.env.NODE_ENV': JSON.stringify('production'),
      __KEFU_VERSION__: JSON.stringify(JSON.parse(readFileSync(here('package.json'), 'utf8')).version),
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    plugins: chunks ? [] : [noFixtures(), lazyChunks(), cssIntoScript()],
    build: {
      lib: chunks
        ? {
            entry: {
              'kefu-kit.marked': here('src/embed/chunks/marked.ts'),
              'kefu-kit.dompurify': here('src/embed/chunks/dompurify.ts'),
              'kefu-kit.simulator': here('src/embed/chunks/simulator.ts'),
              'kefu-kit.tencent': here('src/embed/chunks/tencent.ts'),
              'kefu-kit.emoji': here('src/components/KefuEmojiPicker/data.ts'),
              ...Object.fromEntries(LOCALES.map((l) => [`locales/${l}`, here(`src/i18n/locales/${l}.ts`)])),
            },
            formats: ['es'],
            fileName: (_format, name) => `${name}.js`,
          }
        : {
            entry: here('src/embed/index.ts'),
            name: 'KefuKit',
            formats: ['iife', 'es'],
            fileName: (format) => (format === 'iife' ? 'kefu-kit.js' : 'kefu-kit.mjs'),
          },
      rolldownOptions: chunks
        ? { output: { chunkFileNames: 'kefu-kit.shared-[hash].js' } }
        : { output: { codeSplitting: false } },
      outDir: process.env.KEFU_EMBED_OUT_DIR || 'dist/embed',
      // the main build empties the folder; the chunks build adds to it
      emptyOutDir: !chunks,
      sourcemap: false,
      minify: true,
      cssCodeSplit: false,
      target: 'es2020',
    },
  }
})
