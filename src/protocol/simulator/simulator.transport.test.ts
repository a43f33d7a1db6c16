import { isTransportError, type TransportError } from '../transport'
import { encodeRatingRequest, encodeStart, encodeText } from '../wire/encode'
import { defaultKnowledgeBase } from './knowledge'
import { createSimulator } from './simulator'
import { attach, kinds, payloadOf } from './simulator.fixtures'
import type { Simulator, SimulatorOptions } from './types'

const tick = (ms = 0): Promise<void> => vi.advanceTimersByTimeAsync(ms + 5).then(() => undefined)

async function online(options: SimulatorOptions = {}): Promise<Simulator> {
  const sim = createSimulator({ latency: 0, connectDelay: 0, ...options })
  const p = sim.connect()
  await tick(options.connectDelay ?? 0)
  await p
  return sim
}

async function rejection(p: Promise<unknown>): Promise<TransportError> {
  try {
    await p
  } catch (e) {
    expect(isTransportError(e)).toBe(true)
    return e as TransportError
  }
  throw new Error('expected a rejection')
}

beforeEach(() => { vi.useFakeTimers() })
afterEach(() => { vi.useRealTimers() })

describe('connection', () => {
  it('goes idle → connecting → online after the connect delay, and idle on disconnect', async () => {
    const sim = createSimulator({ connectDelay: 300 })
    const c = attach(sim)
    expect(sim.status).toBe('idle')
    const p = sim.connect()
    expect(sim.status).toBe('connecting')
    await vi.advanceTimersByTimeAsync(299)
    expect(sim.status).toBe('connecting')
    await vi.advanceTimersByTimeAsync(1)
    await p
    expect(sim.status).toBe('online')
    await sim.disconnect()
    expect(c.statuses()).toEqual(['connecting', 'online', 'idle'])
    const e = await rejection(c.text('hi'))
    expect(e.code).toBe('offline')
    expect(e.retryable).toBe(true)
  })

  it('shares one attempt between concurrent connect() calls', async () => {
    const sim = createSimulator({ connectDelay: 100 })
    const c = attach(sim)
    const a = sim.connect()
    const b = sim.connect()
    await tick(100)
    await Promise.all([a, b])
    expect(c.statuses()).toEqual(['connecting', 'online'])
  })

  it('stops delivering to an unsubscribed listener', async () => {
    const sim = await online()
    const seen: string[] = []
    const off = sim.subscribe((e) => { seen.push(e.type) })
    await sim.send({ clientId: 'a', ...encodeStart() })
    off()
    await tick()
    expect(seen).toEqual([])
  })
})

