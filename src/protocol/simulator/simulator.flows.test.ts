import { createSimulator } from './simulator'
import { kinds, only, open, say, tick } from './simulator.fixtures'
import type { SimulatorOptions } from './types'

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(new Date('2024-06-03T10:00:00Z'))
})
afterEach(() => {
  vi.useRealTimers()
})

describe('the no-reply timeout', () => {
  it('ends a human session with 20 and the timeout text when the customer stays silent', async () => {
    const { sim, c } = await open({ noReplyTimeout: 30 })
    await say(c, '转人工', 1000)
    // the customer answers within the time: the clock starts again from the agent's next message
    await tick(20_000)
    await say(c, '在的', 1000)
    await tick(25_000)
    expect(sim.session.phase).toBe('inSeat')
    await tick(5_000)
    const out = c.take()
    expect(kinds(out)).toEqual(['seatStatus', 'sessionTimeout', 'text:您长时间未回复，本次会话已自动结束。', 'rating'])
    expect(sim.session.phase).toBe('bot')
  })

  it('ends a waiting flow with 20, after which the menu no longer matches', async () => {
    const { sim, c } = await open({ noReplyTimeout: 10 })
    await say(c, '问题反馈')
    expect(sim.session.flowId).toBe('feedback-zh')
    await tick(10_000)
    expect(kinds(c.take())).toEqual(['sessionTimeout', 'text:您长时间未回复，本次会话已自动结束。'])
    expect(sim.session.flowId).toBeUndefined()
    const late = await say(c, '安装问题')
    expect(late.some((s) => s.event === 'modified')).toBe(false)
  })

  it('starts the clock with the agent\'s first message, not the transfer notice (manual mode)', async () => {
    const { sim, c } = await open({ mode: 'manual', noReplyTimeout: 10 })
    await say(c, '转人工')
    sim.acceptNext()
    await tick(60_000)
    expect(sim.session.phase).toBe('inSeat')
    sim.agentReply('您好')
    await tick(9_000)
    expect(sim.session.phase).toBe('inSeat')
    await tick(1_000)
    expect(sim.session.phase).toBe('bot')
    expect(kinds(c.take()).slice(-4)).toEqual(['seatStatus', 'sessionTimeout', 'text:您长时间未回复，本次会话已自动结束。', 'rating'])
  })

  it('never fires with the default 0', async () => {
    const { c } = await open()
    await say(c, '转人工', 1000)
    await tick(3600_000)
    expect(c.take()).toEqual([])
  })
})

describe('task flows as data', () => {
  it('lets other questions through while an options form waits, and still takes its answer later', async () => {
    const { c } = await open()
    await say(c, '问题反馈')
    await say(c, '安装问题')
    expect(only(await say(c, '你好'), 'text').text).toBe('您好！请问有什么可以帮您？')
    const later = await say(c, 'Vue 3')
    expect(later[0]).toMatchObject({ event: 'modified', kind: 'form', selected: { content: 'Vue 3' } })
    expect(later[1]).toMatchObject({ event: 'message', kind: 'form', type: 0 })
  })

  it('matches branch items exactly: a near miss is a question for the bot', async () => {
    const { c } = await open()
    await say(c, '问题反馈')
    const near = await say(c, '安装问题吧')
    expect(near.some((x) => x.event === 'modified')).toBe(false)
  })

  it('runs inline steps, answer chains, transfers from an answer step, and fills variables but not templates', async () => {
    const { sim, c } = await open({
      knowledge: {
        entries: [],
        flows: [{
          id: 'order',
          keywords: ['order'],
          start: { kind: 'form', header: 'Your name?', variable: 'name', next: 'thanks' },
          steps: {
            thanks: { kind: 'answer', answer: 'Thanks {name}, ${QueuePosition} {unknown}', next: 'more' },
            more: { kind: 'answer', answer: { kind: 'markdown', markdown: '**{name}**' }, next: 'handoff' },
            handoff: { kind: 'answer', answer: { kind: 'transfer' } },
          },
        }],
      },
    })
    expect(only(await say(c, 'ORDER!'), 'form').header).toBe('Your name?')
    const out = await say(c, 'Mia', 1000)
    expect(kinds(out).slice(0, 3)).toEqual(['modified:form', 'text:Thanks Mia, ${QueuePosition} {unknown}', 'richText'])
    expect(only(out, 'richText').content).toBe('**Mia**')
    expect(sim.session.phase).toBe('inSeat')
  })

  it('stops a cycle of answer steps instead of looping forever', async () => {
    const { c } = await open({
      knowledge: { entries: [], flows: [{ id: 'loop', keywords: ['loop'], start: 'a', steps: { a: { kind: 'answer', answer: 'A', next: 'b' }, b: { kind: 'answer', answer: 'B', next: 'a' } } }] },
    })
    const out = await say(c, 'loop', 1000)
    expect(out.length).toBeGreaterThan(10)
    expect(out.length).toBeLessThanOrEqual(52)
    expect(await say(c, 'loop?', 1000)).toHaveLength(out.length)
  })
})

