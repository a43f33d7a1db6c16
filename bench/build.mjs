// Builds what the benchmark measures: the library (dist/, production), and two host apps that
// bundle it the way a user's app does (Vite, minified): the benchmark page (with production Vue)
// and a minimal host (Vue external) whose output sizes are "what the kit costs a host".
import { execSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const root = fileURLToPath(new URL('..', import.meta.url))
const tmp = process.env.KEFU_BENCH_TMP || '/tmp'
export const pageDir = `${tmp}/kefu-kit-bench-page`
export const hostDir = `${tmp}/kefu-kit-bench-host`
export const minDir = `${tmp}/kefu-kit-bench-min`
export const embedDir = `${tmp}/kefu-kit-bench-embed`
export const officialDir = `${tmp}/kefu-kit-bench-official`

const alias = (dist) => [
  { find: /^kefu-kit$/, replacement: `${dist}/index.js` },
  { find: /^kefu-kit\/style\.css$/, replacement: `${dist}/kefu-kit.css` },
]

export async function buildAll({ log = console.log } = {}) {
  log('building dist/ (vite build), a minified copy, the benchmark page and a host app…')
  execSync('npx vite build', { cwd: root, stdio: 'ignore' })
  execSync('npx vite build', { cwd: root, stdio: 'ignore', env: { ...process.env, KEFU_MINIFY: '1', KEFU_OUT_DIR: minDir } })
  // the one-script embed (vite.embed.config.ts): the classic script, the kit's code and its chunks
  execSync('npx vite build -c vite.embed.config.ts', { cwd: root, stdio: 'ignore', env: { ...process.env, KEFU_EMBED_OUT_DIR: embedDir } })
  const { build } = await import('vite')
  const dist = `${root}dist`
  await build({
    configFile: false, logLevel: 'warn', root: `${root}bench/page`, base: './', mode: 'production',
    resolve: { alias: alias(dist) },
    build: { outDir: pageDir, emptyOutDir: true, minify: true, target: 'es2020' },
  })
  await build({
    configFile: false, logLevel: 'warn', root: `${root}bench/host`, mode: 'production',
    resolve: { alias: alias(dist) },
    build: {
      outDir: hostDir, emptyOutDir: true, minify: true, target: 'es2020', cssCodeSplit: true,
      lib: { entry: `${root}bench/host/main.js`, formats: ['es'], fileName: 'host' },
      rolldownOptions: { external: ['vue', 'vue-demi', '@vue/composition-api', 'pinia', /^@tencentcloud\//] },
    },
  })
}

/**
 * The official plugin's page (bench/official): its own package.json and lockfile, installed here on
 * first use (`npm ci --prefix bench/official`), never a dependency of the kit. Built like the kit's
 * page (Vite, minified, production Vue of the same version). Returns { dir } or { skipped: reason }.
 */
export async function buildOfficial({ log = console.log } = {}) {
  const dir = `${root}bench/official`
  try {
    if (!existsSync(`${dir}/node_modules/@tencentcloud/tui-customer-service-plugin/index.vue`)) {
      log('installing the official plugin for the comparison (npm ci --prefix bench/official)…')
      execSync('npm ci --prefix bench/official --no-audit --no-fund', { cwd: root, stdio: 'ignore', timeout: 180_000 })
    }
  } catch (e) {
    return { skipped: `npm ci failed: ${String(e.message || e).split('\n')[0].slice(0, 120)}` }
  }
  const version = (base) => JSON.parse(readFileSync(createRequire(base).resolve('vue/package.json'), 'utf8')).version
  const kitVue = version(`${root}bench/page/main.js`)
  const pluginVue = version(`${dir}/page/main.js`)
  if (kitVue !== pluginVue) return { skipped: `Vue ${pluginVue} in bench/official, ${kitVue} for the kit: pin the same version in bench/official/package.json` }
  try {
    const { build } = await import('vite')
    const vue = (await import(pathToFileURL(createRequire(`${dir}/page/main.js`).resolve('@vitejs/plugin-vue')).href)).default
    await build({
      configFile: false, logLevel: 'error', root: `${dir}/page`, base: './', mode: 'production',
      plugins: [vue()],
      resolve: { alias: [{ find: /^@tencentcloud\/tui-core$/, replacement: `${dir}/page/tui-core-stub.js` }] },
      css: { preprocessorOptions: { scss: { silenceDeprecations: ['legacy-js-api', 'import'] } } },
      build: { outDir: officialDir, emptyOutDir: true, minify: true, target: 'es2020' },
    })
  } catch (e) {
    return { skipped: `build failed: ${String(e.message || e).split('\n')[0].slice(0, 160)}` }
  }
  return { dir: officialDir, vue: kitVue }
}
