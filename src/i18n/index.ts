// Strings in fifteen languages, switchable at runtime and overridable per string. English is
// bundled; every other built-in dictionary is its own lazily imported chunk, loaded when a locale
// needs it (loadLocale). Plain TypeScript: the Vue layer keeps the current locale reactive, waits
// for loadLocale, and calls `translate`.
import en from './locales/en'
import type { Dictionary, Messages, PluralCategory, PluralForms } from './types'
import { registerDateFormat, resetDateFormatsForTests, type DateFormatRow } from './dateFormat'

export type { Dictionary, MessageKey, Messages, PluralCategory, PluralForms } from './types'

/** The languages built into the kit. */
export type Locale =
  | 'zh-CN' | 'zh-TW' | 'en' | 'ja' | 'ko' | 'vi' | 'th' | 'id' | 'ms' | 'fil' | 'es' | 'fr' | 'de' | 'pt-BR' | 'ar'
export const LOCALES: readonly Locale[] = ['zh-CN', 'zh-TW', 'en', 'ja', 'ko', 'vi', 'th', 'id', 'ms', 'fil', 'es', 'fr', 'de', 'pt-BR', 'ar']

/** Every built-in dictionary by locale (only those loaded so far are filled in). */
export type LocaleDictionaries = Record<Locale, Dictionary>

/** Per-locale overrides a host passes in, e.g. `{ en: { 'composer.placeholder': 'Ask us' } }`. */
export type StringOverrides = Partial<Record<Locale | string, Dictionary>>

/** A language a host adds: a whole dictionary (or a loader for one), and its writing direction. */
export interface LocaleDefinition {
  messages: Messages | (() => Promise<Messages | { default: Messages }>)
  /** @default 'rtl' for Arabic, Hebrew, Persian, Urdu…, else 'ltr' */
  dir?: 'ltr' | 'rtl'
}

// Each import() below becomes its own chunk in the library build and in the playground.
// a built-in locale's chunk also carries its row of list times and dates (src/i18n/dateFormat.ts)
type LocaleModule = { default: Messages; dateFormat?: DateFormatRow }
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<LocaleModule>> = {
  'zh-CN': () => import('./locales/zh-CN'),
  'zh-TW': () => import('./locales/zh-TW'),
  ja: () => import('./locales/ja'),
  ko: () => import('./locales/ko'),
  vi: () => import('./locales/vi'),
  th: () => import('./locales/th'),
  id: () => import('./locales/id'),
  ms: () => import('./locales/ms'),
  fil: () => import('./locales/fil'),
  es: () => import('./locales/es'),
  fr: () => import('./locales/fr'),
  de: () => import('./locales/de'),
  'pt-BR': () => import('./locales/pt-BR'),
  ar: () => import('./locales/ar'),
}

/** English: the bundled strings, plus those of enLater.ts once a part that draws them has loaded. */
const english: Dictionary = { ...en }
const loaded = new Map<string, Dictionary>([['en', english]])

/**
 * Adds strings to English (enLater.ts calls it when a part that draws them loads); a key English
 * already has keeps its text. @internal
 */
export function addEnglishStrings(strings: Dictionary): void {
  for (const key of Object.keys(strings)) if (!(key in english)) english[key] = strings[key]!
}
const pending = new Map<string, Promise<string>>()
const added = new Map<string, LocaleDefinition>()

const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'syr'])
const LANGUAGE_ALIASES: Record<string, string> = { tl: 'fil', in: 'id', zsm: 'ms', iw: 'he', pt: 'pt-BR' }

/** Every locale `resolveLocale` can land on: the built-in ones and those a host added. */
export function availableLocales(): string[] {
  return [...LOCALES, ...Array.from(added.keys()).filter((l) => !(LOCALES as readonly string[]).includes(l))]
}

/**
 * Adds (or replaces) a language: `registerLocale('he', { messages: he, dir: 'rtl' })`. The
 * dictionary is typed against the English keys. A host can also pass `locales` to KefuChat.
 */
export function registerLocale(tag: string, definition: LocaleDefinition): void {
  added.set(tag, definition)
  pending.delete(tag)
  matches.clear()
  if (typeof definition.messages === 'function') loaded.delete(tag)
  else loaded.set(tag, definition.messages)
}

