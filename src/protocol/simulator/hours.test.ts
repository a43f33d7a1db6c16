import { isWithinWorkingHours, parseRange, validateWorkingHours } from './hours'

// 2024-06-03 is a Monday.
const at = (iso: string): number => new Date(iso).getTime()

describe('working hours', () => {
  const weekdays = { utcOffsetMinutes: 480, days: { 1: ['09:00-12:00', '13:00-18:00'], 5: ['09:00-18:00'], 6: ['22:00-02:00'] } }

  it('is always open without hours', () => {
    expect(isWithinWorkingHours(null, at('2024-06-03T03:00:00Z'))).toBe(true)
    expect(isWithinWorkingHours(undefined, 0)).toBe(true)
  })

  it('opens inside a range and closes at its end (exclusive), in the configured zone', () => {
    // Monday 09:00 at UTC+8 is 01:00 UTC
    expect(isWithinWorkingHours(weekdays, at('2024-06-03T01:00:00Z'))).toBe(true)
    expect(isWithinWorkingHours(weekdays, at('2024-06-03T00:59:00Z'))).toBe(false)
    // the lunch gap
    expect(isWithinWorkingHours(weekdays, at('2024-06-03T04:30:00Z'))).toBe(false)
    expect(isWithinWorkingHours(weekdays, at('2024-06-03T09:59:00Z'))).toBe(true)
    expect(isWithinWorkingHours(weekdays, at('2024-06-03T10:00:00Z'))).toBe(false)
  })

  it('closes on a weekday that has no ranges', () => {
    // Tuesday 10:00 UTC+8
    expect(isWithinWorkingHours(weekdays, at('2024-06-04T02:00:00Z'))).toBe(false)
  })

  it('runs an overnight range into the next day', () => {
    // Saturday 23:00 and Sunday 01:30 UTC+8 are open, Sunday 02:00 is not
    expect(isWithinWorkingHours(weekdays, at('2024-06-08T15:00:00Z'))).toBe(true)
    expect(isWithinWorkingHours(weekdays, at('2024-06-08T17:30:00Z'))).toBe(true)
    expect(isWithinWorkingHours(weekdays, at('2024-06-08T18:00:00Z'))).toBe(false)
  })

  it('accepts 24:00 as the end of a day', () => {
    const allDay = { utcOffsetMinutes: 0, days: { 1: ['00:00-24:00'] } }
    expect(isWithinWorkingHours(allDay, at('2024-06-03T23:59:00Z'))).toBe(true)
    expect(isWithinWorkingHours(allDay, at('2024-06-04T00:00:00Z'))).toBe(false)
  })

  it('rejects malformed ranges, weekdays and offsets', () => {
    expect(() => parseRange('9-18')).toThrow(RangeError)
    expect(() => parseRange('25:00-26:00')).toThrow(RangeError)
    expect(() => parseRange('09:00-24:30')).toThrow(RangeError)
    expect(parseRange('09:30-18:00')).toEqual({ start: 570, end: 1080 })
    expect(() => validateWorkingHours({ days: { 7: ['09:00-18:00'] } as never })).toThrow(/weekday/)
    expect(() => validateWorkingHours({ days: {}, utcOffsetMinutes: 24 * 60 })).toThrow(RangeError)
  })
})
