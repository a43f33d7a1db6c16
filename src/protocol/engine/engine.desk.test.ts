// The Desk protocol on the engine: task-flow menus (32) and forms (33), transfers to a task flow
// (34) and to an agent (39), bot-answer feedback (43), the thinking indicator (35), message
// metadata, and the changed fields of 7, 9 and 12.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flush } from '../../testing/fakeTransport'
import { cs, deliveredSrcs, rating, setup, typingFlag, type Harness } from './engine.fixtures'
import type { ActionResult, ChatMessage } from './types'

const T = 1_700_000_000_000

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(T)
})
afterEach(() => {
  vi.useRealTimers()
})

function expectRefused(r: ActionResult<unknown>, expected: string): void {
  expect(r.ok ? undefined : r.error.code).toBe(expected)
  if (!r.ok) expect(r.error.message).toMatch(/^[A-Z"].{10,}/)
}

const TASK_INFO = { taskID: 4182, nodeID: 'node-7f3a', env: 'prod' }
const taskBranch = (items: string[], opts: { status?: number; optionType?: number; selected?: string } = {}) =>
  cs(32, {
    status: opts.status ?? 0,
    optionType: opts.optionType ?? 1,
    taskInfo: TASK_INFO,
    content: { header: 'Which order?', items: items.map((content) => ({ content, desc: '' })), ...(opts.selected ? { selected: { content: opts.selected } } : {}) },
  })
const taskForm = (nodeStatus?: number) =>
  cs(33, {
    ...(nodeStatus === undefined ? {} : { nodeStatus }),
    content: {
      tip: 'How to reach you',
      inputVariables: [
        { name: 'Phone', type: 'string', formType: 0, placeholder: '11 digits', isRequired: 1, variableValue: '', chooseItemList: [] },
        { name: 'Best time', type: 'string', formType: 1, placeholder: '', isRequired: 0, variableValue: 'Morning', chooseItemList: ['Morning', 'Afternoon'] },
      ],
    },
  })
const thinking = (status: number) => cs(35, { thinkingStatus: status })
const AI = { raw: '{"role":"robot","messageType":"aiReply"}', data: { role: 'robot', messageType: 'aiReply' } }

function byKind(h: Harness, kind: string): ChatMessage {
  return h.messages().find((m) => m.payload.kind === kind) as ChatMessage
}

describe('before start', () => {
  it('every Desk action is refused with notStarted and nothing is sent', async () => {
    const h = await setup({ start: false })
    for (const r of [
      h.engine.chooseTaskBranchItem('x', 'A'),
      h.engine.submitTaskForm('x', {}),
      h.engine.sendFeedback('x', { helpful: true }),
      h.engine.transferToTaskFlow('4182'),
      h.engine.transferToAgent({ groupId: 1 }),
    ]) expectRefused(r, 'notStarted')
    expect(h.t.sent).toEqual([])
  })
})

describe('chooseTaskBranchItem (32)', () => {
  it('sends the item as text with {BranchOptionInfo} metadata for fixed buttons and marks the menu chosen', async () => {
    const h = await setup()
    h.t.receiveCustom(taskBranch(['This week', 'Older']))
    const menu = byKind(h, 'taskBranch')
    h.t.holdSends()
    const r = h.engine.chooseTaskBranchItem(menu.id, { content: 'Older' })
    expect(r.ok && r.value.payload).toEqual({ kind: 'text', text: 'Older' })
    expect(r.ok && r.value.cloudCustomData?.data).toEqual({ BranchOptionInfo: TASK_INFO })
    expect(byKind(h, 'taskBranch')).toMatchObject({ payload: { selected: { content: 'Older' } }, pendingChoice: true })
    h.t.release()
    await flush()
    expect(h.t.delivered[1]).toMatchObject({ body: { type: 'text', text: 'Older' }, cloudCustomData: { BranchOptionInfo: TASK_INFO } })
    expect(byKind(h, 'taskBranch').pendingChoice).toBeUndefined()
    expect(h.kinds()).toEqual(['taskBranch', 'text'])
  })

  it('quick options (optionType 0) send plain text without metadata', async () => {
    const h = await setup()
    h.t.receiveCustom(taskBranch(['A'], { optionType: 0 }))
    expect(h.engine.chooseTaskBranchItem(byKind(h, 'taskBranch').id, 'A').ok).toBe(true)
    await flush()
    expect(h.t.delivered[1].cloudCustomData).toBeUndefined()
  })

  it('a failed reply releases the menu so the customer can choose again', async () => {
    const h = await setup({ engine: { retry: { attempts: 1 } } })
    h.t.receiveCustom(taskBranch(['A', 'B']))
    const id = byKind(h, 'taskBranch').id
    h.t.failNext(1, 'rejected')
    h.engine.chooseTaskBranchItem(id, 'A')
    await flush()
    expect(byKind(h, 'taskBranch').payload).not.toHaveProperty('selected')
    expect(h.engine.chooseTaskBranchItem(id, 'B').ok).toBe(true)
  })

  it('refusals: notFound, unsupported, notAllowed (closed), alreadyChosen, invalidOption (unknown or blank item)', async () => {
    const h = await setup()
    h.t.receiveText('plain')
    h.t.receiveCustom(taskBranch(['A', '']))
    h.t.receiveCustom(taskBranch(['X'], { status: 2 }))
    h.t.receiveCustom(taskBranch(['Y'], { selected: 'Y' }))
    const [text, open, closed, chosen] = h.messages().map((m) => m.id)
    expectRefused(h.engine.chooseTaskBranchItem('nope', 'A'), 'notFound')
    expectRefused(h.engine.chooseTaskBranchItem(text, 'A'), 'unsupported')
    expectRefused(h.engine.chooseTaskBranchItem(closed, 'X'), 'notAllowed')
    expectRefused(h.engine.chooseTaskBranchItem(chosen, 'Y'), 'alreadyChosen')
    expectRefused(h.engine.chooseTaskBranchItem(open, 'C'), 'invalidOption')
    expectRefused(h.engine.chooseTaskBranchItem(open, ''), 'invalidOption')
    expectRefused(h.engine.chooseTaskBranchItem(open, null as unknown as string), 'invalidOption')
    expect(h.engine.chooseTaskBranchItem(open, 'A').ok).toBe(true)
    expectRefused(h.engine.chooseTaskBranchItem(open, 'A'), 'alreadyChosen')
    await flush()
    expect(h.t.deliveredTexts()).toEqual(['A'])
  })
})

describe('submitTaskForm (33)', () => {
  it('sends every field with its value, sets submittedValues on the card, and draws no customer message', async () => {
    const h = await setup()
    h.t.receiveCustom(taskForm(0))
    const form = byKind(h, 'taskForm')
    h.t.holdSends()
    const r = h.engine.submitTaskForm(form.id, { Phone: '13800001234' })
    expect(r.ok && r.value.id).toBe(form.id)
    expect(byKind(h, 'taskForm')).toMatchObject({ payload: { submittedValues: { Phone: '13800001234', 'Best time': 'Morning' } }, pendingChoice: true })
    h.t.release()
    await flush()
    const sent = h.t.deliveredCustom()[1] as { src: string; content: { inputVariables: { name: string; variableValue: string }[] } }
    expect(sent.src).toBe('33')
    expect(sent.content.inputVariables.map((f) => [f.name, f.variableValue])).toEqual([['Phone', '13800001234'], ['Best time', 'Morning']])
    expect(h.kinds()).toEqual(['taskForm'])
    expect(byKind(h, 'taskForm').pendingChoice).toBeUndefined()
    // the server's echo (nodeStatus 2) keeps the values on the card
    const wire = h.t.history.find((m) => m.from === 'service') as Parameters<typeof h.t.modify>[0]
    h.t.modify({ ...wire, body: { type: 'custom', data: JSON.stringify(taskForm(2)) } })
    expect(byKind(h, 'taskForm').payload).toMatchObject({ nodeStatus: 2, submittedValues: { Phone: '13800001234' } })
  })

  it('the customer\'s own 33 is never drawn, live (another device) or from history', async () => {
    const h = await setup({ transport: { history: [{ id: 'old', time: T - 5000, seq: 1, from: 'customer', clientId: 'x', body: { type: 'custom', data: JSON.stringify(taskForm()) } }] } })
    h.t.receive({ from: 'customer', clientId: 'other-device', body: { type: 'custom', data: JSON.stringify(taskForm()) } })
    await h.engine.loadOlder()
    expect(h.messages()).toEqual([])
  })

  it('a failed submission releases the form, with the error, so it can be submitted again', async () => {
    const h = await setup({ engine: { retry: { attempts: 1 } } })
    h.t.receiveCustom(taskForm(0))
    const id = byKind(h, 'taskForm').id
    h.t.failNext(1, 'rejected')
    expect(h.engine.submitTaskForm(id, { Phone: '1' }).ok).toBe(true)
    await flush()
    const card = byKind(h, 'taskForm')
    expect(card.payload).not.toHaveProperty('submittedValues')
    expect(card.error?.code).toBe('rejected')
    expect(h.engine.submitTaskForm(id, { Phone: '1' }).ok).toBe(true)
    await flush()
    expect(byKind(h, 'taskForm').error).toBeUndefined()
  })

  it('refusals: notFound, unsupported, notAllowed (nodeStatus 1/2), empty (required), invalidOption, alreadyChosen', async () => {
    const h = await setup()
    h.t.receiveText('plain')
    h.t.receiveCustom(taskForm(0))
    h.t.receiveCustom(taskForm(1))
    h.t.receiveCustom(taskForm(2))
    h.t.receiveCustom(taskForm())
    const [text, open, closed, submitted, unmarked] = h.messages().map((m) => m.id)
    expectRefused(h.engine.submitTaskForm('nope', {}), 'notFound')
    expectRefused(h.engine.submitTaskForm(text, {}), 'unsupported')
    expectRefused(h.engine.submitTaskForm(closed, { Phone: '1' }), 'notAllowed')
    expectRefused(h.engine.submitTaskForm(submitted, { Phone: '1' }), 'notAllowed')
    expectRefused(h.engine.submitTaskForm(open, {}), 'empty')
    expectRefused(h.engine.submitTaskForm(open, { Phone: '   ' }), 'empty')
    expectRefused(h.engine.submitTaskForm(open, null as unknown as Record<string, string>), 'empty')
    expectRefused(h.engine.submitTaskForm(open, { Phone: '1', 'Best time': 'Night' }), 'invalidOption')
    expect(h.engine.submitTaskForm(open, { Phone: '1', 'Best time': 'Afternoon' }).ok).toBe(true)
    expectRefused(h.engine.submitTaskForm(open, { Phone: '2' }), 'alreadyChosen')
    // no nodeStatus: editable (the Android kit's reading)
    expect(h.engine.submitTaskForm(unmarked, { Phone: '3' }).ok).toBe(true)
    await flush()
    expect(deliveredSrcs(h.t)).toEqual(['7', '33', '33'])
  })
})

describe('transferToTaskFlow (34) and transferToAgent (39)', () => {
  it('send the transfers as stored custom messages, never drawn', async () => {
    const h = await setup()
    const a = h.engine.transferToTaskFlow('4182', { source: 'faq' })
    const b = h.engine.transferToAgent({ agentIds: ['agent_01@example.com', ''], groupId: 2473 })
    expect(a.ok && a.value.status).toBe('sending')
    await flush()
    expect(h.t.deliveredCustom().slice(1)).toEqual([
      { customerServicePlugin: 0, src: '34', content: { source: 'faq', taskFlowID: '4182' } },
      { customerServicePlugin: 0, src: '39', content: { specifiedAgentList: ['agent_01@example.com'], specifiedGroupID: 2473 } },
    ])
    expect(h.t.delivered[1].options).toBeUndefined()
    expect(b.ok).toBe(true)
    expect(h.messages()).toEqual([])
  })

  it('refusals: empty ids and targets', async () => {
    const h = await setup()
    expectRefused(h.engine.transferToTaskFlow(''), 'empty')
    expectRefused(h.engine.transferToTaskFlow(null as unknown as string), 'empty')
    expectRefused(h.engine.transferToAgent({}), 'empty')
    expectRefused(h.engine.transferToAgent({ agentIds: [' '], groupId: '' }), 'empty')
    expectRefused(h.engine.transferToAgent(null as unknown as { groupId: string }), 'empty')
    await flush()
    expect(deliveredSrcs(h.t)).toEqual(['7'])
  })

  it('a failed transfer can be retried under the same client id', async () => {
    const h = await setup({ engine: { retry: { attempts: 1 } } })
    h.t.failNext(1, 'rejected')
    const r = h.engine.transferToTaskFlow('7')
    await flush()
    const id = r.ok ? r.value.id : ''
    expectRefused(h.engine.retry('unknown'), 'notFound')
    const again = h.engine.retry(id)
    expect(again.ok && again.value.status).toBe('sending')
    await flush()
    expect(h.t.delivered.map((d) => d.clientId)).toEqual(['c1', id])
    expectRefused(h.engine.retry(id), 'notFailed')
  })
})

describe('sendFeedback (43)', () => {
  async function answered(meta: unknown = AI): Promise<{ h: Harness; id: string; serverId: string }> {
    const h = await setup({ engine: { retry: { attempts: 1 } } })
    const wire = h.t.receiveText('The answer', { cloudCustomData: meta as typeof AI })
    return { h, id: h.messages()[0].id, serverId: wire.id }
  }

  it('sends a flag naming the answer by server id; state.feedback follows it; once per answer', async () => {
    const { h, id, serverId } = await answered()
    h.t.holdSends()
    const r = h.engine.sendFeedback(id, { helpful: false, reasons: ['Wrong information'], comment: 'Price is outdated' })
    expect(r.ok).toBe(true)
    const messageId = r.ok ? r.value.id : ''
    expect(h.state().feedback).toEqual({ [id]: { helpful: false, status: 'sending', messageId } })
    expectRefused(h.engine.sendFeedback(id, { helpful: true }), 'alreadyChosen')
    h.t.release()
    await flush()
    expect(h.state().feedback[id]).toEqual({ helpful: false, status: 'sent', messageId })
    expect(h.t.deliveredCustom()[1]).toEqual({
      customerServicePlugin: 0,
      src: '43',
      content: { messageID: serverId, score: 2, reasons: ['Wrong information'], feedbackContent: 'Price is outdated' },
    })
    expect(h.t.delivered[1].options).toEqual({ onlineUserOnly: true })
    expectRefused(h.engine.sendFeedback(id, { helpful: true }), 'alreadyChosen')
    expect(h.kinds()).toEqual(['text'])
  })

  it('a failed send shows as failed and is retried with engine.retry(messageId)', async () => {
    const { h, id } = await answered()
    h.t.failNext(1, 'rejected')
    const r = h.engine.sendFeedback(id, { helpful: true })
    await flush()
    const messageId = r.ok ? r.value.id : ''
    expect(h.state().feedback[id]).toEqual({ helpful: true, status: 'failed', messageId })
    expect(h.engine.retry(messageId).ok).toBe(true)
    expect(h.state().feedback[id].status).toBe('sending')
    await flush()
    expect(h.state().feedback[id].status).toBe('sent')
    expect((h.t.deliveredCustom()[1].content as { score: number }).score).toBe(1)
  })

  it('refusals: notFound, notAllowed without the AI label (or on the customer\'s own message), invalidOption', async () => {
    const { h, id } = await answered()
    h.t.receiveText('no label')
    h.t.receiveText('human', { cloudCustomData: { raw: '{"role":"agent"}', data: { role: 'agent' } } })
    const [, plain, human] = h.messages().map((m) => m.id)
    const mine = h.engine.sendText('hi')
    expectRefused(h.engine.sendFeedback('nope', { helpful: true }), 'notFound')
    expectRefused(h.engine.sendFeedback(plain, { helpful: true }), 'notAllowed')
    expectRefused(h.engine.sendFeedback(human, { helpful: true }), 'notAllowed')
    expectRefused(h.engine.sendFeedback(mine.ok ? mine.value.id : '', { helpful: true }), 'notAllowed')
    expectRefused(h.engine.sendFeedback(id, {} as { helpful: boolean }), 'invalidOption')
    expectRefused(h.engine.sendFeedback(id, null as unknown as { helpful: boolean }), 'invalidOption')
    expect(h.state().feedback).toEqual({})
  })
})

describe('message metadata', () => {
  it('passes cloudCustomData through from live and history messages', async () => {
    const h = await setup({ transport: { history: [{ id: 'h1', time: T - 1000, seq: 1, from: 'service', body: { type: 'text', text: 'old' }, cloudCustomData: AI }] } })
    h.t.receiveText('new', { cloudCustomData: AI })
    await h.engine.loadOlder()
    expect(h.messages().map((m) => m.cloudCustomData)).toEqual([AI, AI])
  })

  it('reads hostile metadata defensively: a string, junk, a malformed MessageMeta', async () => {
    const h = await setup()
    h.t.receiveText('a', { cloudCustomData: '{"role":"robot","messageType":"faq"}' as unknown as typeof AI })
    h.t.receiveText('b', { cloudCustomData: 42 as unknown as typeof AI })
    h.t.receiveText('c', { cloudCustomData: { raw: 'not json' } })
    h.t.receiveText('d', { cloudCustomData: { raw: 7, data: {} } as unknown as typeof AI })
    const [a, b, c, d] = h.messages().map((m) => m.cloudCustomData)
    expect(a).toEqual({ raw: '{"role":"robot","messageType":"faq"}', data: { role: 'robot', messageType: 'faq' } })
    expect(b).toBeUndefined()
    expect(c).toEqual({ raw: 'not json' })
    // not a MessageMeta (raw is no string): taken as a plain metadata object, copied
    expect(d).toEqual({ raw: '{"raw":7,"data":{}}', data: { raw: 7, data: {} } })
  })
})

describe('thinking (35)', () => {
  it('shows on a live 35 with status 0 and is never drawn; a 35 with status 1 clears it', async () => {
    const h = await setup()
    h.t.receiveCustom(thinking(0))
    expect(h.state().thinking).toBe(true)
    h.t.receiveCustom(thinking(1))
    expect(h.state().thinking).toBe(false)
    expect(h.messages()).toEqual([])
  })

  it('clears when the backend modifies the 35 to status 1', async () => {
    const h = await setup()
    const wire = h.t.receiveCustom(thinking(0))
    h.t.modify({ ...wire, body: { type: 'custom', data: JSON.stringify(thinking(1)) } })
    expect(h.state().thinking).toBe(false)
  })

  it('clears on the next service message', async () => {
    const h = await setup()
    h.t.receiveCustom(thinking(0))
    h.t.receiveCustom(cs(30, { content: 'the answer' }))
    expect(h.state().thinking).toBe(false)
  })

  it('clears by itself after 60 s, counted from the latest 35', async () => {
    const h = await setup()
    h.t.receiveCustom(thinking(0))
    vi.advanceTimersByTime(40_000)
    h.t.receiveCustom(thinking(0))
    vi.advanceTimersByTime(40_000)
    expect(h.state().thinking).toBe(true)
    const seen: boolean[] = []
    h.engine.subscribe((s) => seen.push(s.thinking))
    vi.advanceTimersByTime(20_000)
    expect(h.state().thinking).toBe(false)
    expect(seen).toEqual([false])
  })

  it('clears when the session ends and on stop()', async () => {
    const h = await setup()
    h.t.receiveCustom(thinking(0))
    h.t.receiveCustom(cs(19))
    expect(h.state().thinking).toBe(false)
    h.t.receiveCustom(thinking(0))
    await h.engine.stop()
    expect(h.state().thinking).toBe(false)
  })

  it('is never set from history', async () => {
    const h = await setup({ transport: { history: [{ id: 'h1', time: T - 1000, seq: 1, from: 'service', body: { type: 'custom', data: JSON.stringify(thinking(0)) } }] } })
    await h.engine.loadOlder()
    expect(h.state().thinking).toBe(false)
    expect(h.messages()).toEqual([])
  })
})

describe('changed fields on older types', () => {
  it('src 7 (and 27) carry triggeredContent.language; setLanguage changes it for the next opening', async () => {
    const h = await setup({ engine: { language: 'en' } })
    expect(h.t.deliveredCustom()[0]).toEqual({ customerServicePlugin: 0, src: '7', triggeredContent: { language: 'en' } })
    expect(h.engine.setLanguage('zh').ok).toBe(true)
    h.t.receiveCustom(cs(26, { content: { command: 'updateSeatStatus', content: 'inSeat' } }))
    h.engine.endHumanSession()
    await flush()
    expect(h.t.deliveredCustom()[1]).toEqual({ customerServicePlugin: 0, src: '27', triggeredContent: { language: 'zh' } })
    await h.engine.stop()
    expect(h.engine.setLanguage(undefined).ok).toBe(true)
    expectRefused(h.engine.setLanguage(5 as unknown as string), 'invalidOption')
    await h.engine.start()
    await flush()
    expect(h.t.deliveredCustom()[2]).toEqual({ customerServicePlugin: 0, src: '7' })
  })

  it('src 12 honours typingStatus: 0 stops the typing indicator at once', async () => {
    const h = await setup()
    h.t.receiveCustom(typingFlag())
    expect(h.state().typing).toBe(true)
    h.t.receiveCustom(cs(12, { typingStatus: 0 }))
    expect(h.state().typing).toBe(false)
    h.t.receiveCustom(cs(12, { typingStatus: 1 }))
    expect(h.state().typing).toBe(true)
  })

  it('src 9 honours allowClientSendRating: false refuses submitRating with notAllowed', async () => {
    const h = await setup()
    h.t.receiveCustom({ ...rating(), allowClientSendRating: false })
    h.t.receiveCustom({ ...rating({ sessionId: 's2' }), allowClientSendRating: true })
    const [locked, open] = h.messages().map((m) => m.id)
    expectRefused(h.engine.submitRating(locked, '105'), 'notAllowed')
    expect(h.engine.submitRating(open, '105').ok).toBe(true)
  })

  it('a product card the customer sends keeps its customField rows', async () => {
    const h = await setup()
    const card = { header: 'Trail shoe X2', desc: 'Size 42', pic: 'https://example.com/x2.png', url: 'https://example.com/p/x2', customField: [{ name: 'SKU', value: 'X2-42-BL' }] }
    const r = h.engine.sendProduct(card)
    expect(r.ok && r.value.payload).toMatchObject({ kind: 'product', customField: [{ name: 'SKU', value: 'X2-42-BL' }] })
    await flush()
    expect(h.t.deliveredCustom()[1]).toEqual({ customerServicePlugin: 0, src: '22', content: card })
  })
})
