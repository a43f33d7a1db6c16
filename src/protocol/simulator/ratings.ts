// Ratings (满意度评价): the rating card (src 9) per human session, the customer's submission
// (src 10: once, before it expires, with a known option) and a card asked for with src 24.
import { decode } from '../wire/decode'
import { RATING_RULE, type RatingOption, type RatingPayload, type RatingSubmitPayload } from '../types'
import type { Emission, RatingRecord, SimContext } from './context'

const RATING_IDS = ['101', '102', '103', '104', '105'] as const

export interface Ratings {
  newSessionId(): string
  /** the rating card for a session, registered so a later submission can be checked */
  ratingEmission(sessionId: string): Emission
  /** whether a card was already sent for this session */
  has(sessionId: string): boolean
  onRatingSubmit(p: RatingSubmitPayload): void
  onRatingRequest(): void
}

export function createRatings(ctx: SimContext): Ratings {
  const { cfg, session: s } = ctx
  const records = new Map<string, RatingRecord>()

  function ratingEmission(sessionId: string): Emission {
    const expireTime = Math.floor(cfg.now() / 1000) + Math.round(cfg.effectiveHour * 3600)
    const payload: RatingPayload = {
      kind: 'rating', src: '9', head: cfg.texts.ratingHead, tail: cfg.texts.ratingTail,
      menu: RATING_IDS.map((id, i) => ({ id, content: cfg.texts.ratingOptions[i] as string })),
      type: cfg.ratingType, sessionId, effectiveHour: cfg.effectiveHour, expireTime,
    }
    const record = records.get(sessionId) ?? { expireTime, messageIds: [] }
    record.expireTime = Math.max(record.expireTime, expireTime)
    records.set(sessionId, record)
    return { out: payload, agent: s.servingAgent, onArrive: (m) => record.messageIds.push(m.id) }
  }

  return {
    newSessionId: () => `rating-${cfg.now().toString(36)}-${ctx.store.nextId('r')}`,
    ratingEmission,
    has: (sessionId) => records.has(sessionId),
    onRatingSubmit(p) {
      const { id, sessionId } = p.menuSelected
      const record = records.get(sessionId)
      const ignore = (reason: 'expired' | 'alreadyRated' | 'unknownSession' | 'invalidOption'): void => ctx.emitAgent({ type: 'ratingIgnored', sessionId, reason })
      if (!record) return ignore('unknownSession')
      if (record.selected) return ignore('alreadyRated')
      if (Math.floor(cfg.now() / 1000) > record.expireTime) return ignore('expired')
      const i = RATING_IDS.indexOf(id as (typeof RATING_IDS)[number])
      if (i < 0) return ignore('invalidOption')
      const option: RatingOption = { id, content: cfg.texts.ratingOptions[i] as string }
      record.selected = option
      for (const messageId of record.messageIds) {
        const stored = ctx.store.get(messageId)
        const prev = stored && stored.body.type === 'custom' ? decode(stored.body.data) : undefined
        if (prev?.kind === 'rating') ctx.sched.schedule(0, () => ctx.outbox.modify(messageId, { ...prev, selected: option }))
      }
      ctx.emitAgent({ type: 'rating', sessionId, option })
    },
    onRatingRequest() {
      if (s.phase !== 'inSeat' || !(cfg.ruleFlag & RATING_RULE.customerMayRequest) || !s.ratingSessionId) return
      ctx.outbox.reply([ratingEmission(s.ratingSessionId)])
    },
  }
}
