import { describe, expect, it, beforeAll } from 'vitest'
import type { RendererRegistry } from '../../messages/registry'
import type { ChatMessage } from '../../protocol/engine/types'
import type { Payload } from '../../protocol/types'
import { buildItems, dayKey, formatDay, GROUP_WINDOW_MS } from './layout'
import { loadLocale as preloadLocale } from '../../i18n'

// the Chinese dictionaries are lazily loaded chunks: load them before the tests read them
beforeAll(() => Promise.all([preloadLocale('zh-CN'), preloadLocale('zh-TW')]))

const Dummy = { name: 'Dummy', render: () => null }
// draws everything except the flag kinds (like the real registry) and `image` (hidden by "the host")
const registry: RendererRegistry = {
  resolve: (m) => (m.payload.kind === 'ratingRules' || m.payload.kind === 'image' ? null : { component: Dummy, defaultRenderer: Dummy }),
}

const base = new Date(2025, 0, 15, 10, 0).getTime()
let n = 0
function msg(from: 'customer' | 'service', minutes: number, payload: Payload = { kind: 'text', text: 'x' }, extra: Partial<ChatMessage> = {}): ChatMessage {
  return { id: `m${n++}`, from, time: base + minutes * 60_000, status: 'sent', payload, ...extra }
}

describe('buildItems', () => {
  it('groups by sender within the time window', () => {
    const items = buildItems([
      msg('service', 0), msg('service', 1), msg('customer', 2), msg('customer', 2.5),
      msg('customer', 2.5 + GROUP_WINDOW_MS / 60_000 + 0.1), msg('service', 20),
    ], registry)
    expect(items.map((i) => i.groupStart)).toEqual([true, false, true, false, true, true])
  })

  it('starts a new group when another agent speaks', () => {
    const items = buildItems([msg('service', 0, undefined, { senderName: 'Ann' }), msg('service', 1, undefined, { senderName: 'Bob' })], registry)
    expect(items.map((i) => i.groupStart)).toEqual([true, true])
  })

  it('leaves undrawn messages out without splitting a group', () => {
    const items = buildItems([msg('service', 0), msg('service', 0.5, { kind: 'ratingRules', src: '23', menuSendRuleFlag: 1 }), msg('service', 1), msg('service', 1.5, { kind: 'image', url: 'x' })], registry)
    expect(items).toHaveLength(2)
    expect(items.map((i) => i.groupStart)).toEqual([true, false])
  })

  it('marks system lines, which stand alone', () => {
    const items = buildItems([msg('service', 0), msg('service', 0.5, { kind: 'sessionEnd', src: '19' }), msg('service', 1)], registry)
    expect(items.map((i) => [i.system, i.groupStart])).toEqual([[false, true], [true, true], [false, true]])
  })

  it('marks the first message of each day', () => {
    const items = buildItems([msg('service', 0), msg('service', 1), msg('service', 24 * 60), msg('customer', 24 * 60 + 1)], registry)
    expect(items.map((i) => i.dayStart)).toEqual([true, false, true, false])
    expect(items.map((i) => i.groupStart)).toEqual([true, false, true, true])
  })
})

describe('formatDay', () => {
  const t = (k: string) => `<${k}>`
  const now = new Date(2025, 0, 15, 18, 0).getTime()

  it('says today and yesterday in words', () => {
    expect(formatDay(new Date(2025, 0, 15, 0, 1).getTime(), now, 'en', t)).toBe('<list.today>')
    expect(formatDay(new Date(2025, 0, 14, 23, 59).getTime(), now, 'en', t)).toBe('<list.yesterday>')
  })

  it('formats other days in the locale, with the year only for other years', () => {
    const older = new Date(2025, 0, 2, 9).getTime()
    expect(formatDay(older, now, 'en', t)).toMatch(/January 2/)
    expect(formatDay(older, now, 'en', t)).not.toMatch(/2025/)
    expect(formatDay(older, now, 'zh-CN', t)).toMatch(/1月2日/)
    expect(formatDay(new Date(2024, 11, 31).getTime(), now, 'en', t)).toMatch(/2024/)
  })

  it('compares local calendar days', () => {
    expect(dayKey(new Date(2025, 0, 15, 23, 59).getTime())).toBe(20250115)
    expect(dayKey(new Date(2025, 0, 16, 0, 0).getTime())).toBe(20250116)
  })
})

describe('relative times', () => {
  it('says how long ago in the locale’s words (Intl.RelativeTimeFormat)', async () => {
    const { formatRelative } = await import('./layout')
    const now = Date.UTC(2025, 0, 15, 2, 30)
    expect(formatRelative(now - 2 * 60_000, now, 'en')).toBe('2 min. ago')
    expect(formatRelative(now - 2 * 60_000, now, 'de')).toBe('vor 2 Min.')
    expect(formatRelative(now - 86_400_000, now, 'en')).toBe('yesterday')
    expect(formatRelative(now - 3 * 3600_000, now, 'ja')).toBe('3 時間前')
  })
})
