// The renderers' strings: every key in every locale, every key the source uses exists, and no key
// sits unused. Read from the source files so a new `t('messages.…')` cannot ship untranslated.
import { beforeAll, describe, expect, it } from 'vitest'
import { laterEnglish } from '../i18n/enLater'
import { LOCALES, builtInDictionaries, loadLocale, type Dictionary } from '../i18n'
import { SEND_ERROR_CODES } from './_shared/context'

// Vite's glob import, typed locally: the project has no Node typings, and augmenting ImportMeta
// globally would clash with vite/client's own declaration wherever both are loaded
type RawGlob = (pattern: string[], options: { query: '?raw'; import: 'default'; eager: true }) => Record<string, string>
const files = (import.meta as unknown as { glob: RawGlob }).glob(['./**/*.ts', '!./**/*.test.ts'], { query: '?raw', import: 'default', eager: true })
const code = Object.values(files).join('\n')
const used = new Set<string>([
  ...Array.from(code.matchAll(/'(messages\.[A-Za-z]+\.[A-Za-z]+)'/g), (m) => m[1] as string),
  // built from a code at run time
  ...SEND_ERROR_CODES.map((c) => `messages.sendError.${c}`),
])

// the renderers' part of every dictionary, plural forms as their `other` text
const messageStrings = {} as Record<string, Record<string, string>>
beforeAll(async () => {
  // English whole: with the strings the lazy parts bring
  laterEnglish()
  await Promise.all(LOCALES.map((l) => loadLocale(l)))
  for (const [l, d] of Object.entries(builtInDictionaries())) {
    messageStrings[l] = Object.fromEntries(Object.entries(d as Dictionary).filter(([k]) => k.startsWith('messages.')).map(([k, v]) => [k, typeof v === 'string' ? v : v.other]))
  }
})

describe('given the message strings', () => {
  it('has every key in every locale, none empty', () => {
    const keys = Object.keys(messageStrings.en!).sort()
    for (const locale of LOCALES) {
      expect(Object.keys(messageStrings[locale]!).sort(), locale).toEqual(keys)
      for (const k of keys) expect(messageStrings[locale]![k]?.trim(), `${locale} ${k}`).toBeTruthy()
    }
  })

  it('uses the same placeholders in every locale', () => {
    for (const k of Object.keys(messageStrings.en!)) {
      const names = (s: string) => Array.from(s.matchAll(/\{(\w+)\}/g), (m) => m[1]).sort()
      for (const locale of LOCALES) expect(names(messageStrings[locale]![k] as string), `${locale} ${k}`).toEqual(names(messageStrings.en![k] as string))
    }
  })

  it('has every key the renderers use, and no unused key', () => {
    const defined = new Set(Object.keys(messageStrings.en!))
    expect([...used].filter((k) => !defined.has(k))).toEqual([])
    expect([...defined].filter((k) => !used.has(k))).toEqual([])
  })
})
