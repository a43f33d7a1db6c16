// Builds what the benchmark measures: the library (dist/, production), and two host apps that
// bundle it the way a user's app does (Vite, minified): the benchmark page (with production Vue)
// and a minimal host (Vue external) whose output sizes are "what the kit costs a host".
import { execSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('..', import.meta.url))
const tmp = process.env.KEFU_BENCH_TMP || '/tmp'
export const pageDir = `${tmp}/kefu-kit-bench-page`
export const hostDir = `${tmp}/kefu-kit-bench-host`
export const minDir = `${tmp}/kefu-kit-bench-min`
export const embedDir = `${tmp}/kefu-kit-bench-embed`

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
