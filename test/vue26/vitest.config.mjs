// Vue 2.6 + @vue/composition-api run of the SAME component suite. Root is the repository, but vue / vue-demi /
// @vue/test-utils are forced to this folder's node_modules (vue 2.6 + composition-api + test-utils 1), so src,
// the tests and test-utils share one Vue 2 instance and the root needs no vue-demi-switch.
import { fileURLToPath } from 'node:url'

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
    globals: true,
    environment: 'jsdom',
    // only what touches Vue needs a second run; the protocol layer has no Vue in it
    include: ['src/messages/**/*.test.ts', 'src/components/**/*.test.ts', 'src/vue/**/*.test.ts'],
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'artifacts/vitest-vue26.json' }]] : ['default'],
  },
}
