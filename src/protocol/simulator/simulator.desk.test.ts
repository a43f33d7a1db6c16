// The Desk protocol in the simulator: a task flow with a src 32 menu and a src 33 form walked to
// its end (on the wire and through the real engine), model answers behind src 35 and the
// concurrency limit (36), the no-reply warning (37), AI metadata, feedback (43), and transfers to
// a task flow (34) and to named agents or groups (39).
import { createConversation } from '../engine'
import type { ChatMessage, ConversationState } from '../engine/types'
import type { IncomingMessage } from '../transport'
import type { TaskBranchPayload, TaskFormPayload } from '../types'
import {
  encodeFeedback,
  encodeStart,
  encodeTaskBranchReply,
  encodeTaskFormSubmission,
  encodeTransferToHuman,
  encodeTransferToTaskFlow,
} from '../wire/encode'
import { defaultTexts } from './defaults'
import { shopKnowledgeBase } from './knowledge'
import { kinds, only, open, say, tick, tickTake, type TestClient } from './simulator.fixtures'
import { createSimulator } from './simulator'
import type { KnowledgeBase } from './types'

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(new Date('2024-06-03T10:00:00Z'))
})
afterEach(() => {
  vi.useRealTimers()
})

/** The last message (not modification) event with this id. */
function wire(c: TestClient, id: string): IncomingMessage {
  const e = c.events.find((x) => x.type === 'message' && x.message.id === id)
  if (!e || e.type !== 'message') throw new Error(`no message ${id}`)
  return e.message
}

const MODEL_KB: KnowledgeBase = {
  entries: [
    { id: 'gift', question: 'Recommend a gift', answer: { kind: 'model', markdown: 'Headphones are a good gift.' } },
    { id: 'hours', question: 'Opening hours', answer: 'We are open 9 to 6.' },
  ],
}

