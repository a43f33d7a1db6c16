// Configuration: resolves SimulatorOptions into one immutable SimConfig, defaults applied and
// everything validated up front. Pure: no timers, no state; a configuration bug throws here, at
// createSimulator, rather than halfway through a conversation.
import { createBot, DEFAULT_BOT_OPTIONS, stripUndefined, type Bot, type ResolvedBotOptions } from './bot'
import { DEFAULT_TRANSFER_KEYWORDS, defaultAgentReplies, defaultAgents, defaultGroups, defaultTexts } from './defaults'
import { validateWorkingHours } from './hours'
import { defaultKnowledgeBase } from './knowledge'
import { normalizeText } from './similarity'
import type { TransportCapabilities } from '../transport'
import type {
  AgentConfig,
  AgentGroup,
  AgentScript,
  FlowStep,
  FlowTarget,
  KnowledgeBase,
  Latency,
  SimulatorLocale,
  SimulatorOptions,
  SimulatorTexts,
  TaskFlow,
  VirtualLoad,
  WorkingHours,
} from './types'

const MB = 1024 * 1024
/** What the simulated backend accepts by default (Tencent Cloud Chat's own limits). */
export const DEFAULT_MEDIA: NonNullable<TransportCapabilities['media']> = {
  image: { maxBytes: 20 * MB },
  file: { maxBytes: 100 * MB },
  video: { maxBytes: 100 * MB },
  audio: { maxBytes: 20 * MB },
}

function positive(n: number, name: string): number {
  if (typeof n !== 'number' || Number.isNaN(n) || n <= 0) throw new RangeError(`${name} must be a positive number, got ${String(n)}`)
  return n
}

// 10,000 history messages are generated once; a bound keeps a typo (1e9) from freezing a tab.
export const MAX_HISTORY = 200_000

export interface SimConfig {
  readonly locale: SimulatorLocale
  readonly texts: SimulatorTexts
  readonly kb: KnowledgeBase
  readonly botOptions: ResolvedBotOptions
  readonly bot: Bot
  readonly flows: ReadonlyMap<string, TaskFlow>
  /** keys made by keywordKey */
  readonly transferKeywords: ReadonlySet<string>
  readonly flowKeywords: ReadonlyMap<string, TaskFlow>
  readonly serviceName: string
  readonly mode: 'auto' | 'manual'
  readonly assignment: 'auto' | 'group'
  readonly agentConfigs: readonly AgentConfig[]
  readonly groups: readonly AgentGroup[]
  readonly script: Required<Pick<AgentScript, 'greeting' | 'replies' | 'typingMs' | 'acceptDelayMs'>> & Pick<AgentScript, 'reply'>
  readonly workingHours: WorkingHours | null
  readonly ruleFlag: number
  readonly ratingType: 1 | 2
  readonly effectiveHour: number
  readonly noReplyMs: number
  /** ms before the no-reply timeout that src 37 warns; 0 = none */
  readonly noReplyWarningMs: number
  readonly modelConcurrency: { limit: number; busy: number } | null
  readonly thinkingMs: number
  readonly latency: Latency
  readonly messageGap: number
  readonly connectDelay: number
  readonly media: TransportCapabilities['media'] | null
  /** bytes per second; Infinity: instant */
  readonly uploadRate: number
  readonly uploadTick: number
  readonly streamAnswers: 'all' | 'none' | 'marked'
  readonly chunkSize: number
  readonly streamInterval: number
  readonly now: () => number
  readonly random: () => number
  readonly virtualLoad: VirtualLoad
  readonly virtualServiceTime: number
  readonly waitingAhead: number
  /** older messages to pre-seed, already bounded */
  readonly historySize: number
}

