// Shared by the language tests: the built-in locales, where their screenshots go, and the check
// of one locale's welcome card and composer at 375 px (screenshot) and 320 px (nothing overflows).
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { closePage, openPage, withShot } from './browser.mjs'
import { ensureKitStyles, until, waitForChat } from './chat.mjs'
import { SCREENSHOTS } from './env.mjs'

export const LOCALES = ['zh-CN', 'zh-TW', 'en', 'ja', 'ko', 'vi', 'th', 'id', 'ms', 'fil', 'es', 'fr', 'de', 'pt-BR', 'ar']
/** screenshots of every locale (not committed) */
export const I18N_SHOTS = process.env.I18N_SHOTS || join(SCREENSHOTS, 'i18n')

/** Opens the chat in `locale` at 375 px, screenshots the welcome card and the composer, then narrows to 320 px. */
export async function checkLocaleAt375(browser, base, locale) {
  // tall enough that the chat (which fills the window below the playground's bar) shows the
  // greeting, the whole welcome card and the composer at once
  const page = await openPage(browser, { width: 375, height: 1100 })
  try {
    await withShot(`i18n-375-${locale}`, page, async () => {
      await page.goto(`${base}#/chat?locale=${locale}&width=full`)
      await waitForChat(page)
      await ensureKitStyles(page)
      await page.locator('.kefu-chat .kefu-suggestion--welcome').first().waitFor({ timeout: 20_000 })
      const root = page.locator('.kefu-root').filter({ has: page.locator('.kefu-chat') }).first()
      await until(async () => (await root.getAttribute('lang')) === locale, { what: `lang=${locale}` })
      await page.evaluate(() => document.fonts.ready)
      // the whole chat (header, welcome card, action bar, composer), however tall
      await page.locator('.kefu-chat').first().screenshot({ path: join(I18N_SHOTS, `welcome-${locale}-375.png`), timeout: 60_000 })
      await page.setViewportSize({ width: 320, height: 740 })
      // the chat laid out at the new width, two frames on (its list re-measures on resize), not a
      // fixed pause
      await until(() => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() =>
        r(innerWidth === 320 && document.querySelector('.kefu-chat').getBoundingClientRect().width <= 320))))), { what: 'the chat laid out at 320 px' })
      const over = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.kefu-chat button, .kefu-chat .kefu-header__title, .kefu-chat .kefu-header__status'))
          .filter((b) => b.getClientRects().length && b.scrollWidth > b.clientWidth + 1)
          .map((b) => `${b.className}: “${b.textContent.trim()}” (${b.scrollWidth} > ${b.clientWidth})`),
      )
      assert.deepEqual(over, [], `${locale}: labels overflowing their control at 320 px`)
      const side = await page.evaluate(() => { const c = document.querySelector('.kefu-chat'); return c.scrollWidth - c.clientWidth })
      assert.ok(side <= 1, `${locale}: the chat scrolls sideways by ${side}px at 320 px`)
    })
  } finally {
    await closePage(page)
  }
}
