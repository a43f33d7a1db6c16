// Installs a test harness (test/<name>/node_modules) on first use, so `npm test` works right
// after `npm install` on a fresh machine without a postinstall hook that consumers would run too.
// vitest.config.ts calls ensureHarness() itself; `node scripts/harness.mjs vue2 vue26` does the same.
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export function ensureHarness(name) {
  const dir = fileURLToPath(new URL(`../test/${name}/`, import.meta.url))
  if (existsSync(`${dir}node_modules/vue/package.json`)) return
  console.log(`[harness] installing test/${name} dependencies…`)
  const cmd = existsSync(`${dir}package-lock.json`) ? 'npm ci' : 'npm install'
  // stdout to stderr: the install must not mix into a reporter's machine-readable output
  execSync(`${cmd} --no-audit --no-fund`, { cwd: dir, stdio: ['ignore', 2, 2] })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const name of process.argv.slice(2)) ensureHarness(name)
}
