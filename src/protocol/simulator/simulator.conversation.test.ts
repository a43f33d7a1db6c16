import { DEFAULT_TEMPLATES, matchTemplate } from '../templates'
import { encodeEndSession, encodeProduct, encodeRatingRequest, encodeRatingSubmit, encodeStart } from '../wire/encode'
import { createSimulator } from './simulator'
import { attach, kinds, type Seen, type TestClient } from './simulator.fixtures'
import type { AgentConsoleEvent, Simulator, SimulatorOptions } from './types'

// Fake timers give a 0 ms timer set during a tick 1 ms (as browsers clamp nested timers), so a
// reply decided inside a timer lands just after it: a few ms of slack let such chains settle.
const tick = (ms = 0): Promise<void> => vi.advanceTimersByTimeAsync(ms + 5).then(() => undefined)

async function open(options: SimulatorOptions = {}): Promise<{ sim: Simulator; c: TestClient; agentEvents: AgentConsoleEvent[] }> {
  const sim = createSimulator({ latency: 0, agentScript: { typingMs: 100, acceptDelayMs: 50 }, ...options })
  const agentEvents: AgentConsoleEvent[] = []
  sim.onAgentEvent((e) => { agentEvents.push(e) })
  const c = attach(sim)
  const connected = sim.connect()
  await tick()
  await connected
  return { sim, c, agentEvents }
}

async function say(c: TestClient, text: string, ms = 0): Promise<Seen[]> {
  await c.text(text)
  await tick(ms)
  return c.take()
}

function only<K extends Seen['kind']>(list: Seen[], kind: K): Extract<Seen, { kind: K }> {
  const found = list.filter((s) => s.kind === kind)
  expect(found, `exactly one ${kind} in ${JSON.stringify(kinds(list))}`).toHaveLength(1)
  return found[0] as Extract<Seen, { kind: K }>
}

function queuePositions(list: Seen[]): number[] {
  return list.flatMap((s) => {
    if (s.kind !== 'text') return []
    const m = matchTemplate(DEFAULT_TEMPLATES.queue[0] as string, s.text)
    return m ? [Number(m.QueuePosition)] : []
  })
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(new Date('2024-06-03T10:00:00Z'))
})
afterEach(() => {
  vi.useRealTimers()
})

