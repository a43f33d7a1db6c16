// The emoji picker's model: the bundled data parsed on first use, search in English and Chinese,
// and the recently used list kept in localStorage (guarded: private mode, a full quota or a
// hostile value never breaks the picker). No Vue here.

/** One emoji with its names and keywords (English and Chinese) for search and labels. */
export interface EmojiEntry {
  emoji: string
  en: string
  zh: string
  /** lower-cased names and keywords, for search */
  search: string
}

/** The picker's categories, in tab order (`recent` is added in front when it has entries). */
export const EMOJI_CATEGORIES = ['smileys', 'people', 'animals', 'food', 'travel', 'activities', 'objects', 'symbols'] as const
export type EmojiCategory = (typeof EMOJI_CATEGORIES)[number]

/** The parsed data: entries by category. */
export type EmojiSet = Record<EmojiCategory, EmojiEntry[]>

/** Parses the bundled data format (one emoji per line: emoji|en|en keywords|zh|zh keywords). */
export function parseEmojiData(data: Record<string, string>): EmojiSet {
  const set = {} as EmojiSet
  for (const category of EMOJI_CATEGORIES) {
    const raw = typeof data[category] === 'string' ? data[category]! : ''
    set[category] = raw.split('\n').filter(Boolean).map((line) => {
      const [emoji = '', en = '', enTags = '', zh = '', zhTags = ''] = line.split('|')
      return { emoji, en, zh, search: `${en} ${enTags} ${zh} ${zhTags}`.toLowerCase() }
    }).filter((e) => e.emoji)
  }
  return set
}

let loading: Promise<EmojiSet> | null = null

/** Loads the data (its own chunk) once; later calls share the promise. A failed load can be retried. */
export function loadEmojiSet(): Promise<EmojiSet> {
  if (!loading) {
    loading = import('./data').then((m) => parseEmojiData(m.EMOJI_DATA))
    loading.catch(() => { loading = null })
  }
  return loading
}

/** Entries whose names or keywords contain every word of `query` (English or Chinese), in order. */
export function searchEmoji(set: EmojiSet, query: string, limit = 200): EmojiEntry[] {
  const words = query.toLowerCase().trim().split(/\s+/).filter(Boolean)
  if (!words.length) return []
  const out: EmojiEntry[] = []
  for (const category of EMOJI_CATEGORIES) {
    for (const e of set[category]) {
      if (words.every((w) => e.search.includes(w) || e.emoji === w)) {
        out.push(e)
        if (out.length >= limit) return out
      }
    }
  }
  return out
}

/** Where the recently used emoji are kept. */
export const RECENT_EMOJI_KEY = 'kefu-kit:emoji-recent'
/** How many recently used emoji are kept. */
export const RECENT_EMOJI_MAX = 24

function storage(): Storage | null {
  try {
    return typeof localStorage !== 'undefined' ? localStorage : null
  } catch {
    return null
  }
}

/** The recently used emoji, most recent first (only short strings survive a hostile value). */
export function readRecentEmoji(): string[] {
  try {
    const raw = storage()?.getItem(RECENT_EMOJI_KEY)
    if (!raw) return []
    const list: unknown = JSON.parse(raw)
    if (!Array.isArray(list)) return []
    return list.filter((e): e is string => typeof e === 'string' && e.length > 0 && e.length <= 16).slice(0, RECENT_EMOJI_MAX)
  } catch {
    return []
  }
}

/** Puts `emoji` first in the recently used list; returns the new list (kept even if saving fails). */
export function rememberEmoji(emoji: string): string[] {
  const list = [emoji, ...readRecentEmoji().filter((e) => e !== emoji)].slice(0, RECENT_EMOJI_MAX)
  try {
    storage()?.setItem(RECENT_EMOJI_KEY, JSON.stringify(list))
  } catch {
    // private mode or a full quota: the list lives for this page only
  }
  return list
}

// the composer inserts an emoji with it: kept in caret.ts, so the rest of this model stays with the picker's code
export { insertAtCaret } from './caret'
