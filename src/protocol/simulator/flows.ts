// Bot answers and task flows (任务流): answers as text / rich text / streams, flow steps as
// branch menus and forms, and the exact-answer matching of the menu or form the backend awaits.
//
// Desk additions: task-flow menus (32) and forms (33) as flow steps, model answers (35 first, 36
// over the concurrency limit), and the AI metadata on every bot answer.
import type { BranchPayload, FormPayload, MenuItem, OrderPayload, ProductPayload, TaskBranchPayload, TaskFormPayload, TaskFormVariable } from '../types'
import type { ActiveFlow, Awaiting, Emission, Outgoing, SimContext } from './context'
import type { BotAnswer, FlowStep, FlowTarget, TaskFlow } from './types'

/** The AI metadata of a bot answer (`cloudCustomData`), as the Desk backend marks it. */
export type AnswerType = 'faq' | 'aiReply' | 'fallback'
export const aiMeta = (messageType: AnswerType): Record<string, unknown> => ({ role: 'robot', messageType })

const MAX_FLOW_CHAIN = 50

export interface Flows {
  /** sends a bot answer; `vars` fill `{variable}` placeholders; `type` is its AI label @default 'faq' */
  answer(a: BotAnswer, vars?: Record<string, string>, type?: AnswerType): void
  startFlow(flow: TaskFlow): void
  endFlow(af: ActiveFlow): void
  /** makes `a` the menu / form whose answer the backend waits for (when it is still current) */
  awaitAnswer(a: Awaiting): void
  /** returns whether the text answered the awaited flow menu / form or group menu */
  answerAwaiting(exact: string): boolean
  /** an agent's menu or form: marks it answered when the text fits */
  answerAgentMenu(exact: string): void
  /** the customer's src 33 submission: returns whether it answered the awaited task form */
  submitTaskForm(values: TaskFormVariable[]): boolean
}

