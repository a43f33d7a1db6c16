// The in-process backend. It speaks the Transport interface on one side and plays the whole
// service side on the other: the bot, task flows, assignment and queueing, agents, ratings and
// timeouts, the way a Tencent Cloud Chat customer-service backend behaves as the customer sees it.
//
// Every service message goes through one scheduler whose cursor only moves forward, so replies
// arrive in the order they were decided even when latency is random; messages are created (id,
// seq, time) when they arrive, which is what a real server does.
import { fillTemplate } from '../templates'
import {
  TransportError,
  type ConnectionStatus,
  type HistoryPage,
  type IncomingMessage,
  type OutgoingMessage,
  type SendReceipt,
  type TransportErrorCode,
  type TransportEvent,
  type TransportListener,
  type WireBody,
} from '../transport'
import {
  RATING_RULE,
  type BranchPayload,
  type DecodedPayload,
  type FormPayload,
  type MenuItem,
  type RatingOption,
  type RatingPayload,
  type RatingSubmitPayload,
} from '../types'
import { decode } from '../wire/decode'
import { encodePayload } from '../wire/encode'
import { createBot, DEFAULT_BOT_OPTIONS, stripUndefined, type Bot, type ResolvedBotOptions } from './bot'
import { DEFAULT_TRANSFER_KEYWORDS, defaultAgentReplies, defaultAgents, defaultGroups, defaultTexts } from './defaults'
import { isWithinWorkingHours, validateWorkingHours } from './hours'
import { defaultKnowledgeBase } from './knowledge'
import { normalizeText } from './similarity'
import type {
  AgentConfig,
  AgentConsoleEvent,
  AgentGroup,
  AgentSnapshot,
  AgentStatus,
  BotAnswer,
  FlowStep,
  FlowTarget,
  KnowledgeBase,
  Latency,
  QueueSnapshot,
  SessionPhase,
  SessionSnapshot,
  Simulator,
  SimulatorErrorCode,
  SimulatorLocale,
  SimulatorOptions,
  SimulatorResult,
  SimulatorTexts,
  TaskFlow,
} from './types'

/** What the service sends: a decoded payload, or plain text. */
type Outgoing = DecodedPayload | { kind: 'text'; text: string }

interface AgentState {
  config: AgentConfig
  status: AgentStatus
  maxConcurrent: number
  /** other (virtual) customers this agent is serving */
  virtualSessions: number
  /** the simulated customer is offered to or served by this agent */
  servingCustomer: boolean
  lastSessionEndedAt: number
}

interface QueueEntry {
  /** 'customer' for the simulated customer; virtual customers get their own ids */
  id: string
  group?: string
}

interface ActiveFlow {
  flow: TaskFlow
  vars: Record<string, string>
}

/** The menu or form whose exact answer the backend is waiting for. */
type Awaiting =
  | { kind: 'flowBranch'; messageId: string; payload: BranchPayload; flow: ActiveFlow; step: Extract<FlowStep, { kind: 'branch' }> }
  | { kind: 'flowForm'; messageId: string; payload: FormPayload; flow: ActiveFlow; step: Extract<FlowStep, { kind: 'form' }> }
  | { kind: 'groupMenu'; messageId: string; payload: BranchPayload }
  | { kind: 'agentMenu'; messageId: string; payload: BranchPayload | FormPayload }

interface RatingRecord {
  selected?: RatingOption
  expireTime: number
  /** every card sent for this session: all of them show the choice once made */
  messageIds: string[]
}

interface Emission {
  out: Outgoing
  /** the agent sending it; undefined for the bot / system */
  agent?: AgentState
  /** runs when the message arrives (state that must not change before the customer sees it) */
  onArrive?: (message: IncomingMessage) => void
}

const CUSTOMER = 'customer'
const RATING_IDS = ['101', '102', '103', '104', '105'] as const
// 10,000 history messages are generated once; a bound keeps a typo (1e9) from freezing a tab.
const MAX_HISTORY = 200_000
const MAX_FLOW_CHAIN = 50

/**
 * Creates the in-process simulated backend: a {@link Transport} the engine can drive, plus the
 * agent-side controls a playground needs. No network, no Node APIs: it runs in browsers, Node and
 * tests alike.
 *
 * @example
 * const sim = createSimulator({ locale: 'en', latency: 0 })
 * const conversation = createConversation({ transport: sim })
 * await conversation.start()
 *
 * @throws RangeError / Error for an invalid configuration (thresholds, working hours, a flow
 *   step that does not exist, duplicate agent ids): configuration bugs fail at once, loudly.
 */
