#!/usr/bin/env node
// `npm run build:h5`: the no-code H5 page in dist-h5/ (git-ignored), static files to host anywhere:
//   index.html, h5.css, h5.js (reads the address, mounts the chat, the postMessage bridge),
//   kefu-kit.js, the kit's code it loads (kefu-kit.core.js) and that code's chunks, loaded on demand
//   (the embed build, see vite.embed.config.ts).
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))
const out = join(root, process.env.KEFU_H5_OUT_DIR || 'dist-h5')
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })

const embedConfig = join(root, 'vite.embed.config.ts')
process.env.KEFU_EMBED_OUT_DIR = out
await build({ configFile: embedConfig, logLevel: 'warn' })
// the ES module copy is for bundlers; the page loads the classic script
rmSync(join(out, 'kefu-kit.mjs'), { force: true })

await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    lib: { entry: join(root, 'src/h5/main.ts'), name: 'KefuH5', formats: ['iife'], fileName: () => 'h5.js' },
    outDir: out,
    emptyOutDir: false,
    minify: true,
    sourcemap: false,
    target: 'es2020',
  },
})
for (const f of ['index.html', 'h5.css']) copyFileSync(join(root, 'src/h5', f), join(out, f))
for (const f of ['index.html', 'h5.css', 'h5.js', 'kefu-kit.js', 'kefu-kit.core.js']) {
  if (!existsSync(join(out, f))) throw new Error(`build:h5: ${f} is missing from ${out}`)
}
console.log(`H5 page: ${out}/index.html (open it as index.html?locale=en&title=Support)`)