describe('the invoice task flow (32 menu, 33 form) in the shop knowledge base', () => {
  it('walks to its end on the wire: menu, choice, form, a refused submission, the submission, the answer', async () => {
    const { sim, c } = await open({ locale: 'en', knowledge: shopKnowledgeBase() })
    c.take()
    const first = await say(c, 'apply for an invoice')
    const menu = only(first, 'taskBranch')
    expect(menu).toMatchObject({ status: 0, optionType: 1, header: 'Which invoice do you need?', taskInfo: { taskID: 'shop-invoice-en', nodeID: 'type' } })
    expect(menu.items.map((i) => i.content)).toEqual(['Electronic invoice', 'VAT special invoice'])
    expect(sim.session.flowId).toBe('shop-invoice-en')

    // the fixed-button reply carries {BranchOptionInfo}; the backend keeps it with the message
    await c.send(encodeTaskBranchReply(menu, 'Electronic invoice'))
    const second = await tickTake(c)
    expect(kinds(second)).toEqual(['modified:taskBranch', 'taskForm'])
    expect(second[0]).toMatchObject({ status: 2, selected: { content: 'Electronic invoice' } })
    const replyText = sim.messages.filter((m) => m.from === 'customer' && m.body.type === 'text').pop()
    expect(replyText?.cloudCustomData?.data).toEqual({ BranchOptionInfo: menu.taskInfo })
    const form = only(second, 'taskForm')
    expect(form.nodeStatus).toBe(0)
    expect(form.inputVariables.map((f) => [f.name, f.isRequired, f.formType])).toEqual([
      ['Title', true, 0], ['TaxNumber', false, 0], ['Email', true, 0], ['Type', true, 1],
    ])

    // a required field left empty: the node asks again with a fresh form
    await c.send(encodeTaskFormSubmission(form, { Title: 'Acme Ltd' }))
    const again = await tickTake(c)
    expect(kinds(again)).toEqual(['taskForm'])
    const retryForm = only(again, 'taskForm')

    await c.send(encodeTaskFormSubmission(retryForm, { Title: 'Acme Ltd', Email: 'ap@acme.example', Type: 'Company' }))
    const last = await tickTake(c)
    expect(kinds(last)).toEqual([
      'modified:taskForm',
      'text:Your invoice request is in: "Acme Ltd" (Company). The e-invoice will reach ap@acme.example within 1–2 working days.',
    ])
    expect(last[0]).toMatchObject({ nodeStatus: 2 })
    expect((last[0] as TaskFormPayload & { id: string }).inputVariables.map((f) => f.variableValue)).toEqual(['Acme Ltd', '', 'ap@acme.example', 'Company'])
    // a bot answer: labelled for the AI note and feedback
    expect(wire(c, last[1]?.id as string).cloudCustomData?.data).toEqual({ role: 'robot', messageType: 'faq' })
    expect(sim.session.flowId).toBeUndefined()
  })

  it('the other branch hands over to a human', async () => {
    const { sim, c } = await open({ locale: 'zh-CN', knowledge: shopKnowledgeBase() })
    const menu = only(await say(c, '申请发票'), 'taskBranch')
    await c.send(encodeTaskBranchReply(menu, '增值税专用发票'))
    await tick(1000)
    expect(sim.session.phase).toBe('inSeat')
  })

  it('walks to its end through the real engine: chooseTaskBranchItem, submitTaskForm', async () => {
    vi.useRealTimers()
    const sim = createSimulator({ locale: 'en', knowledge: shopKnowledgeBase(), latency: 0 })
    const engine = createConversation({ transport: sim, language: 'en' })
    const settle = async (): Promise<ConversationState> => {
      for (let i = 0; i < 4; i++) {
        await new Promise((r) => setTimeout(r, 0))
        await sim.idle()
      }
      return engine.getState()
    }
    const find = (s: ConversationState, kind: string): ChatMessage => s.messages.find((m) => m.payload.kind === kind) as ChatMessage
    await engine.start()
    await settle()
    expect(sim.session.language).toBe('en')
    engine.sendText('apply for an invoice')
    let s = await settle()
    const menu = find(s, 'taskBranch')
    expect(engine.chooseTaskBranchItem(menu.id, 'Electronic invoice').ok).toBe(true)
    s = await settle()
    expect(find(s, 'taskBranch').payload).toMatchObject({ status: 2, selected: { content: 'Electronic invoice' } })
    const form = find(s, 'taskForm')
    expect(engine.submitTaskForm(form.id, { Title: 'Ann', Email: 'ann@example.com' }).ok).toBe(true)
    s = await settle()
    expect(find(s, 'taskForm').payload).toMatchObject({ nodeStatus: 2, submittedValues: { Title: 'Ann', Email: 'ann@example.com', Type: 'Personal' } })
    const answer = s.messages[s.messages.length - 1] as ChatMessage
    expect(answer.payload).toEqual({ kind: 'text', text: 'Your invoice request is in: "Ann" (Personal). The e-invoice will reach ann@example.com within 1–2 working days.' })
    // the customer's own 33 is not drawn: the customer's rows are the two texts
    expect(s.messages.filter((m) => m.from === 'customer').map((m) => m.payload.kind)).toEqual(['text', 'text'])
    // and feedback on the answer is recorded by the backend
    expect(engine.sendFeedback(answer.id, { helpful: true }).ok).toBe(true)
    s = await settle()
    expect(s.feedback[answer.id]?.status).toBe('sent')
    expect(sim.feedback).toEqual([{ messageId: answer.serverId, score: 1, reasons: [], comment: '', known: true }])
    await engine.stop()
    sim.dispose()
  })
})

describe('model answers (35, 36)', () => {
  it('a model answer comes after the thinking indicator, which the backend then flips to finished', async () => {
    const { c } = await open({ locale: 'en', knowledge: MODEL_KB, thinkingMs: 500 })
    c.take()
    await c.text('Recommend a gift')
    await tick()
    expect(kinds(c.take())).toEqual(['thinking'])
    const out = await tickTake(c, 500)
    expect(kinds(out)).toEqual(['modified:thinking', 'richText'])
    expect(out[0]).toMatchObject({ thinkingStatus: 1 })
    expect(wire(c, out[1]?.id as string).cloudCustomData?.data).toEqual({ role: 'robot', messageType: 'aiReply' })
  })

  it('over the concurrency limit the customer gets 36 instead of an answer', async () => {
    const { c } = await open({ locale: 'en', knowledge: MODEL_KB, thinkingMs: 500, modelConcurrency: { limit: 1 } })
    c.take()
    await c.text('Recommend a gift')
    await c.text('Recommend a gift')
    const out = await tickTake(c, 500)
    // decided while the first answer was generating; delivered in reply order, after it
    expect(kinds(out)).toEqual(['thinking', 'modified:thinking', 'richText', 'concurrencyLimit'])
    // the slot is free again
    expect(kinds(await say(c, 'Recommend a gift', 500))).toEqual(['thinking', 'modified:thinking', 'richText'])
    // other customers can hold every slot
    const busy = await open({ locale: 'en', knowledge: MODEL_KB, modelConcurrency: { limit: 2, busy: 2 } })
    busy.c.take()
    expect(kinds(await say(busy.c, 'Recommend a gift', 500))).toEqual(['concurrencyLimit'])
  })

  it('the shop base has a streamed model answer', async () => {
    const { c } = await open({ locale: 'en', knowledge: shopKnowledgeBase(), thinkingMs: 100 })
    c.take()
    const out = await say(c, 'Recommend a gift', 2000)
    expect(kinds(out).slice(0, 3)).toEqual(['thinking', 'modified:thinking', 'stream'])
  })
})

