// Every built-in language: complete, no key unused, nothing left in English by mistake, every
// `{param}` of the English text kept, every plural form the language needs; and the locale chain,
// the lazy loading, the Intl plural and number rules.
import { beforeAll, describe, expect, it } from 'vitest'
import enBundled from './locales/en'
import enLater, { laterEnglish } from './enLater'
import {
  LOCALES, addEnglishStrings, builtInDictionaries, formatBytes, isLocaleLoaded, loadLocale, localeDirection, registerLocale, resolveLocale,
  translate, type Dictionary, type Messages, type PluralForms,
} from './index'
import { LOCALIZED_TRANSFER_KEYWORDS } from '../protocol/simulator/transferKeywords'

type RawGlob = (pattern: string[], options: { query: '?raw'; import: 'default'; eager: true }) => Record<string, string>
const sources = (import.meta as unknown as { glob: RawGlob }).glob(
  ['../**/*.ts', '!../**/*.test.ts', '!./locales/**', '!../testing/**'],
  { query: '?raw', import: 'default', eager: true },
)
const code = Object.values(sources).join('\n')

// the English reference: the bundled strings and those that travel with the lazy parts
const en = { ...enBundled, ...enLater }
const keys = Object.keys(en)
const params = (s: string) => Array.from(s.matchAll(/\{(\w+)\}/g), (m) => m[1] as string).sort()
const otherOf = (v: string | PluralForms) => (typeof v === 'string' ? v : v.other)

// Texts that are the same in English and in that language on purpose (loanwords, pure placeholders).
const SAME_AS_ENGLISH: Record<string, string[]> = {
  '*': ['live.incoming', 'messages.summary.form', 'messages.rating.option'],
  id: ['header.status.online'],
  fil: ['header.status.online', 'messages.summary.rating', 'messages.summary.order'],
  de: ['header.status.online', 'row.service'],
  fr: ['list.label', 'row.service', 'messages.unsupported.src', 'composer.label', 'messages.image.alt', 'messages.summary.image', 'messages.summary.other'],
  es: [],
}
// loanwords the media kinds, the viewer and the emoji picker share with English (Video, Sticker, Emoji, Pause)
const MEDIA_LOANWORDS: Record<string, string[]> = {
  de: ['messages.video.label', 'messages.video.labelDuration', 'messages.audio.pause', 'messages.face.label', 'messages.face.named', 'messages.face.numbered', 'messages.summary.video', 'messages.summary.face', 'emoji.label'],
  es: ['messages.face.label', 'messages.face.named', 'messages.face.numbered', 'messages.summary.face', 'emoji.label', 'emoji.results'],
  fil: ['messages.file.unnamed', 'messages.video.label', 'messages.video.labelDuration', 'messages.audio.label', 'messages.face.label', 'messages.face.named', 'messages.face.numbered', 'messages.summary.file', 'messages.summary.video', 'messages.summary.audio', 'messages.summary.face', 'viewer.zoomLevel', 'emoji.label', 'emoji.results'],
  fr: ['messages.audio.pause', 'emoji.label', 'emoji.results'],
  id: ['messages.video.label', 'messages.video.labelDuration', 'messages.summary.video', 'viewer.zoomLevel', 'emoji.label', 'emoji.results'],
  ms: ['messages.video.label', 'messages.video.labelDuration', 'messages.summary.video', 'emoji.label', 'emoji.results'],
  'pt-BR': ['viewer.zoomLevel', 'emoji.label', 'emoji.results'],
  vi: ['messages.video.label', 'messages.video.labelDuration', 'messages.summary.video'],
}
for (const [l, list] of Object.entries(MEDIA_LOANWORDS)) SAME_AS_ENGLISH[l] = [...(SAME_AS_ENGLISH[l] ?? []), ...list]

let dicts: Record<string, Dictionary> = {}
beforeAll(async () => {
  laterEnglish()
  await Promise.all(LOCALES.map((l) => loadLocale(l)))
  dicts = builtInDictionaries() as Record<string, Dictionary>
})