describe('a whole conversation, from src 7 to the rating', () => {
  it('opens, answers, clarifies, runs a flow, queues, transfers, rates and ends', async () => {
    const { sim, c, agentEvents } = await open({
      virtualLoad: {
        occupiedBy: [{ agentId: 'agent-ann', for: 5000 }, { agentId: 'agent-ben', for: 20_000 }],
        waitingAhead: 1,
        serviceTime: 3000,
      },
    })

    // Opening: 23, 26, welcome text, welcome card
    await c.send(encodeStart())
    await tick()
    const opening = c.take()
    expect(kinds(opening)).toEqual(['ratingRules', 'seatStatus', 'text:您好，我是 Kefu Kit 智能助手，有什么可以帮您？', 'welcome'])
    expect(only(opening, 'ratingRules').menuSendRuleFlag).toBe(7)
    expect(only(opening, 'seatStatus').inSeat).toBe(false)
    const welcome = only(opening, 'welcome')
    expect(welcome.title).toBe('猜你想问')
    expect(welcome.items.length).toBeGreaterThan(0)
    expect(welcome.items.length).toBeLessThanOrEqual(20)
    expect(welcome.items.map((i) => i.content)).toContain('如何安装 Kefu Kit')

    // A question from the welcome card: rich text
    const install = only(await say(c, '如何安装 Kefu Kit'), 'richText')
    expect(install.content).toMatch(/\*\*三步\*\*/)
    expect(install.content).toMatch(/\[快速上手\]\(https:\/\//)

    // A vague question: clarify, then the chosen question is answered
    const clarify = only(await say(c, '主题'), 'clarify')
    expect(clarify.subtype).toBe('clarify_msg')
    expect(clarify.items.map((i) => i.content)).toContain('支持暗黑主题吗')
    expect(only(await say(c, '支持暗黑主题吗'), 'text').text).toMatch(/theme="dark"/)

    // The flow: branch → options form → text form → answer, each answer filling `selected`
    const branch = only(await say(c, '我要反馈问题'), 'branch')
    expect(branch.items.map((i) => i.content)).toEqual(['安装问题', '显示异常', '联系人工客服'])
    let step = await say(c, '安装问题')
    expect(kinds(step)).toEqual(['modified:branch', 'form'])
    expect(step[0]).toMatchObject({ id: branch.id, kind: 'branch', selected: { content: '安装问题' } })
    const options = only(step, 'form')
    expect(options).toMatchObject({ type: 1, items: [{ content: 'Vue 3' }, { content: 'Vue 2.7' }] })
    step = await say(c, 'Vue 2.7')
    expect(kinds(step)).toEqual(['modified:form', 'form'])
    expect(step[0]).toMatchObject({ id: options.id, selected: { content: 'Vue 2.7' } })
    const textForm = step[1] as Extract<Seen, { kind: 'form' }>
    expect(textForm.type).toBe(0)
    step = await say(c, '页面是空白的')
    expect(step[0]).toMatchObject({ event: 'modified', id: textForm.id, selected: { content: '页面是空白的' } })
    expect((step[1] as Extract<Seen, { kind: 'text' }>).text).toBe('已记录您的反馈（Vue 2.7）：“页面是空白的”。我们会尽快处理，谢谢！')

    // Transfer: both agents busy, one virtual customer ahead → position 2, then 1, then served
    expect(queuePositions(await say(c, '转人工'))).toEqual([2])
    expect(sim.session).toMatchObject({ phase: 'queued', queuePosition: 2 })
    expect(sim.queue).toEqual({ length: 2, customerPosition: 2 })
    // Ann frees at 5 s and takes the virtual customer, who stays 3 s
    await tick(5000)
    expect(queuePositions(c.take())).toEqual([1])
    await tick(2900)
    expect(c.take()).toEqual([])
    await tick(300)
    const served = c.take()
    expect(kinds(served)).toEqual(['seatStatus', 'text:转人工成功，客服小安为您服务。', 'typing', 'text:您好，我是客服小安，请问有什么可以帮您？'])
    expect(only(served, 'seatStatus').inSeat).toBe(true)
    expect(matchTemplate(DEFAULT_TEMPLATES.transferSucceeded[0] as string, (served[1] as { text: string }).text)).toEqual({ StaffName: '客服小安' })
    expect(sim.session).toMatchObject({ phase: 'inSeat', agentId: 'agent-ann' })
    expect(served[3]?.senderName).toBe('客服小安')

    // While in seat, the agent answers (typing first) and sees the customer's message
    const chat = await say(c, '我的页面是空白的', 200)
    expect(kinds(chat)).toEqual(['typing', 'text:好的，我帮您查一下。'])
    expect(agentEvents).toContainEqual(expect.objectContaining({ type: 'customerMessage', agentId: 'agent-ann', payload: { kind: 'text', text: '我的页面是空白的' } }))

    // 24 → 9
    await c.send(encodeRatingRequest())
    await tick()
    const card = only(c.take(), 'rating')
    expect(card.menu.map((o) => o.id)).toEqual(['101', '102', '103', '104', '105'])
    expect(card).toMatchObject({ type: 1, effectiveHour: 12, sessionId: sim.session.ratingSessionId })
    expect(card.expireTime).toBe(Math.floor(Date.now() / 1000) + 12 * 3600)

    // 10 → the card's `selected` is filled
    await c.send(encodeRatingSubmit({ id: '105', content: '非常满意', sessionId: card.sessionId }))
    await tick()
    const rated = c.take()
    expect(rated).toHaveLength(1)
    expect(rated[0]).toMatchObject({ event: 'modified', id: card.id, kind: 'rating', selected: { id: '105', content: '非常满意' }, tail: card.tail })
    expect(agentEvents).toContainEqual({ type: 'rating', sessionId: card.sessionId, option: { id: '105', content: '非常满意' } })

    // a second 10 is ignored
    await c.send(encodeRatingSubmit({ id: '101', content: '非常不满意', sessionId: card.sessionId }))
    await tick()
    expect(c.take()).toEqual([])
    expect(agentEvents).toContainEqual({ type: 'ratingIgnored', sessionId: card.sessionId, reason: 'alreadyRated' })

    // 27 → 26 outSeat, 19, the end text; no second card for a session already rated
    await c.send(encodeEndSession())
    await tick()
    const end = c.take()
    expect(kinds(end)).toEqual(['seatStatus', 'sessionEnd', 'text:本次会话已结束，感谢您的咨询。'])
    expect(only(end, 'seatStatus').inSeat).toBe(false)
    expect(sim.session.phase).toBe('bot')
    expect(sim.agents.find((a) => a.id === 'agent-ann')).toMatchObject({ servingCustomer: false, activeSessions: 0 })

    // back with the bot
    expect(only(await say(c, '你好'), 'text').text).toBe('您好！请问有什么可以帮您？')

    // every message arrived once, in seq order
    const seqs = c.events.flatMap((e) => (e.type === 'message' ? [e.message.seq as number] : []))
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b))
    expect(new Set(seqs).size).toBe(seqs.length)
  })
})

