// The customer's actions: what each sends, what it changes, and every refusal.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flush } from '../../testing/fakeTransport'
import { DEFAULT_TEMPLATES, fillTemplate } from '../templates'
import type { OrderContent, ProductContent } from '../types'
import {
  branch,
  clarify,
  deliveredSrcs,
  optionsForm,
  rating,
  rules,
  seat,
  setup,
  textForm,
  welcome,
  type Harness,
} from './engine.fixtures'
import type { ActionResult, ChatMessage } from './types'

const T = 1_700_000_000_000

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(T)
})
afterEach(() => {
  vi.useRealTimers()
})

function code(r: ActionResult<unknown>): string | undefined {
  return r.ok ? undefined : r.error.code
}

/** Refused results carry a readable English message. */
function expectRefused(r: ActionResult<unknown>, expected: string): void {
  expect(code(r)).toBe(expected)
  if (!r.ok) expect(r.error.message).toMatch(/^[A-Z"].{10,}/)
}

function cardId(h: Harness, kind: string): string {
  const m = h.messages().find((x) => x.payload.kind === kind) as ChatMessage
  return m.id
}

const product: ProductContent = { header: '手机', desc: '好用', pic: 'https://x/p.png', url: 'https://x/p' }
const order: OrderContent = { guide: '订单', name: 'A', desc: 'd', pic: 'https://x/o.png', customField: [{ name: '状态', value: '已完成' }] }

describe('before start', () => {
  it('every sending action is refused with notStarted and nothing is sent', async () => {
    const h = await setup({ start: false })
    for (const r of [
      h.engine.sendText('hi'),
      h.engine.chooseBranchItem('x', 'A'),
      h.engine.chooseSuggestion('x', 'A'),
      h.engine.answerForm('x', 'A'),
      h.engine.submitRating('x', '105'),
      h.engine.requestRating(),
      h.engine.endHumanSession(),
      h.engine.transferToHuman(),
      h.engine.sendProduct(product),
      h.engine.sendOrder(order),
      h.engine.retry('x'),
    ]) {
      expectRefused(r, 'notStarted')
    }
    expect(h.t.sent).toHaveLength(0)
    expect(h.messages()).toHaveLength(0)
    expect(h.state().phase).toBe('idle')
  })
})

describe('sendText', () => {
  it('appends the customer message at once as sending, then sent, exactly as typed', async () => {
    const h = await setup()
    h.t.holdSends()
    const r = h.engine.sendText('  你好 \n')
    expect(r.ok).toBe(true)
    const m = (r as { value: ChatMessage }).value
    expect(m).toEqual({ id: 'c2', clientId: 'c2', from: 'customer', time: T, status: 'sending', payload: { kind: 'text', text: '  你好 \n' } })
    expect(h.messages()).toEqual([m])
    h.t.release()
    await flush()
    expect(h.t.deliveredTexts()).toEqual(['  你好 \n'])
    expect(h.t.delivered[1]).toEqual({ clientId: 'c2', body: { type: 'text', text: '  你好 \n' } })
    expect(h.last()).toMatchObject({ id: 'c2', status: 'sent', serverId: 'srv-2' })
  })

  it('refuses empty and whitespace-only text', async () => {
    const h = await setup()
    expectRefused(h.engine.sendText(''), 'empty')
    expectRefused(h.engine.sendText(' \n\t '), 'empty')
    expectRefused(h.engine.sendText(undefined as unknown as string), 'empty')
    expect(h.messages()).toHaveLength(0)
  })

  it('refuses text over maxTextLength (default 5000) and accepts exactly the limit', async () => {
    const h = await setup()
    expectRefused(h.engine.sendText('x'.repeat(5001)), 'tooLong')
    expect(h.engine.sendText('x'.repeat(5000)).ok).toBe(true)
    const small = await setup({ engine: { maxTextLength: 3 } })
    expectRefused(small.engine.sendText('abcd'), 'tooLong')
    expect(small.engine.sendText('abc').ok).toBe(true)
  })
})

describe('chooseBranchItem', () => {
  it('sends the item content as plain text and locks the menu as pending until delivered', async () => {
    const h = await setup()
    h.t.receiveCustom(branch(['人工', '返回']))
    const id = cardId(h, 'branch')
    const before = h.messages()[0]
    h.t.holdSends()
    const r = h.engine.chooseBranchItem(id, { content: '人工', desc: '' })
    expect(r.ok && r.value.payload).toEqual({ kind: 'text', text: '人工' })
    const card = h.messages()[0]
    expect(card.payload).toMatchObject({ kind: 'branch', selected: { content: '人工' } })
    expect(card.pendingChoice).toBe(true)
    // a new payload object: the old snapshot is untouched
    expect(before.payload).not.toHaveProperty('selected')
    expect(card.payload).not.toBe(before.payload)
    h.t.release()
    await flush()
    expect(h.t.deliveredTexts()).toEqual(['人工'])
    expect(h.messages()[0].pendingChoice).toBeUndefined()
    expect(h.messages()[0].payload).toMatchObject({ selected: { content: '人工' } })
  })

  it('the server echo clears pending even before the receipt; an echo without selected keeps the choice', async () => {
    const h = await setup()
    const wire = h.t.receiveCustom(branch(['A', 'B']))
    h.t.holdSends()
    h.engine.chooseBranchItem(wire.id, 'B') // by server id too
    h.t.modify({ ...wire, body: { type: 'custom', data: JSON.stringify(branch(['A', 'B', 'C'])) } })
    expect(h.messages()[0].payload).toMatchObject({ items: [{ content: 'A' }, { content: 'B' }, { content: 'C' }], selected: { content: 'B' } })
    expect(h.messages()[0].pendingChoice).toBe(true)
    h.t.modify({ ...wire, body: { type: 'custom', data: JSON.stringify(branch(['A', 'B'], 'B')) } })
    expect(h.messages()[0].pendingChoice).toBeUndefined()
    expect(h.messages()[0].payload).toMatchObject({ selected: { content: 'B' } })
  })

  it('refusals: notFound, unsupported, invalidOption, alreadyChosen, and a server-chosen menu', async () => {
    const h = await setup()
    h.t.receiveText('plain')
    h.t.receiveCustom(branch(['A', 'B']))
    h.t.receiveCustom(branch(['X'], 'X'))
    const [textId, menuId, chosenId] = h.messages().map((m) => m.id)
    expectRefused(h.engine.chooseBranchItem('nope', 'A'), 'notFound')
    expectRefused(h.engine.chooseBranchItem(textId, 'A'), 'unsupported')
    expectRefused(h.engine.chooseBranchItem(menuId, 'C'), 'invalidOption')
    expectRefused(h.engine.chooseBranchItem(menuId, { content: 'a' }), 'invalidOption')
    expectRefused(h.engine.chooseBranchItem(menuId, null as unknown as string), 'invalidOption')
    expectRefused(h.engine.chooseBranchItem(chosenId, 'X'), 'alreadyChosen')
    expect(h.engine.chooseBranchItem(menuId, 'A').ok).toBe(true)
    expectRefused(h.engine.chooseBranchItem(menuId, 'B'), 'alreadyChosen')
    await flush()
    expect(h.t.deliveredTexts()).toEqual(['A'])
  })
})

describe('chooseSuggestion', () => {
  it('sends the question as text, can be used repeatedly, and never locks the card', async () => {
    const h = await setup()
    h.t.receiveCustom(welcome(['怎么退款', '怎么发货']))
    h.t.receiveCustom(clarify(['是这个吗']))
    const [w, c] = h.messages().map((m) => m.id)
    expect(h.engine.chooseSuggestion(w, '怎么退款').ok).toBe(true)
    expect(h.engine.chooseSuggestion(w, { content: '怎么发货' }).ok).toBe(true)
    expect(h.engine.chooseSuggestion(w, '怎么退款').ok).toBe(true)
    expect(h.engine.chooseSuggestion(c, '是这个吗').ok).toBe(true)
    await flush()
    expect(h.t.deliveredTexts()).toEqual(['怎么退款', '怎么发货', '怎么退款', '是这个吗'])
    expect(h.messages()[0].pendingChoice).toBeUndefined()
  })

  it('refusals: notFound, unsupported, invalidOption', async () => {
    const h = await setup()
    h.t.receiveCustom(welcome(['Q']))
    h.t.receiveCustom(branch(['Q']))
    const [w, b] = h.messages().map((m) => m.id)
    expectRefused(h.engine.chooseSuggestion('nope', 'Q'), 'notFound')
    expectRefused(h.engine.chooseSuggestion(b, 'Q'), 'unsupported')
    expectRefused(h.engine.chooseSuggestion(w, 'R'), 'invalidOption')
  })
})

describe('answerForm', () => {
  it('options form: the answer must be an item; it locks the form', async () => {
    const h = await setup()
    h.t.receiveCustom(optionsForm(['苹果', '西瓜']))
    const id = cardId(h, 'form')
    expectRefused(h.engine.answerForm(id, '香蕉'), 'invalidOption')
    const r = h.engine.answerForm(id, '西瓜')
    expect(r.ok && r.value.payload).toEqual({ kind: 'text', text: '西瓜' })
    expect(h.messages()[0]).toMatchObject({ payload: { selected: { content: '西瓜' } }, pendingChoice: true })
    expectRefused(h.engine.answerForm(id, '苹果'), 'alreadyChosen')
    await flush()
    expect(h.t.deliveredTexts()).toEqual(['西瓜'])
    expect(h.messages()[0].pendingChoice).toBeUndefined()
  })

  it('text form: any non-empty answer, within the length limit', async () => {
    const h = await setup({ engine: { maxTextLength: 10 } })
    h.t.receiveCustom(textForm())
    h.t.receiveCustom(textForm('张三'))
    const [id, answered] = h.messages().map((m) => m.id)
    expectRefused(h.engine.answerForm(id, '   '), 'empty')
    expectRefused(h.engine.answerForm(id, 'x'.repeat(11)), 'tooLong')
    expectRefused(h.engine.answerForm(answered, '李四'), 'alreadyChosen')
    expect(h.engine.answerForm(id, '李四').ok).toBe(true)
    expectRefused(h.engine.answerForm(id, '王五'), 'alreadyChosen')
  })

  it('refusals: notFound, unsupported', async () => {
    const h = await setup()
    h.t.receiveCustom(branch(['A']))
    expectRefused(h.engine.answerForm('nope', 'A'), 'notFound')
    expectRefused(h.engine.answerForm(cardId(h, 'branch'), 'A'), 'unsupported')
  })
})

describe('submitRating', () => {
  it('sends src 10 as a flag with id, content and sessionId; shows the choice pending until delivered', async () => {
    const h = await setup()
    h.t.receiveCustom(rating({ sessionId: 'sess-9' }))
    const id = cardId(h, 'rating')
    h.t.holdSends()
    const r = h.engine.submitRating(id, '104')
    expect(r.ok && r.value?.id).toBe(id)
    expect(h.messages()).toHaveLength(1) // not drawn
    expect(h.messages()[0]).toMatchObject({ payload: { selected: { id: '104', content: '满意' } }, pendingChoice: true })
    const out = h.t.held[0]
    expect(out.options).toEqual({ onlineUserOnly: true })
    expect(JSON.parse((out.body as { data: string }).data)).toEqual({
      customerServicePlugin: 0,
      src: '10',
      menuSelected: { id: '104', content: '满意', sessionId: 'sess-9' },
    })
    expectRefused(h.engine.submitRating(id, '105'), 'alreadyRated')
    h.t.release()
    await flush()
    expect(h.messages()[0].pendingChoice).toBeUndefined()
    expect(h.messages()[0].payload).toMatchObject({ selected: { id: '104' } })
  })

  it('the backend filling selected (modified) clears pending', async () => {
    const h = await setup()
    const wire = h.t.receiveCustom(rating())
    h.t.holdSends()
    h.engine.submitRating(wire.id, '105')
    h.t.modify({ ...wire, body: { type: 'custom', data: JSON.stringify(rating({ selected: '105' })) } })
    expect(h.messages()[0].pendingChoice).toBeUndefined()
  })

  it('refusals: notFound, unsupported, alreadyRated, expired, invalidOption, and a card without session', async () => {
    const h = await setup()
    const nowSeconds = T / 1000
    h.t.receiveText('plain')
    h.t.receiveCustom(rating({ selected: '101' }))
    h.t.receiveCustom(rating({ expireTime: nowSeconds - 1 }))
    h.t.receiveCustom(rating({ expireTime: nowSeconds }))
    h.t.receiveCustom(rating({ sessionId: '' }))
    const [textId, rated, expired, lastSecond, noSession] = h.messages().map((m) => m.id)
    expectRefused(h.engine.submitRating('nope', '101'), 'notFound')
    expectRefused(h.engine.submitRating(textId, '101'), 'unsupported')
    expectRefused(h.engine.submitRating(rated, '102'), 'alreadyRated')
    expectRefused(h.engine.submitRating(expired, '102'), 'expired')
    expectRefused(h.engine.submitRating(lastSecond, '999'), 'invalidOption')
    expectRefused(h.engine.submitRating(noSession, '101'), 'unsupported')
    // still valid at exactly expireTime
    expect(h.engine.submitRating(lastSecond, '103').ok).toBe(true)
    vi.setSystemTime(T + 1)
    h.t.receiveCustom(rating({ expireTime: nowSeconds }))
    expectRefused(h.engine.submitRating(h.last().id, '103'), 'expired')
  })
})

describe('requestRating / endHumanSession / transferToHuman', () => {
  it('requestRating needs a serving agent and rule bit 1<<2; sends src 24 as a flag', async () => {
    const h = await setup()
    expectRefused(h.engine.requestRating(), 'notInSeat')
    h.t.receiveCustom(seat(true))
    expectRefused(h.engine.requestRating(), 'notAllowed')
    h.t.receiveCustom(rules(0b011))
    expectRefused(h.engine.requestRating(), 'notAllowed')
    h.t.receiveCustom(rules(0b100))
    expect(h.engine.requestRating()).toEqual({ ok: true, value: undefined })
    await flush()
    expect(deliveredSrcs(h.t)).toEqual(['7', '24'])
    expect(h.t.delivered[1].options).toEqual({ onlineUserOnly: true })
    expect(h.messages()).toHaveLength(0)
  })

  it('endHumanSession needs a serving agent; sends src 27 as a flag', async () => {
    const h = await setup()
    expectRefused(h.engine.endHumanSession(), 'notInSeat')
    h.t.receiveCustom(seat(true))
    expect(h.engine.endHumanSession().ok).toBe(true)
    await flush()
    expect(deliveredSrcs(h.t)).toEqual(['7', '27'])
    expect(h.t.delivered[1].options).toEqual({ onlineUserOnly: true })
  })

  it('transferToHuman sends the keyword as text; refused while served or queued', async () => {
    const h = await setup()
    const r = h.engine.transferToHuman()
    expect(r.ok && r.value.payload).toEqual({ kind: 'text', text: '转人工' })
    h.t.receiveText(fillTemplate(DEFAULT_TEMPLATES.queue[0], { QueuePosition: 1, WaitNo: 0 }))
    expectRefused(h.engine.transferToHuman(), 'notAllowed')
    h.t.receiveCustom(seat(true))
    expectRefused(h.engine.transferToHuman(), 'notAllowed')
    await flush()
    expect(h.t.deliveredTexts()).toEqual(['转人工'])
    const custom = await setup({ engine: { transferKeyword: 'human please' } })
    custom.engine.transferToHuman()
    await flush()
    expect(custom.t.deliveredTexts()).toEqual(['human please'])
  })
})

describe('sendProduct / sendOrder', () => {
  it('draws the cards as customer messages and sends src 22 / 28 as stored messages', async () => {
    const h = await setup()
    const p = h.engine.sendProduct(product)
    const o = h.engine.sendOrder(order)
    expect(p.ok && p.value.payload).toEqual({ kind: 'product', src: '22', ...product })
    expect(o.ok && o.value.payload).toEqual({ kind: 'order', src: '28', ...order })
    expect(h.kinds()).toEqual(['product', 'order'])
    await flush()
    expect(deliveredSrcs(h.t)).toEqual(['7', '22', '28'])
    expect(h.t.delivered[1].options).toBeUndefined()
    expect(h.t.deliveredCustom()[1]).toEqual({ customerServicePlugin: 0, src: '22', content: product })
    expect(h.messages().every((m) => m.status === 'sent')).toBe(true)
  })

  it('refuses missing or malformed cards', async () => {
    const h = await setup()
    expectRefused(h.engine.sendProduct(null as unknown as ProductContent), 'empty')
    expectRefused(h.engine.sendOrder(undefined as unknown as OrderContent), 'empty')
    expectRefused(h.engine.sendOrder({ ...order, customField: undefined } as unknown as OrderContent), 'unsupported')
    expect(h.messages()).toHaveLength(0)
  })
})

describe('retry refusals', () => {
  it('only failed customer messages can be retried', async () => {
    const h = await setup()
    h.t.receiveText('service')
    h.engine.sendText('sent')
    await flush()
    h.t.holdSends()
    h.engine.sendText('sending')
    const [service, sent, sending] = h.messages().map((m) => m.id)
    expectRefused(h.engine.retry('nope'), 'notFound')
    expectRefused(h.engine.retry(service), 'notFailed')
    expectRefused(h.engine.retry(sent), 'notFailed')
    expectRefused(h.engine.retry(sending), 'notFailed')
  })
})
