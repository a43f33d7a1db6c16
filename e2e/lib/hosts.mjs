// The host apps (e2e/hosts/vue3, e2e/hosts/vue2) install the packed package the way a user would:
// `npm pack` of the repository, then, in a copy of the host under the system's temp directory
// (never in the repo), ONE `npm install` of Vue, its Vite plugin (and for Vue 2.7 a Vite it accepts)
// and the tarball together,
// with no resolution flags (no --legacy-peer-deps, no --force) — the command the README gives —
// then `npm ls` (must be clean), `vite build` with the host's own vite, and a static server.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawn } from 'node:child_process'
import { E2E_DIR, ROOT } from './env.mjs'
import { serveStatic } from './server.mjs'

/** Runs a command; resolves with its output, rejects with it (and the exit code) on failure. */
export function run(cmd, args, { cwd, env, timeout = 300_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    const timer = setTimeout(() => {
      child.kill('SIGTERM')
      reject(new Error(`${cmd} ${args.join(' ')} timed out after ${timeout} ms in ${cwd}\n${out}`))
    }, timeout)
    child.on('error', (e) => {
      clearTimeout(timer)
      reject(e)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      if (code === 0) resolve(out)
      else reject(new Error(`${cmd} ${args.join(' ')} failed (exit ${code}) in ${cwd}:\n${out.slice(-4000)}`))
    })
  })
}

/** `npm pack` of the repository into a fresh temp directory; returns the tarball's path and file list. */
export async function packKit() {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-e2e-pack-'))
  const out = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT })
  const json = JSON.parse(out.slice(out.indexOf('[')))
  const info = json[0]
  const tarball = join(dir, info.filename)
  if (!existsSync(tarball)) throw new Error(`npm pack reported ${info.filename} but ${tarball} does not exist`)
  return { dir, tarball, files: info.files.map((f) => f.path), info }
}

/**
 * What each host installs next to the tarball, in the same command: the README's commands (the
 * Vue 3 host is a Vite 8 app already; the Vue 2.7 host starts empty).
 * @vitejs/plugin-vue2 accepts Vite 3–7 only (its peerDependencies), hence vite@^7 for Vue 2.7.
 */
export const HOST_INSTALLS = {
  vue3: ['vue', '@vitejs/plugin-vue'],
  vue2: ['vue@^2.7', '@vitejs/plugin-vue2', 'vite@^7'],
  // the README's "Pinia" section: a Vue 3 app that already uses Pinia
  'vue3-pinia': ['vue', '@vitejs/plugin-vue', 'pinia'],
}

/**
 * Copies e2e/hosts/<name> (and e2e/hosts/shared) to a temp directory, installs its dependencies and
 * the tarball in one command, checks `npm ls`, and builds it. Returns
 * `{ dir, dist, installLog, lsLog, buildLog }`.
 */
export async function prepareHost(name, tarball) {
  const dir = mkdtempSync(join(tmpdir(), `kefu-e2e-host-${name}-`))
  const src = join(E2E_DIR, 'hosts', name)
  for (const f of readdirSync(src)) {
    if (f === 'node_modules' || f === 'dist' || f === 'package-lock.json') continue
    cpSync(join(src, f), join(dir, f), { recursive: true })
  }
  for (const f of readdirSync(join(E2E_DIR, 'hosts', 'shared'))) cpSync(join(E2E_DIR, 'hosts', 'shared', f), join(dir, f))
  const installLog = await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...HOST_INSTALLS[name], tarball], { cwd: dir })
  // exit 0 only when every peer dependency is satisfied and nothing is missing, invalid or extraneous
  const lsLog = await run('npm', ['ls', '--all'], { cwd: dir })
  const vite = join(dir, 'node_modules', 'vite', 'bin', 'vite.js')
  if (!existsSync(vite)) throw new Error(`the ${name} host has no vite after npm install:\n${installLog}`)
  const buildLog = await run(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: dir })
  return { dir, dist: join(dir, 'dist'), installLog, lsLog, buildLog }
}

/** Serves a built host. */
export function serveHost(host) {
  return serveStatic(host.dist)
}

export function removeDir(dir) {
  if (dir && dir.startsWith(tmpdir())) rmSync(dir, { recursive: true, force: true })
}
