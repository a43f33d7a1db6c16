// Strings used by the shell (src/components). Every key must exist in all three locales.
import type { LocaleDictionaries } from '../index'

export const shellStrings: LocaleDictionaries = {
  'zh-CN': {},
  'zh-TW': {},
  en: {},
}