export function createSimulator(options: SimulatorOptions = {}): Simulator {
  // ---- configuration ----------------------------------------------------------------------------
  const locale: SimulatorLocale = options.locale ?? 'zh-CN'
  const texts: SimulatorTexts = { ...defaultTexts(locale), ...stripUndefined(options.texts ?? {}) }
  const kb: KnowledgeBase = options.knowledge ?? defaultKnowledgeBase()
  const botOptions: ResolvedBotOptions = { ...DEFAULT_BOT_OPTIONS, ...stripUndefined(options.bot ?? {}) }
  const bot: Bot = createBot(kb, botOptions)
  const flows = new Map<string, TaskFlow>((kb.flows ?? []).map((f) => [f.id, f]))
  validateFlows(kb, flows)
  const transferKeywords = new Set((options.transferKeywords ?? DEFAULT_TRANSFER_KEYWORDS).map(keywordKey))
  const flowKeywords = new Map<string, TaskFlow>()
  for (const f of flows.values()) for (const k of f.keywords ?? []) flowKeywords.set(keywordKey(k), f)
  const serviceName = options.serviceName ?? (locale === 'en' ? 'Kefu Kit Assistant' : '智能客服')
  const mode = options.mode ?? 'auto'
  const assignment = options.assignment ?? 'auto'
  const agentConfigs = options.agents ?? defaultAgents(locale)
  const groups: AgentGroup[] = options.groups ?? (options.agents ? groupsOf(agentConfigs) : defaultGroups(locale))
  const scriptDefaults = defaultAgentReplies(locale)
  const script = {
    greeting: options.agentScript?.greeting ?? scriptDefaults.greeting,
    replies: options.agentScript?.replies ?? scriptDefaults.replies,
    reply: options.agentScript?.reply,
    typingMs: nonNegative(options.agentScript?.typingMs ?? 1200, 'agentScript.typingMs'),
    acceptDelayMs: nonNegative(options.agentScript?.acceptDelayMs ?? 600, 'agentScript.acceptDelayMs'),
  }
  const workingHours = options.workingHours ?? null
  if (workingHours) validateWorkingHours(workingHours)
  const ruleFlag = options.menuSendRuleFlag ?? 7
  if (!Number.isInteger(ruleFlag) || ruleFlag < 0) throw new RangeError('kefu-kit simulator: menuSendRuleFlag must be a non-negative integer')
  const ratingType = options.rating?.type ?? 1
  const effectiveHour = options.rating?.effectiveHour ?? 12
  if (!(effectiveHour > 0)) throw new RangeError('kefu-kit simulator: rating.effectiveHour must be positive')
  const noReplyMs = nonNegative(options.noReplyTimeout ?? 0, 'noReplyTimeout') * 1000
  const latency: Latency = options.latency ?? { min: 400, max: 900 }
  validateLatency(latency)
  const instant = latency === 0
  const messageGap = nonNegative(options.messageGap ?? (instant ? 0 : 150), 'messageGap')
  const connectDelay = nonNegative(options.connectDelay ?? (instant ? 0 : 300), 'connectDelay')
  const streamAnswers = options.streaming?.answers ?? 'marked'
  const chunkSize = Math.max(1, Math.floor(options.streaming?.chunkSize ?? 12))
  const streamInterval = nonNegative(options.streaming?.interval ?? (instant ? 0 : 90), 'streaming.interval')
  const now = options.now ?? (() => Date.now())
  const random = options.random ?? Math.random
  const virtualLoad = options.virtualLoad ?? {}
  const virtualServiceTime = nonNegative(virtualLoad.serviceTime ?? 4000, 'virtualLoad.serviceTime')

  const agents: AgentState[] = agentConfigs.map((config, i) => {
    if (!config.id) throw new Error('kefu-kit simulator: every agent needs an id')
    if (agentConfigs.findIndex((a) => a.id === config.id) !== i) throw new Error(`kefu-kit simulator: duplicate agent id "${config.id}"`)
    const maxConcurrent = config.maxConcurrent ?? 1
    if (!Number.isInteger(maxConcurrent) || maxConcurrent < 1) throw new RangeError(`kefu-kit simulator: agent "${config.id}" maxConcurrent must be a positive integer`)
    // config order breaks ties between agents who have never served anyone
    return { config, status: config.status ?? 'free', maxConcurrent, virtualSessions: 0, servingCustomer: false, lastSessionEndedAt: i - agentConfigs.length }
  })
  for (const o of virtualLoad.occupiedBy ?? []) {
    if (!agents.some((a) => a.config.id === o.agentId)) throw new Error(`kefu-kit simulator: virtualLoad names unknown agent "${o.agentId}"`)
    nonNegative(o.for, 'virtualLoad.occupiedBy[].for')
  }
  const waitingAhead = Math.floor(nonNegative(virtualLoad.waitingAhead ?? 0, 'virtualLoad.waitingAhead'))

  // ---- transport state ----------------------------------------------------------------------------
  let status: ConnectionStatus = 'idle'
  let networkUp = true
  let wantConnected = false
  let connecting: Promise<void> | null = null
  let disposed = false
  const listeners = new Set<TransportListener>()
  const agentListeners = new Set<(e: AgentConsoleEvent) => void>()
  const undelivered: TransportEvent[] = []
  const store: IncomingMessage[] = []
  const indexById = new Map<string, number>()
  const receipts = new Map<string, SendReceipt>()
  const failures: TransportErrorCode[] = []
  let seq = 0
  let idCounter = 0
  const timers = new Set<ReturnType<typeof setTimeout>>()
  let cursor = 0
  let pending = 0
  let idleWaiters: Array<() => void> = []

  // ---- conversation state -------------------------------------------------------------------------
  let started = false
  let phase: SessionPhase = 'bot'
  let servingAgent: AgentState | undefined
  let awaiting: Awaiting | undefined
  let activeFlow: ActiveFlow | undefined
  const queue: QueueEntry[] = []
  let announcedPosition: number | undefined
  let ratingSessionId: string | undefined
  const ratings = new Map<string, RatingRecord>()
  let noReplyTimer: ReturnType<typeof setTimeout> | undefined
  let virtualLoadApplied = false
  let virtualCounter = 0
  let agentTurn = 0

  seedHistory(Math.min(Math.max(0, Math.floor(options.history ?? 0)), MAX_HISTORY))

  // ---- scheduling ---------------------------------------------------------------------------------

  const clock = (): number => Date.now()

  function sampleLatency(): number {
    if (typeof latency === 'number') return latency
    return latency.min + random() * (latency.max - latency.min)
  }

  /**
   * Runs `fn` after `delay`, but never before anything scheduled earlier: `from: 'cursor'` counts
   * the delay from the last scheduled item (the gap inside one reply), `'now'` from now.
   */
  function schedule(delay: number, fn: () => void, from: 'now' | 'cursor' = 'now'): void {
    const t = clock()
    const at = from === 'cursor' ? Math.max(cursor, t) + delay : Math.max(t + delay, cursor)
    cursor = at
    pending++
    const handle = setTimeout(() => {
      timers.delete(handle)
      pending--
      if (!disposed) fn()
      if (pending === 0) {
        const waiters = idleWaiters
        idleWaiters = []
        for (const w of waiters) w()
      }
    }, at - t)
    timers.add(handle)
  }

  /** A timer outside the message order (timeouts, virtual customers): not waited for by idle(). */
  function timer(ms: number, fn: () => void): ReturnType<typeof setTimeout> {
    const handle = setTimeout(() => {
      timers.delete(handle)
      if (!disposed) fn()
    }, ms)
    timers.add(handle)
    return handle
  }

  function cancel(handle: ReturnType<typeof setTimeout> | undefined): void {
    if (handle === undefined) return
    clearTimeout(handle)
    timers.delete(handle)
  }

  // ---- emitting service messages ------------------------------------------------------------------

  function nextId(prefix: string): string {
    idCounter += 1
    return `${prefix}-${idCounter}`
  }

  function wireBody(out: Outgoing): WireBody {
    return out.kind === 'text' ? { type: 'text', text: out.text } : { type: 'custom', data: encodePayload(out) }
  }

  function deliver(event: TransportEvent): void {
    if (status !== 'online') {
      undelivered.push(event)
      return
    }
    for (const l of [...listeners]) safeCall(l, event)
  }

  function storeMessage(m: IncomingMessage): void {
    indexById.set(m.id, store.length)
    store.push(m)
  }

  /** Creates, stores and delivers a service message now. */
  function emitNow(e: Emission, id = nextId('s')): IncomingMessage {
    const message: IncomingMessage = {
      id,
      time: now(),
      seq: ++seq,
      from: 'service',
      senderName: e.agent ? e.agent.config.name : serviceName,
      body: wireBody(e.out),
    }
    if (e.agent?.config.avatar) message.avatar = e.agent.config.avatar
    if (!isFlag(e.out)) storeMessage(message)
    deliver({ type: 'message', message: copyMessage(message) })
    e.onArrive?.(message)
    return message
  }

  /**
   * Sends a reply: the first message after the latency, the rest `messageGap` apart. Returns the
   * ids the messages will have (allocated now, so an agent UI can refer to them).
   */
  function reply(items: Emission[], firstDelay = sampleLatency()): string[] {
    return items.map((e, i) => {
      const id = nextId('s')
      if (e.out.kind === 'stream') {
        scheduleStream(e, id, i === 0 ? firstDelay : messageGap, i === 0 ? 'now' : 'cursor')
      } else {
        schedule(i === 0 ? firstDelay : messageGap, () => emitNow(e, id), i === 0 ? 'now' : 'cursor')
      }
      return id
    })
  }

  /** Replaces a stored message's payload and tells the customer (the real backend's "modified"). */
  function modify(id: string, out: Outgoing): void {
    const i = indexById.get(id)
    const prev = i === undefined ? undefined : store[i]
    if (!prev || i === undefined) return
    const next: IncomingMessage = { ...prev, body: wireBody(out) }
    store[i] = next
    deliver({ type: 'modified', message: copyMessage(next) })
  }

  /** src 31: the first chunk as a new message, then the growing text, then isFinished. */
  function scheduleStream(e: Emission, id: string, delay: number, from: 'now' | 'cursor'): void {
    if (e.out.kind !== 'stream') return
    const text = e.out.chunks.join('')
    const pieces = splitChunks(text, chunkSize)
    pieces.forEach((_, i) => {
      const payload: Outgoing = { kind: 'stream', src: '31', chunks: pieces.slice(0, i + 1), isFinished: i === pieces.length - 1 }
      if (i === 0) schedule(delay, () => emitNow({ ...e, out: payload }, id), from)
      else schedule(streamInterval, () => modify(id, payload), 'cursor')
    })
  }

  // ---- transport ----------------------------------------------------------------------------------

  function setStatus(next: ConnectionStatus): void {
    if (status === next) return
    status = next
    for (const l of [...listeners]) safeCall(l, { type: 'status', status: next })
    if (next === 'online') {
      const backlog = undelivered.splice(0)
      for (const ev of backlog) for (const l of [...listeners]) safeCall(l, ev)
    }
  }

  function connect(): Promise<void> {
    if (disposed) return Promise.reject(new TransportError('unauthorized', 'the simulator was disposed', { retryable: false }))
    wantConnected = true
    if (status === 'online') return Promise.resolve()
    if (connecting) {
      // disconnect() and connect() again while the first attempt is still under way
      if (status === 'idle') setStatus('connecting')
      return connecting
    }
    setStatus('connecting')
    connecting = new Promise<void>((resolve) => {
      timer(connectDelay, () => {
        connecting = null
        // disconnect() or a dropped network while connecting wins
        if (wantConnected) setStatus(networkUp ? 'online' : 'offline')
        resolve()
      })
    })
    return connecting
  }

  async function send(message: OutgoingMessage): Promise<SendReceipt> {
    if (disposed) throw new TransportError('unauthorized', 'the simulator was disposed', { retryable: false })
    if (status !== 'online') throw new TransportError('offline', `cannot send while ${status}`)
    const known = receipts.get(message.clientId)
    if (known) return { ...known }
    const injected = failures.shift()
    if (injected) throw new TransportError(injected, `injected failure (${injected})`)
    const body = message.body
    if (body.type === 'text' ? typeof body.text !== 'string' || body.text.trim() === '' : typeof body.data !== 'string') {
      throw new TransportError('rejected', 'empty or malformed message body')
    }
    const receipt: SendReceipt = { id: nextId('c'), time: now(), seq: ++seq }
    receipts.set(message.clientId, receipt)
    const stored: IncomingMessage = { ...receipt, from: 'customer', clientId: message.clientId, body: { ...body } }
    if (!message.options?.onlineUserOnly) storeMessage(stored)
    try {
      onCustomerMessage(stored)
    } catch (err) {
      // the message was accepted: a fault in the service side (say, a throwing agentScript.reply)
      // must not turn into a failed send the engine would retry; surface it instead
      setTimeout(() => { throw err }, 0)
    }
    return { ...receipt }
  }

  async function loadHistory(opts: { before?: string; limit: number }): Promise<HistoryPage> {
    if (status !== 'online') throw new TransportError('offline', `cannot load history while ${status}`)
    const limit = opts.limit
    if (!Number.isInteger(limit) || limit < 1) throw new TransportError('rejected', 'limit must be a positive integer')
    let end = store.length
    if (opts.before !== undefined) {
      const i = indexById.get(opts.before)
      if (i === undefined) throw new TransportError('rejected', `no message with id "${opts.before}"`)
      end = i
    }
    const start = Math.max(0, end - limit)
    return { messages: store.slice(start, end).map(copyMessage), hasMore: start > 0 }
  }

  // ---- the customer's messages ------------------------------------------------------------------

  function onCustomerMessage(m: IncomingMessage): void {
    const body = m.body
    if (body.type === 'custom') {
      const p = decode(body.data)
      switch (p.kind) {
        case 'start': return onStart()
        case 'ratingSubmit': return onRatingSubmit(p)
        case 'ratingRequest': return onRatingRequest()
        case 'endSession': return onCustomerEnd()
        default:
          // cards and anything else: only a human reads them; the bot has nothing to say
          stopNoReply()
          if (humanPhase()) forwardToAgent(m, p)
          return
      }
    }
    stopNoReply()
    if (body.type === 'image') {
      if (humanPhase()) forwardToAgent(m, { kind: 'text', text: '[image]' })
      return
    }
    onCustomerText(m, body.text)
  }

  function humanPhase(): boolean {
    return phase === 'inSeat' || phase === 'offered' || phase === 'queued'
  }

  function onStart(): void {
    started = true
    const items: Emission[] = [
      { out: { kind: 'ratingRules', src: '23', menuSendRuleFlag: ruleFlag } },
      { out: { kind: 'seatStatus', src: '26', inSeat: phase === 'inSeat' } },
    ]
    // a customer who reopens the widget mid-conversation is not welcomed again
    if (phase === 'bot' || phase === 'choosingGroup') {
      if (texts.welcome) items.push({ out: { kind: 'text', text: texts.welcome } })
      const questions = botOptions.enabled && botOptions.welcomeCard ? bot.welcomeQuestions(locale) : []
      if (questions.length > 0) {
        items.push({ out: { kind: 'welcome', src: '29', subtype: 'welcome_msg', title: texts.welcomeCardTitle, content: '', items: questions.map((q) => ({ content: q })) } })
      }
    } else if (phase === 'queued') {
      items.push(queueText(customerPosition() ?? 1))
    }
    reply(items)
    emitAgent({ type: 'session', session: sessionSnapshot() })
  }

  function onCustomerText(m: IncomingMessage, text: string): void {
    const exact = text.trim()
    if (humanPhase()) {
      if (awaiting?.kind === 'agentMenu') answerAgentMenu(exact)
      forwardToAgent(m, { kind: 'text', text })
      if (phase === 'inSeat') {
        if (mode === 'auto') scriptedReply(text)
      } else if (isTransferKeyword(exact)) {
        // asking again while waiting: say where things stand rather than start over
        if (phase === 'queued') reply([queueText(customerPosition() ?? 1)])
        else if (texts.alreadyQueued) reply([{ out: { kind: 'text', text: texts.alreadyQueued } }])
      }
      return
    }
    // The active menu or form comes first: its items are matched exactly, as the docs specify.
    if (awaiting && answerAwaiting(exact)) return
    if (isTransferKeyword(exact)) return requestTransfer()
    const flow = flowKeywords.get(keywordKey(exact))
    if (flow) return startFlow(flow)
    if (!botOptions.enabled) return requestTransfer()
    const d = bot.decide(text, locale)
    switch (d.kind) {
      case 'answer': return answer(d.entry.answer)
      case 'smallTalk': reply([{ out: { kind: 'text', text: d.entry.answer } }]); return
      case 'clarify':
        reply([{ out: { kind: 'clarify', src: '29', subtype: 'clarify_msg', title: texts.clarifyTitle, content: texts.clarifyTitle, items: d.candidates.map((c) => ({ content: c.entry.question })) } }])
        return
      case 'fallback': reply([{ out: { kind: 'text', text: texts.fallback } }])
    }
  }

  /** Returns whether the text answered the awaited menu / form. */
  function answerAwaiting(exact: string): boolean {
    const a = awaiting
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
      const group = groups.find((g) => g.name === item.content)
      phase = 'bot'
      if (group) enqueueCustomer(group.id)
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
    const a = awaiting
    if (a?.kind !== 'agentMenu') return
    const ok = a.payload.kind === 'form' && a.payload.type === 0 ? exact !== '' : a.payload.items.some((i) => i.content.trim() === exact)
    if (ok) markSelected(a, exact)
  }

  /** Fills `selected` of the menu the customer answered and tells the customer. */
  function markSelected(a: Awaiting, content: string): void {
    awaiting = undefined
    const payload = { ...a.payload, selected: { content } }
    // after anything already on its way, before the next step's reply
    schedule(0, () => modify(a.messageId, payload))
    emitAgent({ type: 'session', session: sessionSnapshot() })
  }

  function isTransferKeyword(text: string): boolean {
    return transferKeywords.has(keywordKey(text))
  }

  // ---- bot answers and flows ----------------------------------------------------------------------

  function answer(a: BotAnswer, vars?: Record<string, string>): void {
    if (typeof a === 'string') {
      reply([{ out: { kind: 'text', text: fill(a, vars) } }])
      return
    }
    switch (a.kind) {
      case 'text': reply([{ out: { kind: 'text', text: fill(a.text, vars) } }]); return
      case 'markdown': {
        const md = fill(a.markdown, vars)
        const stream = streamAnswers === 'all' || (streamAnswers === 'marked' && a.stream === true)
        reply([{ out: stream ? { kind: 'stream', src: '31', chunks: [md], isFinished: true } : { kind: 'richText', src: '30', content: md } }])
        return
      }
      case 'flow': {
        const flow = flows.get(a.flowId)
        if (flow) startFlow(flow)
        return
      }
      case 'transfer': requestTransfer()
    }
  }

  function startFlow(flow: TaskFlow): void {
    awaiting = undefined
    activeFlow = { flow, vars: {} }
    goTo(activeFlow, flow.start)
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
          requestTransfer()
          return
        }
        answer(step.answer, af.vars)
        goTo(af, step.next, depth + 1)
        return
      case 'transfer':
        endFlow(af)
        requestTransfer()
    }
  }

  function awaitAnswer(a: Awaiting): void {
    // a newer flow or a transfer may have replaced this one while the message was on its way
    if ((a.kind === 'flowBranch' || a.kind === 'flowForm') && activeFlow !== a.flow) return
    awaiting = a
    armNoReply()
    emitAgent({ type: 'session', session: sessionSnapshot() })
  }

  function endFlow(af: ActiveFlow): void {
    if (activeFlow === af) activeFlow = undefined
    if (awaiting && awaiting.kind !== 'agentMenu' && awaiting.kind !== 'groupMenu') awaiting = undefined
  }

  // ---- transfer, assignment, queue ----------------------------------------------------------------

  function requestTransfer(): void {
    if (activeFlow) endFlow(activeFlow)
    if (!isWithinWorkingHours(workingHours, now())) {
      reply([{ out: { kind: 'text', text: texts.offHours } }])
      return
    }
    if (assignment === 'group') {
      const offered = groups.filter((g) => agents.some((a) => a.config.group === g.id && a.status !== 'offline'))
      if (offered.length === 0) return failTransfer()
      setPhase('choosingGroup')
      const payload: BranchPayload = { kind: 'branch', src: '15', header: texts.groupMenuHeader, tail: '', items: offered.map((g) => ({ content: g.name })) }
      reply([{ out: payload, onArrive: (m) => { if (phase === 'choosingGroup') awaiting = { kind: 'groupMenu', messageId: m.id, payload } } }])
      return
    }
    enqueueCustomer(undefined)
  }

  function failTransfer(): void {
    setPhase('bot')
    reply([{ out: { kind: 'text', text: texts.transferFailed } }])
  }

  function enqueueCustomer(group: string | undefined): void {
    // failure only when nobody could ever take the customer; busy or resting agents come back
    if (!agents.some((a) => a.status !== 'offline' && (group === undefined || a.config.group === group))) return failTransfer()
    applyVirtualLoad()
    queue.push(group === undefined ? { id: CUSTOMER } : { id: CUSTOMER, group })
    setPhase('queued')
    announcedPosition = undefined
    dispatch()
  }

  function applyVirtualLoad(): void {
    if (virtualLoadApplied) return
    virtualLoadApplied = true
    for (const o of virtualLoad.occupiedBy ?? []) {
      const agent = agents.find((a) => a.config.id === o.agentId) as AgentState
      agent.virtualSessions++
      timer(o.for, () => endVirtual(agent))
    }
    for (let i = 0; i < waitingAhead; i++) queue.push({ id: `virtual-${++virtualCounter}` })
    emitAgent({ type: 'agents', agents: agentSnapshots() })
  }

  function endVirtual(agent: AgentState): void {
    agent.virtualSessions = Math.max(0, agent.virtualSessions - 1)
    agent.lastSessionEndedAt = now()
    emitAgent({ type: 'agents', agents: agentSnapshots() })
    dispatch()
  }

  function load(a: AgentState): number {
    return a.virtualSessions + (a.servingCustomer ? 1 : 0)
  }

  /** The free agent with room who has waited longest since their last conversation. */
  function pickAgent(group: string | undefined): AgentState | undefined {
    let best: AgentState | undefined
    for (const a of agents) {
      if (a.status !== 'free' || load(a) >= a.maxConcurrent) continue
      if (group !== undefined && a.config.group !== group) continue
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
      const agent = pickAgent(e.group)
      // FIFO within a group: nobody overtakes a customer waiting for the same agents
      const blocked = queue.slice(0, i).some((x) => competes(x, e.group))
      if (!agent || blocked) { i++; continue }
      queue.splice(i, 1)
      moved = true
      if (e.id === CUSTOMER) offerCustomer(agent)
      else {
        agent.virtualSessions++
        timer(virtualServiceTime, () => endVirtual(agent))
      }
    }
    const pos = customerPosition()
    if (pos !== undefined && pos !== announcedPosition) {
      announcedPosition = pos
      reply([queueText(pos)])
      emitAgent({ type: 'session', session: sessionSnapshot() })
    }
    if (moved || pos !== undefined) {
      emitAgent({ type: 'queue', queue: queueSnapshot() })
      emitAgent({ type: 'agents', agents: agentSnapshots() })
    }
  }

  function queueText(position: number): Emission {
    return { out: { kind: 'text', text: fillTemplate(texts.queue, { QueuePosition: position, WaitNo: position - 1 }) } }
  }

  function offerCustomer(agent: AgentState): void {
    agent.servingCustomer = true
    servingAgent = agent
    announcedPosition = undefined
    setPhase('offered')
    if (mode === 'auto') {
      // in the message order, so idle() waits for the acceptance too
      schedule(script.acceptDelayMs, () => { if (phase === 'offered' && servingAgent === agent) acceptCustomer(agent) })
    } else if (texts.transferring) {
      reply([{ out: { kind: 'text', text: texts.transferring } }])
    }
  }

  function acceptCustomer(agent: AgentState): void {
    ratingSessionId = newSessionId()
    setPhase('inSeat')
    agentTurn = 0
    const items: Emission[] = [
      { out: { kind: 'seatStatus', src: '26', inSeat: true } },
      // no no-reply clock yet: it starts with the agent's first message, not the system's notice
      { out: { kind: 'text', text: fillTemplate(texts.transferSucceeded, { StaffName: agent.config.name }) } },
    ]
    reply(items)
    if (mode === 'auto' && script.greeting) {
      agentSays(agent, fillTemplate(script.greeting, { StaffName: agent.config.name }))
    }
    emitAgent({ type: 'agents', agents: agentSnapshots() })
  }

  /** Auto mode: typing for a moment, then the scripted text. */
  function agentSays(agent: AgentState, text: string): void {
    schedule(messageGap, () => { if (servingAgent === agent && phase === 'inSeat') emitNow({ out: { kind: 'typing', src: '12' }, agent }) }, 'cursor')
    schedule(script.typingMs, () => {
      if (servingAgent === agent && phase === 'inSeat') emitNow({ out: { kind: 'text', text }, agent, onArrive: armNoReply })
    }, 'cursor')
  }

  function scriptedReply(text: string): void {
    const agent = servingAgent
    if (!agent) return
    const turn = agentTurn++
    const custom = script.reply?.({ text, agent: snapshotOf(agent), turn })
    const scripted = custom ?? (script.replies.length > 0 ? script.replies[turn % script.replies.length] : undefined)
    if (scripted) agentSays(agent, scripted)
  }

  /** Ends the human conversation: 26 outSeat, 19 or 20, the end text, and the rating card if the rules say so. */
  function endHuman(reason: 'customer' | 'agent' | 'timeout'): void {
    const agent = servingAgent
    if (!agent) return
    agent.servingCustomer = false
    agent.lastSessionEndedAt = now()
    servingAgent = undefined
    if (awaiting?.kind === 'agentMenu') awaiting = undefined
    stopNoReply()
    setPhase('bot')
    const sessionId = ratingSessionId as string
    const items: Emission[] = [
      { out: { kind: 'seatStatus', src: '26', inSeat: false } },
      { out: reason === 'timeout' ? { kind: 'sessionTimeout', src: '20' } : { kind: 'sessionEnd', src: '19' } },
    ]
    const endText = reason === 'timeout' ? texts.sessionTimeout : texts.sessionEnded
    if (endText) items.push({ out: { kind: 'text', text: endText } })
    // A session that already has a rating card (invited by the agent or asked for with 24) is not
    // sent another: the customer would see two identical cards, and the open one still works.
    if (ruleFlag & RATING_RULE.sendOnEnd && !ratings.has(sessionId)) items.push(ratingEmission(sessionId))
    reply(items, reason === 'customer' ? sampleLatency() : 0)
    emitAgent({ type: 'agents', agents: agentSnapshots() })
    // the freed slot goes to whoever waits
    dispatch()
  }

  // ---- ratings --------------------------------------------------------------------------------------

  function newSessionId(): string {
    return `rating-${now().toString(36)}-${nextId('r')}`
  }

  function ratingEmission(sessionId: string): Emission {
    const expireTime = Math.floor(now() / 1000) + Math.round(effectiveHour * 3600)
    const payload: RatingPayload = {
      kind: 'rating', src: '9', head: texts.ratingHead, tail: texts.ratingTail,
      menu: RATING_IDS.map((id, i) => ({ id, content: texts.ratingOptions[i] as string })),
      type: ratingType, sessionId, effectiveHour, expireTime,
    }
    const record = ratings.get(sessionId) ?? { expireTime, messageIds: [] }
    record.expireTime = Math.max(record.expireTime, expireTime)
    ratings.set(sessionId, record)
    return { out: payload, agent: servingAgent, onArrive: (m) => record.messageIds.push(m.id) }
  }

  function onRatingSubmit(p: RatingSubmitPayload): void {
    const { id, sessionId } = p.menuSelected
    const record = ratings.get(sessionId)
    const ignore = (reason: 'expired' | 'alreadyRated' | 'unknownSession' | 'invalidOption'): void => emitAgent({ type: 'ratingIgnored', sessionId, reason })
    if (!record) return ignore('unknownSession')
    if (record.selected) return ignore('alreadyRated')
    if (Math.floor(now() / 1000) > record.expireTime) return ignore('expired')
    const i = RATING_IDS.indexOf(id as (typeof RATING_IDS)[number])
    if (i < 0) return ignore('invalidOption')
    const option: RatingOption = { id, content: texts.ratingOptions[i] as string }
    record.selected = option
    for (const messageId of record.messageIds) {
      const stored = store[indexById.get(messageId) as number]
      const prev = stored && stored.body.type === 'custom' ? decode(stored.body.data) : undefined
      if (prev?.kind === 'rating') schedule(0, () => modify(messageId, { ...prev, selected: option }))
    }
    emitAgent({ type: 'rating', sessionId, option })
  }

  function onRatingRequest(): void {
    if (phase !== 'inSeat' || !(ruleFlag & RATING_RULE.customerMayRequest) || !ratingSessionId) return
    reply([ratingEmission(ratingSessionId)])
  }

  function onCustomerEnd(): void {
    if (phase === 'inSeat') endHuman('customer')
  }

  // ---- the no-reply timeout ----------------------------------------------------------------------

  function armNoReply(): void {
    if (noReplyMs <= 0) return
    cancel(noReplyTimer)
    noReplyTimer = timer(noReplyMs, onNoReply)
  }

  function stopNoReply(): void {
    cancel(noReplyTimer)
    noReplyTimer = undefined
  }

  function onNoReply(): void {
    noReplyTimer = undefined
    if (phase === 'inSeat') return endHuman('timeout')
    if (activeFlow || (awaiting && awaiting.kind !== 'agentMenu')) {
      activeFlow = undefined
      awaiting = undefined
      const items: Emission[] = [{ out: { kind: 'sessionTimeout', src: '20' } }]
      if (texts.sessionTimeout) items.push({ out: { kind: 'text', text: texts.sessionTimeout } })
      reply(items, 0)
      emitAgent({ type: 'session', session: sessionSnapshot() })
    }
  }

  // ---- the agent side ------------------------------------------------------------------------------

  function forwardToAgent(m: IncomingMessage, payload: DecodedPayload | { kind: 'text'; text: string }): void {
    const ev: AgentConsoleEvent = { type: 'customerMessage', message: copyMessage(m), payload }
    if (servingAgent) ev.agentId = servingAgent.config.id
    emitAgent(ev)
  }

  function emitAgent(e: AgentConsoleEvent): void {
    for (const l of [...agentListeners]) safeCall(l, e)
  }

  function setPhase(p: SessionPhase): void {
    if (phase === p) return
    phase = p
    if (p !== 'choosingGroup' && awaiting?.kind === 'groupMenu') awaiting = undefined
    emitAgent({ type: 'session', session: sessionSnapshot() })
  }

  function snapshotOf(a: AgentState): AgentSnapshot {
    const s: AgentSnapshot = {
      id: a.config.id, name: a.config.name, status: a.status, maxConcurrent: a.maxConcurrent,
      activeSessions: load(a), lastSessionEndedAt: a.lastSessionEndedAt, servingCustomer: a.servingCustomer,
    }
    if (a.config.group !== undefined) s.group = a.config.group
    if (a.config.avatar !== undefined) s.avatar = a.config.avatar
    return s
  }

  function agentSnapshots(): AgentSnapshot[] {
    return agents.map(snapshotOf)
  }

  function sessionSnapshot(): SessionSnapshot {
    const s: SessionSnapshot = { phase, started }
    if (servingAgent) { s.agentId = servingAgent.config.id; s.agentName = servingAgent.config.name }
    const pos = customerPosition()
    if (pos !== undefined) s.queuePosition = pos
    if (ratingSessionId) s.ratingSessionId = ratingSessionId
    if (activeFlow) s.flowId = activeFlow.flow.id
    return s
  }

  function queueSnapshot(): QueueSnapshot {
    const q: QueueSnapshot = { length: queue.length }
    const pos = customerPosition()
    if (pos !== undefined) q.customerPosition = pos
    return q
  }

  function fail<T>(code: SimulatorErrorCode, message: string): SimulatorResult<T> {
    return { ok: false, error: { code, message } }
  }

  function requireSeat<T>(): SimulatorResult<T> | AgentState {
    if (phase !== 'inSeat' || !servingAgent) return fail<T>('notInSeat', 'no agent is serving the customer')
    return servingAgent
  }

  function agentSend(agent: AgentState, out: Outgoing, onArrive?: (m: IncomingMessage) => void): string {
    const [id] = reply([{ out, agent, onArrive: (m) => { armNoReply(); onArrive?.(m) } }], 0)
    return id as string
  }

  const AGENT_KINDS = new Set<DecodedPayload['kind']>(['product', 'order', 'branch', 'form', 'richText', 'stream', 'welcome', 'clarify'])

  // ---- history --------------------------------------------------------------------------------------

  function seedHistory(n: number): void {
    if (n === 0) return
    const pairs = kb.entries.filter((e) => (e.locale === undefined || e.locale === locale) && (typeof e.answer === 'string' || e.answer.kind === 'text' || e.answer.kind === 'markdown'))
    const start = now() - (n + 1) * 60_000
    for (let i = 0; i < n; i++) {
      const time = start + i * 60_000
      const entry = pairs[Math.floor(i / 2) % Math.max(pairs.length, 1)]
      let body: WireBody
      let from: 'customer' | 'service' = i % 2 === 0 ? 'customer' : 'service'
      if (!entry) body = { type: 'text', text: `#${i + 1}` }
      else if (from === 'customer') body = { type: 'text', text: `${entry.question} (#${i + 1})` }
      else {
        const a = entry.answer
        body = typeof a === 'string' ? { type: 'text', text: a }
          : a.kind === 'text' ? { type: 'text', text: a.text }
          : a.kind === 'markdown' ? { type: 'custom', data: encodePayload({ kind: 'richText', src: '30', content: a.markdown }) }
          : { type: 'text', text: '' }
      }
      // every 20th message closes an old session, so the history reads like past visits
      if (i % 20 === 19) { body = { type: 'custom', data: encodePayload({ kind: 'sessionEnd', src: '19' }) }; from = 'service' }
      const m: IncomingMessage = { id: `h-${i + 1}`, time, seq: ++seq, from, body }
      if (from === 'customer') m.clientId = `h-client-${i + 1}`
      else m.senderName = serviceName
      storeMessage(m)
    }
  }

  // ---- the public object ----------------------------------------------------------------------------

  const sim: Simulator = {
    get status() { return status },
    get locale() { return locale },
    get agents() { return agentSnapshots() },
    get session() { return sessionSnapshot() },
    get queue() { return queueSnapshot() },
    get messages() { return store.map(copyMessage) },
    connect,
    async disconnect() {
      wantConnected = false
      setStatus('idle')
    },
    send,
    subscribe(listener) {
      listeners.add(listener)
      return () => { listeners.delete(listener) }
    },
    loadHistory,

    agentReply(text) {
      const agent = requireSeat<{ id: string }>()
      if (!('config' in agent)) return agent
      if (typeof text !== 'string' || text.trim() === '') return fail('empty', 'the reply is empty')
      return { ok: true, value: { id: agentSend(agent, { kind: 'text', text }) } }
    },
    agentSendPayload(payload) {
      const agent = requireSeat<{ id: string }>()
      if (!('config' in agent)) return agent
      if (!payload || !AGENT_KINDS.has(payload.kind)) {
        return fail('invalidPayload', `an agent can send ${[...AGENT_KINDS].join(', ')}; got ${String(payload?.kind)}`)
      }
      let out: DecodedPayload = payload
      if (out.kind === 'branch' || out.kind === 'form') {
        // a fresh menu is unanswered, whatever the caller passed in
        const { selected: _ignored, ...rest } = out
        out = rest as typeof out
      }
      try {
        encodePayload(out)
      } catch (e) {
        return fail('invalidPayload', e instanceof Error ? e.message : 'the payload cannot be encoded')
      }
      const menu = out.kind === 'branch' || out.kind === 'form' ? out : undefined
      const id = agentSend(agent, out, menu ? (m) => awaitAnswer({ kind: 'agentMenu', messageId: m.id, payload: menu }) : undefined)
      return { ok: true, value: { id } }
    },
    agentTyping() {
      const agent = requireSeat<undefined>()
      if (!('config' in agent)) return agent
      reply([{ out: { kind: 'typing', src: '12' }, agent }], 0)
      return { ok: true, value: undefined }
    },
    agentInviteRating() {
      const agent = requireSeat<{ id: string; sessionId: string }>()
      if (!('config' in agent)) return agent
      if (!(ruleFlag & RATING_RULE.agentMayInvite)) {
        return fail('notAllowed', 'the rating rules (menuSendRuleFlag) do not let agents invite a rating (bit 1<<1)')
      }
      const sessionId = ratingSessionId as string
      const [id] = reply([ratingEmission(sessionId)], 0)
      return { ok: true, value: { id: id as string, sessionId } }
    },
    agentEndSession() {
      const agent = requireSeat<undefined>()
      if (!('config' in agent)) return agent
      endHuman('agent')
      return { ok: true, value: undefined }
    },
    acceptNext(agentId) {
      if (agentId !== undefined && !agents.some((a) => a.config.id === agentId)) return fail('unknownAgent', `no agent "${agentId}"`)
      const agent = servingAgent
      if (phase !== 'offered' || !agent || (agentId !== undefined && agent.config.id !== agentId)) {
        return fail('nothingToAccept', agentId ? `nothing is waiting for agent "${agentId}"` : 'no customer is waiting to be accepted')
      }
      acceptCustomer(agent)
      return { ok: true, value: { agentId: agent.config.id } }
    },
    setAgentStatus(agentId, next) {
      const agent = agents.find((a) => a.config.id === agentId)
      if (!agent) return fail('unknownAgent', `no agent "${agentId}"`)
      agent.status = next
      // an agent who steps away before accepting hands the customer back to the head of the queue
      if (next !== 'free' && phase === 'offered' && servingAgent === agent) {
        agent.servingCustomer = false
        servingAgent = undefined
        queue.unshift({ id: CUSTOMER })
        setPhase('queued')
      }
      emitAgent({ type: 'agents', agents: agentSnapshots() })
      dispatch()
      return { ok: true, value: undefined }
    },
    onAgentEvent(listener) {
      agentListeners.add(listener)
      return () => { agentListeners.delete(listener) }
    },

    setOnline(online) {
      networkUp = online
      if (!online) {
        if (status === 'online' || status === 'connecting') setStatus('offline')
        return
      }
      if (wantConnected && status === 'offline') {
        setStatus('connecting')
        timer(connectDelay, () => { if (wantConnected && networkUp && status === 'connecting') setStatus('online') })
      }
    },
    failNextSends(n, code = 'timeout') {
      for (let i = 0; i < Math.max(0, Math.floor(n)); i++) failures.push(code)
    },

    idle() {
      if (pending === 0) return Promise.resolve()
      return new Promise<void>((resolve) => idleWaiters.push(resolve))
    },
    dispose() {
      disposed = true
      for (const t of timers) clearTimeout(t)
      timers.clear()
      pending = 0
      const waiters = idleWaiters
      idleWaiters = []
      for (const w of waiters) w()
      listeners.clear()
      agentListeners.clear()
      status = 'idle'
    },
  }
  return sim
}

