import { beforeAll, describe, expect, it } from 'vitest'
import { LOCALES, loadLocale, resetLocalesForTests } from './index'
import { DATE_OPTIONS, formatDateFast, type DateKind } from './dateFormat'

// English's row is in dateFormat.ts; every other locale's comes with its dictionary's chunk
let before: Record<string, string | undefined> = {}
beforeAll(async () => {
  resetLocalesForTests()
  const t = new Date(2025, 0, 5, 13, 5).getTime()
  before = Object.fromEntries(LOCALES.map((l) => [l, formatDateFast(t, l, 'time')]))
  await Promise.all(LOCALES.map((l) => loadLocale(l)))
})

// Times that exercise every part of the patterns: midnight, 1 am, late morning, noon, 1 pm and
// 23:59 (12/24 h and the AM/PM word), every month (names), every weekday, single- and two-digit
// days, and years either side of 2000 (Thai prints the Buddhist-era year).
function times(): number[] {
  const out: number[] = []
  const clock = [[0, 0], [0, 1], [1, 5], [9, 30], [11, 59], [12, 0], [12, 7], [13, 1], [19, 45], [23, 59]]
  for (const year of [1970, 1999, 2000, 2024, 2025, 2026, 2099]) {
    for (let month = 0; month < 12; month++) {
      for (const day of [1, 9, 10, 28]) {
        const [h, m] = clock[(month * 4 + day + year) % clock.length] as [number, number]
        out.push(new Date(year, month, day, h, m).getTime())
      }
    }
  }
  // every hour of one day, and seven days in a row (each weekday)
  for (let h = 0; h < 24; h++) out.push(new Date(2025, 5, 15, h, h * 2).getTime())
  for (let d = 0; d < 7; d++) out.push(new Date(2025, 10, 23 + d, 8, 0).getTime())
  return out
}

// Node 20's ICU (78, CLDR 48) writes Korean AM/PM as "AM"/"PM"; browsers (Chromium 156, and older
// CLDR) print 오전/오후, what the table keeps. Only that word is mapped; the rest is compared as is.
function intl(locale: string, kind: DateKind, time: number): string {
  const s = new Intl.DateTimeFormat(locale, DATE_OPTIONS[kind]).format(time)
  return locale === 'ko' && kind === 'time' ? s.replace(/^AM /, '오전 ').replace(/^PM /, '오후 ') : s
}

describe('formatDateFast', () => {
  const all = times()
  for (const locale of LOCALES) {
    for (const kind of Object.keys(DATE_OPTIONS) as DateKind[]) {
      it(`${locale} ${kind}: the same string as Intl.DateTimeFormat, character for character`, () => {
        const got = all.map((t) => formatDateFast(t, locale, kind))
        const want = all.map((t) => intl(locale, kind, t))
        expect(got).toEqual(want)
      })
    }
  }

  it('knows English at once and every other built-in locale once its chunk has loaded', () => {
    const t = new Date(2025, 0, 5, 13, 5).getTime()
    expect(before.en).toBe('01:05 PM')
    for (const locale of LOCALES) {
      if (locale !== 'en') expect(before[locale], locale).toBeUndefined()
      expect(formatDateFast(t, locale, 'time'), locale).toBeTypeOf('string')
    }
    expect(LOCALES).toHaveLength(15)
  })

  it('leaves any other locale, and years outside 1000–9999, to Intl (undefined)', () => {
    const t = new Date(2025, 0, 5, 13, 5).getTime()
    for (const other of ['en-GB', 'en-US', 'he', 'zh-HK', 'th-u-ca-gregory', 'constructor', '__proto__', 'toString']) {
      expect(formatDateFast(t, other, 'time')).toBeUndefined()
    }
    expect(formatDateFast(new Date(999, 0, 1).getTime(), 'en', 'dayYear')).toBeUndefined()
    expect(formatDateFast(new Date(10000, 0, 1).getTime(), 'en', 'dayYear')).toBeUndefined()
    expect(formatDateFast(-8.64e15, 'en', 'dayYear')).toBeUndefined()
  })
})
