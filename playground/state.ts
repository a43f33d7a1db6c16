// The playground's routing and settings. Everything lives in the hash so any view can be opened
// directly by a screenshot test: `#/gallery?theme=dark&locale=en&width=375`,
// `#/gallery/<fixtureId>`, `#/chat`, `#/inspect?data=<URI-encoded JSON>`, `#/launcher` (the
// floating launcher over a demo shop page).
// Settings given in the URL win; otherwise the last choice (localStorage) is kept.
import { reactive } from 'vue'
import { resolveLocale, type Locale } from 'kefu-kit'

export type Page = 'gallery' | 'chat' | 'inspect' | 'launcher'
export type Theme = 'light' | 'dark'
export type PlaygroundLocale = Locale
/** `375`: the page is drawn in a 375 px wide frame (a phone); `full`: the whole window */
export type Width = '375' | 'full'

export interface Settings {
  theme: Theme
  locale: PlaygroundLocale
  width: Width
}

export interface Route {
  page: Page
  /** the second path segment, e.g. the fixture id of `#/gallery/<id>` */
  param: string
  /** the query of the hash, settings keys included */
  query: Record<string, string>
}

const STORAGE_KEY = 'kefu-playground:settings'
const DEFAULTS: Settings = { theme: 'light', locale: 'zh-CN', width: 'full' }
const PAGES: readonly Page[] = ['gallery', 'chat', 'inspect', 'launcher']

export const THEMES: ReadonlyArray<{ value: Theme; label: string }> = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
]
export const LOCALE_OPTIONS: ReadonlyArray<{ value: PlaygroundLocale; label: string; lang: string }> = [
  { value: 'zh-CN', label: '简体中文', lang: 'zh-CN' },
  { value: 'zh-TW', label: '繁體中文', lang: 'zh-TW' },
  { value: 'en', label: 'English', lang: 'en' },
  { value: 'ja', label: '日本語', lang: 'ja' },
  { value: 'ko', label: '한국어', lang: 'ko' },
  { value: 'vi', label: 'Tiếng Việt', lang: 'vi' },
  { value: 'th', label: 'ไทย', lang: 'th' },
  { value: 'id', label: 'Bahasa Indonesia', lang: 'id' },
  { value: 'ms', label: 'Bahasa Melayu', lang: 'ms' },
  { value: 'fil', label: 'Filipino', lang: 'fil' },
  { value: 'es', label: 'Español', lang: 'es' },
  { value: 'fr', label: 'Français', lang: 'fr' },
  { value: 'de', label: 'Deutsch', lang: 'de' },
  { value: 'pt-BR', label: 'Português (Brasil)', lang: 'pt-BR' },
  { value: 'ar', label: 'العربية', lang: 'ar' },
]
export const WIDTHS: ReadonlyArray<{ value: Width; label: string }> = [
  { value: 'full', label: 'Desktop' },
  { value: '375', label: 'Mobile' },
]

function valid<K extends keyof Settings>(key: K, value: unknown): value is Settings[K] {
  if (key === 'theme') return THEMES.some((t) => t.value === value)
  if (key === 'locale') return LOCALE_OPTIONS.some((l) => l.value === value)
  if (key === 'width') return WIDTHS.some((w) => w.value === value)
  return false
}

/** Accepts a few spellings a test might use: `width=mobile`, `width=desktop`, `locale=zh`. */
function normaliseSetting(key: keyof Settings, raw: string): string {
  const v = raw.trim()
  if (key === 'width') {
    if (v === 'mobile' || v === '375px') return '375'
    if (v === 'desktop' || v === '1280' || v === 'wide') return 'full'
  }
  // any BCP 47 tag, along the kit's own fallback chain (zh-HK → zh-TW, pt → pt-BR, en-GB → en)
  if (key === 'locale' && v) return resolveLocale(v)
  return v
}

function loadStored(): Partial<Settings> {
  try {
    const raw = localStorage.getItem(STORAGE_KEY)
    const parsed = raw ? JSON.parse(raw) : {}
    const out: Partial<Settings> = {}
    for (const key of Object.keys(DEFAULTS) as Array<keyof Settings>) {
      if (valid(key, parsed?.[key])) (out as Record<string, unknown>)[key] = parsed[key]
    }
    return out
  } catch {
    return {}
  }
}

