// The customer's messages, as the service side receives them: protocol payloads (start, rating,
// end), texts for the bot or the human, and what an agent console must see.
import type { IncomingMessage } from '../transport'
import type { DecodedPayload } from '../types'
import { decode } from '../wire/decode'
import { keywordKey } from './config'
import { copyMessage, type Emission, type SimContext } from './context'
import { aiMeta } from './flows'
import type { AgentConsoleEvent } from './types'

export interface Inbound {
  onCustomerMessage(m: IncomingMessage): void
}

export function createInbound(ctx: SimContext): Inbound {
  const { cfg, session: s } = ctx
  const texts = cfg.texts
  const reply: SimContext['outbox']['reply'] = (...args) => ctx.outbox.reply(...args)
  const routing = (): SimContext['routing'] => ctx.routing

  function forwardToAgent(m: IncomingMessage, payload: DecodedPayload | { kind: 'text'; text: string }): void {
    const ev: AgentConsoleEvent = { type: 'customerMessage', message: copyMessage(m), payload }
    if (s.servingAgent) ev.agentId = s.servingAgent.config.id
    ctx.emitAgent(ev)
  }

  function onCustomerMessage(m: IncomingMessage): void {
    const body = m.body
    if (body.type === 'custom') {
      const p = decode(body.data)
      switch (p.kind) {
        case 'start':
          s.language = p.language
          return onStart()
        case 'feedback': return onFeedback(p)
        case 'ratingSubmit': return ctx.ratings.onRatingSubmit(p)
        case 'ratingRequest': return ctx.ratings.onRatingRequest()
        case 'endSession':
          if (s.phase === 'inSeat') routing().endHuman('customer')
          return
        case 'taskForm':
          routing().stopNoReply()
          if (routing().humanPhase()) forwardToAgent(m, p)
          ctx.flows.submitTaskForm(p.inputVariables)
          return
        case 'transferToTaskFlow': {
          routing().stopNoReply()
          if (routing().humanPhase()) return forwardToAgent(m, p)
          const id = p.content.taskFlowID
          const flow = typeof id === 'string' || typeof id === 'number' ? cfg.flows.get(String(id)) : undefined
          if (flow) ctx.flows.startFlow(flow)
          else reply([{ out: { kind: 'text', text: texts.fallback }, meta: aiMeta('fallback') }])
          return
        }
        case 'transferToHuman': {
          routing().stopNoReply()
          if (routing().humanPhase()) return forwardToAgent(m, p)
          const agents = p.content.specifiedAgentList
          const group = p.content.specifiedGroupID
          routing().requestTransfer({
            agentIds: Array.isArray(agents) ? agents.filter((a): a is string => typeof a === 'string') : undefined,
            group: typeof group === 'string' || typeof group === 'number' ? String(group) : undefined,
          })
          return
        }
        default:
          // cards and anything else: only a human reads them; the bot has nothing to say
          routing().stopNoReply()
          if (routing().humanPhase()) forwardToAgent(m, p)
          return
      }
    }
    routing().stopNoReply()
    if (body.type !== 'text') {
      // an attachment: the agent console shows "[image]", "[file] invoice.pdf"
      const name = (body as { name?: unknown }).name
      if (routing().humanPhase()) forwardToAgent(m, { kind: 'text', text: typeof name === 'string' && name !== '' ? `[${body.type}] ${name}` : `[${body.type}]` })
      return
    }
    onCustomerText(m, body.text)
  }

  /** src 43: recorded for the agent console, whatever it names (a real backend would log it too). */
  function onFeedback(p: Extract<DecodedPayload, { kind: 'feedback' }>): void {
    const stored = ctx.store.get(p.messageID)
    const record = {
      messageId: p.messageID,
      score: p.score,
      reasons: [...p.reasons],
      comment: p.feedbackContent,
      known: stored !== undefined && stored.from === 'service' && stored.cloudCustomData !== undefined,
    }
    s.feedback.push(record)
    ctx.emitAgent({ type: 'feedback', feedback: { ...record, reasons: [...record.reasons] } })
  }

  function onStart(): void {
    s.started = true
    const items: Emission[] = [
      { out: { kind: 'ratingRules', src: '23', menuSendRuleFlag: cfg.ruleFlag } },
      { out: { kind: 'seatStatus', src: '26', inSeat: s.phase === 'inSeat' } },
    ]
    // a customer who reopens the widget mid-conversation is not welcomed again
    if (s.phase === 'bot' || s.phase === 'choosingGroup') {
      if (texts.welcome) items.push({ out: { kind: 'text', text: texts.welcome } })
      const questions = cfg.botOptions.enabled && cfg.botOptions.welcomeCard ? cfg.bot.welcomeQuestions(cfg.locale) : []
      if (questions.length > 0) {
        items.push({ out: { kind: 'welcome', src: '29', subtype: 'welcome_msg', title: texts.welcomeCardTitle, content: '', items: questions.map((q) => ({ content: q })) } })
      }
    } else if (s.phase === 'queued') {
      items.push(routing().queueText(routing().customerPosition() ?? 1))
    }
    reply(items)
    ctx.emitAgent({ type: 'session', session: routing().sessionSnapshot() })
  }

  function isTransferKeyword(text: string): boolean {
    return cfg.transferKeywords.has(keywordKey(text))
  }

  function onCustomerText(m: IncomingMessage, text: string): void {
    const exact = text.trim()
    if (routing().humanPhase()) {
      if (s.awaiting?.kind === 'agentMenu' || s.awaiting?.kind === 'agentTask') ctx.flows.answerAgentMenu(exact)
      forwardToAgent(m, { kind: 'text', text })
      if (s.phase === 'inSeat') {
        if (cfg.mode === 'auto') routing().scriptedReply(text)
      } else if (isTransferKeyword(exact)) {
        // asking again while waiting: say where things stand rather than start over
        if (s.phase === 'queued') reply([routing().queueText(routing().customerPosition() ?? 1)])
        else if (texts.alreadyQueued) reply([{ out: { kind: 'text', text: texts.alreadyQueued } }])
      }
      return
    }
    // The active menu or form comes first: its items are matched exactly, as the docs specify.
    if (s.awaiting && ctx.flows.answerAwaiting(exact)) return
    if (isTransferKeyword(exact)) return routing().requestTransfer()
    const flow = cfg.flowKeywords.get(keywordKey(exact))
    if (flow) return ctx.flows.startFlow(flow)
    if (!cfg.botOptions.enabled) return routing().requestTransfer()
    const d = cfg.bot.decide(text, cfg.locale)
    switch (d.kind) {
      case 'answer': return ctx.flows.answer(d.entry.answer)
      case 'smallTalk': reply([{ out: { kind: 'text', text: d.entry.answer }, meta: aiMeta('faq') }]); return
      case 'clarify':
        reply([{ out: { kind: 'clarify', src: '29', subtype: 'clarify_msg', title: texts.clarifyTitle, content: texts.clarifyTitle, items: d.candidates.map((c) => ({ content: c.entry.question })) } }])
        return
      case 'fallback':
        // the closest questions, however far, beat a dead end: the fallback text heads a clarify card
        if (d.candidates.length > 0) {
          const title = texts.fallback || texts.clarifyTitle
          reply([{ out: { kind: 'clarify', src: '29', subtype: 'clarify_msg', title, content: texts.clarifyTitle, items: d.candidates.map((c) => ({ content: c.entry.question })) }, meta: aiMeta('fallback') }])
        } else {
          reply([{ out: { kind: 'text', text: texts.fallback }, meta: aiMeta('fallback') }])
        }
    }
  }

  return { onCustomerMessage }
}
