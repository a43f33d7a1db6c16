// A phone's view of the kit and the playground (issue 15, "the first hour of a new user"):
// - at 320 px no button or card label breaks inside a word, and short labels stay on one line, in
//   every built-in language;
// - the rating card keeps Submit right under the stars, and the stars keep their size once submitted;
// - the keyboard focus ring takes a theme's accent (--kefu-color-focus follows --kefu-color-primary);
// - switching the playground's page opens it at its top, and the live chat fits a phone's first screen.
import { before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { closePage, openPage, withShot, usePlayground } from '../lib/browser.mjs'
import { ensureKitStyles, until, waitForGalleryRendered } from '../lib/chat.mjs'
import { SCREENSHOTS, ensureDir } from '../lib/env.mjs'
import { LOCALES } from '../lib/i18n.mjs'

/** Opens the gallery and waits until its entries are drawn with the kit's styles. */
async function openGallery(page, base, query) {
  await page.goto(`${base}#/gallery?${query}`)
  await page.locator('.pg-lead').waitFor()
  const m = /(\d+) messages in (\d+) kinds/.exec(await page.locator('.pg-lead').innerText())
  assert.ok(m, 'the gallery says how many fixtures it has')
  const entries = page.locator('[data-testid^="gallery-entry-"]')
  await until(async () => (await entries.count()) === Number(m[1]), { what: `${m[1]} gallery entries` })
  // the labels and the rating card are measured as the renderers draw them, not their placeholders
  await waitForGalleryRendered(page)
  await ensureKitStyles(page)
  await page.evaluate(() => document.fonts.ready)
}

describe('gallery and playground on a phone: labels, rating card, focus colour, page switches', () => {
  let browser
  let base
  usePlayground((ready) => ({ browser, base } = ready))
  before(() => {
    ensureDir(SCREENSHOTS)
  })

  for (const locale of LOCALES) {
    it(`at 320 px no button label or card label breaks inside a word, and short labels stay on one line (${locale})`, async (t) => {
      const page = await openPage(browser, { width: 320, height: 800 })
      try {
        await withShot(`gallery-320-words-${locale}`, page, async () => {
          await openGallery(page, base, `locale=${locale}&width=375`)
          // a full-page shot of the whole gallery takes long on a busy machine: a bound, not a wait
          await page.screenshot({ path: join(SCREENSHOTS, `gallery-320-${locale}.png`), fullPage: true, timeout: 90_000 })
          const found = await page.evaluate(() => {
            const bad = []
            // lines = text boxes whose vertical middles are more than 4 px apart
            const linesOf = (rects) => {
              const mids = rects.filter((r) => r.width > 0.5).map((r) => r.top + r.height / 2).sort((a, b) => a - b)
              return mids.reduce((n, y, i) => (i === 0 || y - mids[i - 1] > 4 ? n + 1 : n), 0)
            }
            const textRects = (el) => {
              const out = []
              const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
              for (let n = w.nextNode(); n; n = w.nextNode()) {
                if (!n.data.trim()) continue
                const r = document.createRange()
                r.selectNodeContents(n)
                out.push(...r.getClientRects())
              }
              return out
            }
            const lines = (range) => linesOf(Array.from(range.getClientRects()))
            const labels = document.querySelectorAll('[data-testid^="gallery-entry-"] .kefu-root :is(button, .kefu-suggestion__page, .kefu-action)')
            let checked = 0
            for (const el of labels) {
              if (!el.getClientRects().length || el.closest('.kefu-sr-only')) continue
              const text = el.textContent.replace(/\s+/g, ' ').trim()
              if (!text) continue
              checked++
              const where = `${el.closest('[data-testid]').getAttribute('data-testid')}: "${text}"`
              // every Latin word or number on one line ("Subm/it" is the bug this catches)
              const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                // (words of the Latin, Cyrillic and Greek scripts; Thai and CJK lines may break between any two words or characters)
                for (const m of n.data.matchAll(/[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}0-9][\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{M}0-9'’.,:-]*/gu)) {
                  const r = document.createRange()
                  r.setStart(n, m.index)
                  r.setEnd(n, m.index + m[0].length)
                  // (a 60-letter test string cannot fit a phone's bubble: it has to break)
                  if (m[0].length <= 24 && lines(r) > 1) bad.push(`${where}: the word "${m[0]}" is broken across lines`)
                }
              }
              // a short label (a button's name, "Batch 1 of 2", "提交评价") fits on one line
              // (a choice's text is content and may wrap; a control's name may not)
              if ([...text].length <= 16 && el.matches('.kefu-button, .kefu-action, .kefu-suggestion__page, .kefu-rating__option')) {
                const n = linesOf(textRects(el))
                if (n > 1) bad.push(`${where}: a short label wraps onto ${n} lines`)
              }
            }
            return { bad, checked }
          })
          t.diagnostic(`${locale}: ${found.checked} labels checked`)
          assert.ok(found.checked > 20, `labels were found (${found.checked})`)
          assert.deepEqual(found.bad, [], `labels broken at 320 px (${locale})`)
        })
      } finally {
        await closePage(page)
      }
    })
  }

  it('the rating card: Submit right under the stars, and the stars keep their size once submitted (375 px)', async () => {
    const page = await openPage(browser, { width: 375, height: 812 })
    try {
      await withShot('gallery-rating-layout', page, async () => {
        await openGallery(page, base, 'locale=en&width=375')
        const m = await page.evaluate(() => {
          const entry = (id) => document.querySelector(`[data-testid="gallery-entry-${id}"]`)
          const open = entry('rating-stars-open')
          const done = entry('rating-stars-submitted')
          const stars = open.querySelector('.kefu-rating__options').getBoundingClientRect()
          const submit = open.querySelector('.kefu-rating__actions button').getBoundingClientRect()
          const starIcon = (root) => root.querySelector('.kefu-rating--stars .kefu-rating__option svg, .kefu-rating__result--stars svg').getBoundingClientRect()
          const chosenStars = Array.from(done.querySelectorAll('.kefu-rating__star')).map((e) => e.getBoundingClientRect())
          const optionStars = Array.from(open.querySelectorAll('.kefu-rating__option')).map((e) => e.getBoundingClientRect())
          return {
            gap: submit.top - stars.bottom,
            openIcon: starIcon(open).width,
            doneIcon: starIcon(done).width,
            openPitch: optionStars[1].left - optionStars[0].left,
            donePitch: chosenStars[1].left - chosenStars[0].left,
          }
        })
        assert.ok(m.gap <= 12, `no empty band between the stars and Submit: ${m.gap} px (at most 12)`)
        assert.equal(m.doneIcon, m.openIcon, `a submitted star is as big as the star that was chosen (${m.doneIcon} vs ${m.openIcon} px)`)
        assert.equal(m.donePitch, m.openPitch, `and as far apart (${m.donePitch} vs ${m.openPitch} px)`)
      })
    } finally {
      await closePage(page)
    }
  })

  it('the keyboard focus ring takes a theme\'s accent colour (--kefu-color-focus follows --kefu-color-primary), light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const page = await openPage(browser, { width: 1280, height: 900, colorScheme: theme })
      try {
        await withShot(`focus-follows-accent-${theme}`, page, async () => {
          await page.goto(`${base}#/gallery/form-text-open?theme=${theme}&locale=en`)
          const button = page.locator('[data-testid="gallery-entry-form-text-open"] .kefu-root .kefu-button').first()
          await button.waitFor()
          await ensureKitStyles(page)
          await page.evaluate(() => {
            const root = document.querySelector('[data-testid="gallery-entry-form-text-open"] .kefu-root')
            root.style.setProperty('--kefu-color-primary', '#c2185b')
          })
          await page.locator('[data-testid="gallery-entry-form-text-open"] .kefu-root input').first().focus()
          await page.keyboard.press('Tab')
          const r = await button.evaluate((b) => ({ focused: document.activeElement === b, visible: b.matches(':focus-visible'), outline: getComputedStyle(b).outlineColor }))
          assert.ok(r.focused && r.visible, `Tab reaches the Submit button with a visible focus (${JSON.stringify(r)})`)
          assert.equal(r.outline, 'rgb(194, 24, 91)', `the focus ring is the pink accent, not the default blue (${theme})`)
        })
      } finally {
        await closePage(page)
      }
    }
  })

  it('switching page opens it at its top; at 375 px the live chat\'s composer is on the first screen', async () => {
    for (const height of [812, 667]) {
      const page = await openPage(browser, { width: 375, height })
      try {
        await withShot(`playground-page-switch-${height}`, page, async () => {
          await page.goto(`${base}#/gallery?locale=en&width=375`)
          await page.locator('[data-testid^="gallery-entry-"]').first().waitFor()
          await page.evaluate(() => window.scrollTo(0, 3000))
          assert.ok((await page.evaluate(() => window.scrollY)) > 1000, 'the gallery scrolled')
          await page.getByRole('link', { name: 'Live chat' }).first().click()
          await page.locator('.kefu-composer textarea').waitFor()
          await until(async () => (await page.evaluate(() => window.scrollY)) === 0, { what: 'the chat page to open at its top', detail: async () => `scrollY ${await page.evaluate(() => window.scrollY)}` })
          await until(async () => page.evaluate(() => {
            const c = document.querySelector('.kefu-composer').getBoundingClientRect()
            // sub-pixel layout: half a pixel past the edge is rounding, not a hidden composer
            return c.top >= 0 && c.bottom <= window.innerHeight + 1
          }), { what: `the composer on the first screen (375×${height})`, detail: async () => JSON.stringify(await page.evaluate(() => ({ composer: document.querySelector('.kefu-composer').getBoundingClientRect().bottom, innerHeight }))) })
          if (height === 812) await page.screenshot({ path: join(SCREENSHOTS, 'playground-chat-375.png') })
          // and back: the gallery opens at its top too
          await page.getByRole('link', { name: 'Gallery' }).first().click()
          await page.locator('[data-testid^="gallery-entry-"]').first().waitFor()
          assert.equal(await page.evaluate(() => window.scrollY), 0, 'the gallery opens at its top')
        })
      } finally {
        await closePage(page)
      }
    }
  })
})