describe('send', () => {
  it('resolves with an id, the time and a monotonic seq shared with service messages', async () => {
    const sim = await online({ now: () => 1_700_000_000_000 })
    const c = attach(sim)
    const r1 = await c.text('你好')
    await tick()
    const r2 = await c.text('谢谢')
    await tick()
    expect(r1.time).toBe(1_700_000_000_000)
    const replySeqs = c.seen().map((s) => s.seq as number)
    expect(r1.seq! < replySeqs[0]!).toBe(true)
    expect(replySeqs[0]! < r2.seq!).toBe(true)
    expect(r2.seq! < replySeqs[1]!).toBe(true)
    expect(r1.id).not.toBe(r2.id)
  })

  it('is idempotent by clientId: a retry gets the same receipt and is processed once', async () => {
    const sim = await online()
    const c = attach(sim)
    const first = await c.send(encodeText('你好'), 'same')
    const [again, concurrent] = await Promise.all([c.send(encodeText('你好'), 'same'), c.send(encodeText('something else'), 'same')])
    await tick(1000)
    expect(again).toEqual(first)
    expect(concurrent).toEqual(first)
    expect(kinds(c.take())).toEqual(['text:您好！请问有什么可以帮您？'])
    expect(sim.messages.filter((m) => m.clientId === 'same')).toHaveLength(1)
  })

  it('fails the next n sends as injected, without processing them, then works again', async () => {
    const sim = await online()
    const c = attach(sim)
    sim.failNextSends(2)
    expect((await rejection(c.send(encodeText('你好'), 'x'))).code).toBe('timeout')
    sim.failNextSends(1, 'rejected')
    expect((await rejection(c.send(encodeText('你好'), 'x'))).code).toBe('timeout')
    const refused = await rejection(c.send(encodeText('你好'), 'x'))
    expect(refused.code).toBe('rejected')
    expect(refused.retryable).toBe(false)
    await tick(1000)
    expect(c.take()).toEqual([])
    // the same client id now goes through, once
    await c.send(encodeText('你好'), 'x')
    await tick(1000)
    expect(kinds(c.take())).toEqual(['text:您好！请问有什么可以帮您？'])
  })

  it('refuses empty text and non-string custom data', async () => {
    const sim = await online()
    expect((await rejection(sim.send({ clientId: 'e', body: { type: 'text', text: '  ' } }))).code).toBe('rejected')
    expect((await rejection(sim.send({ clientId: 'f', body: { type: 'custom', data: 42 as unknown as string } }))).code).toBe('rejected')
  })

  it('ignores custom messages it cannot read, without breaking', async () => {
    const sim = await online()
    const c = attach(sim)
    await sim.send({ clientId: 'bad', body: { type: 'custom', data: '{not json' } })
    await sim.send({ clientId: 'odd', body: { type: 'custom', data: JSON.stringify({ customerServicePlugin: 0, src: '999' }) } })
    await tick(1000)
    expect(c.take()).toEqual([])
    expect(kinds(await c.text('你好').then(() => tick()).then(() => c.take()))).toEqual(['text:您好！请问有什么可以帮您？'])
  })

  it('waits for the latency before replying; a range is sampled per reply', async () => {
    const sim = await online({ latency: { min: 400, max: 900 }, random: () => 0.5, messageGap: 100 })
    const c = attach(sim)
    await c.send(encodeStart())
    await vi.advanceTimersByTimeAsync(649)
    expect(c.take()).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(kinds(c.take())).toEqual(['ratingRules'])
    await vi.advanceTimersByTimeAsync(100)
    expect(kinds(c.take())).toEqual(['seatStatus'])
    await vi.advanceTimersByTimeAsync(200)
    expect(kinds(c.take())).toEqual(['text:您好，我是 Kefu Kit 智能助手，有什么可以帮您？', 'welcome'])
  })

  it('keeps replies in order even when a later one samples a shorter latency', async () => {
    let r = 1
    const sim = await online({ latency: { min: 100, max: 1000 }, random: () => { r = r === 1 ? 0 : 1; return r === 0 ? 1 : 0 } })
    const c = attach(sim)
    await c.text('你好') // samples 1000 ms
    await c.text('谢谢') // samples 100 ms, but must not overtake
    await tick(1000)
    expect(kinds(c.take())).toEqual(['text:您好！请问有什么可以帮您？', 'text:不客气，很高兴能帮到您！'])
  })
})

describe('dropping and restoring the connection', () => {
  it('rejects sends while offline and delivers what the service sent meanwhile on reconnect', async () => {
    const sim = await online({ latency: 500, connectDelay: 200 })
    const c = attach(sim)
    await c.text('怎么安装')
    sim.setOnline(false)
    expect(sim.status).toBe('offline')
    expect((await rejection(c.text('还在吗'))).code).toBe('offline')
    expect((await rejection(sim.loadHistory!({ limit: 5 }))).code).toBe('offline')
    await tick(1000)
    expect(c.take()).toEqual([])
    // the answer exists on the server already
    expect(sim.messages.some((m) => m.from === 'service' && m.body.type === 'custom')).toBe(true)
    sim.setOnline(true)
    expect(sim.status).toBe('connecting')
    await tick(200)
    expect(c.statuses()).toEqual(['offline', 'connecting', 'online'])
    const delivered = c.take()
    expect(kinds(delivered)).toEqual(['richText'])
    // and the customer can talk again
    await c.text('你好')
    await tick(500)
    expect(kinds(c.take())).toEqual(['text:您好！请问有什么可以帮您？'])
  })

  it('queues modifications too, in order', async () => {
    const sim = await online({ streaming: { answers: 'all', chunkSize: 20, interval: 10 } })
    const c = attach(sim)
    sim.setOnline(false)
    sim.setOnline(true)
    sim.setOnline(false)
    // connecting was interrupted: still offline
    await tick(1000)
    expect(sim.status).toBe('offline')
    sim.setOnline(true)
    await tick()
    await c.text('怎么安装')
    sim.setOnline(false)
    await tick(2000)
    expect(c.take()).toEqual([])
    sim.setOnline(true)
    await tick()
    const seen = c.take()
    expect(seen[0]).toMatchObject({ event: 'message', kind: 'stream', isFinished: false })
    expect(seen.slice(1).every((s) => s.event === 'modified')).toBe(true)
    expect(seen.at(-1)).toMatchObject({ isFinished: true })
  })

  it('connect() during an outage stays offline until the network returns', async () => {
    const sim = createSimulator({ latency: 0 })
    const c = attach(sim)
    sim.setOnline(false)
    const p = sim.connect()
    await tick()
    await p
    expect(sim.status).toBe('offline')
    sim.setOnline(true)
    await tick()
    expect(c.statuses()).toEqual(['connecting', 'offline', 'connecting', 'online'])
  })
})