describe('ending and rating rules', () => {
  async function inSeat(options: SimulatorOptions = {}): Promise<{ sim: Simulator; c: TestClient; agentEvents: AgentConsoleEvent[] }> {
    const o = await open(options)
    await o.c.send(encodeStart())
    await say(o.c, '转人工', 1000)
    expect(o.sim.session.phase).toBe('inSeat')
    return o
  }

  it('sends the rating card after 19 when bit 1<<0 is set and the session was not rated', async () => {
    const { sim, c } = await inSeat()
    await c.send(encodeEndSession())
    await tick()
    const end = c.take()
    expect(kinds(end)).toEqual(['seatStatus', 'sessionEnd', 'text:本次会话已结束，感谢您的咨询。', 'rating'])
    expect(only(end, 'rating').sessionId).toBe(sim.session.ratingSessionId)
    // after the end, 24 and 27 no longer apply
    await c.send(encodeRatingRequest())
    await c.send(encodeEndSession())
    await tick(1000)
    expect(c.take()).toEqual([])
  })

  it('sends no card on end, refuses 24 and refuses agent invitations without the bits', async () => {
    const { sim, c } = await inSeat({ menuSendRuleFlag: 0 })
    await c.send(encodeRatingRequest())
    await tick()
    expect(c.take()).toEqual([])
    const invite = sim.agentInviteRating()
    expect(invite.ok).toBe(false)
    if (!invite.ok) expect(invite.error.code).toBe('notAllowed')
    await c.send(encodeEndSession())
    await tick()
    expect(kinds(c.take())).toEqual(['seatStatus', 'sessionEnd', 'text:本次会话已结束，感谢您的咨询。'])
  })

  it('lets the agent invite a rating with bit 1<<1 only', async () => {
    const { sim, c } = await inSeat({ menuSendRuleFlag: RATING_AGENT_ONLY })
    const invite = sim.agentInviteRating()
    expect(invite.ok).toBe(true)
    await tick()
    const card = only(c.take(), 'rating')
    if (invite.ok) expect(invite.value).toEqual({ id: card.id, sessionId: card.sessionId })
    expect(card.senderName).toBe('客服小安')
    // bit 1<<2 is off: the customer's 24 is ignored
    await c.send(encodeRatingRequest())
    await tick()
    expect(c.take()).toEqual([])
  })

  it('ignores 24 and 27 when no human serves', async () => {
    const { c } = await open()
    await c.send(encodeStart())
    await tick()
    c.take()
    await c.send(encodeRatingRequest())
    await c.send(encodeEndSession())
    await tick(1000)
    expect(c.take()).toEqual([])
  })

  it('ignores a rating after its expireTime, and one for an unknown session or option', async () => {
    const { c, agentEvents } = await inSeat({ rating: { effectiveHour: 1, type: 2 } })
    await c.send(encodeEndSession())
    await tick()
    const card = only(c.take(), 'rating')
    expect(card.type).toBe(2)
    await c.send(encodeRatingSubmit({ id: '103', content: 'x', sessionId: 'nope' }))
    await c.send(encodeRatingSubmit({ id: '999', content: 'x', sessionId: card.sessionId }))
    vi.setSystemTime(Date.now() + 3600_000 + 1000)
    await c.send(encodeRatingSubmit({ id: '103', content: '一般', sessionId: card.sessionId }))
    await tick()
    expect(c.take()).toEqual([])
    const reasons = agentEvents.flatMap((e) => (e.type === 'ratingIgnored' ? [e.reason] : []))
    expect(reasons).toEqual(['unknownSession', 'invalidOption', 'expired'])
  })

  it('does not send a second card on end when the session already has an open one', async () => {
    const { sim, c } = await inSeat()
    expect(sim.agentInviteRating().ok).toBe(true)
    await tick()
    only(c.take(), 'rating')
    expect(sim.agentEndSession().ok).toBe(true)
    await tick()
    expect(kinds(c.take())).toEqual(['seatStatus', 'sessionEnd', 'text:本次会话已结束，感谢您的咨询。'])
  })

  it('lets the agent end the session: 26 outSeat, 19, the end text, the card', async () => {
    const { sim, c } = await inSeat()
    expect(sim.agentEndSession().ok).toBe(true)
    await tick()
    expect(kinds(c.take())).toEqual(['seatStatus', 'sessionEnd', 'text:本次会话已结束，感谢您的咨询。', 'rating'])
    const again = sim.agentEndSession()
    expect(again.ok === false && again.error.code).toBe('notInSeat')
  })
})