const matches = new Map<string, string | null>()
function matchOne(input: string): string | null {
  let m = matches.get(input)
  if (m === undefined) {
    m = matchUncached(input)
    if (matches.size > 200) matches.clear()
    matches.set(input, m)
  }
  return m
}

function matchUncached(input: string): string | null {
  let tag = input.trim().replace(/_/g, '-')
  if (!tag) return null
  const all = availableLocales()
  const asGiven = all.find((l) => l.toLowerCase() === tag.toLowerCase())
  if (asGiven) return asGiven
  try { tag = Intl.getCanonicalLocales(tag)[0] ?? tag } catch { return null }
  const lower = tag.toLowerCase()
  const exact = all.find((l) => l.toLowerCase() === lower)
  if (exact) return exact
  const parts = lower.split('-')
  let lang = parts[0] as string
  if (lang === 'zh') {
    const traditional = parts.includes('hant') || parts.some((p) => p === 'tw' || p === 'hk' || p === 'mo')
    return traditional ? 'zh-TW' : 'zh-CN'
  }
  const region = parts.slice(1).find((p) => p.length === 2 || /^\d{3}$/.test(p))
  if (region) {
    const withRegion = all.find((l) => l.toLowerCase() === `${lang}-${region}`)
    if (withRegion) return withRegion
  }
  if (LANGUAGE_ALIASES[lang]) {
    const alias = LANGUAGE_ALIASES[lang] as string
    if (all.includes(alias)) return alias
    lang = alias.split('-')[0] as string
  }
  return all.find((l) => l.toLowerCase() === lang) ?? all.find((l) => l.toLowerCase().split('-')[0] === lang) ?? null
}

/** The languages the browser asks for, most wanted first. */
export function browserLanguages(): string[] {
  const nav = typeof navigator !== 'undefined' ? navigator : undefined
  const list = nav?.languages && nav.languages.length ? Array.from(nav.languages) : nav?.language ? [nav.language] : []
  return list.filter(Boolean)
}

/**
 * Maps any BCP 47 tag to a locale the kit has, along a fallback chain: an exact match, then the
 * language's own locale (`zh-HK`/`zh-Hant` → zh-TW, `pt` → pt-BR, `en-GB` → en, `tl` → fil), else
 * `fallback` (a host's default; English when not given). `'auto'` (or nothing) walks
 * `navigator.languages` in order.
 */
export function resolveLocale(input: string | undefined | null, fallback: string = 'en'): string {
  const s = (input || '').trim()
  if (!s || s.toLowerCase() === 'auto') {
    for (const l of browserLanguages()) {
      const m = matchOne(l)
      if (m) return m
    }
    return matchOne(fallback) ?? 'en'
  }
  return matchOne(s) ?? matchOne(fallback) ?? 'en'
}

/** Kept for hosts that used it: `resolveLocale` among the built-in locales only (unknown → en). */
export function normalizeLocale(input: string | undefined): Locale {
  const l = resolveLocale(input || 'en')
  return (LOCALES as readonly string[]).includes(l) ? (l as Locale) : 'en'
}

/** `rtl` for right-to-left languages (Arabic, Hebrew, Persian, Urdu…, or as a host declared). */
export function localeDirection(locale: string): 'ltr' | 'rtl' {
  const own = added.get(locale)?.dir
  if (own) return own
  return RTL_LANGUAGES.has(locale.toLowerCase().split('-')[0] as string) ? 'rtl' : 'ltr'
}

/** True once `locale`'s dictionary is in memory (English always is). */
export function isLocaleLoaded(locale: string): boolean {
  return loaded.has(locale)
}

/**
 * Back to the state of a fresh import: only English loaded, nothing pending, no added locales.
 * For tests that share one module graph (see test/setup/dom.mjs). For tests only.
 * @internal
 */
export function resetLocalesForTests(): void {
  for (const tag of Array.from(loaded.keys())) if (tag !== 'en') loaded.delete(tag)
  loaded.set('en', english)
  pending.clear()
  added.clear()
  matches.clear()
  resetDateFormatsForTests()
}

