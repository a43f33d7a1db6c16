// The customer's messages, as the service side receives them: protocol payloads (start, rating,
// end), texts for the bot or the human, and what an agent console must see.
import type { IncomingMessage } from '../transport'
import type { DecodedPayload } from '../types'
import { decode } from '../wire/decode'
import { keywordKey } from './config'
import { copyMessage, type Emission, type SimContext } from './context'
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
        case 'start': return onStart()
        case 'ratingSubmit': return ctx.ratings.onRatingSubmit(p)
        case 'ratingRequest': return ctx.ratings.onRatingRequest()
        case 'endSession':
          if (s.phase === 'inSeat') routing().endHuman('customer')
          return
        default:
          // cards and anything else: only a human reads them; the bot has nothing to say
          routing().stopNoReply()
          if (routing().humanPhase()) forwardToAgent(m, p)
          return
      }
    }
    routing().stopNoReply()
    if (body.type === 'image') {
      if (routing().humanPhase()) forwardToAgent(m, { kind: 'text', text: '[image]' })
      return
    }
    onCustomerText(m, body.text)
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
      if (s.awaiting?.kind === 'agentMenu') ctx.flows.answerAgentMenu(exact)
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
      case 'smallTalk': reply([{ out: { kind: 'text', text: d.entry.answer } }]); return
      case 'clarify':
        reply([{ out: { kind: 'clarify', src: '29', subtype: 'clarify_msg', title: texts.clarifyTitle, content: texts.clarifyTitle, items: d.candidates.map((c) => ({ content: c.entry.question })) } }])
        return
      case 'fallback':
        // the closest questions, however far, beat a dead end: the fallback text heads a clarify card
        if (d.candidates.length > 0) {
          const title = texts.fallback || texts.clarifyTitle
          reply([{ out: { kind: 'clarify', src: '29', subtype: 'clarify_msg', title, content: texts.clarifyTitle, items: d.candidates.map((c) => ({ content: c.entry.question })) } }])
        } else {
          reply([{ out: { kind: 'text', text: texts.fallback } }])
        }
    }
  }

  return { onCustomerMessage }
}
