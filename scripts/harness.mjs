// Installs a test harness (test/<name>/node_modules) on first use, so `npm test` works right
// after `npm install` on a fresh machine without a postinstall hook that consumers would run too.
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const name = process.argv[2]
const dir = fileURLToPath(new URL(`../test/${name}/`, import.meta.url))
if (!existsSync(`${dir}node_modules/vue/package.json`)) {
  console.log(`[harness] installing test/${name} dependencies…`)
  const cmd = existsSync(`${dir}package-lock.json`) ? 'npm ci' : 'npm install'
  execSync(`${cmd} --no-audit --no-fund`, { cwd: dir, stdio: 'inherit' })
}