describe('AI metadata on bot answers', () => {
  it('faq on library answers, fallback on the fallback, none on the welcome', async () => {
    const { c } = await open({ locale: 'en', knowledge: MODEL_KB, bot: { clarify: false } })
    const welcome = c.take()
    expect(welcome.every((m) => wire(c, m.id).cloudCustomData === undefined)).toBe(true)
    const answer = await say(c, 'Opening hours')
    expect(wire(c, answer[0]?.id as string).cloudCustomData?.data).toEqual({ role: 'robot', messageType: 'faq' })
    const fallback = await say(c, 'zzz qqq')
    expect(wire(c, fallback[0]?.id as string).cloudCustomData?.data).toEqual({ role: 'robot', messageType: 'fallback' })
  })
})

describe('the no-reply warning (37)', () => {
  it('warns noReplyWarningMs before the timeout ends the human session', async () => {
    const { c } = await open({ noReplyTimeout: 30, noReplyWarningMs: 10_000, locale: 'en' })
    await say(c, 'human', 1000)
    await tick(19_000)
    expect(c.take().some((m) => m.kind === 'timeoutWarning')).toBe(false)
    const warned = await tickTake(c, 1000)
    expect(kinds(warned)).toEqual(['timeoutWarning'])
    expect(warned[0]).toMatchObject({ content: 'We have not heard from you for a while. This conversation will close in 10 seconds.' })
    expect(kinds(await tickTake(c, 10_000)).slice(0, 2)).toEqual(['seatStatus', 'sessionTimeout'])
  })

  it('an answer in time cancels the warning', async () => {
    const { c } = await open({ noReplyTimeout: 30, noReplyWarningMs: 10_000, locale: 'en', mode: 'manual' })
    await say(c, 'human')
    await c.text('still here')
    await tick(60_000)
    expect(c.take().some((m) => m.kind === 'timeoutWarning')).toBe(false)
  })
})

describe('feedback (43)', () => {
  it('is recorded for the agent console, flagged when it names no bot answer', async () => {
    const { sim, c, agentEvents } = await open({ locale: 'en', knowledge: MODEL_KB })
    const answer = await say(c, 'Opening hours')
    await c.send(encodeFeedback({ messageID: answer[0]?.id as string, score: 2, reasons: ['Wrong information'], feedbackContent: 'Closed on Sundays' }))
    await c.send(encodeFeedback({ messageID: 'nope', score: 1 }))
    expect(sim.feedback).toEqual([
      { messageId: answer[0]?.id, score: 2, reasons: ['Wrong information'], comment: 'Closed on Sundays', known: true },
      { messageId: 'nope', score: 1, reasons: [], comment: '', known: false },
    ])
    expect(agentEvents.filter((e) => e.type === 'feedback')).toHaveLength(2)
    // a flag: not stored, no reply
    expect(sim.messages.some((m) => m.body.type === 'custom' && String(m.body.data).includes('"43"'))).toBe(false)
    expect(await tickTake(c, 1000)).toEqual([])
  })
})

