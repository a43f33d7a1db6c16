// Routing: transfer requests, the queue (virtual customers included), choosing the agent,
// offering and accepting, the scripted agent, ending a human session, the no-reply timeout, and
// the snapshots an agent console reads.
//
// Assignment: the free agent with room who has waited longest since their last conversation;
// FIFO within a group (nobody overtakes a customer waiting for the same agents).
import { fillTemplate } from '../templates'
import { RATING_RULE, type BranchPayload } from '../types'
import { isWithinWorkingHours } from './hours'
import type { AgentState, Emission, QueueEntry, SimContext } from './context'
import type { AgentSnapshot, AgentStatus, QueueSnapshot, SessionPhase, SessionSnapshot, SimulatorResult } from './types'

const CUSTOMER = 'customer'

/** Whom a src 39 asks for. */
export interface TransferTarget {
  agentIds?: readonly string[]
  group?: string
}

export interface Routing {
  readonly agents: readonly AgentState[]
  /** a transfer; `target` (src 39) names agents and/or a group */
  requestTransfer(target?: TransferTarget): void
  enqueueCustomer(group: string | undefined, agentIds?: readonly string[]): void
  acceptCustomer(agent: AgentState): void
  /** the scripted agent answers the customer's text (auto mode) */
  scriptedReply(text: string): void
  endHuman(reason: 'customer' | 'agent' | 'timeout'): void
  setPhase(p: SessionPhase): void
  /** whether a human is involved: queued, offered or in seat */
  humanPhase(): boolean
  customerPosition(): number | undefined
  queueText(position: number): Emission
  armNoReply(): void
  stopNoReply(): void
  setAgentStatus(agentId: string, status: AgentStatus): SimulatorResult
  snapshotOf(a: AgentState): AgentSnapshot
  agentSnapshots(): AgentSnapshot[]
  sessionSnapshot(): SessionSnapshot
  queueSnapshot(): QueueSnapshot
}