const RATING_AGENT_ONLY = 1 << 1

describe('transfer to a human', () => {
  it('refuses outside working hours with the off-hours reply and no transfer', async () => {
    // Monday 20:00 UTC
    vi.setSystemTime(new Date('2024-06-03T20:00:00Z'))
    const { sim, c } = await open({ workingHours: { utcOffsetMinutes: 0, days: { 1: ['09:00-18:00'] } } })
    const reply = await say(c, '转人工', 2000)
    expect(kinds(reply)).toEqual([`text:${DEFAULT_TEMPLATES.offHours[0]}`])
    expect(sim.session.phase).toBe('bot')
    // the next morning is still closed (Tuesday has no hours), Monday next week is open
    vi.setSystemTime(new Date('2024-06-10T09:30:00Z'))
    expect(kinds(await say(c, '转人工', 2000)).slice(0, 2)).toEqual(['seatStatus', 'text:转人工成功，客服小安为您服务。'])
  })

  it('lets the customer pick a group from a branch menu of groups', async () => {
    const { sim, c } = await open({ assignment: 'group' })
    const menu = only(await say(c, '人工'), 'branch')
    expect(menu.header).toBe('请选择您想咨询的分组')
    expect(menu.items.map((i) => i.content)).toEqual(['售前', '售后'])
    expect(sim.session.phase).toBe('choosingGroup')
    // anything else goes to the bot; the menu still waits
    expect(only(await say(c, '你好'), 'text').text).toBe('您好！请问有什么可以帮您？')
    const picked = await say(c, '售后', 1000)
    expect(picked[0]).toMatchObject({ event: 'modified', id: menu.id, selected: { content: '售后' } })
    expect(kinds(picked)).toContain('text:转人工成功，客服小白为您服务。')
    expect(sim.session.agentId).toBe('agent-ben')
  })

  it('leaves offline groups out of the menu and fails when every agent is offline', async () => {
    const agents = [
      { id: 'a', name: 'A', group: 'sales', status: 'offline' as const },
      { id: 'b', name: 'B', group: 'support' },
    ]
    const { sim, c } = await open({ assignment: 'group', agents, groups: [{ id: 'sales', name: 'Sales' }, { id: 'support', name: 'Support' }] })
    expect(only(await say(c, 'human'), 'branch').items).toEqual([{ content: 'Support' }])
    await say(c, 'Support', 1000)
    expect(sim.agentEndSession().ok).toBe(true)
    sim.setAgentStatus('b', 'offline')
    await tick()
    c.take()
    expect(kinds(await say(c, 'human'))).toEqual([`text:${DEFAULT_TEMPLATES.transferFailed[0]}`])
    expect(sim.session.phase).toBe('bot')
  })

  it('fails with the failure text when there are no agents at all', async () => {
    const { c } = await open({ agents: [] })
    expect(kinds(await say(c, '转人工'))).toEqual([`text:${DEFAULT_TEMPLATES.transferFailed[0]}`])
  })

  it('respects each agent\'s maximum concurrency', async () => {
    const one = await open({ agents: [{ id: 'x', name: 'X', maxConcurrent: 2 }], virtualLoad: { occupiedBy: [{ agentId: 'x', for: 60_000 }] } })
    await say(one.c, '转人工', 1000)
    expect(one.sim.session.phase).toBe('inSeat')
    expect(one.sim.agents[0]).toMatchObject({ activeSessions: 2, maxConcurrent: 2 })

    const full = await open({ agents: [{ id: 'x', name: 'X', maxConcurrent: 2 }], virtualLoad: { occupiedBy: [{ agentId: 'x', for: 60_000 }, { agentId: 'x', for: 30_000 }] } })
    expect(queuePositions(await say(full.c, '转人工', 1000))).toEqual([1])
    expect(full.sim.session.phase).toBe('queued')
    await tick(30_000)
    expect(full.sim.session.phase).toBe('inSeat')
  })

  it('assigns the free agent who has waited longest since their last conversation', async () => {
    const { sim, c } = await open()
    await say(c, '转人工', 1000)
    expect(sim.session.agentId).toBe('agent-ann')
    await c.send(encodeEndSession())
    await tick(1000)
    await say(c, '转人工', 1000)
    expect(sim.session.agentId).toBe('agent-ben')
    sim.agentEndSession()
    await tick(1000)
    await say(c, '转人工', 1000)
    expect(sim.session.agentId).toBe('agent-ann')
  })

  it('answers a repeated request while queued with the current position, and queues until an agent is free', async () => {
    const { sim, c, agentEvents } = await open({ agents: [{ id: 'x', name: 'X', status: 'busy' }] })
    expect(queuePositions(await say(c, '转人工'))).toEqual([1])
    expect(queuePositions(await say(c, '转人工'))).toEqual([1])
    // the first asked for the transfer; the second, sent while queued, is for the agent
    expect(agentEvents.filter((e) => e.type === 'customerMessage')).toHaveLength(1)
    expect(sim.setAgentStatus('x', 'free').ok).toBe(true)
    await tick(1000)
    expect(sim.session).toMatchObject({ phase: 'inSeat', agentId: 'x' })
    const missing = sim.setAgentStatus('nobody', 'free')
    expect(missing.ok === false && missing.error.code).toBe('unknownAgent')
  })

  it('transfers from a flow branch item', async () => {
    const { sim, c } = await open()
    await say(c, '问题反馈')
    const out = await say(c, '联系人工客服', 1000)
    expect(out[0]).toMatchObject({ event: 'modified', kind: 'branch', selected: { content: '联系人工客服' } })
    expect(kinds(out)).toContain('text:转人工成功，客服小安为您服务。')
    expect(sim.session.flowId).toBeUndefined()
  })

  it('asks for a human on every text when the bot is off, and sends no welcome card', async () => {
    const { sim, c } = await open({ bot: { enabled: false } })
    await c.send(encodeStart())
    await tick()
    expect(kinds(c.take())).not.toContain('welcome')
    await say(c, '怎么安装', 1000)
    expect(sim.session.phase).toBe('inSeat')
  })

  it('speaks English with locale en', async () => {
    const { c } = await open({ locale: 'en' })
    await c.send(encodeStart())
    await tick()
    expect(kinds(c.take())).toContain('text:Hi, I am the Kefu Kit assistant. How can I help?')
    const out = await say(c, 'human', 1000)
    const success = out.find((s) => s.kind === 'text' && matchTemplate(DEFAULT_TEMPLATES.transferSucceeded[1] as string, s.text))
    expect(success).toMatchObject({ text: 'You are now connected to Ann.' })
  })
})

