import { beforeAll, describe, expect, it } from 'vitest'
import { laterEnglish } from '../i18n/enLater'
import { LOCALES, builtInDictionaries, loadLocale, translate, type Dictionary } from '../i18n'

// the shell's part of every dictionary (the renderers' keys start with `messages.`)
const shellStrings = {} as Record<string, Record<string, string>>
const flat = (d: Dictionary) => Object.fromEntries(Object.entries(d).filter(([k]) => !k.startsWith('messages.')).map(([k, v]) => [k, typeof v === 'string' ? v : v.other]))
beforeAll(async () => {
  // English whole: with the strings the lazy parts bring
  laterEnglish()
  await Promise.all(LOCALES.map((l) => loadLocale(l)))
  for (const [l, d] of Object.entries(builtInDictionaries())) shellStrings[l] = flat(d as Dictionary)
})
import { ACTION_ERROR_CODES } from '../protocol/engine/types'
import type { ActionErrorCode } from '../protocol/engine/types'

const placeholders = (s: string) => (s.match(/\{\w+\}/g) || []).sort()

describe('shell strings', () => {
  let keys: string[] = []
  beforeAll(() => { keys = Object.keys(shellStrings.en!) })

  it('has a non-empty text for every key in every locale', () => {
    expect(keys.length).toBeGreaterThan(40)
    for (const locale of LOCALES) {
      expect(Object.keys(shellStrings[locale]!).sort(), locale).toEqual([...keys].sort())
      for (const key of keys) expect(shellStrings[locale]![key]?.trim(), `${locale} ${key}`).toBeTruthy()
    }
  })

  it('uses the same placeholders in every locale', () => {
    for (const key of keys) {
      for (const locale of LOCALES) expect(placeholders(shellStrings[locale]![key]!), `${locale} ${key}`).toEqual(placeholders(shellStrings.en![key]!))
    }
  })

  it('has a text for every connection status and action error code', () => {
    for (const status of ['idle', 'connecting', 'online', 'offline', 'kicked']) expect(keys).toContain(`header.status.${status}`)
    // the protocol's one list, which covers every code the engine's type allows
    const covered: readonly ActionErrorCode[] = ACTION_ERROR_CODES
    const allCodes: Record<ActionErrorCode, true> = { notStarted: true, empty: true, tooLong: true, notFound: true, alreadyChosen: true, alreadyRated: true, expired: true, notAllowed: true, notInSeat: true, invalidOption: true, notFailed: true, unsupported: true, unavailable: true, tooLarge: true, lost: true }
    expect([...covered].sort()).toEqual(Object.keys(allCodes).sort())
    for (const code of ACTION_ERROR_CODES) expect(keys).toContain(`actionError.${code}`)
    expect(keys).toContain('actionError.unknown')
    expect(keys).toContain('actionError.tooLongMax')
  })

  it('is what translate() returns', () => {
    expect(translate('zh-CN', 'composer.send')).toBe('发送')
    expect(translate('zh-TW', 'composer.send')).toBe('傳送')
    expect(translate('en', 'list.newMessages', { count: 3 })).toBe('3 new messages')
  })
})
