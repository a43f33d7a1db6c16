import { createServer } from 'node:http'
import { readFileSync, existsSync } from 'node:fs'
import { join, extname } from 'node:path'
const pageDir = process.argv[2] || '/tmp/kefu-kit-bench-page'
const N = Number(process.argv[3] || 50000)
const server = createServer((req, res) => { const p = join(pageDir, new URL(req.url, 'http://x').pathname.slice(1) || 'index.html'); if (!existsSync(p)) { res.writeHead(404); return res.end() } res.writeHead(200, { 'content-type': extname(p) === '.js' ? 'text/javascript' : extname(p) === '.css' ? 'text/css' : 'text/html' }); res.end(readFileSync(p)) })
await new Promise((r) => server.listen(0, '127.0.0.1', r))
const { chromium } = await import('playwright-core')
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
const page = await b.newPage({ viewport: { width: 1280, height: 900 } })
await page.goto(`http://127.0.0.1:${server.address().port}/index.html`)
await page.waitForFunction(() => window.benchReady)
const cdp = await page.context().newCDPSession(page)
await page.evaluate((n) => window.bench.prepare(n), N)
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start')
await page.evaluate(() => window.bench.mountKit())
const { profile } = await cdp.send('Profiler.stop')
const self = new Map(); const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const dt = profile.timeDeltas; const counts = new Map()
profile.samples.forEach((s, i) => counts.set(s, (counts.get(s) || 0) + (dt[i] || 0)))
for (const [id, t] of counts) { const n = byId.get(id); const key = n.callFrame.functionName + ' ' + n.callFrame.url.split('/').pop() + ':' + n.callFrame.lineNumber; self.set(key, (self.get(key) || 0) + t) }
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 22).map(([k, v]) => (v / 1000).toFixed(1).padStart(8) + ' ms ' + k).join('\n'))
await b.close(); server.close()
