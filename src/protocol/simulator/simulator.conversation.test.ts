import { encodeEndSession, encodeRatingRequest, encodeRatingSubmit, encodeStart } from '../wire/encode'
import { DEFAULT_TEMPLATES, matchTemplate } from '../templates'
import { kinds, only, open, queuePositions, say, tick, type Seen, type TestClient } from './simulator.fixtures'
import type { AgentConsoleEvent, Simulator, SimulatorOptions } from './types'

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
