// Times and dates of the list ("01:59 PM", "Sun, January 5", "January 5, 2025") in the kit's
// fifteen languages, without an Intl object. Chromium pays ~30 ms of CPU for the first
// Intl.DateTimeFormat of a page (loading the locale's calendar data), which was the largest single
// cost of mounting the shell. The table holds, per locale, what `Intl.DateTimeFormat` prints for
// the three option sets the list uses (see DATE_OPTIONS), checked character for character against
// Intl in dateFormat.test.ts; any other locale (a host's own) goes through Intl.

/** The Intl options each kind stands for (and falls back to). */
export const DATE_OPTIONS = {
  time: { hour: '2-digit', minute: '2-digit' },
  day: { month: 'long', day: 'numeric', weekday: 'short' },
  dayYear: { year: 'numeric', month: 'long', day: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>

export type DateKind = keyof typeof DATE_OPTIONS

// Per locale: time pattern, AM|PM words (none: 24 h), month names (none: month numbers), weekday
// short names from Sunday, day pattern, day-with-year pattern. In a pattern {h} is the 2-digit hour
// (12 h when the locale has AM/PM words), {m} the minutes, {a} the AM/PM word, {E} the weekday,
// {M} the month, {d} the day, {y} the year and {Y} the Buddhist-era year (Thai's default calendar).
// Korean keeps 오전/오후, what browsers print (CLDR 48, in Node 20's ICU 78, writes AM/PM).
const TABLE: Record<string, readonly [string, string, string, string, string, string]> = {
  en: ['{h}:{m} {a}', 'AM|PM', 'January|February|March|April|May|June|July|August|September|October|November|December', 'Sun|Mon|Tue|Wed|Thu|Fri|Sat', '{E}, {M} {d}', '{M} {d}, {y}'],
  'zh-CN': ['{h}:{m}', '', '', '周日|周一|周二|周三|周四|周五|周六', '{M}月{d}日{E}', '{y}年{M}月{d}日'],
  'zh-TW': ['{a}{h}:{m}', '上午|下午', '', '週日|週一|週二|週三|週四|週五|週六', '{M}月{d}日{E}', '{y}年{M}月{d}日'],
  ja: ['{h}:{m}', '', '', '日|月|火|水|木|金|土', '{M}月{d}日({E})', '{y}年{M}月{d}日'],
  ko: ['{a} {h}:{m}', '오전|오후', '', '일|월|화|수|목|금|토', '{M}월 {d}일 ({E})', '{y}년 {M}월 {d}일'],
  vi: ['{h}:{m}', '', '', 'CN|Thứ 2|Thứ 3|Thứ 4|Thứ 5|Thứ 6|Thứ 7', '{E}, {d} tháng {M}', '{d} tháng {M}, {y}'],
  th: ['{h}:{m}', '', 'มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม', 'อาทิตย์|จันทร์|อังคาร|พุธ|พฤหัส|ศุกร์|เสาร์', '{E} {d} {M}', '{d} {M} {Y}'],
  id: ['{h}.{m}', '', 'Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember', 'Min|Sen|Sel|Rab|Kam|Jum|Sab', '{E}, {d} {M}', '{d} {M} {y}'],
  ms: ['{h}:{m} {a}', 'PG|PTG', 'Januari|Februari|Mac|April|Mei|Jun|Julai|Ogos|September|Oktober|November|Disember', 'Ahd|Isn|Sel|Rab|Kha|Jum|Sab', '{E}, {d} {M}', '{d} {M} {y}'],
  fil: ['{h}:{m} {a}', 'AM|PM', 'Enero|Pebrero|Marso|Abril|Mayo|Hunyo|Hulyo|Agosto|Setyembre|Oktubre|Nobyembre|Disyembre', 'Lin|Lun|Mar|Miy|Huw|Biy|Sab', '{E}, {M} {d}', '{M} {d}, {y}'],
  es: ['{h}:{m}', '', 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre', 'dom|lun|mar|mié|jue|vie|sáb', '{E}, {d} de {M}', '{d} de {M} de {y}'],
  fr: ['{h}:{m}', '', 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre', 'dim.|lun.|mar.|mer.|jeu.|ven.|sam.', '{E} {d} {M}', '{d} {M} {y}'],
  de: ['{h}:{m}', '', 'Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember', 'So.|Mo.|Di.|Mi.|Do.|Fr.|Sa.', '{E}, {d}. {M}', '{d}. {M} {y}'],
  'pt-BR': ['{h}:{m}', '', 'janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro', 'dom.|seg.|ter.|qua.|qui.|sex.|sáb.', '{E}, {d} de {M}', '{d} de {M} de {y}'],
  ar: ['{h}:{m} {a}', 'ص|م', 'يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر', 'الأحد|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت', '{E}، {d} {M}', '{d} {M} {y}'],
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
    const row = Object.prototype.hasOwnProperty.call(TABLE, locale) ? TABLE[locale] : undefined
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
