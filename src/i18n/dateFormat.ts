// Times and dates of the list ("01:59 PM", "Sun, January 5", "January 5, 2025") in the kit's
// fifteen languages, without an Intl object. Chromium pays ~30 ms of CPU for the first
// Intl.DateTimeFormat of a page (loading the locale's calendar data), which was the largest single
// cost of mounting the shell. The table holds, per locale, what `Intl.DateTimeFormat` prints for
// the three option sets the list uses (see DATE_OPTIONS), checked character for character against
// Intl in dateFormat.test.ts; any other locale (a host's own), or one whose chunk has not loaded,
// goes through Intl. Korean keeps 오전/오후, what browsers print (CLDR 48, in Node 20's ICU 78,
// writes AM/PM there).

/** The Intl options each kind stands for (and falls back to). */
export const DATE_OPTIONS = {
  time: { hour: '2-digit', minute: '2-digit' },
  day: { month: 'long', day: 'numeric', weekday: 'short' },
  dayYear: { year: 'numeric', month: 'long', day: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>

export type DateKind = keyof typeof DATE_OPTIONS

/**
 * One locale's row: time pattern, AM|PM words (none: 24 h), month names (none: month numbers),
 * weekday short names from Sunday, day pattern, day-with-year pattern. In a pattern {h} is the
 * 2-digit hour (12 h when the locale has AM/PM words), {m} the minutes, {a} the AM/PM word, {E}
 * the weekday, {M} the month, {d} the day, {y} the year and {Y} the Buddhist-era year (Thai's
 * default calendar). English is here; every other built-in locale's row is in its dictionary's
 * chunk (src/i18n/locales/*.ts, `dateFormat`), registered when that chunk loads.
 */
export type DateFormatRow = readonly [string, string, string, string, string, string]

const TABLE = new Map<string, DateFormatRow>([
  ['en', ['{h}:{m} {a}', 'AM|PM', 'January|February|March|April|May|June|July|August|September|October|November|December', 'Sun|Mon|Tue|Wed|Thu|Fri|Sat', '{E}, {M} {d}', '{M} {d}, {y}']],
])

/**
 * Back to English only (as at import). For tests that share one module graph (resetLocalesForTests).
 * @internal
 */
export function resetDateFormatsForTests(): void {
  for (const locale of Array.from(TABLE.keys())) if (locale !== 'en') TABLE.delete(locale)
  compiled.clear()
}

/** Adds a locale's row (the i18n loader does, for the built-in locales, as their chunk loads). */
export function registerDateFormat(locale: string, row: DateFormatRow): void {
  TABLE.set(locale, row)
  compiled.delete(locale)
}

interface Compiled {
  /** literal, token, literal, token, …, literal */
  time: string[]
  day: string[]
  dayYear: string[]
  ampm: string[] | null
  months: string[] | null
  weekdays: string[]
}

const compiled = new Map<string, Compiled | null>()
function patterns(locale: string): Compiled | null {
  let c = compiled.get(locale)
  if (c === undefined) {
    const row = TABLE.get(locale)
    c = row
      ? {
          time: row[0].split(/\{(\w)\}/),
          ampm: row[1] ? row[1].split('|') : null,
          months: row[2] ? row[2].split('|') : null,
          weekdays: row[3].split('|'),
          day: row[4].split(/\{(\w)\}/),
          dayYear: row[5].split(/\{(\w)\}/),
        }
      : null
    compiled.set(locale, c)
  }
  return c
}

const two = (n: number) => (n < 10 ? '0' + n : String(n))

/**
 * `time` in `locale` as `new Intl.DateTimeFormat(locale, DATE_OPTIONS[kind]).format(time)` prints
 * it, from the table for the kit's own locales (no Intl object), or undefined when the table does
 * not cover it (another locale, or a year outside 1000–9999): the caller then asks Intl.
 */
export function formatDateFast(time: number, locale: string, kind: DateKind): string | undefined {
  const c = patterns(locale)
  if (!c) return undefined
  const date = new Date(time)
  const year = date.getFullYear()
  if (!(year >= 1000 && year <= 9999)) return undefined
  const parts = c[kind]
  let out = parts[0] as string
  for (let i = 1; i < parts.length; i += 2) {
    const token = parts[i]
    let v: string
    if (token === 'h') {
      const h = date.getHours()
      v = two(c.ampm ? h % 12 || 12 : h)
    } else if (token === 'm') v = two(date.getMinutes())
    else if (token === 'a') v = (c.ampm as string[])[date.getHours() < 12 ? 0 : 1] as string
    else if (token === 'E') v = c.weekdays[date.getDay()] as string
    else if (token === 'M') v = c.months ? (c.months[date.getMonth()] as string) : String(date.getMonth() + 1)
    else if (token === 'd') v = String(date.getDate())
    else if (token === 'Y') v = String(year + 543)
    else v = String(year)
    out += v + (parts[i + 1] as string)
  }
  return out
}
