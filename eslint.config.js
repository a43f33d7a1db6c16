// ESLint 9 flat config: `npm run lint` (also run by .ci/run before the type check).
// Type-aware rules are not enabled: the type check (`npm run typecheck`) already covers types,
// and a syntax-only lint stays fast on the shared 2-core machine.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'dist/**',
      'dist-playground/**',
      'dist-h5/**',
      '.tmp/**',
      'coverage/**',
      'artifacts/**',
      'e2e/hosts/*/dist/**',
      'playground/public/**',
      // generated from README.md by scripts/readme-blocks.mjs and type-checked there
      'test/readme/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // `_`-prefixed names are deliberate (ignored parameters, destructured-away fields)
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // the compat `h` layer bridges two Vue type systems; `any` there is deliberate and reviewed
      '@typescript-eslint/no-explicit-any': 'off',
      // type-only imports stay type-only, so `isolatedModules` builds never pull a module for a type
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // `as {}` casts carry Vue 2-only options (`model`) past Vue 3's component types
      '@typescript-eslint/no-empty-object-type': ['error', { allowObjectTypes: 'always' }],
      // sanitizers and their tests match control characters on purpose
      'no-control-regex': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
    },
  },
  {
    // the protocol layer is framework-free: it runs in any host, with or without Vue
    files: ['src/protocol/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vue', message: 'src/protocol is framework-free: no Vue import here.' },
            { name: 'vue-demi', message: 'src/protocol is framework-free: no Vue import here.' },
            { name: 'pinia', message: 'src/protocol is framework-free: no Pinia import here.' },
            { name: '@vue/composition-api', message: 'src/protocol is framework-free: no Vue import here.' },
          ],
          patterns: [
            { group: ['vue/*', '@vue/*', 'pinia/*'], message: 'src/protocol is framework-free: no Vue import here.' },
            { group: ['**/vue/**', '**/components/**', '**/messages/**'], message: 'src/protocol must not depend on the Vue layers of the kit.' },
          ],
        },
      ],
    },
  },
  {
    // node:test / Playwright callbacks take positional arguments (`(t) =>`, `(e, k) =>`) they may ignore
    files: ['e2e/**/*.mjs', 'bench/**/*.mjs'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { args: 'none', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
)
