// The simulator's texts in the kit's other thirteen languages (zh-CN and en are built into the
// simulator). Each language is its own chunk, loaded on demand by loadSimulatorLocale(), so the
// simulator entry does not grow with the number of languages.
import type { SimulatorLocalePack } from './types'

// Each import() below becomes its own chunk in the library build and in the playground.
const LOADERS: Record<string, () => Promise<{ default: SimulatorLocalePack }>> = {
  'zh-TW': () => import('./zh-TW'),
  ja: () => import('./ja'),
  ko: () => import('./ko'),
  vi: () => import('./vi'),
  th: () => import('./th'),
  id: () => import('./id'),
  ms: () => import('./ms'),
  fil: () => import('./fil'),
  es: () => import('./es'),
  fr: () => import('./fr'),
  de: () => import('./de'),
  'pt-BR': () => import('./pt-BR'),
  ar: () => import('./ar'),
}

const loaded = new Map<string, SimulatorLocalePack>()
const has = (locale: string) => Object.prototype.hasOwnProperty.call(LOADERS, locale)

/** The kit locales with simulator texts of their own (besides zh-CN and en, built in). */
export const SIMULATOR_TEXT_LOCALES: readonly string[] = Object.keys(LOADERS)

/** Whether `locale`'s texts are ready (always for zh-CN, en and locales without texts). */
export function isSimulatorLocaleLoaded(locale: string): boolean {
  return !has(locale) || loaded.has(locale)
}

/**
 * Loads the simulator's texts for a built-in kit locale (its own chunk); afterwards
 * simulatorTexts(locale), simulatorLocaleOptions(locale) and builtInKnowledgeBase('shop', locale)
 * speak it. Resolves at once for zh-CN, en and unknown locales; never rejects (a failed load
 * leaves the locale on the English texts and can be retried).
 */
export async function loadSimulatorLocale(locale: string): Promise<void> {
  if (isSimulatorLocaleLoaded(locale)) return
  try {
    const mod = await (LOADERS[locale] as () => Promise<{ default: SimulatorLocalePack }>)()
    loaded.set(locale, mod.default)
  } catch {
    // stays unloaded: the English texts apply, a later call tries again
  }
}

/** The loaded pack of `locale`, if any. */
export function localePack(locale: string | undefined): SimulatorLocalePack | undefined {
  return locale === undefined ? undefined : loaded.get(locale)
}
