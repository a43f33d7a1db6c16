// The chaos suite: seeded runs of a customer typing over a transport that rejects, hangs, resolves
// after its echo, echoes twice, drops and restores the connection, duplicates, reorders and
// withholds incoming messages (history then overlaps live ones), with stop()/start() in between.
// After each run: every typed message delivered exactly once and in order, nothing drawn twice,
// every message in a terminal state, every service message shown once, nothing thrown.
//
//   npx vitest run --project unit src/protocol/engine/chaos     30 seeds (the default)
//   CHAOS_SEEDS=500 npx vitest run …                              a long run
//   CHAOS_SEED=1234 npx vitest run …                              one seed, to reproduce a failure
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createConversation } from '../engine'
import type { ConversationEngine } from '../types'
import { CATCH_UP_DELAY } from '../history'
import { createMemoryLocks, createMemoryStorage } from '../../storage/storage'
import { createChaosPage, createChaosTransport, seededRandom, type ChaosCounts, type ChaosPage } from './chaosTransport'

const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {}
const SEEDS = env.CHAOS_SEED !== undefined ? [Number(env.CHAOS_SEED)] : Array.from({ length: Number(env.CHAOS_SEEDS ?? 30) }, (_, i) => 1000 + i)
const STEPS = 80

const totals: Record<string, number> = { runs: 0, steps: 0, typed: 0, stops: 0, reloads: 0, crashes: 0, restoredFromStorage: 0 }

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(1_700_000_000_000)
})
afterEach(() => {
  vi.useRealTimers()
})
afterAll(() => {
  // the totals are for someone exploring seeds (CHAOS_SEED(S), CHAOS_DEBUG), not for every run
  if (env.CHAOS_SEED === undefined && env.CHAOS_SEEDS === undefined && !env.CHAOS_DEBUG) return
  console.log(`chaos: seeds ${SEEDS[0]}…${SEEDS[SEEDS.length - 1]} (${SEEDS.length}); ${Object.entries(totals).map(([k, v]) => `${k} ${v}`).join(', ')}`)
})

async function drainMicrotasks(): Promise<void> {
  for (let i = 0; i < 200; i++) await Promise.resolve()
}

