// Text similarity for the simulated bot (问答策略).
//
// Method: TF-IDF weighted cosine similarity over a mixed token set.
//   - CJK runs (Han, kana, Hangul) → character bigrams (weight 1) plus single characters
//     (weight 0.5). Chinese has no spaces and a word segmenter needs a dictionary far too big to
//     ship in a UI kit; overlapping bigrams are the classic dictionary-free substitute in CJK
//     retrieval and capture most two-character words (主题, 安装, 人工). Single characters at half
//     weight keep one-character questions and partial words from scoring zero.
//   - Latin/digit runs → lowercase words with a light suffix stemmer (install / installing /
//     installed meet) and English stop words removed, because "how do I" carries no meaning.
//   - IDF is computed over every question of the library, so words every question shares
//     (如何, 怎么, "kefu", "kit") count for little and the distinctive words decide.
//   - Cosine normalises for length: a long question that merely contains the query's words scores
//     below one that says the same thing, which is what lets thresholds mean the same thing for
//     short and long inputs. Query terms the library has never seen still count in the query's
//     norm, so "install a database" scores lower than "install".
// It runs anywhere (no Node APIs, no dependencies) and is deterministic, which the tests need.

/** A weighted bag of tokens. */
type TermVector = Map<string, number>

const CJK_CLASS = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af'
const CJK = new RegExp(`[${CJK_CLASS}]`, 'u')
// CJK runs; letter runs (apostrophes inside words kept, CJK excluded so "markdown安全" splits);
// digit runs apart from letters so "vue2" meets "vue 2".
const RUN = new RegExp(`[${CJK_CLASS}]+|(?:(?![${CJK_CLASS}])\\p{L})+(?:['’]\\p{L}+)?|\\p{N}+`, 'gu')

// Function words that appear in every phrasing of a question. Removing them stops "how do I X"
// from looking like "how do I Y".
const EN_STOP = new Set([
  'a', 'an', 'the', 'is', 'are', 'am', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'i', 'you', 'we',
  'me', 'my', 'your', 'our', 'it', 'its', 'to', 'of', 'for', 'in', 'on', 'at', 'by', 'with', 'and', 'or',
  'how', 'what', 'can', 'could', 'should', 'would', 'will', 'this', 'that', 'there', 'please', 'about',
  'any', 'some', 'if', 'so', 'as', 'from', 'into', 'get', 'use', 'using', 'want', 'need', "i'm", 'im',
])
// Sentence particles only: content characters stay, because single characters do carry meaning.
const ZH_STOP = new Set(['的', '了', '吗', '呢', '吧', '啊', '呀', '么', '嘛', '哦', '是', '我', '你', '请', '问'])

// Question and request words: every phrasing has one (怎么退货 / 如何退货 / 我要退货), none says
// what is asked. They cut the run in two, so they add neither their own bigrams nor the junk
// bigrams across the word boundary (么退), and 怎么退货 meets 如何退货 on 退货 alone. Longest first.
const ZH_FUNCTION = /怎么样|可不可以|能不能|是不是|有没有|怎么|怎样|如何|可以|能否|是否|请问|一下|我想|我要|想要/gu

const UNIGRAM_WEIGHT = 0.5

/** Lowercases, folds full-width forms (ＡＢＣ, １２３, full-width punctuation) and trims. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim()
}

/** The light English stemmer: enough to make plural / -ing / -ed forms meet, no dictionary. */
export function stem(word: string): string {
  let w = word.replace(/['’]s$/, '')
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y'
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3)
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2)
  else if (w.length > 3 && w.endsWith('es') && /(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2)
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1)
  // "theme" → "them" is harmless: both sides of a comparison go through the same steps
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1)
  // British and American spellings meet (colour/color, customise/customize)
  if (w.length > 5 && w.endsWith('our')) w = w.slice(0, -2) + 'r'
  if (w.length > 5 && w.endsWith('is')) w = w.slice(0, -1) + 'z'
  return w
}