describe('history', () => {
  it('pages a pre-seeded 10,000-message history, oldest first, without gaps or overlaps', async () => {
    const sim = await online({ history: 10_000 })
    const c = attach(sim)
    await c.send(encodeStart())
    await c.text('你好')
    await tick()
    const all = sim.messages
    // flags (7, 23, 26) are not stored; the text and its answer, the welcome text and card are
    expect(all).toHaveLength(10_000 + 4)
    const pages: string[][] = []
    let before: string | undefined
    for (;;) {
      const page = await sim.loadHistory!(before === undefined ? { limit: 333 } : { before, limit: 333 })
      pages.push(page.messages.map((m) => m.id))
      const times = page.messages.map((m) => m.seq as number)
      expect(times).toEqual([...times].sort((a, b) => a - b))
      if (!page.hasMore) break
      before = page.messages[0]!.id
    }
    const ids = pages.reverse().flat()
    expect(ids).toEqual(all.map((m) => m.id))
    const rest = 10_004 % 333
    expect(pages[0]!.length).toBe(rest || 333)
  })

  it('stores customer messages with their client id, and not flags sent online-only', async () => {
    const sim = await online()
    await sim.send({ clientId: 'cid-7', ...encodeStart() })
    await sim.send({ clientId: 'cid-q', ...encodeText('你好') })
    await sim.send({ clientId: 'cid-24', ...encodeRatingRequest() })
    await tick()
    const page = await sim.loadHistory!({ limit: 100 })
    expect(page.hasMore).toBe(false)
    const customer = page.messages.filter((m) => m.from === 'customer')
    expect(customer).toEqual([expect.objectContaining({ clientId: 'cid-q', body: { type: 'text', text: '你好' } })])
    // the customer's text is stored when sent, before the replies to 7 arrive
    expect(page.messages.map((m) => `${m.from}:${payloadOf(m).kind}`)).toEqual(['customer:text', 'service:text', 'service:welcome', 'service:text'])
  })

  it('returns copies, so a consumer cannot change the stored conversation', async () => {
    const sim = await online({ history: 3 })
    const page = await sim.loadHistory!({ limit: 3 })
    ;(page.messages[0]!.body as { text: string }).text = 'changed'
    expect((sim.messages[0]!.body as { text?: string }).text).not.toBe('changed')
  })

  it('rejects an unknown anchor and a bad limit', async () => {
    const sim = await online({ history: 5 })
    expect((await rejection(sim.loadHistory!({ before: 'nope', limit: 5 }))).code).toBe('rejected')
    expect((await rejection(sim.loadHistory!({ limit: 0 }))).code).toBe('rejected')
    const first = await sim.loadHistory!({ before: 'h-1', limit: 5 })
    expect(first).toEqual({ messages: [], hasMore: false })
  })
})