/**
 * Loads a locale's dictionary (its chunk) once; resolves with the locale actually loaded (the
 * resolved tag). A failed load resolves with 'en' rather than rejecting, so the chat keeps working.
 */
export function loadLocale(input: string): Promise<string> {
  const locale = resolveLocale(input)
  if (loaded.has(locale)) return Promise.resolve(locale)
  const inFlight = pending.get(locale)
  if (inFlight) return inFlight
  const own = added.get(locale)
  const load: (() => Promise<Messages | { default: Messages }>) | undefined =
    own && typeof own.messages === 'function' ? own.messages : (loaders as Record<string, () => Promise<LocaleModule>>)[locale]
  if (!load) return Promise.resolve('en')
  const builtIn = !(own && typeof own.messages === 'function')
  const p = load().then(
    (m) => {
      loaded.set(locale, ('default' in m && typeof m.default === 'object' ? m.default : m) as Dictionary)
      const row = builtIn ? (m as LocaleModule).dateFormat : undefined
      if (row) registerDateFormat(locale, row)
      return locale
    },
    () => 'en',
  ).finally(() => pending.delete(locale))
  pending.set(locale, p)
  return p
}

export type TranslateParams = Record<string, string | number>

const pluralRules = new Map<string, Intl.PluralRules>()
const numberFormats = new Map<string, Intl.NumberFormat>()
function cached<T>(cache: Map<string, T>, locale: string, make: (l: string) => T): T {
  let v = cache.get(locale)
  if (!v) {
    try { v = make(locale) } catch { v = make('en') }
    cache.set(locale, v)
  }
  return v
}

/** `count` → the plural category of `locale` (`Intl.PluralRules`). */
export function pluralCategory(locale: string, count: number): PluralCategory {
  return cached(pluralRules, locale, (l) => new Intl.PluralRules(l)).select(count) as PluralCategory
}

/** A number in the locale's digits and grouping (`Intl.NumberFormat`). */
export function formatNumber(locale: string, n: number, options?: Intl.NumberFormatOptions): string {
  if (options) {
    try { return new Intl.NumberFormat(locale, options).format(n) } catch { return String(n) }
  }
  return cached(numberFormats, locale, (l) => new Intl.NumberFormat(l)).format(n)
}

/** A byte count as `1.5 MB` in the locale's words and digits (`Intl.NumberFormat` units). */
export function formatBytes(locale: string, bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const
  let v = Math.max(0, bytes)
  let i = 0
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++ }
  return formatNumber(locale, v, { style: 'unit', unit: units[i], unitDisplay: 'short', maximumFractionDigits: i === 0 ? 0 : 1 })
}

function pick(value: string | PluralForms, locale: string, params?: TranslateParams): string {
  if (typeof value === 'string') return value
  const count = Number(params?.count)
  const category = Number.isFinite(count) ? pluralCategory(locale, count) : 'other'
  return value[category] ?? value.other
}

/**
 * Looks `key` up in the overrides for the locale, then the locale's dictionary (when loaded),
 * then English; an unknown key returns the key itself so a missing string is visible, not blank.
 * Plural forms are picked on `params.count`; numeric parameters are written in the locale's digits.
 */
export function translate(locale: string, key: string, params?: TranslateParams, overrides?: StringOverrides): string {
  const l = resolveLocale(locale)
  const value = overrides?.[locale]?.[key] ?? overrides?.[l]?.[key] ?? loaded.get(l)?.[key] ?? english[key]
  if (value === undefined) return key
  const text = pick(value, l, params)
  if (!params) return text
  return text.replace(/\{(\w+)\}/g, (m, name: string) => {
    if (!(name in params)) return m
    const v = params[name]
    return typeof v === 'number' ? formatNumber(l, v) : String(v)
  })
}

/** The dictionaries loaded so far (English always); tests load every locale first. */
export function builtInDictionaries(): Partial<LocaleDictionaries> {
  const out: Partial<LocaleDictionaries> = {}
  for (const l of LOCALES) { const d = loaded.get(l); if (d) out[l] = d }
  return out
}

export { actionErrorText, isActionErrorCode } from './actionErrors'