export function createRouting(ctx: SimContext): Routing {
  const { cfg, session: s, sched } = ctx
  const texts = cfg.texts
  const reply: SimContext['outbox']['reply'] = (...args) => ctx.outbox.reply(...args)
  const n = cfg.agentConfigs.length
  // config order breaks ties between agents who have never served anyone
  const agents: AgentState[] = cfg.agentConfigs.map((config, i) => ({
    config, status: config.status ?? 'free', maxConcurrent: config.maxConcurrent ?? 1,
    virtualSessions: 0, servingCustomer: false, lastSessionEndedAt: i - n,
  }))
  const queue: QueueEntry[] = []
  let virtualLoadApplied = false
  let virtualCounter = 0

  const emitAgents = (): void => ctx.emitAgent({ type: 'agents', agents: agentSnapshots() })
  const emitSession = (): void => ctx.emitAgent({ type: 'session', session: sessionSnapshot() })

  function setPhase(p: SessionPhase): void {
    if (s.phase === p) return
    s.phase = p
    if (p !== 'choosingGroup' && s.awaiting?.kind === 'groupMenu') s.awaiting = undefined
    emitSession()
  }

  function requestTransfer(target?: TransferTarget): void {
    if (s.activeFlow) ctx.flows.endFlow(s.activeFlow)
    if (!isWithinWorkingHours(cfg.workingHours, cfg.now())) {
      reply([{ out: { kind: 'text', text: texts.offHours } }])
      return
    }
    const named = target?.agentIds?.filter((id) => agents.some((a) => a.config.id === id)) ?? []
    const group = target?.group !== undefined && cfg.groups.some((g) => g.id === target.group) ? target.group : undefined
    if (target && (named.length > 0 || group !== undefined)) {
      // src 39: straight to the named agents or group, no group menu
      enqueueCustomer(group, named.length > 0 ? named : undefined)
      return
    }
    if (target && ((target.agentIds?.length ?? 0) > 0 || target.group !== undefined)) return failTransfer()
    if (cfg.assignment === 'group') {
      const offered = cfg.groups.filter((g) => agents.some((a) => a.config.group === g.id && a.status !== 'offline'))
      if (offered.length === 0) return failTransfer()
      setPhase('choosingGroup')
      const payload: BranchPayload = { kind: 'branch', src: '15', header: texts.groupMenuHeader, tail: '', items: offered.map((g) => ({ content: g.name })) }
      reply([{ out: payload, onArrive: (m) => { if (s.phase === 'choosingGroup') s.awaiting = { kind: 'groupMenu', messageId: m.id, payload } } }])
      return
    }
    enqueueCustomer(undefined)
  }

  function failTransfer(): void {
    setPhase('bot')
    reply([{ out: { kind: 'text', text: texts.transferFailed } }])
  }

  function enqueueCustomer(group: string | undefined, agentIds?: readonly string[]): void {
    // failure only when nobody could ever take the customer; busy or resting agents come back
    if (!agents.some((a) => a.status !== 'offline' && fits(a, { id: CUSTOMER, group, agents: agentIds ? [...agentIds] : undefined }))) return failTransfer()
    applyVirtualLoad()
    const entry: QueueEntry = { id: CUSTOMER }
    if (group !== undefined) entry.group = group
    if (agentIds !== undefined) entry.agents = [...agentIds]
    queue.push(entry)
    setPhase('queued')
    s.announcedPosition = undefined
    dispatch()
  }

  function applyVirtualLoad(): void {
    if (virtualLoadApplied) return
    virtualLoadApplied = true
    for (const o of cfg.virtualLoad.occupiedBy ?? []) {
      const agent = agents.find((a) => a.config.id === o.agentId) as AgentState
      agent.virtualSessions++
      sched.timer(o.for, () => endVirtual(agent))
    }
    for (let i = 0; i < cfg.waitingAhead; i++) queue.push({ id: `virtual-${++virtualCounter}` })
    emitAgents()
  }

  function endVirtual(agent: AgentState): void {
    agent.virtualSessions = Math.max(0, agent.virtualSessions - 1)
    agent.lastSessionEndedAt = cfg.now()
    emitAgents()
    dispatch()
  }

  function load(a: AgentState): number {
    return a.virtualSessions + (a.servingCustomer ? 1 : 0)
  }

  /** Whether an agent may take this queue entry (its group, its named agents). */
  function fits(a: AgentState, e: QueueEntry): boolean {
    if (e.group !== undefined && a.config.group !== e.group) return false
    return e.agents === undefined || e.agents.includes(a.config.id)
  }

  /** The free agent with room who has waited longest since their last conversation. */
  function pickAgent(e: QueueEntry): AgentState | undefined {
    let best: AgentState | undefined
    for (const a of agents) {
      if (a.status !== 'free' || load(a) >= a.maxConcurrent) continue
      if (!fits(a, e)) continue
      if (!best || a.lastSessionEndedAt < best.lastSessionEndedAt) best = a
    }
    return best
  }

  function competes(e: QueueEntry, group: string | undefined): boolean {
    return e.group === undefined || group === undefined || e.group === group
  }

  function customerPosition(): number | undefined {
    const i = queue.findIndex((e) => e.id === CUSTOMER)
    if (i < 0) return undefined
    const me = queue[i] as QueueEntry
    return 1 + queue.slice(0, i).filter((e) => competes(e, me.group)).length
  }

  /** Hands waiting customers to agents with room, in queue order, and announces the customer's place. */
  function dispatch(): void {
    let moved = false
    for (let i = 0; i < queue.length;) {
      const e = queue[i] as QueueEntry
      const agent = pickAgent(e)
      const blocked = queue.slice(0, i).some((x) => competes(x, e.group))
      if (!agent || blocked) { i++; continue }
      queue.splice(i, 1)
      moved = true
      if (e.id === CUSTOMER) offerCustomer(agent)
      else {
        agent.virtualSessions++
        sched.timer(cfg.virtualServiceTime, () => endVirtual(agent))
      }
    }
    const pos = customerPosition()
    if (pos !== undefined && pos !== s.announcedPosition) {
      s.announcedPosition = pos
      reply([queueText(pos)])
      emitSession()
    }
    if (moved || pos !== undefined) {
      ctx.emitAgent({ type: 'queue', queue: queueSnapshot() })
      emitAgents()
    }
  }

  function queueText(position: number): Emission {
    return { out: { kind: 'text', text: fillTemplate(texts.queue, { QueuePosition: position, WaitNo: position - 1 }) } }
  }

  function offerCustomer(agent: AgentState): void {
    agent.servingCustomer = true
    s.servingAgent = agent
    s.announcedPosition = undefined
    setPhase('offered')
    if (cfg.mode === 'auto') {
      // in the message order, so idle() waits for the acceptance too
      sched.schedule(cfg.script.acceptDelayMs, () => { if (s.phase === 'offered' && s.servingAgent === agent) acceptCustomer(agent) })
    } else if (texts.transferring) {
      reply([{ out: { kind: 'text', text: texts.transferring } }])
    }
  }

  function acceptCustomer(agent: AgentState): void {
    s.ratingSessionId = ctx.ratings.newSessionId()
    setPhase('inSeat')
    s.agentTurn = 0
    reply([
      { out: { kind: 'seatStatus', src: '26', inSeat: true } },
      // no no-reply clock yet: it starts with the agent's first message, not the system's notice
      { out: { kind: 'text', text: fillTemplate(texts.transferSucceeded, { StaffName: agent.config.name }) } },
    ])
    if (cfg.mode === 'auto' && cfg.script.greeting) agentSays(agent, fillTemplate(cfg.script.greeting, { StaffName: agent.config.name }))
    emitAgents()
  }

  /** Auto mode: typing for a moment, then the scripted text. */
  function agentSays(agent: AgentState, text: string): void {
    const serving = (): boolean => s.servingAgent === agent && s.phase === 'inSeat'
    sched.schedule(cfg.messageGap, () => { if (serving()) ctx.outbox.emitNow({ out: { kind: 'typing', src: '12' }, agent }) }, 'cursor')
    sched.schedule(cfg.script.typingMs, () => {
      if (serving()) ctx.outbox.emitNow({ out: { kind: 'text', text }, agent, onArrive: armNoReply })
    }, 'cursor')
  }

  function scriptedReply(text: string): void {
    const agent = s.servingAgent
    if (!agent) return
    const turn = s.agentTurn++
    const replies = cfg.script.replies
    const custom = cfg.script.reply?.({ text, agent: snapshotOf(agent), turn })
    const scripted = custom ?? (replies.length > 0 ? replies[turn % replies.length] : undefined)
    if (scripted) agentSays(agent, scripted)
  }

  /** Ends the human conversation: 26 outSeat, 19 or 20, the end text, and the rating card if the rules say so. */
  function endHuman(reason: 'customer' | 'agent' | 'timeout'): void {
    const agent = s.servingAgent
    if (!agent) return
    agent.servingCustomer = false
    agent.lastSessionEndedAt = cfg.now()
    s.servingAgent = undefined
    if (s.awaiting?.kind === 'agentMenu' || s.awaiting?.kind === 'agentTask') s.awaiting = undefined
    stopNoReply()
    setPhase('bot')
    const sessionId = s.ratingSessionId as string
    const items: Emission[] = [
      { out: { kind: 'seatStatus', src: '26', inSeat: false } },
      { out: reason === 'timeout' ? { kind: 'sessionTimeout', src: '20' } : { kind: 'sessionEnd', src: '19' } },
    ]
    const endText = reason === 'timeout' ? texts.sessionTimeout : texts.sessionEnded
    if (endText) items.push({ out: { kind: 'text', text: endText } })
    // A session that already has a rating card (invited by the agent or asked for with 24) is not
    // sent another: the customer would see two identical cards, and the open one still works.
    if (cfg.ruleFlag & RATING_RULE.sendOnEnd && !ctx.ratings.has(sessionId)) items.push(ctx.ratings.ratingEmission(sessionId))
    reply(items, reason === 'customer' ? ctx.outbox.sampleLatency() : 0)
    emitAgents()
    // the freed slot goes to whoever waits
    dispatch()
  }

  // ---- the no-reply timeout ----

  function armNoReply(): void {
    if (cfg.noReplyMs <= 0) return
    stopNoReply()
    s.noReplyTimer = sched.timer(cfg.noReplyMs, onNoReply)
    const warnAt = cfg.noReplyMs - cfg.noReplyWarningMs
    if (cfg.noReplyWarningMs > 0 && warnAt > 0) s.noReplyWarningTimer = sched.timer(warnAt, onNoReplyWarning)
  }

  function stopNoReply(): void {
    sched.cancel(s.noReplyTimer)
    s.noReplyTimer = undefined
    sched.cancel(s.noReplyWarningTimer)
    s.noReplyWarningTimer = undefined
  }

  /** src 37: the session will end soon unless the customer answers. */
  function onNoReplyWarning(): void {
    s.noReplyWarningTimer = undefined
    const pending = s.phase === 'inSeat' || s.activeFlow !== undefined || (s.awaiting !== undefined && s.awaiting.kind !== 'agentMenu' && s.awaiting.kind !== 'agentTask')
    if (!pending) return
    const content = fillTemplate(texts.timeoutWarning, { Seconds: Math.round(cfg.noReplyWarningMs / 1000) })
    reply([{ out: { kind: 'timeoutWarning', src: '37', content } }], 0)
  }

  function onNoReply(): void {
    s.noReplyTimer = undefined
    sched.cancel(s.noReplyWarningTimer)
    s.noReplyWarningTimer = undefined
    if (s.phase === 'inSeat') return endHuman('timeout')
    if (s.activeFlow || (s.awaiting && s.awaiting.kind !== 'agentMenu' && s.awaiting.kind !== 'agentTask')) {
      s.activeFlow = undefined
      s.awaiting = undefined
      const items: Emission[] = [{ out: { kind: 'sessionTimeout', src: '20' } }]
      if (texts.sessionTimeout) items.push({ out: { kind: 'text', text: texts.sessionTimeout } })
      reply(items, 0)
      emitSession()
    }
  }

  // ---- agent status and snapshots ----

  function setAgentStatus(agentId: string, next: AgentStatus): SimulatorResult {
    const agent = agents.find((a) => a.config.id === agentId)
    if (!agent) return { ok: false, error: { code: 'unknownAgent', message: `no agent "${agentId}"` } }
    agent.status = next
    // an agent who steps away before accepting hands the customer back to the head of the queue
    if (next !== 'free' && s.phase === 'offered' && s.servingAgent === agent) {
      agent.servingCustomer = false
      s.servingAgent = undefined
      queue.unshift({ id: CUSTOMER })
      setPhase('queued')
    }
    emitAgents()
    dispatch()
    return { ok: true, value: undefined }
  }

  function snapshotOf(a: AgentState): AgentSnapshot {
    const snap: AgentSnapshot = {
      id: a.config.id, name: a.config.name, status: a.status, maxConcurrent: a.maxConcurrent,
      activeSessions: load(a), lastSessionEndedAt: a.lastSessionEndedAt, servingCustomer: a.servingCustomer,
    }
    if (a.config.group !== undefined) snap.group = a.config.group
    if (a.config.avatar !== undefined) snap.avatar = a.config.avatar
    return snap
  }

  function agentSnapshots(): AgentSnapshot[] {
    return agents.map(snapshotOf)
  }

  function sessionSnapshot(): SessionSnapshot {
    const snap: SessionSnapshot = { phase: s.phase, started: s.started }
    if (s.servingAgent) { snap.agentId = s.servingAgent.config.id; snap.agentName = s.servingAgent.config.name }
    const pos = customerPosition()
    if (pos !== undefined) snap.queuePosition = pos
    if (s.ratingSessionId) snap.ratingSessionId = s.ratingSessionId
    if (s.activeFlow) snap.flowId = s.activeFlow.flow.id
    if (s.language !== undefined) snap.language = s.language
    return snap
  }

  function queueSnapshot(): QueueSnapshot {
    const q: QueueSnapshot = { length: queue.length }
    const pos = customerPosition()
    if (pos !== undefined) q.customerPosition = pos
    return q
  }

  return {
    agents,
    requestTransfer,
    enqueueCustomer,
    acceptCustomer,
    scriptedReply,
    endHuman,
    setPhase,
    humanPhase: () => s.phase === 'inSeat' || s.phase === 'offered' || s.phase === 'queued',
    customerPosition,
    queueText,
    armNoReply,
    stopNoReply,
    setAgentStatus,
    snapshotOf,
    agentSnapshots,
    sessionSnapshot,
    queueSnapshot,
  }
}
