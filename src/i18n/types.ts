// The shape of a dictionary. English is the reference: every locale has exactly its keys.
import type en from './locales/en'
import type enLater from './enLater'

/** English: the bundled strings and those that load with the parts that draw them. */
type English = typeof en & typeof enLater

/** The CLDR plural categories (`Intl.PluralRules#select`). */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other'

/** Plural forms of one text, picked with `Intl.PluralRules` on the `count` parameter; `other` is required. */
export type PluralForms = { [C in Exclude<PluralCategory, 'other'>]?: string } & { other: string }

/** Every key of the kit. */
export type MessageKey = keyof English

/**
 * A whole dictionary, typed against the English keys: a host adding a language of its own gets a
 * type error for a missing key. Plural keys (an object in English) take plural forms.
 */
export type Messages = { [K in MessageKey]: English[K] extends string ? string : PluralForms }

/** key → text (or plural forms); `{name}` in a text is replaced by the parameter `name` */
export type Dictionary = Record<string, string | PluralForms>
