// Strings used by the message renderers (src/messages). Every key must exist in all three locales.
import type { LocaleDictionaries } from '../index'

export const messageStrings: LocaleDictionaries = {
  'zh-CN': {},
  'zh-TW': {},
  en: {},
}
