// Engine ingestion benchmark: µs per message for 1,000 / 10,000 / 100,000 messages arriving as
// live transport events (one event each), as history pages (loadOlder), and as queue-position
// notices. Linear ingestion shows as a flat µs/message: the ratio 100k/10k should stay near 1
// (the goal is at most 2).
//
//   node bench/engine.mjs                  bundles src/protocol with rolldown and measures it
//   node bench/engine.mjs path/to/protocol.js   measures an already built protocol entry
// bench/run.mjs calls `engineBench` with dist/protocol.js.
import { fileURLToPath, pathToFileURL } from 'node:url'
import { performance } from 'node:perf_hooks'

const root = fileURLToPath(new URL('..', import.meta.url))
const SIZES = [1000, 10_000, 100_000]
const PAGE = 20

function fakeTransport(history = []) {
  const listeners = new Set()
  return {
    status: 'online',
    listeners,
    connect: async () => {},
    disconnect: async () => {},
    send: async () => ({ id: 's', time: 1 }),
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    emit: (event) => {
      for (const l of listeners) l(event)
    },
    // oldest first; `before` is a server id, pages are served newest first like a real backend
    loadHistory: async ({ before, limit }) => {
      let end = history.length
      if (before !== undefined) end = Number(before.slice(1))
      const start = Math.max(0, end - limit)
      return { messages: history.slice(start, end), hasMore: start > 0 }
    },
  }
}

const text = (i, time) => ({ id: `m${i}`, time, from: 'service', body: { type: 'text', text: `message ${i}` } })

/** thrown when a run passes the budget: the row shows a lower bound instead */
class OverBudget extends Error {
  constructor(ms, done) {
    super('over budget')
    this.ms = ms
    this.done = done
  }
}
let budget = Infinity

function live(createConversation, n, outOfOrder) {
  const transport = fakeTransport()
  const engine = createConversation({ transport, historyPageSize: PAGE })
  engine.start()
  let published = 0
  engine.subscribe(() => published++)
  const t0 = performance.now()
  for (let i = 0; i < n; i++) {
    // out of order: every 10th message arrives late, so insertion is not always an append
    const time = outOfOrder && i % 10 === 0 ? 1_000_000 + i - 5 : 1_000_000 + i
    transport.emit({ type: 'message', message: text(i, time) })
    if (i % 1000 === 999 && performance.now() - t0 > budget) throw new OverBudget(performance.now() - t0, i + 1)
  }
  const count = engine.getState().messages.length
  const ms = performance.now() - t0
  if (count !== n) throw new Error(`engine lost messages: ${count} of ${n}`)
  engine.stop()
  return ms
}

async function history(createConversation, n) {
  const all = Array.from({ length: n }, (_, i) => text(i, 1_000_000 + i))
  const transport = fakeTransport(all)
  const engine = createConversation({ transport, historyPageSize: PAGE })
  await engine.start()
  const t0 = performance.now()
  for (;;) {
    const r = await engine.loadOlder()
    if (!r.ok || !r.value.hasMore) break
    if (performance.now() - t0 > budget) throw new OverBudget(performance.now() - t0, engine.getState().messages.length)
  }
  const ms = performance.now() - t0
  const count = engine.getState().messages.length
  if (count !== n) throw new Error(`history lost messages: ${count} of ${n}`)
  await engine.stop()
  return ms
}

function queue(createConversation, n) {
  const transport = fakeTransport()
  const engine = createConversation({ transport })
  engine.start()
  const t0 = performance.now()
  for (let i = 0; i < n; i++) {
    const position = n - i
    if (i % 1000 === 999 && performance.now() - t0 > budget) throw new OverBudget(performance.now() - t0, i)
    transport.emit({ type: 'message', message: { id: `q${i}`, time: 1_000_000 + i, from: 'service', body: { type: 'text', text: `You are number ${position} in the queue, with ${position - 1} ahead of you. Please wait.` } } })
  }
  const state = engine.getState()
  const ms = performance.now() - t0
  engine.stop()
  return { ms, rows: state.messages.length, queue: state.queue }
}

const us = (ms, n) => ((ms / n) * 1000).toFixed(2).padStart(8)

/** Runs every measurement and prints it. Slow (quadratic) code is capped at `budgetMs` per row. */
export async function engineBench(createConversation, { budgetMs = 60_000 } = {}) {
  live(createConversation, 2000, false) // warm-up
  await history(createConversation, 2000)
  console.log('\n## Engine ingestion (µs per message; linear ingestion keeps the 100k/10k ratio near 1, goal ≤ 2)')
  console.log('case'.padEnd(28), ...SIZES.map((n) => `${n.toLocaleString('en')}`.padStart(9)), '  100k/10k')
  budget = budgetMs
  const row = async (name, run) => {
    const cells = []
    const per = []
    for (const n of SIZES) {
      try {
        const ms = await run(n)
        per.push(ms / n)
        cells.push(us(ms, n))
      } catch (error) {
        if (!(error instanceof OverBudget)) throw error
        // a lower bound: the µs per message of the part done before the budget ran out
        cells.push(`>${us(error.ms, error.done).trim()}`.padStart(8) + ` (stopped after ${error.done.toLocaleString('en')} msgs, ${(error.ms / 1000).toFixed(0)} s)`)
        break
      }
    }
    const ratio = per[2] !== undefined ? (per[2] / per[1]).toFixed(2) : 'n/a'
    console.log(name.padEnd(28), ...cells, `  ${ratio}`)
    // the cost check: ingestion that grows faster than linearly (or ran out of budget) fails the run
    if (per[2] === undefined || per[2] / per[1] > 2) {
      console.log(`COST CHECK FAILED: "${name}" costs more per message as the conversation grows (100k/10k ${ratio}, goal ≤ 2)`)
      process.exitCode = 1
    }
  }
  await row('live, in order', (n) => live(createConversation, n, false))
  await row('live, every 10th late', (n) => live(createConversation, n, true))
  await row(`history, pages of ${PAGE}`, (n) => history(createConversation, n))
  await row('queue notices (live)', (n) => queue(createConversation, n).ms)
  const q = queue(createConversation, 10_000)
  console.log(`10,000 queue notices: ${q.ms.toFixed(1)} ms, rows drawn ${q.rows}, queue ${JSON.stringify(q.queue)}`)
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  let entry = process.argv[2]
  if (!entry) {
    const { build } = await import('rolldown')
    entry = '/tmp/kefu-kit-bench-engine/protocol.mjs'
    await build({ input: `${root}src/protocol/index.ts`, output: { file: entry, format: 'esm' }, logLevel: 'silent' })
  }
  const { createConversation } = await import(pathToFileURL(entry).href)
  await engineBench(createConversation, { budgetMs: Number(process.env.BENCH_BUDGET_MS ?? 120_000) })
}