function store(settings: Settings): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(settings))
  } catch {
    // private mode / storage disabled: the URL still carries the settings
  }
}

/** Splits `#/inspect?data=…` into path segments and a query object. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '')
  const q = raw.indexOf('?')
  const path = q < 0 ? raw : raw.slice(0, q)
  const search = q < 0 ? '' : raw.slice(q + 1)
  const segments = path.split('/').filter(Boolean)
  const first = segments[0] as Page
  const page: Page = PAGES.includes(first) ? first : 'gallery'
  let param = ''
  try {
    param = segments.slice(1).map(decodeURIComponent).join('/')
  } catch {
    param = segments.slice(1).join('/')
  }
  const query: Record<string, string> = {}
  // URLSearchParams decodes %XX and turns `+` into a space. A JSON payload that was encoded with
  // encodeURIComponent never contains a raw `+`, so this is lossless for the documented form.
  for (const [k, v] of new URLSearchParams(search)) query[k] = v
  return { page, param, query }
}

export const settings = reactive<Settings>({ ...DEFAULTS, ...loadStored() })
export const route = reactive<Route>(parseHash(location.hash))

function applyQuerySettings(query: Record<string, string>): void {
  let changed = false
  for (const key of Object.keys(DEFAULTS) as Array<keyof Settings>) {
    if (query[key] === undefined) continue
    const v = normaliseSetting(key, query[key])
    if (valid(key, v) && settings[key] !== v) {
      ;(settings as Record<string, unknown>)[key] = v
      changed = true
    }
  }
  if (changed) store({ ...settings })
}

applyQuerySettings(route.query)

window.addEventListener('hashchange', () => {
  const next = parseHash(location.hash)
  applyQuerySettings(next.query)
  route.page = next.page
  route.param = next.param
  route.query = next.query
})

/** The settings that differ from the defaults, as query pairs (keeps links short). */
function settingsQuery(): Record<string, string> {
  const out: Record<string, string> = {}
  for (const key of Object.keys(DEFAULTS) as Array<keyof Settings>) {
    if (settings[key] !== DEFAULTS[key]) out[key] = settings[key]
  }
  return out
}

function buildHash(path: string, query: Record<string, string>): string {
  const qs = new URLSearchParams(query).toString()
  return `#${path}${qs ? `?${qs}` : ''}`
}

/** A link to `path` (e.g. `/chat`) carrying the current settings. */
export function href(path: string, extra: Record<string, string> = {}): string {
  return buildHash(path, { ...settingsQuery(), ...extra })
}

/** The inspector address for one payload, as documented: `#/inspect?data=<URI-encoded JSON>`. */
/** The inspector's address for a payload (and its message-level metadata, when given). */
export function inspectHref(data: string, meta?: string): string {
  const qs = new URLSearchParams(settingsQuery()).toString()
  return `#/inspect?${qs ? `${qs}&` : ''}data=${encodeURIComponent(data)}${meta ? `&meta=${encodeURIComponent(meta)}` : ''}`
}

function currentPath(): string {
  return `/${route.page}${route.param ? `/${encodeURIComponent(route.param)}` : ''}`
}

/** Rewrites the current address without a history entry (and without a hashchange). */
function replaceQuery(query: Record<string, string>): void {
  const { theme: _t, locale: _l, width: _w, ...rest } = query
  const next = buildHash(currentPath(), { ...settingsQuery(), ...rest })
  if (next !== location.hash) history.replaceState(history.state, '', next)
}

export function setSetting<K extends keyof Settings>(key: K, value: Settings[K]): void {
  if (!valid(key, value)) return
  settings[key] = value
  store({ ...settings })
  replaceQuery(route.query)
}

/** Keeps a page-owned query value (the inspector's `data`) in the address as it changes. */
export function setQueryParam(name: string, value: string | undefined): void {
  const query = { ...route.query }
  if (value === undefined) delete query[name]
  else query[name] = value
  route.query = query
  replaceQuery(query)
}
