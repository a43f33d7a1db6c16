import { defineConfig } from 'vitest/config'

// Vue 3 run of the whole suite. test/vue2/vitest.config.mjs runs the component tests again on Vue 2.7.
export default defineConfig({
  test: {
    globals: true,
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    // under CI, also keep machine-readable results so .ci/run can print one closing summary line
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'artifacts/vitest-vue3.json' }]] : ['default'],
  },
})