// ---- helpers ------------------------------------------------------------------------------------

/** How keywords compare: case and width folded, surrounding spaces and punctuation ignored. */
export function keywordKey(text: string): string {
  return normalizeText(text).replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
}

function isFlag(out: Outgoing): boolean {
  return out.kind === 'typing' || out.kind === 'ratingRules' || out.kind === 'seatStatus' || out.kind === 'botCommand'
}

function menuItem(content: string, desc: string | undefined): MenuItem {
  return desc === undefined ? { content } : { content, desc }
}

/** Fills `{variable}` from a flow's form answers; unknown names stay as written. */
function fill(text: string, vars: Record<string, string> | undefined): string {
  if (!vars) return text
  // `${Name}` belongs to the backend templates, not to flow variables (no lookbehind: older Safari)
  return text.replace(/(\$?)\{(\w+)\}/g, (m, dollar: string, name: string) =>
    dollar === '' && Object.prototype.hasOwnProperty.call(vars, name) ? (vars[name] as string) : m)
}

/** Splits text into chunks of `size` code points (never inside a surrogate pair). */
export function splitChunks(text: string, size: number): string[] {
  const chars = Array.from(text)
  if (chars.length === 0) return ['']
  const out: string[] = []
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''))
  return out
}

function copyMessage(m: IncomingMessage): IncomingMessage {
  return { ...m, body: { ...m.body } }
}