/** Applies defaults and validates. Throws RangeError / Error on a configuration bug. */
export function resolveConfig(options: SimulatorOptions = {}): SimConfig {
  const locale: SimulatorLocale = options.locale ?? 'zh-CN'
  const texts: SimulatorTexts = { ...defaultTexts(locale), ...stripUndefined(options.texts ?? {}) }
  const kb: KnowledgeBase = options.knowledge ?? defaultKnowledgeBase()
  const botOptions: ResolvedBotOptions = { ...DEFAULT_BOT_OPTIONS, ...stripUndefined(options.bot ?? {}) }
  const bot = createBot(kb, botOptions)
  const flows = new Map<string, TaskFlow>((kb.flows ?? []).map((f) => [f.id, f]))
  validateFlows(kb, flows)
  const transferKeywords = new Set((options.transferKeywords ?? DEFAULT_TRANSFER_KEYWORDS).map(keywordKey))
  const flowKeywords = new Map<string, TaskFlow>()
  for (const f of flows.values()) for (const k of f.keywords ?? []) flowKeywords.set(keywordKey(k), f)
  const agentConfigs = options.agents ?? defaultAgents(locale)
  validateAgents(agentConfigs)
  const scriptDefaults = defaultAgentReplies(locale)
  const workingHours = options.workingHours ?? null
  if (workingHours) validateWorkingHours(workingHours)
  const ruleFlag = options.menuSendRuleFlag ?? 7
  if (!Number.isInteger(ruleFlag) || ruleFlag < 0) throw new RangeError('kefu-kit simulator: menuSendRuleFlag must be a non-negative integer')
  const effectiveHour = options.rating?.effectiveHour ?? 12
  if (!(effectiveHour > 0)) throw new RangeError('kefu-kit simulator: rating.effectiveHour must be positive')
  const latency: Latency = options.latency ?? { min: 400, max: 900 }
  validateLatency(latency)
  const instant = latency === 0
  const virtualLoad = options.virtualLoad ?? {}
  for (const o of virtualLoad.occupiedBy ?? []) {
    if (!agentConfigs.some((a) => a.id === o.agentId)) throw new Error(`kefu-kit simulator: virtualLoad names unknown agent "${o.agentId}"`)
    nonNegative(o.for, 'virtualLoad.occupiedBy[].for')
  }
  return {
    locale,
    texts,
    kb,
    botOptions,
    bot,
    flows,
    transferKeywords,
    flowKeywords,
    serviceName: options.serviceName ?? (locale === 'en' ? 'Kefu Kit Assistant' : '智能客服'),
    mode: options.mode ?? 'auto',
    assignment: options.assignment ?? 'auto',
    agentConfigs,
    groups: options.groups ?? (options.agents ? groupsOf(agentConfigs) : defaultGroups(locale)),
    script: {
      greeting: options.agentScript?.greeting ?? scriptDefaults.greeting,
      replies: options.agentScript?.replies ?? scriptDefaults.replies,
      reply: options.agentScript?.reply,
      typingMs: nonNegative(options.agentScript?.typingMs ?? 1200, 'agentScript.typingMs'),
      acceptDelayMs: nonNegative(options.agentScript?.acceptDelayMs ?? 600, 'agentScript.acceptDelayMs'),
    },
    workingHours,
    ruleFlag,
    ratingType: options.rating?.type ?? 1,
    effectiveHour,
    noReplyMs: nonNegative(options.noReplyTimeout ?? 0, 'noReplyTimeout') * 1000,
    noReplyWarningMs: nonNegative(options.noReplyWarningMs ?? 0, 'noReplyWarningMs'),
    modelConcurrency: resolveConcurrency(options.modelConcurrency),
    thinkingMs: nonNegative(options.thinkingMs ?? (instant ? 0 : 800), 'thinkingMs'),
    latency,
    messageGap: nonNegative(options.messageGap ?? (instant ? 0 : 150), 'messageGap'),
    connectDelay: nonNegative(options.connectDelay ?? (instant ? 0 : 300), 'connectDelay'),
    media: options.media === false ? null : { ...(options.media ?? DEFAULT_MEDIA) },
    uploadRate: options.uploadRate !== undefined ? positive(options.uploadRate, 'uploadRate') : instant ? Infinity : 2_000_000,
    uploadTick: options.uploadTick !== undefined ? positive(options.uploadTick, 'uploadTick') : 100,
    streamAnswers: options.streaming?.answers ?? 'marked',
    chunkSize: Math.max(1, Math.floor(options.streaming?.chunkSize ?? 12)),
    streamInterval: nonNegative(options.streaming?.interval ?? (instant ? 0 : 90), 'streaming.interval'),
    now: options.now ?? (() => Date.now()),
    random: options.random ?? Math.random,
    virtualLoad,
    virtualServiceTime: nonNegative(virtualLoad.serviceTime ?? 4000, 'virtualLoad.serviceTime'),
    waitingAhead: Math.floor(nonNegative(virtualLoad.waitingAhead ?? 0, 'virtualLoad.waitingAhead')),
    historySize: Math.min(Math.max(0, Math.floor(options.history ?? 0)), MAX_HISTORY),
  }
}

