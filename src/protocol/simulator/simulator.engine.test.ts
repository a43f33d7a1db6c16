// One whole conversation through the real engine (`createConversation`), to prove the simulator
// and the engine agree on the protocol: flags fold into state, menus get `selected`, notices are
// recognised from the default templates, ratings and endings land.
import { createConversation } from '../engine'
import type { ChatMessage, ConversationState } from '../engine/types'
import { createSimulator } from './simulator'

const wait = (ms = 0): Promise<void> => new Promise((r) => setTimeout(r, ms))

describe('the simulator behind createConversation', () => {
  it('runs a conversation from the opening to the rating and the end', async () => {
    const sim = createSimulator({
      latency: 0,
      agentScript: { typingMs: 0, acceptDelayMs: 0 },
      // busy long enough that a loaded machine still sees the queue first; the test waits for the
      // agent's acceptance, not for a fixed time
      virtualLoad: { occupiedBy: [{ agentId: 'agent-ann', for: 400 }, { agentId: 'agent-ben', for: 400 }] },
    })
    const engine = createConversation({ transport: sim })
    const states: ConversationState[] = []
    engine.subscribe((s) => { states.push(s) })
    // let the engine's outbox, the simulator's replies and the engine's folding all settle
    const settle = async (): Promise<ConversationState> => {
      for (let i = 0; i < 4; i++) {
        await wait()
        await sim.idle()
      }
      return engine.getState()
    }
    const last = (s: ConversationState, kind: string): ChatMessage => {
      const m = [...s.messages].reverse().find((x) => x.payload.kind === kind)
      if (!m) throw new Error(`no ${kind} in ${s.messages.map((x) => x.payload.kind).join(', ')}`)
      return m
    }

    expect((await engine.start()).ok).toBe(true)
    let s = await settle()
    expect(s.connection).toBe('online')
    expect(s.ratingRules).toMatchObject({ flag: 7, sendOnEnd: true, agentMayInvite: true, customerMayRequest: true })
    expect(s.humanServing).toBe(false)
    expect(s.messages.map((m) => m.payload.kind)).toEqual(['text', 'welcome'])

    // clarify, then pick a suggestion
    engine.sendText('主题')
    s = await settle()
    const clarify = last(s, 'clarify')
    expect(engine.chooseSuggestion(clarify.id, '支持暗黑主题吗').ok).toBe(true)
    s = await settle()
    expect(s.messages.at(-1)?.payload).toMatchObject({ kind: 'text', text: expect.stringContaining('theme="dark"') })

    // the flow: branch → options form → text form → answer, each locked with `selected`
    engine.sendText('问题反馈')
    s = await settle()
    const branch = last(s, 'branch')
    expect(engine.chooseBranchItem(branch.id, '显示异常').ok).toBe(true)
    s = await settle()
    expect(s.messages.find((m) => m.id === branch.id)?.payload).toMatchObject({ selected: { content: '显示异常' } })
    const options = last(s, 'form')
    expect(engine.answerForm(options.id, 'Vue 3').ok).toBe(true)
    s = await settle()
    const text = last(s, 'form')
    expect(text.id).not.toBe(options.id)
    expect(engine.answerForm(text.id, '气泡错位').ok).toBe(true)
    s = await settle()
    expect(s.messages.find((m) => m.id === text.id)?.payload).toMatchObject({ selected: { content: '气泡错位' } })
    expect(s.messages.at(-1)?.payload).toMatchObject({ kind: 'text', text: expect.stringContaining('气泡错位') })

    // transfer: both agents busy for a moment → the queue banner, then the agent
    expect(engine.transferToHuman().ok).toBe(true)
    s = await settle()
    expect(s.queue).toMatchObject({ position: 1, waitNo: 0 })
    expect(s.can.transferToHuman).toBe(false)
    for (const until = Date.now() + 10_000; !engine.getState().humanServing && Date.now() < until;) await wait(20)
    s = await settle()
    expect(s.humanServing).toBe(true)
    expect(s.queue).toBeNull()
    expect(s.messages.some((m) => m.payload.kind === 'notice' && m.payload.notice === 'transferSucceeded')).toBe(true)
    expect(s.can).toMatchObject({ requestRating: true, endHumanSession: true })

    // the agent, driven from code, types and answers
    sim.agentTyping()
    await wait()
    expect(engine.getState().typing).toBe(true)
    sim.agentReply('我来帮您看看')
    s = await settle()
    expect(s.typing).toBe(false)
    expect(s.messages.at(-1)).toMatchObject({ from: 'service', senderName: '客服小安', payload: { kind: 'text', text: '我来帮您看看' } })

    // 24 → 9 → 10 → selected
    expect(engine.requestRating().ok).toBe(true)
    s = await settle()
    const card = last(s, 'rating')
    expect(engine.submitRating(card.id, '104').ok).toBe(true)
    s = await settle()
    expect(s.messages.find((m) => m.id === card.id)?.payload).toMatchObject({ kind: 'rating', selected: { id: '104' } })

    // 27 → outSeat, 19
    expect(engine.endHumanSession().ok).toBe(true)
    s = await settle()
    expect(s.humanServing).toBe(false)
    expect(s.messages.some((m) => m.payload.kind === 'sessionEnd')).toBe(true)
    expect(states.some((x) => x.queue !== null)).toBe(true)

    await engine.stop()
    sim.dispose()
  })
})