async function run(seed: number): Promise<void> {
  const rand = seededRandom(seed)
  const pick = (n: number) => Math.floor(rand() * n)
  const t = createChaosTransport(rand, () => Date.now())
  // what outlives a page: the storage and the lock manager of the browser profile
  const storage = createMemoryStorage()
  const locks = createMemoryLocks()
  let n = 0
  let pageOf: ChaosPage = createChaosPage(t, storage, locks, `chaos-${seed}`)
  const newEngine = () =>
    createConversation({
      transport: pageOf.transport,
      storage: pageOf.storage,
      locks: pageOf.locks,
      // ids stay unique across pages (a real page makes random ones)
      createId: () => `c${seed}-${++n}`,
      historyPageSize: 10,
      retry: { attempts: 3, baseDelay: 200, maxDelay: 2000 },
    })
  let engine: ConversationEngine = newEngine()
  const typed: string[] = []
  /** texts of messages that were shown as failed at some point: the customer's retry moves them */
  const everFailed = new Set<string>()
  const watch = (e: ConversationEngine) =>
    e.subscribe((s) => {
      for (const m of s.messages) if (m.status === 'failed' && m.payload.kind === 'text') everFailed.add(m.payload.text)
    })
  watch(engine)
  let started = true
  await engine.start()

  for (let step = 0; step < STEPS; step++) {
    const r = rand()
    if (env.CHAOS_DEBUG) console.log('step', step, r.toFixed(2), t.status, started, engine.getState().messages.map((m) => m.payload.kind === 'text' ? m.payload.text.replace('service ', 's').replace('typed ', 't') : m.payload.kind).join(','), '| log', t.log.length)
    if (r < 0.3) {
      const text = `typed ${seed}-${typed.length}`
      const res = engine.sendText(text)
      if (res.ok) typed.push(text)
      else expect(res.error.code).toBe('notStarted')
    } else if (r < 0.42) {
      t.serviceSends(1 + pick(4))
    } else if (r < 0.5) {
      if (t.status === 'online') t.drop()
      else if (t.status === 'offline') t.restore()
    } else if (r < 0.56) {
      void engine.loadOlder()
    } else if (r < 0.62) {
      t.releaseHung()
    } else if (r < 0.66) {
      if (started) {
        await engine.stop()
        totals.stops++
      } else {
        await engine.start()
      }
      started = !started
    } else if (r < 0.7) {
      // a reload: a clean stop and a closed tab, or a crash in the middle of whatever was going on
      const crash = rand() < 0.5
      if (crash) {
        await drainMicrotasks()
        totals.crashes++
      } else {
        if (started) await engine.stop()
        await engine.flushStorage?.()
        totals.reloads++
      }
      pageOf.kill()
      // the dead page's connection is gone with it; the new page connects on its own
      await t.disconnect()
      pageOf = createChaosPage(t, storage, locks, `chaos-${seed}`)
      engine = newEngine()
      watch(engine)
      await engine.start()
      started = true
      // the new page reads storage before the customer can type (microtasks, not timers)
      await drainMicrotasks()
      const restored = engine.getState().messages.filter((m) => m.from === 'customer' && m.status !== 'sent').length
      totals.restoredFromStorage += restored
      if (env.CHAOS_DEBUG) console.log('reload', crash ? 'crash' : 'clean', 'restored unsent', restored)
    } else {
      await vi.advanceTimersByTimeAsync(pick(3000))
    }
    for (const m of engine.getState().messages) expect(() => new Date(m.time).toISOString()).not.toThrow()
  }

  // Settle: faults off, online, hung answers released, the customer retries what failed.
  t.faults = false
  if (!started) await engine.start()
  if (t.status !== 'online') t.restore()
  t.releaseHung()
  for (let round = 0; round < 40; round++) {
    await vi.advanceTimersByTimeAsync(5000)
    const state = engine.getState()
    const failed = state.messages.filter((m) => m.status === 'failed')
    for (const m of failed) engine.retry(m.id)
    if (failed.length === 0 && state.messages.every((m) => m.status !== 'sending')) break
  }
  // one more reconnect catches up whatever an earlier (failed) catch-up left out
  t.drop()
  t.restore()
  await vi.advanceTimersByTimeAsync(CATCH_UP_DELAY + 10)
  for (let i = 0; i < 50 && engine.getState().missedHistory; i++) await engine.loadMissed?.()
  for (let i = 0; i < 200 && engine.getState().hasMoreHistory; i++) await engine.loadOlder()

  const state = engine.getState()
  const messages = state.messages
  // nothing drawn twice
  expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length)
  const serverIds = messages.flatMap((m) => (m.serverId ? [m.serverId] : []))
  expect(new Set(serverIds).size).toBe(serverIds.length)
  // every message terminal
  expect(messages.filter((m) => m.status !== 'sent').map((m) => `${m.id}:${m.status}`)).toEqual([])
  // every typed message delivered exactly once and shown once, in the order delivered; the order
  // is the typed one except for messages the customer retried (a retry sends them again, last)
  const stored = t.log.filter((m) => m.from === 'customer' && m.body.type === 'text').map((m) => (m.body as { text: string }).text)
  expect([...stored].sort()).toEqual([...typed].sort())
  const shownCustomer = messages.filter((m) => m.from === 'customer').map((m) => (m.payload.kind === 'text' ? m.payload.text : m.payload.kind))
  expect(shownCustomer).toEqual(stored)
  const steady = (list: string[]) => list.filter((x) => !everFailed.has(x))
  expect(steady(stored)).toEqual(steady(typed))
  // every service message shown once, in the server's order
  const service = t.log.filter((m) => m.from === 'service').map((m) => (m.body as { text: string }).text)
  const shownService = messages.filter((m) => m.from === 'service').map((m) => (m.payload.kind === 'text' ? m.payload.text : m.payload.kind))
  expect(shownService).toEqual(service)
  await engine.stop()
  pageOf.kill()

  totals.runs++
  totals.steps += STEPS
  totals.typed += typed.length
  for (const [k, v] of Object.entries(t.counts) as [keyof ChaosCounts, number][]) totals[k] = (totals[k] ?? 0) + v
}

describe('chaos', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}`, async () => {
      await run(seed)
    })
  }
})