describe('manual mode: a person acts as the agent', () => {
  it('offers the customer, accepts, types, replies, sends cards and menus, and ends', async () => {
    const { sim, c, agentEvents } = await open({ mode: 'manual' })
    expect(sim.agentReply('hi').ok).toBe(false)
    expect(kinds(await say(c, '转人工', 5000))).toEqual(['text:正在为您接入人工客服，请稍候…'])
    expect(sim.session).toMatchObject({ phase: 'offered', agentId: 'agent-ann' })
    expect(agentEvents).toContainEqual({ type: 'session', session: expect.objectContaining({ phase: 'offered', agentId: 'agent-ann' }) })
    // the customer's words reach the console before acceptance
    await say(c, '有人吗')
    expect(agentEvents).toContainEqual(expect.objectContaining({ type: 'customerMessage', payload: { kind: 'text', text: '有人吗' } }))

    const wrong = sim.acceptNext('agent-ben')
    expect(wrong.ok === false && wrong.error.code).toBe('nothingToAccept')
    expect(sim.acceptNext()).toEqual({ ok: true, value: { agentId: 'agent-ann' } })
    await tick()
    expect(kinds(c.take())).toEqual(['seatStatus', 'text:转人工成功，客服小安为您服务。'])

    expect(sim.agentTyping().ok).toBe(true)
    const sent = sim.agentReply('您好，请稍等')
    await tick()
    const out = c.take()
    expect(kinds(out)).toEqual(['typing', 'text:您好，请稍等'])
    expect(sent.ok && sent.value.id).toBe(out[1]?.id)
    expect(sim.agentReply('  ').ok).toBe(false)

    const product = { kind: 'product' as const, src: '22' as const, header: 'Kefu Kit Pro', desc: '企业版', pic: 'https://example.com/p.png', url: 'https://example.com/pro' }
    expect(sim.agentSendPayload(product).ok).toBe(true)
    await tick()
    expect(c.take()[0]).toMatchObject({ kind: 'product', header: 'Kefu Kit Pro', url: 'https://example.com/pro' })

    const menu = sim.agentSendPayload({ kind: 'branch', src: '15', header: '请选择', tail: '', items: [{ content: '退款' }, { content: '换货' }], selected: { content: '退款' } })
    await tick()
    const shown = only(c.take(), 'branch')
    expect(shown.selected).toBeUndefined()
    expect(menu.ok && menu.value.id).toBe(shown.id)
    const answered = await say(c, '换货')
    expect(answered).toEqual([expect.objectContaining({ event: 'modified', id: shown.id, selected: { content: '换货' } })])
    expect(agentEvents).toContainEqual(expect.objectContaining({ type: 'customerMessage', agentId: 'agent-ann', payload: { kind: 'text', text: '换货' } }))

    const bad = sim.agentSendPayload({ kind: 'seatStatus', src: '26', inSeat: false })
    expect(bad.ok === false && bad.error.code).toBe('invalidPayload')

    // the customer's product card goes to the agent
    await c.send(encodeProduct({ header: 'Item', desc: 'd', pic: '', url: 'https://example.com/i' }))
    expect(agentEvents).toContainEqual(expect.objectContaining({ type: 'customerMessage', payload: expect.objectContaining({ kind: 'product', header: 'Item' }) }))

    expect(sim.agentEndSession().ok).toBe(true)
    await tick()
    expect(kinds(c.take())).toEqual(['seatStatus', 'sessionEnd', 'text:本次会话已结束，感谢您的咨询。', 'rating'])
    expect(sim.acceptNext().ok).toBe(false)
  })

  it('answers a repeated request while waiting for acceptance with the waiting text', async () => {
    const { c } = await open({ mode: 'manual' })
    await say(c, '转人工')
    expect(kinds(await say(c, '转人工'))).toEqual(['text:正在为您转接人工客服，请耐心等待。'])
    const silent = await open({ mode: 'manual', texts: { alreadyQueued: '', transferring: '' } })
    expect(await say(silent.c, '转人工')).toEqual([])
    expect(await say(silent.c, '转人工')).toEqual([])
  })

  it('puts the customer back at the head of the queue when the offered agent steps away', async () => {
    const { sim, c } = await open({ mode: 'manual', agents: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B', status: 'rest' }] })
    await say(c, '转人工')
    expect(sim.session).toMatchObject({ phase: 'offered', agentId: 'a' })
    sim.setAgentStatus('a', 'rest')
    expect(sim.session.phase).toBe('queued')
    expect(queuePositions(await tickTake(c))).toEqual([1])
    sim.setAgentStatus('b', 'free')
    expect(sim.session).toMatchObject({ phase: 'offered', agentId: 'b' })
    expect(sim.acceptNext('b').ok).toBe(true)
  })
})

async function tickTake(c: TestClient, ms = 0): Promise<Seen[]> {
  await tick(ms)
  return c.take()
}

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