/** Splits a text into weighted terms (see the header for why these tokens). */
export function tokenize(text: string): TermVector {
  const out: TermVector = new Map()
  const add = (t: string, w: number): void => { out.set(t, (out.get(t) ?? 0) + w) }
  for (const m of normalizeText(text).matchAll(RUN)) {
    const run = m[0]
    if (CJK.test(run[0] as string)) {
      for (const piece of run.split(ZH_FUNCTION)) {
        const chars = Array.from(piece)
        chars.forEach((c, i) => {
          if (!ZH_STOP.has(c)) add(`u:${c}`, UNIGRAM_WEIGHT)
          const next = chars[i + 1]
          if (next !== undefined) add(`b:${c}${next}`, 1)
        })
      }
    } else {
      if (EN_STOP.has(run)) continue
      add(`w:${stem(run)}`, 1)
    }
  }
  return out
}

/** One searchable document: a question that belongs to a library entry. */
export interface IndexedQuestion<K> {
  key: K
  text: string
}

/** A scored library entry, best question first. */
export interface ScoredMatch<K> {
  key: K
  /** cosine similarity in [0, 1] */
  score: number
  /** the question of the entry that scored best */
  matched: string
}

/** A library indexed for similarity search. */
export interface SimilarityIndex<K> {
  /** every entry with a score above zero, best first, one result per key */
  search(query: string): ScoredMatch<K>[]
  /** the similarity of two texts under this index's IDF */
  score(a: string, b: string): number
}

/**
 * Indexes questions for TF-IDF cosine search. Several questions may share a key (a standard
 * question and its similar questions); an entry's score is that of its best question.
 */
export function createSimilarityIndex<K>(questions: readonly IndexedQuestion<K>[]): SimilarityIndex<K> {
  const docs = questions.map((q) => ({ key: q.key, text: q.text, norm: exactKey(q.text), terms: tokenize(q.text) }))
  const df = new Map<string, number>()
  for (const d of docs) for (const t of d.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1)
  const n = Math.max(docs.length, 1)
  // Unseen terms get the rarest possible weight: they are as distinctive as anything can be.
  // Except an unseen Chinese bigram: every word boundary makes one (有优惠券吗 → 有优, 券吗), so
  // most say nothing; an unknown word still weighs in through its characters, which stay.
  const idf = (t: string): number => {
    const f = df.get(t)
    if (f === undefined && t.startsWith('b:')) return 0
    return Math.log(1 + n / (f ?? 1))
  }
  const weigh = (terms: TermVector): { vec: TermVector; len: number } => {
    const vec: TermVector = new Map()
    let sum = 0
    for (const [t, tf] of terms) {
      const w = tf * idf(t)
      vec.set(t, w)
      sum += w * w
    }
    return { vec, len: Math.sqrt(sum) }
  }
  const weighted = docs.map((d) => ({ ...d, ...weigh(d.terms) }))
  const cosine = (a: { vec: TermVector; len: number }, b: { vec: TermVector; len: number }): number => {
    if (a.len === 0 || b.len === 0) return 0
    const [small, large] = a.vec.size <= b.vec.size ? [a.vec, b.vec] : [b.vec, a.vec]
    let dot = 0
    for (const [t, w] of small) {
      const o = large.get(t)
      if (o !== undefined) dot += w * o
    }
    // rounding can push an identical pair a hair over 1
    return Math.min(1, dot / (a.len * b.len))
  }

  return {
    search(query) {
      const qNorm = exactKey(query)
      const q = weigh(tokenize(query))
      const best = new Map<K, ScoredMatch<K>>()
      for (const d of weighted) {
        // Exact text (after folding case and width) is a certain hit even when every token is a
        // stop word, e.g. a small-talk entry "你好吗".
        const s = d.norm === qNorm && qNorm !== '' ? 1 : cosine(q, d)
        if (s <= 0) continue
        const prev = best.get(d.key)
        if (!prev || s > prev.score) best.set(d.key, { key: d.key, score: s, matched: d.text })
      }
      return [...best.values()].sort((a, b) => b.score - a.score)
    },
    score(a, b) {
      if (exactKey(a) === exactKey(b) && exactKey(a) !== '') return 1
      return cosine(weigh(tokenize(a)), weigh(tokenize(b)))
    },
  }
}

/**
 * The text an exact hit compares: folded like normalizeText, trailing punctuation and spaces
 * dropped, so "What can you do?" is the library's "What can you do" even though every word of it
 * is a stop word.
 */
function exactKey(text: string): string {
  return normalizeText(text).replace(/[\s\p{P}]+$/u, '')
}
