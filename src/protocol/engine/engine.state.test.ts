// Incoming events folded into state: flags, typing, notices and the queue, streaming,
// modifications, revocations, live announcements.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_TEMPLATES, fillTemplate } from '../templates'
import { flush } from '../../testing/fakeTransport'
import {
  botCommand,
  branch,
  cs,
  rating,
  rules,
  seat,
  sessionEnd,
  sessionTimeout,
  setup,
  stream,
  typingFlag,
} from './engine.fixtures'
import type { ChatMessage, ConversationState } from './types'

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(1_700_000_000_000)
})
afterEach(() => {
  vi.useRealTimers()
})

const queueText = (position: number, waitNo: number) => fillTemplate(DEFAULT_TEMPLATES.queue[0], { QueuePosition: position, WaitNo: waitNo })

describe('flags', () => {
  it('23 sets the rating rules bit by bit and is never drawn', async () => {
    const h = await setup()
    h.t.receiveCustom(rules(0b101))
    expect(h.state().ratingRules).toEqual({ flag: 5, sendOnEnd: true, agentMayInvite: false, customerMayRequest: true })
    h.t.receiveCustom(rules(0b010))
    expect(h.state().ratingRules).toEqual({ flag: 2, sendOnEnd: false, agentMayInvite: true, customerMayRequest: false })
    expect(h.messages()).toHaveLength(0)
  })

  it('26 inSeat sets humanServing and clears the queue; outSeat clears humanServing', async () => {
    const h = await setup()
    h.t.receiveText(queueText(2, 1))
    expect(h.state().queue).not.toBeNull()
    h.t.receiveCustom(seat(true))
    expect(h.state().humanServing).toBe(true)
    expect(h.state().queue).toBeNull()
    h.t.receiveCustom(seat(false))
    expect(h.state().humanServing).toBe(false)
    // the queue position lives in state.queue (the banner), not in a row
    expect(h.kinds()).toEqual([])
  })

  it('12 shows typing until the timeout; each 12 restarts it', async () => {
    const h = await setup({ engine: { typingTimeout: 3000 } })
    h.t.receiveCustom(typingFlag())
    expect(h.state().typing).toBe(true)
    vi.advanceTimersByTime(2000)
    h.t.receiveCustom(typingFlag())
    vi.advanceTimersByTime(2999)
    expect(h.state().typing).toBe(true)
    vi.advanceTimersByTime(1)
    expect(h.state().typing).toBe(false)
    expect(h.messages()).toHaveLength(0)
  })

  it('typing defaults to 5 s', async () => {
    const h = await setup()
    h.t.receiveCustom(typingFlag())
    vi.advanceTimersByTime(4999)
    expect(h.state().typing).toBe(true)
    vi.advanceTimersByTime(1)
    expect(h.state().typing).toBe(false)
  })

  it('the next drawn service message clears typing (and its timer); a flag or customer message does not', async () => {
    const h = await setup()
    h.t.receiveCustom(typingFlag())
    h.t.receiveCustom(rules(1))
    h.t.receive({ from: 'customer', body: { type: 'text', text: 'from my phone' } })
    expect(h.state().typing).toBe(true)
    h.t.receiveText('您好')
    expect(h.state().typing).toBe(false)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('13 is ignored entirely', async () => {
    const h = await setup()
    const before = h.state()
    h.t.receiveCustom(botCommand())
    expect(h.state()).toBe(before)
  })

  it('customer-side flags echoed back are ignored, whoever they claim to be from', async () => {
    const h = await setup()
    h.t.receiveCustom(seat(true))
    const before = h.state()
    h.t.receiveCustom(cs(7), { from: 'customer' })
    h.t.receiveCustom(cs(27), { from: 'customer' })
    h.t.receiveCustom(cs(10, { menuSelected: { id: '105', content: 'x', sessionId: 's' } }))
    h.t.receiveCustom(cs(24))
    // a service-looking flag sent by the customer side does not change state either
    h.t.receiveCustom(seat(false), { from: 'customer' })
    expect(h.state()).toBe(before)
  })

  it('19 ends the session: drawn as a divider, resets serving, queue and typing', async () => {
    const h = await setup()
    h.t.receiveCustom(seat(true))
    h.t.receiveCustom(typingFlag())
    h.t.receiveCustom(sessionEnd())
    const s = h.state()
    expect(s.phase).toBe('ended')
    expect(s.humanServing).toBe(false)
    expect(s.typing).toBe(false)
    expect(s.queue).toBeNull()
    expect(h.kinds()).toEqual(['sessionEnd'])
  })

  it('a typing flag after the end does not show typing; late messages still draw', async () => {
    const h = await setup()
    h.t.receiveCustom(typingFlag())
    h.t.receiveCustom(sessionEnd())
    expect(h.state().typing).toBe(false)
    h.t.receiveCustom(typingFlag())
    expect(h.state().typing).toBe(false)
    expect(vi.getTimerCount()).toBe(0)
    h.t.receiveText('one more thing')
    expect(h.kinds()).toEqual(['sessionEnd', 'text'])
    expect(h.state().typing).toBe(false)
    // a new session shows typing again
    h.engine.sendText('hello again')
    h.t.receiveCustom(typingFlag())
    expect(h.state().typing).toBe(true)
  })

  it('20 ends by timeout; sending text afterwards re-opens the session', async () => {
    const h = await setup()
    h.t.receiveText(queueText(1, 0))
    h.t.receiveCustom(sessionTimeout())
    expect(h.state().phase).toBe('timedOut')
    expect(h.state().queue).toBeNull()
    expect(h.kinds()).toEqual(['sessionTimeout'])
    expect(h.engine.sendText('还在吗').ok).toBe(true)
    expect(h.state().phase).toBe('active')
  })

  it('an agent taking the seat after an end re-opens too', async () => {
    const h = await setup()
    h.t.receiveCustom(sessionEnd())
    h.t.receiveCustom(seat(true))
    expect(h.state().phase).toBe('active')
  })
})

describe('notices and the queue', () => {
  it('a queue text sets position / waitNo in state.queue and draws no row; updates replace it', async () => {
    const h = await setup()
    const seen: ChatMessage[] = []
    h.engine.onIncoming((m) => seen.push(m))
    h.t.receiveText(queueText(3, 2))
    expect(h.state().queue).toEqual({ position: 3, waitNo: 2, text: queueText(3, 2) })
    h.t.receiveText(queueText(1, 0))
    expect(h.state().queue).toEqual({ position: 1, waitNo: 0, text: queueText(1, 0) })
    // the banner (state.queue, role=status) is the one place the position shows and is announced
    expect(h.messages()).toHaveLength(0)
    expect(seen).toHaveLength(0)
  })

  it('a flood of queue updates keeps the list empty and the state on the latest position', async () => {
    const h = await setup()
    const states: ConversationState[] = []
    h.engine.subscribe((s) => states.push(s))
    for (let i = 2000; i >= 1; i--) h.t.receiveText(queueText(i, i - 1))
    expect(h.messages()).toHaveLength(0)
    expect(h.state().queue).toEqual({ position: 1, waitNo: 0, text: queueText(1, 0) })
    await flush()
    expect(states.at(-1)?.queue?.position).toBe(1)
  })

  it('a queue text in history is no news: not drawn, and the live queue is left alone', async () => {
    const h = await setup({ transport: { history: [{ id: 'q-old', time: 1, from: 'service', body: { type: 'text', text: queueText(5, 4) } }, { id: 'hi', time: 2, from: 'service', body: { type: 'text', text: 'hi' } }] } })
    await h.engine.loadOlder()
    expect(h.texts()).toEqual(['hi'])
    expect(h.state().queue).toBeNull()
  })

  it.each([
    ['transferSucceeded', fillTemplate(DEFAULT_TEMPLATES.transferSucceeded[0], { StaffName: '小王' })],
    ['transferFailed', DEFAULT_TEMPLATES.transferFailed[0]],
    ['offHours', DEFAULT_TEMPLATES.offHours[1]],
  ])('%s is a notice and clears the queue', async (notice, text) => {
    const h = await setup()
    h.t.receiveText(queueText(2, 1))
    h.t.receiveText(text)
    expect(h.last().payload).toEqual({ kind: 'notice', notice, text })
    expect(h.state().queue).toBeNull()
  })

  it('uses the configured templates', async () => {
    const h = await setup({ engine: { templates: { queue: ['排队第${QueuePosition}位'] } } })
    h.t.receiveText('排队第9位')
    expect(h.state().queue).toEqual({ position: 9, text: '排队第9位' })
    h.t.receiveText(queueText(1, 0))
    expect(h.last().payload.kind).toBe('text')
  })

  it('the customer typing a queue text is just text', async () => {
    const h = await setup()
    h.engine.sendText(queueText(1, 0))
    h.t.receive({ from: 'customer', body: { type: 'text', text: queueText(4, 3) } })
    expect(h.kinds()).toEqual(['text', 'text'])
    expect(h.state().queue).toBeNull()
  })
})

describe('streaming (src 31)', () => {
  it('later parts of an unfinished stream replace the same entry in place', async () => {
    const h = await setup()
    h.t.receiveCustom(stream(['你']))
    const first = h.last()
    h.engine.sendText('等一下') // a customer message in between does not break the stream
    await flush()
    h.t.receiveCustom(stream(['你', '好']))
    h.t.receiveCustom(stream(['你', '好', '！'], true))
    const streams = h.messages().filter((m) => m.payload.kind === 'stream')
    expect(streams).toHaveLength(1)
    expect(streams[0].id).toBe(first.id)
    expect(streams[0].payload).toEqual({ kind: 'stream', src: '31', chunks: ['你', '好', '！'], isFinished: true })
    expect(h.messages().map((m) => m.id)).toEqual([first.id, 'c2'])
  })

  it('after isFinished a new 31 is a new message', async () => {
    const h = await setup()
    h.t.receiveCustom(stream(['a'], true))
    h.t.receiveCustom(stream(['b']))
    expect(h.kinds()).toEqual(['stream', 'stream'])
  })

  it('another service message in between ends the in-place run', async () => {
    const h = await setup()
    h.t.receiveCustom(stream(['a']))
    h.t.receiveText('interrupt')
    h.t.receiveCustom(stream(['b']))
    expect(h.kinds()).toEqual(['stream', 'text', 'stream'])
  })

  it('modified events grow the stream; a modification via any part id reaches the entry', async () => {
    const h = await setup()
    const part1 = h.t.receiveCustom(stream(['一']))
    const part2 = h.t.receiveCustom(stream(['一', '二']))
    const id = h.last().id
    h.t.modify({ ...part2, body: { type: 'custom', data: JSON.stringify(stream(['一', '二', '三'], true)) } })
    expect(h.messages()).toHaveLength(1)
    expect(h.last().id).toBe(id)
    expect(h.last().payload).toMatchObject({ chunks: ['一', '二', '三'], isFinished: true })
    h.t.modify({ ...part1, body: { type: 'custom', data: JSON.stringify(stream(['x'], true)) } })
    expect(h.last().payload).toMatchObject({ chunks: ['x'] })
  })

  it('announces a stream once, not per part', async () => {
    const h = await setup()
    const seen: ChatMessage[] = []
    h.engine.onIncoming((m) => seen.push(m))
    h.t.receiveCustom(stream(['a']))
    h.t.receiveCustom(stream(['a', 'b'], true))
    expect(seen).toHaveLength(1)
  })
})

describe('modified and revoked', () => {
  it('modified replaces the payload and keeps the entry; unchanged messages keep identity', async () => {
    const h = await setup()
    const card = h.t.receiveCustom(rating())
    h.t.receiveText('other')
    const other = h.messages()[1]
    const before = h.messages()
    h.t.modify({ ...card, body: { type: 'custom', data: JSON.stringify(rating({ selected: '104' })) } })
    expect(h.messages()).not.toBe(before)
    expect(h.messages()[1]).toBe(other)
    expect(h.messages()[0].payload).toMatchObject({ kind: 'rating', selected: { id: '104', content: '满意' } })
  })

  it('ignores a modification of an unknown message or into a flag', async () => {
    const h = await setup()
    const msg = h.t.receiveText('hello')
    const before = h.state()
    h.t.modify({ ...msg, id: 'nope' })
    h.t.modify({ ...msg, body: { type: 'custom', data: JSON.stringify(typingFlag()) } })
    expect(h.state()).toBe(before)
  })

  it('revoked marks the message; a revoke that arrives before the message still applies', async () => {
    const h = await setup()
    const msg = h.t.receiveText('oops')
    h.t.revoke(msg.id)
    expect(h.last().revoked).toBe(true)
    h.t.revoke('later')
    h.t.receive({ id: 'later', body: { type: 'text', text: 'late' } })
    expect(h.last().revoked).toBe(true)
    const before = h.state()
    h.t.revoke('unknown')
    h.t.revoke(msg.id)
    expect(h.state()).toBe(before)
  })
})

describe('can', () => {
  it('follows start, seat, queue and rating rules', async () => {
    const h = await setup({ start: false })
    expect(h.state().can).toEqual({ transferToHuman: false, requestRating: false, endHumanSession: false })
    await h.engine.start()
    expect(h.state().can).toEqual({ transferToHuman: true, requestRating: false, endHumanSession: false })
    h.t.receiveText(queueText(1, 0))
    expect(h.state().can.transferToHuman).toBe(false)
    h.t.receiveCustom(seat(true))
    expect(h.state().can).toEqual({ transferToHuman: false, requestRating: false, endHumanSession: true })
    h.t.receiveCustom(rules(4))
    expect(h.state().can.requestRating).toBe(true)
    h.t.receiveCustom(rules(3))
    expect(h.state().can.requestRating).toBe(false)
    h.t.receiveCustom(seat(false))
    expect(h.state().can).toEqual({ transferToHuman: true, requestRating: false, endHumanSession: false })
    await h.engine.stop()
    expect(h.state().can.transferToHuman).toBe(false)
  })
})

describe('robustness', () => {
  it('draws malformed and unknown messages as unsupported instead of throwing', async () => {
    const h = await setup()
    h.t.receiveCustom({ customerServicePlugin: 0, src: '999' })
    h.t.receive({ body: { type: 'custom', data: '{not json' } })
    h.t.emit({ type: 'message', message: { from: 'service', body: { type: 'video' } } as never })
    h.t.emit({ type: 'message', message: null as never })
    h.t.emit({ type: 'bogus' } as never)
    h.t.receive({ body: { type: 'image', url: 'https://x/y.png', width: 10, height: 'tall' as never } })
    // the id-less message has no seq, so at the same time it sorts after the ones that have one
    expect(h.kinds()).toEqual(['unknown', 'invalid', 'image', 'invalid'])
    expect(h.messages()[2].payload).toEqual({ kind: 'image', url: 'https://x/y.png', width: 10 })
    // the anonymous message still got a unique id
    expect(new Set(h.messages().map((m) => m.id)).size).toBe(4)
  })

  it('a drawn branch from history or live carries the server’s selection', async () => {
    const h = await setup()
    h.t.receiveCustom(branch(['A', 'B'], 'B'))
    expect(h.last().payload).toMatchObject({ kind: 'branch', selected: { content: 'B' } })
    expect(h.last().pendingChoice).toBeUndefined()
  })
})
