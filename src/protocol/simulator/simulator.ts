// The in-process backend. It speaks the Transport interface on one side and plays the whole
// service side on the other: the bot, task flows, assignment and queueing, agents, ratings and
// timeouts, the way a Tencent Cloud Chat customer-service backend behaves as the customer sees it.
//
// This file wires the modules together and holds the public object (agent controls, fault
// injection, test helpers). One job per module:
//   config.ts     options → validated SimConfig (pure)
//   scheduler.ts  the ordered message clock, timers, idle()
//   store.ts      stored messages, ids and sequence numbers
//   transport.ts  connection status, backlog, receipts, injected failures, history pages
//   outbox.ts     emitting service messages: latency, gaps, streams, "modified"
//   inbound.ts    the customer's messages: start, texts for the bot or the human
//   flows.ts      bot answers, task flows, exact menu / form answers
//   routing.ts    transfer, queue, agent choice, offers, acceptance, session end, no-reply timeout
//   ratings.ts    rating cards and submissions
//   history.ts    pre-seeded older messages
import type { DecodedPayload } from '../types'
import { decode } from '../wire/decode'
import { encodePayload } from '../wire/encode'
import { resolveConfig } from './config'
import { createSessionRecord, safeCall, type AgentState, type Outgoing, type SimContext } from './context'
import { createFlows } from './flows'
import { seedHistory } from './history'
import { createInbound } from './inbound'
import { createOutbox } from './outbox'
import { createRatings } from './ratings'
import { createRouting } from './routing'
import { createScheduler } from './scheduler'
import { persistStore } from './persist'
import { createMessageStore } from './store'
import { createTransportSide } from './transport'
import { RATING_RULE } from '../types'
import type { AgentConsoleEvent, Simulator, SimulatorErrorCode, SimulatorOptions, SimulatorResult } from './types'

export { keywordKey } from './config'
export { splitChunks } from './outbox'

