import { describe, expect, it } from 'vitest'
import { simulatorTexts, SIMULATOR_TEXT_LOCALES } from './texts'
import { LOCALIZED_TRANSFER_KEYWORDS } from '../transferKeywords'

describe('the simulator’s texts in the kit’s other languages', () => {
  it('covers every built-in locale but the simulator’s own two, every text non-empty', () => {
    expect([...SIMULATOR_TEXT_LOCALES].sort()).toEqual(['ar', 'de', 'es', 'fil', 'fr', 'id', 'ja', 'ko', 'ms', 'pt-BR', 'th', 'vi', 'zh-TW'])
    for (const l of SIMULATOR_TEXT_LOCALES) {
      const t = simulatorTexts(l)
      for (const [k, v] of Object.entries(t)) {
        if (Array.isArray(v)) expect(v.filter((x) => x.trim()), `${l} ${k}`).toHaveLength(5)
        else expect((v as string).trim(), `${l} ${k}`).toBeTruthy()
      }
    }
    expect(new Set(SIMULATOR_TEXT_LOCALES.map((l) => simulatorTexts(l).welcome)).size).toBe(SIMULATOR_TEXT_LOCALES.length)
    expect(simulatorTexts('en')).toEqual({})
  })

  it('names, in each fallback reply, a keyword the simulator answers', () => {
    for (const l of SIMULATOR_TEXT_LOCALES) {
      const fallback = simulatorTexts(l).fallback as string
      expect(LOCALIZED_TRANSFER_KEYWORDS.some((k) => fallback.includes(k)), l).toBe(true)
    }
  })
})
