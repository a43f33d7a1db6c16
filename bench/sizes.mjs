// Sizes: the library's entries (marked/DOMPurify external, as published) and what a host that
// bundles the kit ships (Vue external; marked and DOMPurify included): before any message arrives
// (the entry and what it imports statically, plus the CSS) and everything the entry can load.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { embedDir, hostDir, minDir, root } from './build.mjs'

const kb = (n) => `${(n / 1024).toFixed(1)} KB`
const gz = (buf) => gzipSync(buf, { level: 9 }).length

function closure(dir, entry, seen = new Set(), dynamic = false) {
  if (seen.has(entry)) return seen
  seen.add(entry)
  const code = readFileSync(`${dir}/${entry}`, 'utf8')
  const re = dynamic
    ? /from\s*["']\.\/([^"']+)["']|import\s*["']\.\/([^"']+)["']|import\(\s*["']\.\/([^"']+)["']\s*\)/g
    : /from\s*["']\.\/([^"']+)["']|import\s*["']\.\/([^"']+)["']/g
  for (const m of code.matchAll(re)) closure(dir, m[1] ?? m[2] ?? m[3], seen, dynamic)
  return seen
}

export function sizes() {
  const out = {}
  console.log('\n## Size: library entries (ES, minified; vue, marked, DOMPurify external, as published)')
  console.log('entry'.padEnd(22), 'min'.padStart(10), 'min+gzip'.padStart(10))
  for (const entry of ['index.js', 'protocol.js', 'simulator.js', 'tencent.js', 'gallery.js', 'kefu-kit.css']) {
    const files = entry.endsWith('.css') ? [entry] : [...closure(minDir, entry)]
    const buf = Buffer.concat(files.map((f) => readFileSync(`${minDir}/${f}`)))
    console.log(entry.padEnd(22), kb(buf.length).padStart(10), kb(gz(buf)).padStart(10))
  }
  const files = readdirSync(hostDir).filter((f) => statSync(`${hostDir}/${f}`).isFile())
  const css = files.filter((f) => f.endsWith('.css'))
  const entry = files.find((f) => /^host\.(m?js)$/.test(f))
  const sum = (list) => list.reduce((a, f) => a + gz(readFileSync(`${hostDir}/${f}`)), 0)
  const initial = [...closure(hostDir, entry)]
  const all = [...closure(hostDir, entry, new Set(), true)]
  out.initial = sum(initial) + sum(css)
  out.all = sum(all) + sum(css)
  // what one chat can load: everything but the gallery's fixtures and the 14 locales it is not
  // using (counted as the largest one); the locales are alternatives, the fixtures gallery-only
  const isLocale = (f) => /^(zh-CN|zh-TW|ja|ko|vi|th|id|ms|fil|es|fr|de|pt-BR|ar)-/.test(f)
  const isFixture = (f) => /^(fixtures?|wireFixture)-/.test(f)
  const locales = all.filter(isLocale).map((f) => gz(readFileSync(`${hostDir}/${f}`)))
  out.chat = sum(all.filter((f) => !isLocale(f) && !isFixture(f))) + sum(css) + (locales.length ? Math.max(...locales) : 0)
  console.log('\n## Size: a host that bundles the kit (Vite, minified, Vue external, marked + DOMPurify bundled; gzip per file, summed)')
  for (const f of [...all, ...css]) console.log(`  ${f.padEnd(40)} ${kb(gz(readFileSync(`${hostDir}/${f}`))).padStart(10)}${initial.includes(f) || f.endsWith('.css') ? '  (initial)' : '  (lazy)'}`)
  console.log(`before the first message (entry + static imports + CSS): ${kb(out.initial)}  goal ≤ 32 KB`)
  console.log(`everything the entry can load:                         ${kb(out.all)}  goal ≤ 55 KB`)
  console.log(`everything one chat can load (no gallery fixtures; one locale, the largest): ${kb(out.chat)}`)
  out.embed = embedSizes()
  const total = readdirSync(`${root}dist`).filter((f) => !f.endsWith('.map') && statSync(`${root}dist/${f}`).isFile())
  console.log(`dist/ files (unminified, no maps): ${total.length}`)
  return out
}