/** How keywords compare: case and width folded, surrounding spaces and punctuation ignored. */
export function keywordKey(text: string): string {
  return normalizeText(text).replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
}

function validateAgents(agentConfigs: readonly AgentConfig[]): void {
  agentConfigs.forEach((config, i) => {
    if (!config.id) throw new Error('kefu-kit simulator: every agent needs an id')
    if (agentConfigs.findIndex((a) => a.id === config.id) !== i) throw new Error(`kefu-kit simulator: duplicate agent id "${config.id}"`)
    const maxConcurrent = config.maxConcurrent ?? 1
    if (!Number.isInteger(maxConcurrent) || maxConcurrent < 1) throw new RangeError(`kefu-kit simulator: agent "${config.id}" maxConcurrent must be a positive integer`)
  })
}

function nonNegative(n: number, name: string): number {
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) throw new RangeError(`kefu-kit simulator: ${name} must be a non-negative number`)
  return n
}

function resolveConcurrency(c: SimulatorOptions['modelConcurrency']): { limit: number; busy: number } | null {
  if (c === undefined || c === null) return null
  const limit = nonNegative(c.limit, 'modelConcurrency.limit')
  const busy = nonNegative(c.busy ?? 0, 'modelConcurrency.busy')
  if (!Number.isInteger(limit) || !Number.isInteger(busy)) throw new RangeError('kefu-kit simulator: modelConcurrency.limit and busy must be integers')
  return { limit, busy }
}

function validateLatency(l: Latency): void {
  if (typeof l === 'number') { nonNegative(l, 'latency'); return }
  nonNegative(l.min, 'latency.min')
  nonNegative(l.max, 'latency.max')
  if (l.max < l.min) throw new RangeError('kefu-kit simulator: latency.max must not be below latency.min')
}

function groupsOf(agents: readonly AgentConfig[]): AgentGroup[] {
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
      case 'taskBranch': {
        if (s.items.length === 0) throw new Error(`kefu-kit simulator: flow "${flow.id}" ${where} has a task menu without items`)
        const contents = s.items.map((i) => i.content.trim())
        if (new Set(contents).size !== contents.length) throw new Error(`kefu-kit simulator: flow "${flow.id}" ${where} has duplicate task menu items`)
        s.items.forEach((i) => checkTarget(flow, i.next, `${where} item "${i.content}"`))
        return
      }
      case 'taskForm': {
        if (s.fields.length === 0) throw new Error(`kefu-kit simulator: flow "${flow.id}" ${where} has a task form without fields`)
        const names = s.fields.map((f) => f.name)
        if (names.some((n) => !n) || new Set(names).size !== names.length) throw new Error(`kefu-kit simulator: flow "${flow.id}" ${where} has a task form with empty or duplicate field names`)
        checkTarget(flow, s.next, where)
        return
      }
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