describe('the built-in languages', () => {
  it('lists fifteen locales, every one loadable', () => {
    expect(LOCALES).toHaveLength(15)
    expect(Object.keys(dicts).sort()).toEqual([...LOCALES].sort())
  })

  it('has every English key in every locale and nothing else, none empty', () => {
    for (const l of LOCALES) {
      const d = dicts[l]!
      expect(Object.keys(d).sort(), l).toEqual([...keys].sort())
      for (const k of keys) {
        const v = d[k]!
        for (const text of typeof v === 'string' ? [v] : Object.values(v)) expect(text?.trim(), `${l} ${k}`).toBeTruthy()
      }
    }
  })

  it('keeps every {param} of the English text, and invents none', () => {
    for (const l of LOCALES) {
      for (const k of keys) {
        const english = params(otherOf((en as Dictionary)[k]!))
        const v = dicts[l]![k]!
        expect(params(otherOf(v)), `${l} ${k}`).toEqual(english)
        // a singular/dual form may spell the number out ("رسالتان"), but keeps every other parameter
        if (typeof v !== 'string') {
          for (const [form, text] of Object.entries(v)) {
            expect(params(text as string).filter((p) => p !== 'count'), `${l} ${k} ${form}`).toEqual(english.filter((p) => p !== 'count'))
          }
        }
      }
    }
  })

  it('gives every plural key each form the language needs (Intl.PluralRules), and only those', () => {
    const pluralKeys = keys.filter((k) => typeof (en as Dictionary)[k] !== 'string')
    expect(pluralKeys).toContain('list.newMessages')
    for (const l of LOCALES) {
      const needed = new Intl.PluralRules(l).resolvedOptions().pluralCategories
      for (const k of pluralKeys) {
        const v = dicts[l]![k]
        expect(typeof v, `${l} ${k}`).toBe('object')
        expect(Object.keys(v as object).sort(), `${l} ${k}`).toEqual([...needed].sort())
      }
    }
  })

  it('leaves nothing in English by mistake', () => {
    for (const l of LOCALES) {
      if (l === 'en') continue
      const allowed = [...(SAME_AS_ENGLISH['*'] ?? []), ...(SAME_AS_ENGLISH[l] ?? [])]
      const same = keys.filter((k) => JSON.stringify(dicts[l]![k]) === JSON.stringify((en as Dictionary)[k]) && !allowed.includes(k))
      expect(same, l).toEqual([])
      for (const k of keys) expect(otherOf(dicts[l]![k]!), `${l} ${k}`).not.toMatch(/TODO|FIXME|\bXXX\b|^\s*\[?(en|EN)\]/)
    }
  })

  it('writes every text of the non-Latin locales in their own script, zh-TW without simplified characters', () => {
    const script: Record<string, RegExp> = {
      'zh-CN': /\p{Script=Han}/u, 'zh-TW': /\p{Script=Han}/u, ja: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u,
      ko: /\p{Script=Hangul}/u, th: /\p{Script=Thai}/u, ar: /\p{Script=Arabic}/u,
    }
    // texts with no word in them on purpose (a placeholder, a symbol)
    const wordless = keys.filter((k) => !/\p{L}/u.test(otherOf((en as Dictionary)[k]!).replace(/\{\w+\}/g, '')))
    // a pager that is just numbers in some languages
    const numbersOnly: Record<string, string[]> = { ja: ['messages.suggestion.page'], ko: ['messages.suggestion.page'] }
    const simplified = /[们这为发货单订还没时帮务开见过会说对么联账号邮处递费价钱购买卖满换输择选专报气欢门页轻码应讯问题请谢运]/u
    for (const [l, re] of Object.entries(script)) {
      const bad = keys.filter((k) => !wordless.includes(k) && !(SAME_AS_ENGLISH['*'] ?? []).includes(k) && !(numbersOnly[l] ?? []).includes(k)).filter((k) => {
        const v = dicts[l]![k]!
        return (typeof v === 'string' ? [v] : Object.values(v)).some((t) => !re.test((t as string).replace(/\{\w+\}/g, '')))
      })
      expect(bad, l).toEqual([])
    }
    const trad = keys.filter((k) => { const v = dicts['zh-TW']![k]!; return (typeof v === 'string' ? [v] : Object.values(v)).some((t) => simplified.test(t as string)) })
    expect(trad, 'zh-TW').toEqual([])
  })

  it('keeps a control’s visible text inside its accessible name (WCAG 2.5.3)', () => {
    for (const l of LOCALES) {
      const d = dicts[l]!
      expect((d['row.retryLabel'] as string).toLowerCase(), l).toContain((d['row.retry'] as string).toLowerCase())
    }
  })

  it('uses every key somewhere in the kit', () => {
    const dynamic = ['header.status.', 'actionError.', 'messages.sendError.']
    const unused = keys.filter((k) => !code.includes(`'${k}'`) && !dynamic.some((p) => k.startsWith(p)))
    expect(unused).toEqual([])
    for (const p of dynamic) expect(code.includes(p), p).toBe(true)
    // a key under a dynamic prefix is used when its last part is a value the code names
    const unnamed = keys.filter((k) => dynamic.some((p) => k.startsWith(p)) && !code.includes(`'${k}'`)).filter((k) => {
      const last = k.split('.').pop() as string
      return !code.includes(`'${last}'`) && !code.includes(`"${last}"`) && !code.includes(`${last}:`)
    })
    expect(unnamed).toEqual([])
  })

  it('splits English in two without overlap: what the chat draws at once, and what the lazy parts bring (enLater.ts)', () => {
    const later = Object.keys(enLater)
    expect(later.length).toBeGreaterThan(0)
    expect(later.filter((k) => k in enBundled)).toEqual([])
    laterEnglish()
    expect(translate('en', 'upload.cancel')).toBe(enLater['upload.cancel'])
    expect(translate('ja', 'viewer.zoomIn')).toBe(dicts.ja!['viewer.zoomIn'])
    // a key English already has keeps its text
    addEnglishStrings({ 'composer.send': 'changed', 'upload.cancel': 'changed' })
    expect(translate('en', 'composer.send')).toBe(enBundled['composer.send'])
    expect(translate('en', 'upload.cancel')).toBe(enLater['upload.cancel'])
  })

  it('bundles English alone: every other dictionary is its own import(), imported statically nowhere', () => {
    const index = sources['./index.ts'] as string
    // type-only imports are erased from the build
    const staticImports = (text: string) => Array.from(text.replace(/^import type .*$/gm, '').matchAll(/(?:from|import)\s*['"]([^'"]*i18n\/locales\/[^'"]+|\.\/locales\/[^'"]+)['"]/g), (m) => m[1])
    expect(staticImports(index)).toEqual(['./locales/en'])
    const lazy = Array.from(index.matchAll(/import\(\s*['"]\.\/locales\/([\w-]+)['"]\s*\)/g), (m) => m[1]).sort()
    expect(lazy).toEqual(LOCALES.filter((l) => l !== 'en').sort())
    // (outside src/i18n, './locales/…' is someone else's folder)
    for (const [file, text] of Object.entries(sources)) {
      if (file !== './index.ts') expect(staticImports(text).filter((p) => file.startsWith('./') || p.includes('i18n/')), file).toEqual([])
    }
  })

  it('has a transfer keyword in every locale that the simulator recognises', () => {
    for (const l of LOCALES) expect(LOCALIZED_TRANSFER_KEYWORDS, l).toContain(dicts[l]!['action.transferKeyword'])
  })
})

describe('the locale chain', () => {
  it('maps any BCP 47 tag to a built-in locale', () => {
    const cases: Record<string, string> = {
      'zh-HK': 'zh-TW', 'zh-Hant': 'zh-TW', 'zh-Hant-HK': 'zh-TW', 'zh-MO': 'zh-TW', zh: 'zh-CN', 'zh-Hans-SG': 'zh-CN', 'zh-cn': 'zh-CN',
      pt: 'pt-BR', 'pt-PT': 'pt-BR', 'pt-br': 'pt-BR', 'en-GB': 'en', 'en-US': 'en', 'es-MX': 'es', 'fr-CA': 'fr', 'de-AT': 'de',
      'ar-EG': 'ar', 'ja-JP': 'ja', 'ko-KR': 'ko', tl: 'fil', 'fil-PH': 'fil', in: 'id', 'ms-MY': 'ms', 'th-TH': 'th', 'vi-VN': 'vi',
      xx: 'en', 'not a tag!': 'en', '': 'en',
    }
    for (const [tag, want] of Object.entries(cases)) expect(resolveLocale(tag), tag).toBe(want)
  })

  it('lands an unknown tag on the host-chosen default', () => {
    expect(resolveLocale('sw', 'zh-CN')).toBe('zh-CN')
    expect(resolveLocale('sw', 'pt')).toBe('pt-BR')
    expect(resolveLocale('de-CH', 'zh-CN')).toBe('de')
  })

  it('follows navigator.languages with auto', () => {
    const nav = globalThis.navigator
    Object.defineProperty(globalThis, 'navigator', { value: { language: 'sw', languages: ['sw', 'pt-PT', 'en'] }, configurable: true })
    try {
      expect(resolveLocale('auto')).toBe('pt-BR')
      expect(resolveLocale(undefined)).toBe('pt-BR')
    } finally {
      Object.defineProperty(globalThis, 'navigator', { value: nav, configurable: true })
    }
  })

  it('writes Arabic right to left and the others left to right', () => {
    expect(localeDirection('ar')).toBe('rtl')
    for (const l of LOCALES.filter((x) => x !== 'ar')) expect(localeDirection(l), l).toBe('ltr')
  })

  it('accepts a whole dictionary of the host’s own, with its direction', async () => {
    const he: Messages = { ...(en as unknown as Messages), 'composer.send': 'שליחה' }
    registerLocale('he', { messages: he, dir: 'rtl' })
    expect(resolveLocale('he-IL')).toBe('he')
    expect(localeDirection('he')).toBe('rtl')
    expect(translate('he', 'composer.send')).toBe('שליחה')
    registerLocale('x-lazy', { messages: async () => ({ default: { ...(en as unknown as Messages), 'composer.send': 'lazy' } }) })
    expect(isLocaleLoaded('x-lazy')).toBe(false)
    expect(await loadLocale('x-lazy')).toBe('x-lazy')
    expect(translate('x-lazy', 'composer.send')).toBe('lazy')
  })
})

describe('Intl rules', () => {
  it('picks plural forms with Intl.PluralRules, Arabic’s six included', () => {
    expect(translate('en', 'list.newMessages', { count: 1 })).toBe('1 new message')
    expect(translate('en', 'list.newMessages', { count: 3 })).toBe('3 new messages')
    expect(translate('ja', 'list.newMessages', { count: 1 })).toBe('1 件の新着メッセージ')
    const ar = [0, 1, 2, 3, 11, 100].map((n) => translate('ar', 'list.newMessages', { count: n }))
    expect(new Set(ar).size).toBe(6)
    expect(ar[2]).toBe('رسالتان جديدتان')
    expect(ar[3]).toContain('رسائل')
  })

  it('writes numbers and sizes in the locale’s format', () => {
    expect(translate('de', 'composer.countLabel', { count: 1234, max: 5000 })).toBe('1.234 von 5.000 Zeichen')
    expect(translate('en', 'composer.countLabel', { count: 1234, max: 5000 })).toBe('1,234 of 5,000 characters')
    expect(formatBytes('en', 1536)).toBe('1.5 kB')
    expect(formatBytes('de', 1536)).toBe('1,5 kB')
  })

  it('applies per-string overrides in every locale, plural forms included', () => {
    for (const l of LOCALES) expect(translate(l, 'composer.send', undefined, { [l]: { 'composer.send': `go-${l}` } })).toBe(`go-${l}`)
    expect(translate('fr', 'list.newMessages', { count: 2 }, { fr: { 'list.newMessages': { one: 'un', other: '{count} nouveaux' } } })).toBe('2 nouveaux')
  })
})