function safeCall<E>(fn: (e: E) => void, e: E): void {
  try {
    fn(e)
  } catch (err) {
    // one broken listener must not stop the others or the simulator; surface it asynchronously
    setTimeout(() => { throw err }, 0)
  }
}

function nonNegative(n: number, name: string): number {
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) throw new RangeError(`kefu-kit simulator: ${name} must be a non-negative number`)
  return n
}

function validateLatency(l: Latency): void {
  if (typeof l === 'number') { nonNegative(l, 'latency'); return }
  nonNegative(l.min, 'latency.min')
  nonNegative(l.max, 'latency.max')
  if (l.max < l.min) throw new RangeError('kefu-kit simulator: latency.max must not be below latency.min')
}

function groupsOf(agents: AgentConfig[]): AgentGroup[] {
  const ids = [...new Set(agents.map((a) => a.group).filter((g): g is string => g !== undefined))]
  return ids.map((id) => ({ id, name: id }))
}

/** Checks every flow reference up front: a dangling step id is a configuration bug. */
function validateFlows(kb: KnowledgeBase, flows: Map<string, TaskFlow>): void {
  if (flows.size !== (kb.flows ?? []).length) throw new Error('kefu-kit simulator: duplicate task flow ids')
  const checkTarget = (flow: TaskFlow, t: FlowTarget | undefined, where: string): void => {
    if (t === undefined) return
    if (typeof t === 'string') {
      if (!flow.steps || !Object.prototype.hasOwnProperty.call(flow.steps, t)) throw new Error(`kefu-kit simulator: flow "${flow.id}" ${where} names missing step "${t}"`)
      return
    }
    checkStep(flow, t, where)
  }
  const checkStep = (flow: TaskFlow, s: FlowStep, where: string): void => {
    switch (s.kind) {
      case 'branch': {
        if (s.items.length === 0) throw new Error(`kefu-kit simulator: flow "${flow.id}" ${where} has a branch menu without items`)
        const contents = s.items.map((i) => i.content.trim())
        if (new Set(contents).size !== contents.length) throw new Error(`kefu-kit simulator: flow "${flow.id}" ${where} has duplicate branch items`)
        s.items.forEach((i) => checkTarget(flow, i.next, `${where} item "${i.content}"`))
        return
      }
      case 'form':
        if (!s.variable) throw new Error(`kefu-kit simulator: flow "${flow.id}" ${where} has a form without a variable`)
        if (s.options && s.options.length === 0) throw new Error(`kefu-kit simulator: flow "${flow.id}" ${where} has an options form without options`)
        checkTarget(flow, s.next, where)
        return
      case 'answer':
        checkTarget(flow, s.next, where)
        return
      case 'transfer':
        return
    }
  }
  for (const flow of flows.values()) {
    checkTarget(flow, flow.start, 'start')
    for (const [id, step] of Object.entries(flow.steps ?? {})) checkStep(flow, step, `step "${id}"`)
  }
  for (const e of kb.entries) {
    if (typeof e.answer !== 'string' && e.answer.kind === 'flow' && !flows.has(e.answer.flowId)) {
      throw new Error(`kefu-kit simulator: knowledge entry "${e.id}" names missing flow "${e.answer.flowId}"`)
    }
  }
}