describe('transfers (34, 39)', () => {
  it('34 starts the named task flow; an unknown one gets the fallback', async () => {
    const { sim, c } = await open({ locale: 'en', knowledge: shopKnowledgeBase() })
    c.take()
    await c.send(encodeTransferToTaskFlow({ taskFlowID: 'shop-invoice-en' }))
    expect(kinds(await tickTake(c))).toEqual(['taskBranch'])
    expect(sim.session.flowId).toBe('shop-invoice-en')
    await c.send(encodeTransferToTaskFlow({ taskFlowID: 42 }))
    expect(kinds(await tickTake(c))[0]).toMatch(/^text:Sorry/)
  })

  it('39 routes to the named agent, or to the named group', async () => {
    const named = await open({ locale: 'en' })
    await named.c.send(encodeTransferToHuman({ specifiedAgentList: ['agent-ben'] }))
    await tick(1000)
    // auto assignment would have picked Ann (never served anyone, first in the list)
    expect(named.sim.session).toMatchObject({ phase: 'inSeat', agentId: 'agent-ben' })

    const group = await open({ locale: 'en', assignment: 'group' })
    await group.c.send(encodeTransferToHuman({ specifiedGroupID: 'aftersales' }))
    await tick(1000)
    expect(group.sim.session).toMatchObject({ phase: 'inSeat', agentId: 'agent-ben' })
    // no group menu was offered
    expect(group.c.seen().some((m) => m.kind === 'branch')).toBe(false)
  })

  it('39 naming nobody the backend knows fails the transfer; a busy named agent means a queue', async () => {
    const nobody = await open({ locale: 'en' })
    nobody.c.take()
    await nobody.c.send(encodeTransferToHuman({ specifiedAgentList: ['agent-zed'] }))
    expect(kinds(await tickTake(nobody.c, 1000))).toEqual([`text:${defaultTexts('en').transferFailed}`])
    expect(nobody.sim.session.phase).toBe('bot')

    const busy = await open({ locale: 'en', agents: [{ id: 'a', name: 'A', status: 'busy' }, { id: 'b', name: 'B' }] })
    await busy.c.send(encodeTransferToHuman({ specifiedAgentList: ['a'] }))
    await tick(1000)
    expect(busy.sim.session.phase).toBe('queued')
    busy.sim.setAgentStatus('a', 'free')
    await tick(1000)
    expect(busy.sim.session).toMatchObject({ phase: 'inSeat', agentId: 'a' })
  })
})

describe('the agent side', () => {
  it('an agent can send 32, 33, 35, 36 and 37; the customer answers the agent\'s 32 and 33', async () => {
    const { sim, c } = await open({ locale: 'en', mode: 'manual' })
    await say(c, 'human')
    sim.acceptNext()
    await tick()
    c.take()
    const menu: TaskBranchPayload = { kind: 'taskBranch', src: '32', status: 0, optionType: 0, header: 'Pick', items: [{ content: 'A' }, { content: 'B' }], tail: '' }
    const form: TaskFormPayload = {
      kind: 'taskForm', src: '33', nodeStatus: 0, tip: 'Your phone',
      inputVariables: [{ name: 'Phone', type: 'string', formType: 0, placeholder: '', isRequired: true, variableValue: '', chooseItemList: [] }],
    }
    for (const p of [menu, { kind: 'thinking', src: '35', thinkingStatus: 0 }, { kind: 'concurrencyLimit', src: '36' }, { kind: 'timeoutWarning', src: '37', content: 'Still there?' }] as const) {
      expect(sim.agentSendPayload(p).ok).toBe(true)
    }
    expect(kinds(await tickTake(c))).toEqual(['taskBranch', 'thinking', 'concurrencyLimit', 'timeoutWarning'])
    await c.send(encodeTaskBranchReply(menu, 'B'))
    expect(await tickTake(c)).toEqual([expect.objectContaining({ event: 'modified', kind: 'taskBranch', status: 2, selected: { content: 'B' } })])
    expect(sim.agentSendPayload(form).ok).toBe(true)
    await tick()
    c.take()
    await c.send(encodeTaskFormSubmission(form, { Phone: '555' }))
    const closed = await tickTake(c)
    expect(closed).toEqual([expect.objectContaining({ event: 'modified', kind: 'taskForm', nodeStatus: 2 })])
  })

  it('records the UI language of src 7', async () => {
    const { sim, c } = await open()
    await c.send(encodeStart({ language: 'en' }))
    expect(sim.session.language).toBe('en')
  })
})

describe('the default (kit) knowledge base', () => {
  it('has a Desk demo flow: task menu, task form, then a model answer behind the thinking indicator', async () => {
    const { c } = await open({ locale: 'en', thinkingMs: 100 })
    c.take()
    const menu = only(await say(c, 'desk demo'), 'taskBranch')
    await c.send(encodeTaskBranchReply(menu, 'Message renderers'))
    const form = only(await tickTake(c), 'taskForm')
    await c.send(encodeTaskFormSubmission(form, { Name: 'Kim', Time: 'Afternoon' }))
    const out = await tickTake(c, 1000)
    expect(kinds(out)).toEqual(['modified:taskForm', 'thinking', 'modified:thinking', 'richText'])
    expect(out[3]).toMatchObject({ content: 'Thanks, Kim! We will get in touch in the Afternoon to show you task flows, forms and AI answers in **Kefu Kit**.' })
  })
})
