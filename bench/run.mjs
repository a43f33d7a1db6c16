// npm run bench: prints sizes and timings. Machines are shared and noisy, so every timing is
// reported next to a baseline measured in the same run, and the ratios are what to compare.
import { execSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'

const root = fileURLToPath(new URL('..', import.meta.url))
const minDir = '/tmp/kefu-kit-bench-min'

function build() {
  console.log('building (unminified dist/ and a minified copy for measuring)…')
  execSync('npm run build', { cwd: root, stdio: 'ignore' })
  execSync('npx vite build', { cwd: root, stdio: 'ignore', env: { ...process.env, KEFU_MINIFY: '1', KEFU_OUT_DIR: minDir } })
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`

/** an entry plus every chunk it imports, transitively (what a host really loads) */
function closure(dir, entry, seen = new Set()) {
  if (seen.has(entry)) return seen
  seen.add(entry)
  const code = readFileSync(`${dir}/${entry}`, 'utf8')
  for (const m of code.matchAll(/from\s*["']\.\/([^"']+)["']|import\s*["']\.\/([^"']+)["']/g)) closure(dir, m[1] ?? m[2], seen)
  return seen
}

function sizes() {
  console.log('\n## Size (ES module entries with the chunks they import; vue, marked, DOMPurify external)')
  console.log('entry'.padEnd(22), 'min'.padStart(10), 'min+gzip'.padStart(10))
  for (const entry of ['index.js', 'protocol.js', 'simulator.js', 'tencent.js', 'gallery.js', 'kefu-kit.css']) {
    const files = entry.endsWith('.css') ? [entry] : [...closure(minDir, entry)]
    const buf = Buffer.concat(files.map((f) => readFileSync(`${minDir}/${f}`)))
    console.log(entry.padEnd(22), kb(buf.length).padStart(10), kb(gzipSync(buf, { level: 9 }).length).padStart(10))
  }
  const deps = ['marked/lib/marked.esm.js', 'dompurify/dist/purify.es.mjs']
  for (const d of deps) {
    const p = `${root}node_modules/${d}`
    if (existsSync(p)) {
      const buf = readFileSync(p)
      console.log(`  dep ${d.split('/')[0]}`.padEnd(22), kb(buf.length).padStart(10), kb(gzipSync(buf, { level: 9 }).length).padStart(10), '(as published)')
    }
  }
  const total = readdirSync(`${root}dist`).filter((f) => !f.endsWith('.map') && statSync(`${root}dist/${f}`).isFile())
  console.log(`dist/ files (unminified, no maps): ${total.length}`)
}

function time(fn, minMs = 300) {
  let n = 0
  const t0 = performance.now()
  let t = t0
  while (t - t0 < minMs) {
    fn()
    n++
    t = performance.now()
  }
  return (t - t0) / n
}

async function protocol() {
  const { decode, createConversation, encodePayload } = await import(`${root}dist/protocol.js`)
  console.log('\n## decode')
  const branch = JSON.stringify({ customerServicePlugin: 0, src: '15', content: { header: '请选择', items: Array.from({ length: 8 }, (_, i) => ({ content: `选项${i}`, desc: '' })), tail: '' } })
  const rating = JSON.stringify({ customerServicePlugin: 0, src: '9', menuContent: { head: 'h', tail: 't', type: 1, sessionId: 's', expireTime: 2e9, menu: [101, 102, 103, 104, 105].map((id) => ({ id: String(id), content: 'x' })) } })
  const tiny = JSON.stringify({ customerServicePlugin: 0, src: '12' })
  const base = time(() => JSON.parse(branch))
  const tBranch = time(() => decode(branch))
  console.log(`JSON.parse of a branch menu (baseline): ${(base * 1000).toFixed(2)} µs`)
  console.log(`decode branch menu: ${(tBranch * 1000).toFixed(2)} µs  (${(tBranch / base).toFixed(1)}× JSON.parse)`)
  console.log(`decode rating card: ${(time(() => decode(rating)) * 1000).toFixed(2)} µs`)
  console.log(`decode typing flag: ${(time(() => decode(tiny)) * 1000).toFixed(2)} µs`)
  const huge = 'x'.repeat(10_000_000)
  const many = JSON.stringify({ customerServicePlugin: 0, src: '15', content: { header: 'h', items: Array.from({ length: 100_000 }, () => 'a') } })
  const deep = '['.repeat(100_000) + ']'.repeat(100_000)
  for (const [name, input] of [['10 MB string', huge], ['100,000 items (' + kb(many.length) + ')', many], ['100,000-deep nesting', deep]]) {
    const t0 = performance.now()
    const out = decode(input)
    const ms = performance.now() - t0
    const items = out.items ? `, kept ${out.items.length} items` : ''
    console.log(`hostile: ${name}: ${ms.toFixed(1)} ms → ${out.kind}${items}${out.reason ? ` (${out.reason.slice(0, 60)})` : ''}`)
  }
  const sample = decode(branch)
  console.log(`encodePayload branch: ${(time(() => encodePayload(sample)) * 1000).toFixed(2)} µs`)

  // engine ingestion: live events, history pages and queue notices at 1k / 10k / 100k (bench/engine.mjs)
  const { engineBench } = await import('./engine.mjs')
  await engineBench(createConversation)
}

async function simulator() {
  const { createSimulator } = await import(`${root}dist/simulator.js`)
  const { createConversation } = await import(`${root}dist/protocol.js`)
  console.log('\n## Simulator: bot answer, customer send → reply event (latency 0)')
  const sim = createSimulator({ latency: 0, locale: 'zh-CN' })
  const engine = createConversation({ transport: sim })
  await engine.start()
  await sim.idle()
  const questions = ['怎么安装', 'How do I install it?', '支持 Vue 2 吗', 'dark mode', '主题', 'what is the weather']
  for (const q of questions) {
    const before = engine.getState().messages.length
    const t0 = performance.now()
    engine.sendText(q)
    await sim.idle()
    const ms = performance.now() - t0
    const last = engine.getState().messages.at(-1)
    console.log(`"${q}": ${ms.toFixed(1)} ms → ${last?.payload.kind} (+${engine.getState().messages.length - before} msgs)`)
  }
  await engine.stop()
}

async function browser() {
  const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
  if (!existsSync(chromiumPath)) {
    console.log('\n## Browser: skipped (no Chromium; install it with `apt-get install -y chromium`)')
    return
  }
  console.log('\n## Browser: the chat with a long history (playground, simulator, Chromium headless)')
  const { spawn } = await import('node:child_process')
  const port = 5400 + Math.floor(Math.random() * 400)
  const server = spawn('npx', ['vite', '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore', detached: true })
  const { chromium } = await import('playwright-core')
  const b = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] })
  try {
    const base = `http://127.0.0.1:${port}/`
    for (let i = 0; i < 60; i++) {
      try { if ((await fetch(base)).ok) break } catch { /* not up yet */ }
      await new Promise((r) => setTimeout(r, 250))
    }
    const warm = await b.newPage()
    await warm.goto(base + '#/chat?latency=0')
    await warm.waitForSelector('.kefu-row', { timeout: 60_000 })
    await warm.close()
    const results = {}
    for (const n of [100, 10_000]) {
      const page = await b.newPage({ viewport: { width: 1280, height: 900 } })
      await page.goto(base + '#/chat?latency=0&mode=manual')
      await page.waitForFunction(() => window.__kefu && window.__kefu.engine && document.querySelector('[role="log"]'), null, { timeout: 60_000 })
      const m = await page.evaluate(async (count) => {
        const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)))
        const list = document.querySelector('[role="log"]')
        // the backend pushes `count` messages (mixed kinds) as fast as it can; time until painted
        const t0 = performance.now()
        for (let i = 0; i < count; i++) {
          const body = i % 5 === 0
            ? { type: 'custom', data: JSON.stringify({ customerServicePlugin: 0, src: '15', content: { header: `menu ${i}`, items: [{ content: 'a' }, { content: 'b' }] } }) }
            : { type: 'text', text: `message ${i} ` + 'lorem ipsum '.repeat(i % 7) }
          window.__kefu.inject({ type: 'message', message: { id: `bench-${i}`, time: Date.now() - (count - i) * 1000, from: i % 3 ? 'service' : 'customer', body } })
        }
        await frame(); await frame()
        const ingest = performance.now() - t0
        const rows = document.querySelectorAll('.kefu-row').length
        const nodes = document.querySelectorAll('.kefu-root *').length
        const t1 = performance.now()
        list.scrollTop = 0
        await frame(); await frame()
        const jump = performance.now() - t1
        const t2 = performance.now()
        for (let i = 0; i < 20; i++) { list.scrollTop = (list.scrollHeight * i) / 20; await frame() }
        const scroll20 = (performance.now() - t2) / 20
        const t3 = performance.now()
        window.__kefu.inject({ type: 'message', message: { id: 'bench-last', time: Date.now(), from: 'service', body: { type: 'text', text: 'one more' } } })
        await frame()
        const oneMore = performance.now() - t3
        return { ingest, rows, nodes, jump, scroll20, oneMore, messages: window.__kefu.engine.getState().messages.length }
      }, n)
      const firstRows = m.ingest
      console.log(`${String(n).padStart(6)} messages (${m.messages} in state): rows in DOM ${m.rows}, kit DOM nodes ${m.nodes}, push all→painted ${m.ingest.toFixed(0)} ms, one more message ${m.oneMore.toFixed(1)} ms, jump to top ${m.jump.toFixed(1)} ms, scroll step ${m.scroll20.toFixed(1)} ms/frame`)
      results[n] = { firstRows, ...m }
      await page.close()
    }
    const r = results
    console.log(`ratio 10,000 vs 100: DOM nodes ${(r[10000].nodes / r[100].nodes).toFixed(2)}×, one more message ${(r[10000].oneMore / r[100].oneMore).toFixed(2)}×, scroll step ${(r[10000].scroll20 / r[100].scroll20).toFixed(2)}×`)
  } finally {
    await b.close()
    try { process.kill(-server.pid) } catch { server.kill() }
  }
}

build()
sizes()
await protocol()
await simulator()
await browser()