describe('streaming answers (src 31)', () => {
  it('grows chunk by chunk at the interval and finishes with isFinished', async () => {
    const sim = await online({ streaming: { chunkSize: 10, interval: 50 } })
    const c = attach(sim)
    await c.text('如何对接自己的后端')
    await tick()
    const first = c.take()
    expect(first).toHaveLength(1)
    expect(first[0]).toMatchObject({ event: 'message', kind: 'stream', isFinished: false })
    const id = first[0]!.id
    const lengths = [1]
    for (let i = 0; i < 200; i++) {
      await vi.advanceTimersByTimeAsync(50)
      const next = c.take()
      expect(next.length).toBeLessThanOrEqual(1)
      const s = next[0]
      if (!s || s.kind !== 'stream') continue
      expect(s).toMatchObject({ event: 'modified', id })
      lengths.push(s.chunks.length)
      if (s.isFinished) {
        const entry = defaultKnowledgeBase().entries.find((e) => e.id === 'zh-transport')!
        expect(s.chunks.join('')).toBe((entry.answer as { markdown: string }).markdown)
        break
      }
    }
    expect(lengths.length).toBeGreaterThan(5)
    expect(lengths).toEqual(lengths.map((_, i) => i + 1))
    // the stored copy is the finished text
    const stored = sim.messages.find((m) => m.id === id)!
    expect(payloadOf(stored)).toMatchObject({ kind: 'stream', isFinished: true })
  })

  it('sends rich text instead with streaming off, and streams every Markdown answer with "all"', async () => {
    const off = await online({ streaming: { answers: 'none' } })
    const a = attach(off)
    await a.text('如何对接自己的后端')
    await tick()
    expect(kinds(a.take())).toEqual(['richText'])

    const all = await online({ streaming: { answers: 'all', interval: 0 } })
    const b = attach(all)
    await b.text('怎么安装')
    await tick()
    const seen = b.take()
    expect(seen[0]?.kind).toBe('stream')
    expect(seen.at(-1)).toMatchObject({ kind: 'stream', isFinished: true })
  })

  it('finishes a one-chunk stream at once', async () => {
    const sim = await online({
      knowledge: { entries: [{ id: 'x', question: 'short', answer: { kind: 'markdown', markdown: 'ok', stream: true } }] },
    })
    const c = attach(sim)
    await c.text('short')
    await tick()
    expect(c.take()).toEqual([expect.objectContaining({ kind: 'stream', chunks: ['ok'], isFinished: true, event: 'message' })])
  })
})

describe('robustness', () => {
  it('keeps delivering to other listeners when one throws, and surfaces the error', async () => {
    const sim = await online()
    sim.subscribe(() => { throw new Error('boom') })
    const c = attach(sim)
    await c.text('你好')
    await expect(vi.advanceTimersByTimeAsync(10)).rejects.toThrow('boom')
    expect(kinds(c.take())).toEqual(['text:您好！请问有什么可以帮您？'])
  })

  it('stops everything on dispose', async () => {
    const sim = await online({ latency: 500 })
    const c = attach(sim)
    await c.text('你好')
    sim.dispose()
    await tick(1000)
    expect(c.take()).toEqual([])
    await expect(sim.idle()).resolves.toBeUndefined()
    expect((await rejection(c.text('x'))).code).toBe('unauthorized')
    expect((await rejection(sim.connect())).code).toBe('unauthorized')
  })

  it('idle() resolves once the scheduled replies have arrived (real timers)', async () => {
    vi.useRealTimers()
    const sim = createSimulator({ latency: 0, agentScript: { typingMs: 0, acceptDelayMs: 0 } })
    await sim.connect()
    const c = attach(sim)
    await c.text('转人工')
    await sim.idle()
    expect(kinds(c.take())).toEqual(['seatStatus', 'text:转人工成功，客服小安为您服务。', 'typing', 'text:您好，我是客服小安，请问有什么可以帮您？'])
  })
})

describe('a faulty agent script', () => {
  it('does not fail the customer\'s send; the error surfaces on its own', async () => {
    const sim = await online({ agentScript: { acceptDelayMs: 0, typingMs: 0, greeting: '', reply: () => { throw new Error('script broke') } } })
    const c = attach(sim)
    await c.text('转人工')
    await tick()
    expect(sim.session.phase).toBe('inSeat')
    const receipt = await c.text('hello?')
    expect(receipt.id).toBeTruthy()
    await expect(vi.advanceTimersByTimeAsync(10)).rejects.toThrow('script broke')
    expect(sim.messages.some((m) => m.clientId !== undefined && m.body.type === 'text' && m.body.text === 'hello?')).toBe(true)
  })
})