const AGENT_KINDS = new Set<DecodedPayload['kind']>([
  'product', 'order', 'branch', 'form', 'richText', 'stream', 'welcome', 'clarify',
  // Desk: task-flow menu and form, thinking, concurrency limit, timeout warning
  'taskBranch', 'taskForm', 'thinking', 'concurrencyLimit', 'timeoutWarning',
])
/** The biggest raw payload an agent may send (the decoder's default input limit is far above). */
const MAX_RAW_LENGTH = 64 * 1024

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
  const agentListeners = new Set<(e: AgentConsoleEvent) => void>()
  const ctx = {
    cfg: resolveConfig(options),
    session: createSessionRecord(),
    sched: createScheduler(),
    store: createMessageStore(),
    emitAgent(e: AgentConsoleEvent) {
      for (const l of [...agentListeners]) safeCall(l, e)
    },
  } as SimContext
  // the modules reach each other through ctx when called, so creation order is free
  ctx.transport = createTransportSide(ctx)
  ctx.outbox = createOutbox(ctx)
  ctx.routing = createRouting(ctx)
  ctx.flows = createFlows(ctx)
  ctx.ratings = createRatings(ctx)
  ctx.inbound = createInbound(ctx)
  const { cfg, session: s, transport, routing } = ctx

  if (options.storage) ctx.ready = persistStore(ctx.store, options.storage, options.storageKey || 'simulator')

  for (const m of seedHistory({ n: cfg.historySize, kb: cfg.kb, locale: cfg.locale, serviceName: cfg.serviceName, now: cfg.now(), nextSeq: ctx.store.nextSeq })) {
    ctx.store.add(m)
  }

  const fail = <T>(code: SimulatorErrorCode, message: string): SimulatorResult<T> => ({ ok: false, error: { code, message } })

  function requireSeat<T>(): SimulatorResult<T> | AgentState {
    if (s.phase !== 'inSeat' || !s.servingAgent) return fail<T>('notInSeat', 'no agent is serving the customer')
    return s.servingAgent
  }

  function agentSend(agent: AgentState, out: Outgoing, menu?: DecodedPayload): string {
    const onArrive = menu && (menu.kind === 'branch' || menu.kind === 'form')
      ? (m: { id: string }) => ctx.flows.awaitAnswer({ kind: 'agentMenu', messageId: m.id, payload: menu })
      : menu && ((menu.kind === 'taskBranch' && menu.status === 0) || (menu.kind === 'taskForm' && (menu.nodeStatus ?? 0) === 0))
        ? (m: { id: string }) => ctx.flows.awaitAnswer({ kind: 'agentTask', messageId: m.id, payload: menu })
        : undefined
    const [id] = ctx.outbox.reply([{ out, agent, onArrive: (m) => { routing.armNoReply(); onArrive?.(m) } }], 0)
    return id as string
  }

  function sendRaw(agent: AgentState, payload: unknown): SimulatorResult<{ id: string }> {
    let obj: unknown = payload
    if (typeof payload === 'string') {
      try {
        obj = JSON.parse(payload)
      } catch {
        return fail('invalidPayload', 'the raw payload is not valid JSON')
      }
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return fail('invalidPayload', 'a raw payload must be a JSON object')
    const src = (obj as Record<string, unknown>).src
    const srcOk = (typeof src === 'string' && src.trim() !== '') || (typeof src === 'number' && Number.isInteger(src) && src >= 0)
    if (!srcOk) return fail('invalidPayload', 'a raw payload needs a "src" (a non-empty string or an integer)')
    const record = obj as Record<string, unknown>
    // the customer-service marker, unless the caller chose one (chatbotPlugin: 1 is the bot's)
    const marked = 'customerServicePlugin' in record || 'chatbotPlugin' in record ? record : { customerServicePlugin: 0, ...record }
    let data: string
    try {
      data = JSON.stringify(marked)
    } catch (e) {
      return fail('invalidPayload', e instanceof Error ? e.message : 'the raw payload cannot be serialised')
    }
    if (data.length > MAX_RAW_LENGTH) return fail('invalidPayload', `the raw payload is too large (${data.length} characters; at most ${MAX_RAW_LENGTH})`)
    // a raw branch menu or form is still a menu the customer answers
    const id = agentSend(agent, { kind: 'raw', data }, decode(data))
    return { ok: true, value: { id } }
  }

  let reads = 0
  let lastReadAt: number | null = null
  const sim: Simulator = {
    get status() { return transport.status },
    get locale() { return cfg.locale },
    get agents() { return routing.agentSnapshots() },
    get session() { return routing.sessionSnapshot() },
    get queue() { return routing.queueSnapshot() },
    get messages() { return ctx.store.slice(0, ctx.store.length) },
    get feedback() { return s.feedback.map((f) => ({ ...f, reasons: [...f.reasons] })) },
    get readReports() { return reads },
    get lastReadAt() { return lastReadAt },
    markRead() {
      if (ctx.sched.disposed) return
      reads++
      lastReadAt = cfg.now()
      ctx.emitAgent({ type: 'read', time: lastReadAt })
    },
    connect: () => transport.connect(),
    disconnect: () => transport.disconnect(),
    send: (message, context) => transport.send(message, context),
    ...(cfg.media ? { capabilities: { media: { ...cfg.media } } } : {}),
    subscribe: (listener) => transport.subscribe(listener),
    loadHistory: (opts) => transport.loadHistory(opts),

    agentReply(text) {
      const agent = requireSeat<{ id: string }>()
      if (!('config' in agent)) return agent
      if (typeof text !== 'string' || text.trim() === '') return fail('empty', 'the reply is empty')
      return { ok: true, value: { id: agentSend(agent, { kind: 'text', text }) } }
    },
    agentSendPayload(payload) {
      const agent = requireSeat<{ id: string }>()
      if (!('config' in agent)) return agent
      // a decoded unknown payload carries its original data: send that as written
      if (payload?.kind === 'unknown' && payload.data) return sendRaw(agent, { ...payload.data, src: payload.src })
      if (!payload || !AGENT_KINDS.has(payload.kind)) {
        return fail('invalidPayload', `an agent can send ${[...AGENT_KINDS].join(', ')}; got ${String(payload?.kind)} (use agentSendRaw for any other payload)`)
      }
      let out: DecodedPayload = payload
      if (out.kind === 'branch' || out.kind === 'form' || out.kind === 'taskBranch') {
        // a fresh menu is unanswered, whatever the caller passed in
        const { selected: _ignored, ...rest } = out
        out = rest as typeof out
      } else if (out.kind === 'taskForm') {
        const { submittedValues: _ignored, ...rest } = out
        out = rest as typeof out
      }
      try {
        encodePayload(out)
      } catch (e) {
        return fail('invalidPayload', e instanceof Error ? e.message : 'the payload cannot be encoded')
      }
      return { ok: true, value: { id: agentSend(agent, out, out) } }
    },
    agentSendRaw(payload) {
      const agent = requireSeat<{ id: string }>()
      if (!('config' in agent)) return agent
      return sendRaw(agent, payload)
    },
    agentTyping() {
      const agent = requireSeat<undefined>()
      if (!('config' in agent)) return agent
      ctx.outbox.reply([{ out: { kind: 'typing', src: '12' }, agent }], 0)
      return { ok: true, value: undefined }
    },
    agentInviteRating() {
      const agent = requireSeat<{ id: string; sessionId: string }>()
      if (!('config' in agent)) return agent
      if (!(cfg.ruleFlag & RATING_RULE.agentMayInvite)) {
        return fail('notAllowed', 'the rating rules (menuSendRuleFlag) do not let agents invite a rating (bit 1<<1)')
      }
      const sessionId = s.ratingSessionId as string
      const [id] = ctx.outbox.reply([ctx.ratings.ratingEmission(sessionId)], 0)
      return { ok: true, value: { id: id as string, sessionId } }
    },
    agentEndSession() {
      const agent = requireSeat<undefined>()
      if (!('config' in agent)) return agent
      routing.endHuman('agent')
      return { ok: true, value: undefined }
    },
    acceptNext(agentId) {
      if (agentId !== undefined && !routing.agents.some((a) => a.config.id === agentId)) return fail('unknownAgent', `no agent "${agentId}"`)
      const agent = s.servingAgent
      if (s.phase !== 'offered' || !agent || (agentId !== undefined && agent.config.id !== agentId)) {
        return fail('nothingToAccept', agentId ? `nothing is waiting for agent "${agentId}"` : 'no customer is waiting to be accepted')
      }
      routing.acceptCustomer(agent)
      return { ok: true, value: { agentId: agent.config.id } }
    },
    setAgentStatus: (agentId, next) => routing.setAgentStatus(agentId, next),
    onAgentEvent(listener) {
      agentListeners.add(listener)
      return () => { agentListeners.delete(listener) }
    },

    setOnline: (online) => transport.setOnline(online),
    failNextSends: (n, code) => transport.failNextSends(n, code),
    failNextUploads: (n = 1) => transport.failNextUploads(n),

    idle: () => ctx.sched.idle(),
    dispose() {
      ctx.sched.dispose()
      transport.dispose()
      agentListeners.clear()
    },
  }
  return sim
}