describe('configuration errors fail at creation', () => {
  it.each([
    ['a missing flow step', { knowledge: { entries: [], flows: [{ id: 'f', start: 'nope', steps: {} }] } }, /missing step/],
    ['a missing flow', { knowledge: { entries: [{ id: 'e', question: 'q', answer: { kind: 'flow' as const, flowId: 'x' } }] } }, /missing flow/],
    ['duplicate agent ids', { agents: [{ id: 'a', name: 'A' }, { id: 'a', name: 'B' }] }, /duplicate agent/],
    ['an unknown virtual agent', { virtualLoad: { occupiedBy: [{ agentId: 'ghost', for: 1 }] } }, /unknown agent/],
    ['bad working hours', { workingHours: { days: { 1: ['9 to 5'] } } }, /HH:MM/],
    ['a negative latency', { latency: -1 }, /latency/],
    ['an inverted latency range', { latency: { min: 10, max: 5 } }, /latency/],
    ['a duplicate branch item', { knowledge: { entries: [], flows: [{ id: 'f', start: { kind: 'branch' as const, header: 'h', items: [{ content: 'a', next: { kind: 'transfer' as const } }, { content: 'a', next: { kind: 'transfer' as const } }] } }] } }, /duplicate branch/],
  ])('%s', (_name, options, message) => {
    expect(() => createSimulator(options as SimulatorOptions)).toThrow(message)
  })
})

describe('the fallback offers the closest questions', () => {
  const knowledge = {
    entries: [
      { id: 'refund', question: 'How do I get a refund', answer: 'refund' },
      { id: 'invoice', question: 'How do I get an invoice', answer: 'invoice' },
      { id: 'fr', locale: 'en' as const, question: 'Refund policy', answer: 'policy' },
    ],
  }

  it('sends a clarify card headed by the fallback text when any question is close at all', async () => {
    const { c } = await open({ locale: 'en', knowledge, bot: { clarifyThreshold: 0.6 } })
    await tick()
    c.take()
    // one word of the library among many it has never seen: far below the clarify band, still a lead
    const got = await say(c, 'refund weather forecast tomorrow morning please')
    const card = only(got, 'clarify')
    expect(card).toMatchObject({ title: 'Sorry, I did not quite get that. Try asking another way, or send "human" to talk to an agent.', content: 'Did you mean:' })
    expect(card.items.map((i) => i.content).sort()).toEqual(['How do I get a refund', 'Refund policy'])
    expect(got.filter((s) => s.kind === 'text')).toEqual([])
  })

  it('keeps the plain fallback text when nothing is close, or when the clarify strategy is off', async () => {
    const { c } = await open({ locale: 'en' })
    await tick()
    c.take()
    expect(kinds(await say(c, 'asdfgh'))).toEqual(['text:Sorry, I did not quite get that. Try asking another way, or send "human" to talk to an agent.'])
    const off = await open({ locale: 'en', knowledge, bot: { clarify: false } })
    await tick()
    off.c.take()
    expect(kinds(await say(off.c, 'refund weather forecast tomorrow morning please'))).toEqual(['text:Sorry, I did not quite get that. Try asking another way, or send "human" to talk to an agent.'])
  })

  it('leaves the texts the browser fault tests send with the plain fallback (kit library)', async () => {
    const { createBot } = await import('./bot')
    const { defaultKnowledgeBase } = await import('./knowledge')
    const bot = createBot(defaultKnowledgeBase())
    for (const t of ['first while offline', 'second while offline', 'third while offline', 'this one keeps failing', 'refused by the server']) {
      expect(bot.decide(t, 'en'), t).toMatchObject({ kind: 'fallback', candidates: [] })
    }
  })
})

describe('the shop knowledge base in a conversation', () => {
  it('answers "where is my order?" with a form for the number, then the order card (src 28) filled in, then a menu', async () => {
    const { shopKnowledgeBase } = await import('./knowledge')
    const { c, sim } = await open({ locale: 'en', knowledge: shopKnowledgeBase() })
    const { encodeStart } = await import('../wire/encode')
    await c.send(encodeStart())
    await tick()
    const welcome = only(c.take(), 'welcome')
    expect(welcome.items.map((i) => i.content)).toEqual(expect.arrayContaining(['Where is my order', 'How do I get a refund', 'Help']))

    const form = only(await say(c, 'Where is my order?'), 'form')
    expect(form).toMatchObject({ type: 0, header: expect.stringMatching(/order number/) })
    expect(sim.session.flowId).toBe('shop-order-en')
    const got = await say(c, '20250115-0042')
    const card = only(got, 'order')
    expect(card).toMatchObject({ src: '28', name: 'Order 20250115-0042', customField: expect.arrayContaining([{ name: 'Status:', value: 'In transit' }]) })
    const menu = only(got, 'branch')
    expect(menu.items.map((i) => i.content)).toEqual(['Change the address', 'Chase the courier', 'Talk to an agent'])
    expect(kinds(await say(c, 'Chase the courier')).filter((k) => k.startsWith('text:'))).toEqual(['text:We have chased the courier for order 20250115-0042.'])
  })

  it.each([
    ['I want a refund', 'richText'],
    ['how much does it cost', 'text'],
    ['help', 'richText'],
    ['我要退款', 'richText'],
    ['能换颜色吗', 'text'],
    ['查订单', 'form'],
  ])('answers "%s" (no fallback) with %s', async (q, kind) => {
    const { shopKnowledgeBase } = await import('./knowledge')
    const { c } = await open({ locale: /[a-z]/i.test(q) ? 'en' : 'zh-CN', knowledge: shopKnowledgeBase() })
    await tick()
    c.take()
    const got = await say(c, q)
    expect(got.map((s) => s.kind)).toEqual([kind])
  })
})
