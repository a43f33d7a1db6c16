// Strings for zh-CN, zh-TW and en, switchable at runtime and overridable per string.
// Plain TypeScript: the Vue layer keeps the current locale reactive and calls `translate`.
import { messageStrings } from './strings/messages'
import { shellStrings } from './strings/shell'
import { deskStrings } from './strings/desk'

export type Locale = 'zh-CN' | 'zh-TW' | 'en'
export const LOCALES: readonly Locale[] = ['zh-CN', 'zh-TW', 'en']

/** key → text; `{name}` in a text is replaced by the parameter `name` */
export type Dictionary = Record<string, string>
export type LocaleDictionaries = Record<Locale, Dictionary>

/** Per-locale overrides a host passes in, e.g. `{ en: { 'composer.placeholder': 'Ask us' } }`. */
export type StringOverrides = Partial<Record<Locale | string, Dictionary>>

const builtIn: LocaleDictionaries = merge(messageStrings, shellStrings, deskStrings)

function merge(...parts: LocaleDictionaries[]): LocaleDictionaries {
  const out = { 'zh-CN': {}, 'zh-TW': {}, en: {} } as LocaleDictionaries
  for (const part of parts) for (const l of LOCALES) Object.assign(out[l], part[l])
  return out
}

/** Maps anything a host might pass (`zh`, `zh-Hant`, `en-US`) to a supported locale. */
export function normalizeLocale(input: string | undefined): Locale {
  const s = (input || '').toLowerCase()
  if (s.startsWith('en')) return 'en'
  if (s === 'zh-tw' || s === 'zh-hk' || s === 'zh-mo' || s.startsWith('zh-hant')) return 'zh-TW'
  return 'zh-CN'
}

export type TranslateParams = Record<string, string | number>

/**
 * Looks `key` up in the overrides for the locale, then the built-in strings for the locale, then
 * the English text; an unknown key returns the key itself so a missing string is visible, not blank.
 */
export function translate(locale: string, key: string, params?: TranslateParams, overrides?: StringOverrides): string {
  const l = normalizeLocale(locale)
  const text = overrides?.[locale]?.[key] ?? overrides?.[l]?.[key] ?? builtIn[l][key] ?? builtIn.en[key] ?? key
  if (!params) return text
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m))
}

/** All built-in keys (for tests that every locale has every string). */
export function builtInDictionaries(): LocaleDictionaries {
  return builtIn
}

export { actionErrorText, isActionErrorCode } from './actionErrors'
