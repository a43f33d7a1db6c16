// kefu-kit: the Vue kit (Vue 3 and Vue 2.7 from one artifact), with the protocol layer re-exported.
import './styles/tokens.css'

// Protocol ------------------------------------------------------------------------------------
export * from './protocol'

// i18n ----------------------------------------------------------------------------------------
export {
  translate, normalizeLocale, resolveLocale, loadLocale, registerLocale, localeDirection, formatNumber, formatBytes, LOCALES,
  type Locale, type Dictionary, type StringOverrides, type Messages, type MessageKey, type PluralForms, type LocaleDefinition,
} from './i18n'
export { actionErrorText } from './i18n/actionErrors'

// Renderers -----------------------------------------------------------------------------------
export * from './messages'

// Shell ---------------------------------------------------------------------------------------
export * from './components'

// Compat (for custom renderers that want the same one-artifact approach) ----------------------
export { hc, useElementRef, type HData, type ElementRef } from './vue/compat'
