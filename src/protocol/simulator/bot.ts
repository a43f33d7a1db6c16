// The bot's answering strategy (问答策略), as the product docs order it:
//   1. Q&A score ≥ direct threshold → the best entry's answer;
//   2. else, small talk on and small-talk score ≥ its threshold → the small-talk answer;
//   3. else, clarify on and Q&A score ≥ clarify threshold → "did you mean" with the top N;
//   4. else → the fallback reply.
import { createSimilarityIndex, type SimilarityIndex } from './similarity'
import type { BotOptions, KnowledgeBase, KnowledgeEntry, SimulatorLocale, SmallTalkEntry } from './types'

/** The bot options with every default applied. */
export type ResolvedBotOptions = Required<BotOptions>

/** Defaults calibrated on the built-in library (see bot.test.ts for the cases that pin them). */
export const DEFAULT_BOT_OPTIONS: ResolvedBotOptions = {
  enabled: true,
  directThreshold: 0.7,
  smallTalk: true,
  smallTalkThreshold: 0.6,
  clarify: true,
  clarifyThreshold: 0.3,
  clarifyCount: 3,
  welcomeCard: true,
  welcomeCardCount: 20,
}

export interface Scored<T> {
  entry: T
  score: number
}

/** What the bot decided for one customer text. */
export type BotDecision =
  | { kind: 'answer'; entry: KnowledgeEntry; score: number }
  | { kind: 'smallTalk'; entry: SmallTalkEntry; score: number }
  | { kind: 'clarify'; candidates: Array<Scored<KnowledgeEntry>> }
  /**
   * nothing close enough; `candidates` are still the closest questions (score above zero, one
   * language, at most clarifyCount), so the fallback can offer them instead of a dead end
   */
  | { kind: 'fallback'; bestScore: number; candidates: Array<Scored<KnowledgeEntry>> }

export interface Bot {
  /**
   * decides the reply; `locale` breaks near-ties (a question both the Chinese and the English
   * library answer, like "Vue 2") in favour of the session's language
   */
  decide(text: string, locale?: SimulatorLocale): BotDecision
  /** the best Q&A and small-talk matches with scores, for tests and a playground's debug panel */
  explain(text: string): { knowledge: Array<Scored<KnowledgeEntry>>; smallTalk: Array<Scored<SmallTalkEntry>> }
  /** the welcome card's questions for a locale: featured entries first, library order */
  welcomeQuestions(locale: SimulatorLocale): string[]
}

/** Builds the bot for a knowledge base. Throws on invalid thresholds, which are programming errors. */
export function createBot(kb: KnowledgeBase, options: BotOptions = {}): Bot {
  const opts: ResolvedBotOptions = { ...DEFAULT_BOT_OPTIONS, ...stripUndefined(options) }
  validate(opts)
  const entries = kb.entries
  const smallTalk = kb.smallTalk ?? []
  const kIndex: SimilarityIndex<number> = createSimilarityIndex(
    entries.flatMap((e, i) => [e.question, ...(e.similar ?? [])].map((text) => ({ key: i, text }))),
  )
  const sIndex: SimilarityIndex<number> = createSimilarityIndex(
    smallTalk.flatMap((e, i) => [e.question, ...(e.similar ?? [])].map((text) => ({ key: i, text }))),
  )

  const explain: Bot['explain'] = (text) => ({
    knowledge: kIndex.search(text).map((m) => ({ entry: entries[m.key] as KnowledgeEntry, score: m.score })),
    smallTalk: sIndex.search(text).map((m) => ({ entry: smallTalk[m.key] as SmallTalkEntry, score: m.score })),
  })

  return {
    explain,
    decide(text, locale) {
      const raw = explain(text)
      const knowledge = preferLocale(raw.knowledge, locale)
      const talk = preferLocale(raw.smallTalk, locale)
      const best = knowledge[0]
      if (best && best.score >= opts.directThreshold) return { kind: 'answer', entry: best.entry, score: best.score }
      const bestTalk = talk[0]
      if (opts.smallTalk && bestTalk && bestTalk.score >= opts.smallTalkThreshold) {
        return { kind: 'smallTalk', entry: bestTalk.entry, score: bestTalk.score }
      }
      // one card in one language: the language of the best candidate
      const lang = best?.entry.locale
      const sameLanguage = (list: Array<Scored<KnowledgeEntry>>): Array<Scored<KnowledgeEntry>> =>
        list.filter((k) => k.entry.locale === undefined || lang === undefined || k.entry.locale === lang).slice(0, opts.clarifyCount)
      if (opts.clarify && best && best.score >= opts.clarifyThreshold) {
        return { kind: 'clarify', candidates: sameLanguage(knowledge.filter((k) => k.score >= opts.clarifyThreshold)) }
      }
      return { kind: 'fallback', bestScore: best?.score ?? 0, candidates: opts.clarify ? sameLanguage(knowledge) : [] }
    },
    welcomeQuestions(locale) {
      const mine = entries.filter((e) => e.locale === undefined || e.locale === locale)
      const featured = mine.filter((e) => e.featured)
      // a library without featured entries still gets a useful card
      return (featured.length > 0 ? featured : mine).slice(0, Math.min(opts.welcomeCardCount, 20)).map((e) => e.question)
    },
  }
}

// Scores this close are the same answer in two languages, not a real preference.
const TIE = 0.02

/** Puts the best entry of `locale` first when it scores within TIE of the overall best. */
function preferLocale<T extends { locale?: SimulatorLocale }>(list: Array<Scored<T>>, locale: SimulatorLocale | undefined): Array<Scored<T>> {
  const top = list[0]
  if (!locale || !top || top.entry.locale === undefined || top.entry.locale === locale) return list
  const i = list.findIndex((s) => (s.entry.locale === undefined || s.entry.locale === locale) && top.score - s.score <= TIE)
  if (i <= 0) return list
  return [list[i] as Scored<T>, ...list.slice(0, i), ...list.slice(i + 1)]
}

function validate(o: ResolvedBotOptions): void {
  const inUnit = (n: number): boolean => Number.isFinite(n) && n >= 0 && n <= 1
  if (!inUnit(o.directThreshold) || !inUnit(o.smallTalkThreshold) || !inUnit(o.clarifyThreshold)) {
    throw new RangeError('kefu-kit simulator: bot thresholds must be numbers between 0 and 1')
  }
  if (o.clarify && o.clarifyThreshold > o.directThreshold) {
    throw new RangeError('kefu-kit simulator: clarifyThreshold must not exceed directThreshold')
  }
  if (!Number.isInteger(o.clarifyCount) || o.clarifyCount < 1) {
    throw new RangeError('kefu-kit simulator: clarifyCount must be a positive integer')
  }
}

/** Drops keys whose value is undefined, so `{ ...defaults, ...options }` keeps the defaults. */
export function stripUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {}
  for (const k of Object.keys(o) as Array<keyof T>) if (o[k] !== undefined) out[k] = o[k]
  return out
}