export function createFlows(ctx: SimContext): Flows {
  const { cfg, session: s } = ctx
  const reply: SimContext['outbox']['reply'] = (...args) => ctx.outbox.reply(...args)

  function answer(a: BotAnswer, vars?: Record<string, string>, type: AnswerType = 'faq'): void {
    const meta = aiMeta(type)
    if (typeof a === 'string') {
      reply([{ out: { kind: 'text', text: fill(a, vars) }, meta }])
      return
    }
    switch (a.kind) {
      case 'text': reply([{ out: { kind: 'text', text: fill(a.text, vars) }, meta }]); return
      case 'markdown': {
        const md = fill(a.markdown, vars)
        const stream = cfg.streamAnswers === 'all' || (cfg.streamAnswers === 'marked' && a.stream === true)
        reply([{ out: markdownOut(md, stream), meta }])
        return
      }
      case 'model': {
        const limit = cfg.modelConcurrency
        if (limit && s.modelInFlight + limit.busy >= limit.limit) {
          // too many answers being generated at once: the fixed notice, no answer
          reply([{ out: { kind: 'concurrencyLimit', src: '36' } }])
          return
        }
        const stream = cfg.streamAnswers !== 'none' && (cfg.streamAnswers === 'all' || a.stream === true)
        afterThinking({ out: markdownOut(fill(a.markdown, vars), stream), meta: aiMeta('aiReply') })
        return
      }
      case 'card':
        reply([{ out: fillCard(a.card, vars), meta }])
        return
      case 'flow': {
        const flow = cfg.flows.get(a.flowId)
        if (flow) startFlow(flow)
        return
      }
      case 'transfer': ctx.routing.requestTransfer()
    }
  }

  function markdownOut(md: string, stream: boolean): Outgoing {
    return stream ? { kind: 'stream', src: '31', chunks: [md], isFinished: true } : { kind: 'richText', src: '30', content: md }
  }

  /**
   * A generated answer: src 35 (thinking) now, `thinkingMs` later the 35 flips to finished (the
   * backend modifies the same message) and the answer follows.
   */
  function afterThinking(e: Emission): void {
    s.modelInFlight++
    const [thinkingId] = reply([{ out: { kind: 'thinking', src: '35', thinkingStatus: 0 } }])
    ctx.sched.schedule(cfg.thinkingMs, () => {
      s.modelInFlight = Math.max(0, s.modelInFlight - 1)
      ctx.outbox.modify(thinkingId as string, { kind: 'thinking', src: '35', thinkingStatus: 1 })
    }, 'cursor')
    reply([e], 0)
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
      case 'taskBranch': {
        const payload: TaskBranchPayload = {
          kind: 'taskBranch', src: '32', status: 0, optionType: step.optionType ?? 0,
          taskInfo: { taskID: af.flow.id, nodeID: typeof target === 'string' ? target : `inline-${depth}`, env: 'simulator' },
          header: fill(step.header, af.vars), tail: fill(step.tail ?? '', af.vars),
          items: step.items.map((i) => menuItem(i.content, i.desc)),
        }
        reply([{ out: payload, onArrive: (m) => awaitAnswer({ kind: 'flowTaskBranch', messageId: m.id, payload, flow: af, step }) }])
        return
      }
      case 'taskForm': {
        const payload: TaskFormPayload = {
          kind: 'taskForm', src: '33', nodeStatus: 0, tip: fill(step.tip, af.vars),
          inputVariables: step.fields.map((f) => ({
            name: f.name, type: 'string', formType: f.options && f.options.length > 0 ? 1 : 0, placeholder: f.placeholder ?? '',
            isRequired: f.required === true, variableValue: f.value ?? '', chooseItemList: f.options ?? [],
          })),
        }
        reply([{ out: payload, onArrive: (m) => awaitAnswer({ kind: 'flowTaskForm', messageId: m.id, payload, flow: af, step }) }])
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
    if ('flow' in a && s.activeFlow !== a.flow) return
    s.awaiting = a
    ctx.routing.armNoReply()
    ctx.emitAgent({ type: 'session', session: ctx.routing.sessionSnapshot() })
  }

  function endFlow(af: ActiveFlow): void {
    if (s.activeFlow === af) s.activeFlow = undefined
    if (s.awaiting && s.awaiting.kind !== 'agentMenu' && s.awaiting.kind !== 'groupMenu') s.awaiting = undefined
  }

  /** Fills `selected` of the menu the customer answered and tells the customer. */
  function markSelected(a: { messageId: string; payload: BranchPayload | FormPayload | TaskBranchPayload }, content: string): void {
    s.awaiting = undefined
    // a task menu is also closed: status 2 (answered)
    const payload: Outgoing = a.payload.kind === 'taskBranch' ? { ...a.payload, status: 2, selected: { content } } : { ...a.payload, selected: { content } }
    // after anything already on its way, before the next step's reply
    ctx.sched.schedule(0, () => ctx.outbox.modify(a.messageId, payload))
    ctx.emitAgent({ type: 'session', session: ctx.routing.sessionSnapshot() })
  }

  function answerAwaiting(exact: string): boolean {
    const a = s.awaiting
    if (!a || a.kind === 'agentMenu' || a.kind === 'agentTask') return false
    if (a.kind === 'flowTaskForm') return false
    if (a.kind === 'flowTaskBranch') {
      const chosen = a.step.items.find((i) => i.content.trim() === exact && exact !== '')
      if (!chosen) return false
      markSelected(a, chosen.content)
      goTo(a.flow, chosen.next)
      return true
    }
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
    if (a?.kind === 'agentTask') {
      if (a.payload.kind === 'taskBranch' && exact !== '' && a.payload.items.some((i) => i.content.trim() === exact)) markSelected({ messageId: a.messageId, payload: a.payload }, exact)
      return
    }
    if (a?.kind !== 'agentMenu') return
    const ok = a.payload.kind === 'form' && a.payload.type === 0 ? exact !== '' : a.payload.items.some((i) => i.content.trim() === exact)
    if (ok) markSelected(a, exact)
  }

  /** Closes a task form with the customer's values (nodeStatus 2). */
  function closeForm(a: { messageId: string; payload: TaskFormPayload }, values: Record<string, string>): void {
    s.awaiting = undefined
    const payload: TaskFormPayload = {
      ...a.payload,
      nodeStatus: 2,
      inputVariables: a.payload.inputVariables.map((f) => ({ ...f, variableValue: values[f.name] ?? f.variableValue })),
    }
    ctx.sched.schedule(0, () => ctx.outbox.modify(a.messageId, payload))
    ctx.emitAgent({ type: 'session', session: ctx.routing.sessionSnapshot() })
  }

  function submitTaskForm(sent: TaskFormVariable[]): boolean {
    const a = s.awaiting
    if (a?.kind !== 'flowTaskForm' && !(a?.kind === 'agentTask' && a.payload.kind === 'taskForm')) return false
    const form = a.payload as TaskFormPayload
    const values: Record<string, string> = {}
    for (const f of form.inputVariables) {
      const given = sent.find((x) => x.name === f.name)
      values[f.name] = given ? given.variableValue : f.variableValue
    }
    // what a real backend checks too: required fields filled, choices among the options
    const bad = form.inputVariables.some((f) => {
      const v = (values[f.name] ?? '').trim()
      return (f.isRequired && v === '') || (v !== '' && f.formType === 1 && f.chooseItemList.length > 0 && !f.chooseItemList.includes(v))
    })
    if (bad) {
      // the node asks again: a fresh, empty copy of the same form
      if (a.kind === 'flowTaskForm') goTo(a.flow, a.step)
      return true
    }
    closeForm({ messageId: a.messageId, payload: form }, values)
    if (a.kind === 'flowTaskForm') {
      Object.assign(a.flow.vars, values)
      goTo(a.flow, a.step.next)
    }
    return true
  }

  return { answer, startFlow, endFlow, awaitAnswer, answerAwaiting, answerAgentMenu, submitTaskForm }
}

function menuItem(content: string, desc: string | undefined): MenuItem {
  return desc === undefined ? { content } : { content, desc }
}

/** Fills `{variable}` (a name of letters, marks, digits, `_`, `-`, spaces) from a flow's form answers; unknown names stay as written. */
export function fill(text: string, vars: Record<string, string> | undefined): string {
  if (!vars) return text
  // `${Name}` belongs to the backend templates, not to flow variables (no lookbehind: older Safari)
  return text.replace(/(\$?)\{([\p{L}\p{M}\p{N}_ -]+)\}/gu, (m, dollar: string, name: string) =>
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
