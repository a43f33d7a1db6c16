// The Vue 2.6 + @vue/composition-api project of the suite (vitest.config.ts lists it;
// `npm run test:vue26` runs it alone). vue / vue-demi / @vue/test-utils are forced to this
// folder's node_modules (vue 2.6 + composition-api + test-utils 1), so src, the tests and
// test-utils share one Vue 2 instance and the root needs no vue-demi-switch.
import { fileURLToPath } from 'node:url'
import { VUE2_EXCLUDE, VUE2_INCLUDE, quietConsole } from '../setup/projects.mjs'

const here = (p) => fileURLToPath(new URL(p, import.meta.url))
const pkg = (name, file) => here(`./node_modules/${name}/${file}`)

export default {
  root: here('../..'),
  resolve: {
    alias: [
      // the full build (with the template compiler) so tests may mount host templates
      { find: /^vue$/, replacement: pkg('vue', 'dist/vue.esm.js') },
      { find: /^vue-demi$/, replacement: pkg('vue-demi', 'lib/index.mjs') },
      { find: /^@vue\/composition-api\/dist\/vue-composition-api.mjs$/, replacement: pkg('@vue/composition-api', 'dist/vue-composition-api.mjs') },
      { find: /^@vue\/test-utils$/, replacement: pkg('@vue/test-utils', 'dist/vue-test-utils.js') },
    ],
  },
  define: { 'process.env.NODE_ENV': '"test"' },
  test: {
    name: 'vue2.6',
    globals: true,
    environment: 'jsdom',
    // one jsdom window and module graph per worker (see test/setup/dom.mjs)
    isolate: false,
    // as vitest.config.ts: a loaded shared machine can take several times the quiet-machine time
    testTimeout: 30_000,
    // hooks too: a beforeAll that preloads chunks (Markdown, a locale, the viewer) is a cold import
    hookTimeout: 30_000,
    include: VUE2_INCLUDE,
    exclude: VUE2_EXCLUDE,
    setupFiles: [here('../setup/dom.mjs')],
    onConsoleLog: quietConsole,
  },
}
