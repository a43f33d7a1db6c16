// Working hours (工作时间): per weekday, a list of 'HH:MM-HH:MM' ranges.
import type { WorkingHours } from './types'

interface Range { start: number; end: number }

const RANGE = /^\s*(\d{1,2}):(\d{2})\s*[-~–]\s*(\d{1,2}):(\d{2})\s*$/

/** Parses 'HH:MM-HH:MM' into minutes since midnight; throws on a malformed range (a config bug). */
export function parseRange(text: string): Range {
  const m = RANGE.exec(text)
  if (!m) throw new RangeError(`kefu-kit simulator: working-hours range "${text}" is not 'HH:MM-HH:MM'`)
  const [h1, m1, h2, m2] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number]
  const start = h1 * 60 + m1
  const end = h2 * 60 + m2
  if (h1 > 23 || m1 > 59 || h2 > 24 || m2 > 59 || end > 24 * 60) {
    throw new RangeError(`kefu-kit simulator: working-hours range "${text}" is out of 00:00-24:00`)
  }
  return { start, end }
}

/** Validates every range up front, so a typo fails at creation and not at the first transfer. */
export function validateWorkingHours(hours: WorkingHours): void {
  for (const [day, ranges] of Object.entries(hours.days)) {
    if (!/^[0-6]$/.test(day)) throw new RangeError(`kefu-kit simulator: working-hours weekday "${day}" is not 0-6`)
    for (const r of ranges ?? []) parseRange(r)
  }
  const off = hours.utcOffsetMinutes
  if (off !== undefined && (!Number.isFinite(off) || Math.abs(off) > 14 * 60)) {
    throw new RangeError('kefu-kit simulator: utcOffsetMinutes must be within ±14 hours')
  }
}

/**
 * Whether `time` (ms) falls in working hours. No hours configured means always open (the product's
 * "working-hours check off"). A range whose end is not after its start runs past midnight: its
 * early-morning part belongs to the previous weekday's list, as a schedule is usually written.
 */
export function isWithinWorkingHours(hours: WorkingHours | null | undefined, time: number): boolean {
  if (!hours) return true
  const { day, minute } = localTime(time, hours.utcOffsetMinutes)
  const ranges = (d: number): Range[] => (hours.days[d as 0] ?? []).map(parseRange)
  for (const r of ranges(day)) {
    if (r.end > r.start ? minute >= r.start && minute < r.end : minute >= r.start) return true
  }
  // the tail of yesterday's overnight ranges
  for (const r of ranges((day + 6) % 7)) {
    if (r.end <= r.start && minute < r.end) return true
  }
  return false
}

function localTime(time: number, utcOffsetMinutes: number | undefined): { day: number; minute: number } {
  if (utcOffsetMinutes === undefined) {
    const d = new Date(time)
    return { day: d.getDay(), minute: d.getHours() * 60 + d.getMinutes() }
  }
  const d = new Date(time + utcOffsetMinutes * 60_000)
  return { day: d.getUTCDay(), minute: d.getUTCHours() * 60 + d.getUTCMinutes() }
}