/** Static imports of an embed file (and theirs), paths relative to the embed's folder `dir`. */
export function embedStaticClosure(dir, entry, seen = new Set()) {
  if (seen.has(entry)) return seen
  seen.add(entry)
  const sub = entry.includes('/') ? entry.slice(0, entry.lastIndexOf('/') + 1) : ''
  const code = readFileSync(`${dir}/${entry}`, 'utf8')
  for (const m of code.matchAll(/(?:from|import)\s*["'](\.\.?\/[^"']+)["']/g)) {
    embedStaticClosure(dir, new URL(m[1], `file:///${sub}`).pathname.slice(1), seen)
  }
  return seen
}

/** What a page fetches when the embed mounts (before the first rich-text message): the loader, the core and the core's static imports. */
export function embedAtMount(dir) {
  return ['kefu-kit.js', ...embedStaticClosure(dir, 'kefu-kit.core.js')]
}

/**
 * The one-script embed: dist/embed/kefu-kit.js, a small classic script that imports the kit's code
 * (kefu-kit.core.js: Vue 3, the kit, the launcher and the CSS) from its own folder, and the chunks
 * that loads on demand. "Before the first rich-text message" is what the browser fetches at mount:
 * the script, the core and the core's static imports (the simulator backend is counted apart).
 */
export function embedSizes() {
  const files = []
  const walk = (dir) => {
    for (const e of readdirSync(`${embedDir}/${dir}`, { withFileTypes: true })) {
      const f = dir ? `${dir}/${e.name}` : e.name
      if (e.isDirectory()) walk(f)
      else if (f.endsWith('.js')) files.push(f)
    }
  }
  walk('')
  const size = (f) => gz(readFileSync(`${embedDir}/${f}`))
  const staticClosure = (entry) => embedStaticClosure(embedDir, entry)
  const sum = (list) => [...list].reduce((a, f) => a + size(f), 0)
  const initialFiles = new Set(embedAtMount(embedDir))
  const extra = (re) => {
    const starts = files.filter((f) => re.test(f))
    const set = new Set(starts.flatMap((f) => [...staticClosure(f)]))
    return [...set].filter((f) => !initialFiles.has(f))
  }
  const markdownFiles = extra(/^kefu-kit\.(marked|dompurify)-/)
  const simulatorFiles = extra(/^kefu-kit\.simulator-/)
  const tencentFiles = extra(/^kefu-kit\.tencent-/)
  const localeFiles = extra(/^locales\/ja-/)
  const initial = sum(initialFiles)
  const markdown = sum(markdownFiles)
  const simulator = sum(simulatorFiles)
  const tencent = sum(tencentFiles)
  const locale = sum(localeFiles)
  console.log('\n## Size: the one-script embed (dist/embed: kefu-kit.js, a classic loader; kefu-kit.core.js, Vue 3 + the kit + the CSS; chunks on demand; gzip -9 per file)')
  const role = (f) => (initialFiles.has(f) ? 'initial' : markdownFiles.includes(f) ? 'lazy: first rich-text message' : simulatorFiles.includes(f) ? 'at mount: the simulator backend' : tencentFiles.includes(f) ? 'at mount: the Tencent backend' : 'lazy')
  const listed = files.filter((f) => !f.startsWith('locales/') || localeFiles.includes(f))
  for (const f of listed.sort((a, b) => (initialFiles.has(b) - initialFiles.has(a)) || size(b) - size(a))) {
    console.log(`  ${f.padEnd(44)} ${kb(size(f)).padStart(10)}  (${role(f)})`)
  }
  const locales = files.filter((f) => f.startsWith('locales/') && !f.startsWith('locales/simulator-'))
  const simLocales = files.filter((f) => f.startsWith('locales/simulator-'))
  console.log(`  locales/: ${locales.length} languages, ${kb(Math.min(...locales.map(size)))}–${kb(Math.max(...locales.map(size)))} each, and the simulator's texts in ${simLocales.length} (lazy: when the chat switches language)`)
  console.log(`before the first rich-text message (kefu-kit.js + kefu-kit.core.js + its static imports): ${kb(initial)}  goal ≤ 90 KB`)
  console.log(`  + marked and DOMPurify (first rich-text message): ${kb(initial + markdown)}  (+${kb(markdown)})`)
  console.log(`  + the simulator backend (loaded at mount):         +${kb(simulator)}; or the Tencent transport: +${kb(tencent)}`)
  console.log(`  + one other language (ja):                          +${kb(locale)}`)
  return { initial, loader: size('kefu-kit.js'), markdown, simulator, tencent, locale }
}
