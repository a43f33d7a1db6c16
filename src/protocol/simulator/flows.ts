// Bot answers and task flows (任务流): answers as text / rich text / streams, flow steps as
// branch menus and forms, and the exact-answer matching of the menu or form the backend awaits.
import type { BranchPayload, FormPayload, MenuItem, OrderPayload, ProductPayload } from '../types'
import type { ActiveFlow, Awaiting, SimContext } from './context'
import type { BotAnswer, FlowStep, FlowTarget, TaskFlow } from './types'

const MAX_FLOW_CHAIN = 50

export interface Flows {
  /** sends a bot answer; `vars` fill `{variable}` placeholders */
  answer(a: BotAnswer, vars?: Record<string, string>): void
  startFlow(flow: TaskFlow): void
  endFlow(af: ActiveFlow): void
  /** makes `a` the menu / form whose answer the backend waits for (when it is still current) */
  awaitAnswer(a: Awaiting): void
  /** returns whether the text answered the awaited flow menu / form or group menu */
  answerAwaiting(exact: string): boolean
  /** an agent's menu or form: marks it answered when the text fits */
  answerAgentMenu(exact: string): void
}

export function createFlows(ctx: SimContext): Flows {
  const { cfg, session: s } = ctx
  const reply: SimContext['outbox']['reply'] = (...args) => ctx.outbox.reply(...args)

  function answer(a: BotAnswer, vars?: Record<string, string>): void {
    if (typeof a === 'string') {
      reply([{ out: { kind: 'text', text: fill(a, vars) } }])
      return
    }
    switch (a.kind) {
      case 'text': reply([{ out: { kind: 'text', text: fill(a.text, vars) } }]); return
      case 'markdown': {
        const md = fill(a.markdown, vars)
        const stream = cfg.streamAnswers === 'all' || (cfg.streamAnswers === 'marked' && a.stream === true)
        reply([{ out: stream ? { kind: 'stream', src: '31', chunks: [md], isFinished: true } : { kind: 'richText', src: '30', content: md } }])
        return
      }
      case 'card':
        reply([{ out: fillCard(a.card, vars) }])
        return
      case 'flow': {
        const flow = cfg.flows.get(a.flowId)
        if (flow) startFlow(flow)
        return
      }
      case 'transfer': ctx.routing.requestTransfer()
    }
  }

  function startFlow(flow: TaskFlow): void {
    s.awaiting = undefined
    s.activeFlow = { flow, vars: {} }
    goTo(s.activeFlow, flow.start)
  }

  function goTo(af: ActiveFlow, target: FlowTarget | undefined, depth = 0): void {
    // answer steps chain without waiting for the customer; a cycle of them would never end
    if (target === undefined || depth > MAX_FLOW_CHAIN) {
      endFlow(af)
      return
    }
    const step = typeof target === 'string' ? (af.flow.steps?.[target] as FlowStep) : target
    switch (step.kind) {
      case 'branch': {
        const payload: BranchPayload = {
          kind: 'branch', src: '15', header: fill(step.header, af.vars), tail: fill(step.tail ?? '', af.vars),
          items: step.items.map((i) => menuItem(i.content, i.desc)),
        }
        reply([{ out: payload, onArrive: (m) => awaitAnswer({ kind: 'flowBranch', messageId: m.id, payload, flow: af, step }) }])
        return
      }
      case 'form': {
        const payload: FormPayload = {
          kind: 'form', src: '21', header: fill(step.header, af.vars), type: step.options ? 1 : 0,
          items: (step.options ?? []).map((o) => (typeof o === 'string' ? { content: o } : menuItem(o.content, o.desc))),
        }
        reply([{ out: payload, onArrive: (m) => awaitAnswer({ kind: 'flowForm', messageId: m.id, payload, flow: af, step }) }])
        return
      }
      case 'answer':
        if (typeof step.answer !== 'string' && step.answer.kind === 'transfer') {
          endFlow(af)
          ctx.routing.requestTransfer()
          return
        }
        answer(step.answer, af.vars)
        goTo(af, step.next, depth + 1)
        return
      case 'transfer':
        endFlow(af)
        ctx.routing.requestTransfer()
    }
  }

  function awaitAnswer(a: Awaiting): void {
    // a newer flow or a transfer may have replaced this one while the message was on its way
    if ((a.kind === 'flowBranch' || a.kind === 'flowForm') && s.activeFlow !== a.flow) return
    s.awaiting = a
    ctx.routing.armNoReply()
    ctx.emitAgent({ type: 'session', session: ctx.routing.sessionSnapshot() })
  }

  function endFlow(af: ActiveFlow): void {
    if (s.activeFlow === af) s.activeFlow = undefined
    if (s.awaiting && s.awaiting.kind !== 'agentMenu' && s.awaiting.kind !== 'groupMenu') s.awaiting = undefined
  }

  /** Fills `selected` of the menu the customer answered and tells the customer. */
  function markSelected(a: Awaiting, content: string): void {
    s.awaiting = undefined
    const payload = { ...a.payload, selected: { content } }
    // after anything already on its way, before the next step's reply
    ctx.sched.schedule(0, () => ctx.outbox.modify(a.messageId, payload))
    ctx.emitAgent({ type: 'session', session: ctx.routing.sessionSnapshot() })
  }

  function answerAwaiting(exact: string): boolean {
    const a = s.awaiting
    if (!a || a.kind === 'agentMenu') return false
    if (a.kind === 'flowForm' && a.payload.type === 0) {
      if (exact === '') return false
      a.flow.vars[a.step.variable] = exact
      markSelected(a, exact)
      goTo(a.flow, a.step.next)
      return true
    }
    const item = a.payload.items.find((i) => i.content.trim() === exact)
    if (!item) return false
    markSelected(a, item.content)
    if (a.kind === 'groupMenu') {
      const group = cfg.groups.find((g) => g.name === item.content)
      s.phase = 'bot'
      if (group) ctx.routing.enqueueCustomer(group.id)
      return true
    }
    if (a.kind === 'flowForm') {
      a.flow.vars[a.step.variable] = item.content
      goTo(a.flow, a.step.next)
      return true
    }
    const branchItem = a.step.items.find((i) => i.content === item.content)
    if (branchItem) goTo(a.flow, branchItem.next)
    return true
  }

  function answerAgentMenu(exact: string): void {
    const a = s.awaiting
    if (a?.kind !== 'agentMenu') return
    const ok = a.payload.kind === 'form' && a.payload.type === 0 ? exact !== '' : a.payload.items.some((i) => i.content.trim() === exact)
    if (ok) markSelected(a, exact)
  }

  return { answer, startFlow, endFlow, awaitAnswer, answerAwaiting, answerAgentMenu }
}

function menuItem(content: string, desc: string | undefined): MenuItem {
  return desc === undefined ? { content } : { content, desc }
}

/** Fills `{variable}` from a flow's form answers; unknown names stay as written. */
export function fill(text: string, vars: Record<string, string> | undefined): string {
  if (!vars) return text
  // `${Name}` belongs to the backend templates, not to flow variables (no lookbehind: older Safari)
  return text.replace(/(\$?)\{(\w+)\}/g, (m, dollar: string, name: string) =>
    dollar === '' && Object.prototype.hasOwnProperty.call(vars, name) ? (vars[name] as string) : m)
}

/** A card with `{variable}` filled in every text (the order number a form asked for, say). */
function fillCard<T extends ProductPayload | OrderPayload>(card: T, vars: Record<string, string> | undefined): T {
  const walk = (v: unknown): unknown =>
    typeof v === 'string' ? fill(v, vars)
      : Array.isArray(v) ? v.map(walk)
      : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
      : v
  return walk(card) as T
}
