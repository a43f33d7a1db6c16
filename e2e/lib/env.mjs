// Where things are. `e2e/run.mjs` builds the playground once, serves it and passes its address
// in E2E_PLAYGROUND_URL; a test file started on its own (`node --test e2e/tests/x.test.mjs`)
// builds and serves a private copy instead, so every file also runs alone.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { spawnSync } from 'node:child_process'
import { serveStatic } from './server.mjs'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const E2E_DIR = join(ROOT, 'e2e')
export const ARTIFACTS = process.env.E2E_ARTIFACTS || join(ROOT, 'artifacts')
export const SCREENSHOTS = join(ARTIFACTS, 'screenshots')
export const FAILURES = join(ARTIFACTS, 'failures')

export const DEFAULT_CHROMIUM = '/usr/bin/chromium'

/** The Chromium binary the suite drives: CHROMIUM_PATH, or Debian's /usr/bin/chromium. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM
}

export const CHROMIUM_MISSING =
  'Chromium not found: install it with `apt-get install -y chromium` (Debian) or set CHROMIUM_PATH'

export function ensureDir(dir) {
  mkdirSync(dir, { recursive: true })
  return dir
}

/** Runs the repository's vite (never a global one). Throws with the output on failure. */
export function runVite(args, cwd = ROOT) {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js')
  const r = spawnSync(process.execPath, [vite, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  if (r.status !== 0) {
    throw new Error(`vite ${args.join(' ')} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`)
  }
  return r
}

/** Builds the playground into a fresh temporary directory (never into the repo's dist-playground). */
export function buildPlayground() {
  const out = mkdtempSync(join(tmpdir(), 'kefu-e2e-playground-'))
  runVite(['build', '--mode', 'playground', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'])
  if (!existsSync(join(out, 'index.html'))) throw new Error(`the playground build wrote no index.html to ${out}`)
  return out
}

let own = null

/** The playground's base URL (ends with `/`); builds and serves a private copy when run alone. */
export async function playgroundUrl() {
  if (process.env.E2E_PLAYGROUND_URL) return process.env.E2E_PLAYGROUND_URL
  if (!own) {
    const dir = buildPlayground()
    const server = await serveStatic(dir)
    own = { dir, server }
  }
  return own.server.url
}

/** Stops the private playground server (a no-op under run.mjs). */
export async function releasePlayground() {
  if (!own) return
  const { dir, server } = own
  own = null
  await server.close()
  rmSync(dir, { recursive: true, force: true })
}

/** Newest modification time (ms) of the files under `dir` (recursively), skipping tests. */
function newest(dir) {
  let max = 0
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, name.name)
    if (name.isDirectory()) max = Math.max(max, newest(p))
    else if (!/\.test\.ts$/.test(name.name)) max = Math.max(max, statSync(p).mtimeMs)
  }
  return max
}

/**
 * Builds the library (`npm run build`) when dist/ is missing or older than its sources, so the
 * packed package is what the sources say. Returns whether it built.
 */
export function ensureLibraryBuilt(log = () => undefined) {
  const out = join(ROOT, 'dist', 'index.js')
  const sources = Math.max(
    newest(join(ROOT, 'src')),
    ...['package.json', 'vite.config.ts', 'tsconfig.build.json'].filter((f) => existsSync(join(ROOT, f))).map((f) => statSync(join(ROOT, f)).mtimeMs),
  )
  if (existsSync(out) && statSync(out).mtimeMs >= sources) return false
  log(existsSync(out) ? 'dist/ is older than src/: building the library (npm run build)' : 'dist/ is missing: building the library (npm run build)')
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`npm run build failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`)
  return true
}
