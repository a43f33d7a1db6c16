// The browser part of `npm run bench`: production builds (bench/build.mjs) in headless Chromium.
// CPU time of the renderer's main thread comes from the DevTools protocol
// (Performance.getMetrics: TaskDuration, ScriptDuration, LayoutDuration), read around each
// measured step; wall time is printed beside it. Each size runs several times: min / median.
import { createServer } from 'node:http'
import { existsSync, readFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { pageDir, officialDir, buildOfficial } from './build.mjs'

const RUNS = Number(process.env.KEFU_BENCH_RUNS || 3)
// KEFU_BENCH_PARTS=append,stream runs only those parts (while working; the full run is the report)
const PARTS = (process.env.KEFU_BENCH_PARTS || 'mount,official,append,stream').split(',')
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml' }

function serve(dir = pageDir) {
  const server = createServer((req, res) => {
    const path = join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html')
    if (!path.startsWith(dir) || !existsSync(path)) { res.writeHead(404); res.end(); return }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] || 'application/octet-stream' })
    res.end(readFileSync(path))
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

const med = (a) => { const s = [...a].sort((x, y) => x - y); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2 }
const min = (a) => Math.min(...a)
const mean = (a) => a.reduce((x, y) => x + y, 0) / a.length
const f1 = (x) => x.toFixed(1)

/**
 * Mount CPU of the kit and of Tencent's customer-service plugin at 60 / 600 / 6,000 messages of the
 * same conversation, measured in this run, one kit / plugin / plugin+div page after the other in
 * each round so both see the same machine load. The plugin draws every message (no virtual list);
 * text messages go through it as rich text ('plugin') or as plain host rows ('plugin+div').
 */
async function official(open) {
  console.log('\n### Kit vs the official plugin (@tencentcloud/tui-customer-service-plugin, bench/official)')
  const built = await buildOfficial({ log: (m) => console.log(m) })
  if (built.skipped) {
    console.log(`official plugin: skipped (${built.skipped})`)
    return null
  }
  const server = await serve(officialDir)
  const url = `http://127.0.0.1:${server.address().port}/index.html`
  const res = {}
  const t0 = performance.now()
  try {
    console.log(`(production builds, Vue ${built.vue} on both pages; ${RUNS} runs each, CPU ms min / median)`)
    console.log('what'.padEnd(22), 'CPU min'.padStart(9), 'CPU med'.padStart(9), 'script'.padStart(8), 'layout'.padStart(8), 'wall med'.padStart(9), 'DOM'.padStart(7))
    for (const n of [60, 600, 6000]) {
      // 6,000 plugin messages take seconds a page: fewer runs there; the plain-row variant at 60 only
      const runs = n > 60 ? { kit: [], plugin: [] } : { kit: [], plugin: [], 'plugin+div': [] }
      for (let r = 0; r < (n > 600 ? Math.max(1, RUNS - 1) : RUNS); r++) {
        for (const what of Object.keys(runs)) {
          const { page, measure } = await open(what === 'kit' ? undefined : url)
          if (what === 'kit') {
            await page.evaluate((count) => window.bench.prepare(count), n)
            runs[what].push(await measure(() => window.bench.mountKit()))
          } else {
            await page.evaluate((a) => window.bench.prepare(a[0], a[1]), [n, what === 'plugin' ? 'plugin' : 'div'])
            runs[what].push(await measure(() => window.bench.mount()))
          }
          await page.close()
        }
      }
      for (const [what, rs] of Object.entries(runs)) {
        const cpu = rs.map((x) => x.cpu)
        res[`${what}:${n}`] = { min: min(cpu), med: med(cpu), dom: rs[0].value }
        console.log(`${what} ${n}`.padEnd(22), f1(min(cpu)).padStart(9), f1(med(cpu)).padStart(9), f1(med(rs.map((x) => x.script))).padStart(8), f1(med(rs.map((x) => x.layout))).padStart(8), f1(med(rs.map((x) => x.wall))).padStart(9), String(rs[0].value).padStart(7))
      }
    }
    const ratio = (n, p) => `${(res[`kit:${n}`].min / res[`${p}:${n}`].min).toFixed(2)}× (medians ${(res[`kit:${n}`].med / res[`${p}:${n}`].med).toFixed(2)}×)`
    for (const n of [60, 600, 6000]) console.log(`kit / plugin at ${n}: ${ratio(n, 'plugin')}${res[`plugin+div:${n}`] ? `; kit / plugin+div: ${ratio(n, 'plugin+div')}` : ''}`)
    console.log(`shell vs official plugin at 60 messages: ${(res['kit:60'].min / res['plugin:60'].min).toFixed(2)}× (goal ≤ 0.3)`)
    console.log(`(kit vs plugin part: ${((performance.now() - t0) / 1000).toFixed(0)} s wall)`)
  } finally {
    server.close()
  }
  return res
}

export async function browser() {
  const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
  if (!existsSync(chromiumPath)) {
    console.log('\n## Browser: skipped (no Chromium)')
    return null
  }
  const server = await serve()
  const base = `http://127.0.0.1:${server.address().port}/index.html`
  const { chromium } = await import('playwright-core')
  const b = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] })
  const out = {}
  try {
    async function open(url = base) {
      const page = await b.newPage({ viewport: { width: 1280, height: 900 } })
      await page.goto(url)
      await page.waitForFunction(() => window.benchReady === true)
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' })
      const metrics = async () => {
        const { metrics } = await cdp.send('Performance.getMetrics')
        const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]))
        return { task: m.TaskDuration * 1000, script: m.ScriptDuration * 1000, layout: (m.LayoutDuration + m.RecalcStyleDuration) * 1000, layouts: m.LayoutCount }
      }
      /** runs fn in the page and returns its main-thread CPU (ms), script, layout+style and wall time */
      const measure = async (fn, arg) => {
        await page.evaluate(() => new Promise((r) => setTimeout(r, 0)))
        const a = await metrics()
        const t0 = performance.now()
        const value = await page.evaluate(fn, arg)
        const wall = performance.now() - t0
        const z = await metrics()
        return { cpu: z.task - a.task, script: z.script - a.script, layout: z.layout - a.layout, layouts: z.layouts - a.layouts, wall, value }
      }
      return { page, measure }
    }

    console.log(`\n## Browser (production builds, Chromium headless; CPU = main-thread TaskDuration; ${RUNS} runs, min / median)`)
    // ---- mount: the kit vs the floor (a plain v-for of the same messages as text rows)
    const mount = {}
    if (PARTS.includes('mount')) {
    const sizes = [0, 60, 1000, 5000, 50_000]
    console.log('\n### Mount (engine holds the messages; time from mount to painted)')
    console.log('what'.padEnd(22), 'CPU min'.padStart(9), 'CPU med'.padStart(9), 'script'.padStart(8), 'layout'.padStart(8), 'wall med'.padStart(9), 'DOM'.padStart(7))
    for (const what of ['kit', 'floor']) {
      for (const n of sizes) {
        if (what === 'floor' && (n === 0 || n > 5000)) continue
        const runs = []
        for (let r = 0; r < RUNS; r++) {
          const { page, measure } = await open()
          await page.evaluate((count) => window.bench.prepare(count), n)
          runs.push(await measure(what === 'kit' ? () => window.bench.mountKit() : () => window.bench.mountFloor()))
          await page.close()
        }
        const cpu = runs.map((x) => x.cpu)
        mount[`${what}:${n}`] = { min: min(cpu), med: med(cpu) }
        console.log(`${what} ${n}`.padEnd(22), f1(min(cpu)).padStart(9), f1(med(cpu)).padStart(9), f1(med(runs.map((x) => x.script))).padStart(8), f1(med(runs.map((x) => x.layout))).padStart(8), f1(med(runs.map((x) => x.wall))).padStart(9), String(runs[0].value).padStart(7))
      }
    }
    }
    out.mount = mount

    // ---- the kit vs the official plugin (bench/official), same conversation, same N, interleaved
    if (PARTS.includes('official')) out.official = await official(open)

    // ---- one more message
    console.log('\n### One more message (10 appends after a warm-up, each to painted; CPU per append)')
    const append = {}
    if (PARTS.includes('append')) {
    for (const n of [1000, 10_000, 50_000]) {
      const per = []
      const lay = []
      for (let r = 0; r < Math.max(1, RUNS - 1); r++) {
        const { page, measure } = await open()
        await page.evaluate((count) => window.bench.prepare(count), n)
        await page.evaluate(() => window.bench.mountKit())
        await page.evaluate(() => window.bench.append())
        for (let i = 0; i < 10; i++) {
          const m = await measure(() => window.bench.append())
          per.push(m.cpu)
          lay.push(m.layout)
        }
        await page.close()
      }
      append[n] = { min: min(per), med: med(per) }
      console.log(`${String(n).padStart(6)} messages: CPU min ${f1(min(per))} ms, median ${f1(med(per))} ms (layout+style median ${f1(med(lay))} ms)`)
    }
    }
    out.append = append

    // ---- streaming
    console.log('\n### Streaming answer (200 chunks of Markdown, each to the next frame; CPU per chunk)')
    const stream = {}
    if (PARTS.includes('stream')) {
    for (const n of [1000, 10_000]) {
      const { page, measure } = await open()
      await page.evaluate((count) => window.bench.prepare(count), n)
      await page.evaluate(() => window.bench.mountKit())
      const per = []
      // the measuring itself (a CDP evaluate, two metric reads and one frame) on a frame that draws
      // nothing, measured the same way on the same page between chunks: what a chunk cannot go below
      const empty = []
      let layouts = 0
      const TOTAL = 200
      for (let k = 0; k < TOTAL; k++) {
        const m = await measure((a) => window.bench.streamChunk(a[0], a[1]), [k, TOTAL])
        per.push(m.cpu)
        layouts += m.layouts
        if (k % 4 === 3) empty.push((await measure(() => window.bench.emptyFrame())).cpu)
      }
      const htmlLen = await page.evaluate(() => window.bench.streamHtmlLength())
      // A second figure, beside (not instead of) the one above: the same answer again on the same
      // page, its 200 chunks driven from inside the page (one per frame), the CPU metrics read once
      // before and once after. What the page itself pays per chunk, without the DevTools round trips
      // (two metric reads and an evaluate) that each measured chunk above carries.
      const inPage = (await measure((t) => window.bench.streamAnswer(t), TOTAL)).cpu / TOTAL
      const inPageIdle = (await measure((t) => window.bench.emptyFrames(t), TOTAL)).cpu / TOTAL
      await page.close()
      const first = per.slice(0, 50)
      const last = per.slice(-50)
      stream[n] = { mean: mean(per), med: med(per), first: med(first), last: med(last), ratio: med(last) / med(first), empty: med(empty), inPage, inPageIdle }
      console.log(`${String(n).padStart(6)} history: CPU per chunk mean ${f1(mean(per))} ms, median ${f1(med(per))} ms; first 50 median ${f1(med(first))}, last 50 median ${f1(med(last))} (ratio ${(med(last) / med(first)).toFixed(2)}); layouts/chunk ${(layouts / TOTAL).toFixed(1)}; final HTML ${htmlLen} chars`)
      console.log(`${' '.repeat(6)}  (the bench's own cost of one measured frame that draws nothing: median ${f1(med(empty))} ms, mean ${f1(mean(empty))} ms; per chunk minus that: median ${f1(med(per) - med(empty))} ms)`)
      console.log(`${' '.repeat(6)}  in-page figure (a second answer of ${TOTAL} chunks driven inside the page, one metric read before and after; no DevTools round trip per chunk): CPU per chunk mean ${f1(inPage)} ms; a frame that draws nothing, driven the same way: ${f1(inPageIdle)} ms`)
    }
    }
    out.stream = stream
  } finally {
    await b.close()
    server.close()
  }
  return out
}
