import { encodeProduct } from '../wire/encode'
import type { WireMediaBody } from './types'
import { kinds, only, open, queuePositions, say, tick, tickTake } from './simulator.fixtures'

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(new Date('2024-06-03T10:00:00Z'))
})
afterEach(() => {
  vi.useRealTimers()
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

describe('raw custom payloads (agentSendRaw)', () => {
  async function inSeat() {
    const opened = await open({ mode: 'manual' })
    await say(opened.c, '转人工', 5000)
    expect(opened.sim.acceptNext().ok).toBe(true)
    await tick()
    opened.c.take()
    return opened
  }

  it('sends a custom src as written, marked as a customer-service message, so a custom renderer can get it', async () => {
    const { sim, c } = await inSeat()
    const sent = sim.agentSendRaw({ src: '1001', content: { title: 'Coupon', amount: 20, tags: ['new'] } })
    expect(sent.ok).toBe(true)
    await tick()
    const got = c.take()
    expect(got).toEqual([expect.objectContaining({ kind: 'unknown', src: '1001', data: expect.objectContaining({ content: { title: 'Coupon', amount: 20, tags: ['new'] } }) })])
    expect(sent.ok && sent.value.id).toBe(got[0]?.id)
    const stored = sim.messages.find((m) => m.id === got[0]?.id)
    expect(stored?.body.type === 'custom' && JSON.parse(String(stored.body.data))).toEqual({ customerServicePlugin: 0, src: '1001', content: { title: 'Coupon', amount: 20, tags: ['new'] } })
  })

  it('takes JSON text too, keeps a marker the caller chose, and awaits a raw branch menu like a built one', async () => {
    const { sim, c } = await inSeat()
    expect(sim.agentSendRaw('{"chatbotPlugin":1,"src":2002}').ok).toBe(true)
    await tick()
    expect(c.take()).toEqual([expect.objectContaining({ kind: 'unknown', src: '2002' })])
    const stored = sim.messages[sim.messages.length - 1]
    expect(stored?.body.type === 'custom' && JSON.parse(String(stored.body.data))).toEqual({ chatbotPlugin: 1, src: 2002 })

    sim.agentSendRaw({ src: '15', content: { header: 'Pick', items: [{ content: 'A' }, { content: 'B' }], tail: '' } })
    await tick()
    const menu = only(c.take(), 'branch')
    expect(await say(c, 'B')).toEqual([expect.objectContaining({ event: 'modified', id: menu.id, selected: { content: 'B' } })])
  })

  it('refuses what is not a JSON object with a src, without sending anything', async () => {
    const { sim, c } = await inSeat()
    const cyclic: Record<string, unknown> = { src: '1001' }
    cyclic.self = cyclic
    for (const bad of ['not json', '[1,2]', '"text"', '{"content":{}}', '{"src":""}', '{"src":1.5}', '{"src":null}', cyclic, { src: '1', big: 'x'.repeat(70_000) }] as Array<Record<string, unknown> | string>) {
      const r = sim.agentSendRaw(bad)
      expect(r.ok === false && r.error.code, JSON.stringify(typeof bad === 'string' ? bad : Object.keys(bad))).toBe('invalidPayload')
    }
    await tick()
    expect(c.take()).toEqual([])
  })

  it('needs an agent in seat, like every agent action', async () => {
    const { sim } = await open({ mode: 'manual' })
    const r = sim.agentSendRaw({ src: '1001' })
    expect(r.ok === false && r.error.code).toBe('notInSeat')
  })

  it('sends a decoded unknown payload through agentSendPayload as its original data', async () => {
    const { sim, c } = await inSeat()
    expect(sim.agentSendPayload({ kind: 'unknown', src: '1001', data: { src: '1001', content: { x: 1 } } }).ok).toBe(true)
    await tick()
    expect(c.take()).toEqual([expect.objectContaining({ kind: 'unknown', src: '1001', data: expect.objectContaining({ content: { x: 1 } }) })])
    const bare = sim.agentSendPayload({ kind: 'unknown', src: '1001' })
    expect(bare.ok === false && bare.error.message).toMatch(/agentSendRaw/)
  })
})

describe('media from the agent (agentSendMedia)', () => {
  async function inSeat() {
    const opened = await open({ mode: 'manual' })
    await say(opened.c, '转人工', 5000)
    expect(opened.sim.acceptNext().ok).toBe(true)
    await tick()
    opened.c.take()
    return opened
  }

  it('sends each media kind as its wire body, stored and decoded like any service message', async () => {
    const { sim, c } = await inSeat()
    const bodies = [
      { type: 'file', url: 'https://example.com/a.pdf', name: 'a.pdf', size: 1024, mime: 'application/pdf' },
      { type: 'video', url: 'https://example.com/v.mp4', posterUrl: 'https://example.com/p.jpg', duration: 12 },
      { type: 'audio', url: 'https://example.com/a.m4a', duration: 3 },
      { type: 'location', name: 'HQ', address: 'Main St', latitude: 22.5, longitude: 113.9 },
      { type: 'face', index: 3, name: '[ok]' },
      { type: 'merger', title: 'Chat', lines: ['a: hi', 'b: hello'], count: 2 },
    ] satisfies WireMediaBody[]
    for (const body of bodies) {
      const sent = sim.agentSendMedia(body)
      expect(sent.ok, body.type).toBe(true)
      await tick()
      const stored = sim.messages[sim.messages.length - 1]!
      expect(stored.body).toEqual(body)
      expect(sent.ok && sent.value.id).toBe(stored.id)
    }
    expect(kinds(c.take())).toEqual(['file', 'video', 'audio', 'location', 'face', 'merger'])
  })

  it('refuses a body the decoder would refuse, with the reason, and sends nothing', async () => {
    const { sim, c } = await inSeat()
    const noUrl = sim.agentSendMedia({ type: 'file', name: 'x' } as never)
    expect(noUrl.ok === false && noUrl.error).toMatchObject({ code: 'invalidPayload', message: 'file body without url' })
    const far = sim.agentSendMedia({ type: 'location', latitude: 95, longitude: 0 })
    expect(far.ok === false && far.error.code).toBe('invalidPayload')
    const text = sim.agentSendMedia({ type: 'text', text: 'x' } as never)
    expect(text.ok === false && text.error.code).toBe('invalidPayload')
    expect(sim.agentSendMedia(null as never).ok).toBe(false)
    await tick()
    expect(c.take()).toEqual([])
  })

  it('needs an agent in the seat', async () => {
    const { sim } = await open({ mode: 'manual' })
    expect(sim.agentSendMedia({ type: 'audio', url: 'https://example.com/a.m4a' }).ok).toBe(false)
  })
})
