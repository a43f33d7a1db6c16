// History: pre-seeded older messages, so long histories can be paged (and benchmarked). Pure:
// it builds the messages; the caller stores them.
import type { IncomingMessage, WireBody } from '../transport'
import { encodePayload } from '../wire/encode'
import type { KnowledgeBase, SimulatorLocale } from './types'

export interface HistoryInput {
  n: number
  kb: KnowledgeBase
  locale: SimulatorLocale
  serviceName: string
  /** the time now; the history ends a minute before it, one message a minute */
  now: number
  nextSeq: () => number
}

/** Customer questions and bot answers from the library, a closed session every 20 messages. */
export function seedHistory({ n, kb, locale, serviceName, now, nextSeq }: HistoryInput): IncomingMessage[] {
  const out: IncomingMessage[] = []
  if (n === 0) return out
  const pairs = kb.entries.filter((e) => (e.locale === undefined || e.locale === locale) && (typeof e.answer === 'string' || e.answer.kind === 'text' || e.answer.kind === 'markdown'))
  const start = now - (n + 1) * 60_000
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
    const m: IncomingMessage = { id: `h-${i + 1}`, time, seq: nextSeq(), from, body }
    if (from === 'customer') m.clientId = `h-client-${i + 1}`
    else m.senderName = serviceName
    out.push(m)
  }
  return out
}
