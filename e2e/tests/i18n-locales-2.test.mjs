// Every locale's welcome card and composer at 375 px (screenshots to $I18N_SHOTS or
// artifacts/screenshots/i18n) and no label overflowing its control at 320 px; part 2 of 2
// (the suite gives each file 240 s).
import { before, describe, it } from 'node:test'
import { usePlayground } from '../lib/browser.mjs'
import { ensureDir } from '../lib/env.mjs'
import { I18N_SHOTS, LOCALES, checkLocaleAt375 } from '../lib/i18n.mjs'

describe('every language at 375 and 320 px, part 2', () => {
  let browser
  let base
  usePlayground((ready) => ({ browser, base } = ready))
  before(() => {
    ensureDir(I18N_SHOTS)
  })
  for (const locale of LOCALES.slice(8)) {
    it(`${locale}: welcome card and composer at 375 px, nothing overflowing at 320 px`, () => checkLocaleAt375(browser, base, locale))
  }
})
