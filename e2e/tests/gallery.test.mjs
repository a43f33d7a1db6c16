// The gallery (#/gallery: every fixture the kit ships) in light and dark themes:
// - axe-core finds no violations on any entry (one run over the whole page; each violation is
//   attributed to its entry, and to the kit or the playground chrome around it);
// - full-page screenshots at 375 px and 1280 px go to artifacts/screenshots (not committed).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { assertNoPageProblems, closePage, launchBrowser, openPage, withShot } from '../lib/browser.mjs'
import { ensureKitStyles, kitStylesLoaded, until } from '../lib/chat.mjs'
import { formatViolations, runAxe } from '../lib/axe.mjs'
import { SCREENSHOTS, ensureDir, playgroundUrl, releasePlayground } from '../lib/env.mjs'

/** Opens the gallery and waits until every entry is drawn; returns the entry ids. */
async function openGallery(page, base, query) {
  await page.goto(`${base}#/gallery?${query}`)
  await page.locator('.pg-lead').waitFor()
  const lead = await page.locator('.pg-lead').innerText()
  const m = /(\d+) messages in (\d+) kinds/.exec(lead)
  assert.ok(m, `the gallery says how many fixtures it has: ${lead}`)
  const expected = Number(m[1])
  const entries = page.locator('[data-testid^="gallery-entry-"]')
  await until(async () => (await entries.count()) === expected, { what: `${expected} gallery entries`, detail: async () => `found ${await entries.count()}` })
  // every entry drew its message (or, for a flag, says why it is not drawn)
  const undrawn = await entries.evaluateAll((els) =>
    els.filter((e) => !e.querySelector('.kefu-root [data-kefu-row]') && !e.querySelector('.pg-flag-note')).map((e) => e.getAttribute('data-testid')),
  )
  assert.deepEqual(undrawn, [], 'gallery entries with nothing drawn')
  await ensureKitStyles(page)
  // pictures load lazily: scroll through once so each one loads (or fails), as a reader's would
  await page.evaluate(async () => {
    const step = Math.max(200, window.innerHeight - 100)
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y)
      await new Promise((r) => setTimeout(r, 30))
    }
    window.scrollTo(0, 0)
  })
  await page.evaluate(() => document.fonts.ready)
  await page.waitForLoadState('networkidle').catch(() => undefined)
  return entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid').replace('gallery-entry-', '')))
}

describe('gallery: accessibility and screenshots', () => {
  let browser
  let base
  /** axe results for the page outside the entries, by theme */
  const chrome = {}
  before(async () => {
    base = await playgroundUrl()
    browser = await launchBrowser()
    ensureDir(SCREENSHOTS)
  })
  after(async () => {
    await browser?.close()
    await releasePlayground()
  })

  it('the playground loads the kit\'s stylesheet (design tokens, screen-reader-only text, focus rings)', async () => {
    const page = await openPage(browser)
    try {
      await page.goto(`${base}#/gallery`)
      await page.locator('.kefu-root').first().waitFor()
      const loaded = await kitStylesLoaded(page)
      const srVisible = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.kefu-root .kefu-sr-only')).filter((e) => getComputedStyle(e).position !== 'absolute').length,
      )
      assert.ok(loaded, `--kefu-* tokens are undefined on .kefu-root: src/styles/tokens.css is not in the playground's CSS, and ${srVisible} screen-reader-only texts are visible. (The other tests add the tokens themselves so they judge the kit as users see it.)`)
    } finally {
      await closePage(page)
    }
  })

  for (const theme of ['light', 'dark']) {
    it(`axe: no violations on any gallery entry, ${theme} theme (and a 1280 px screenshot)`, async (t) => {
      const page = await openPage(browser, { width: 1280, height: 900, colorScheme: theme })
      try {
        await withShot(`gallery-axe-${theme}`, page, async () => {
          const ids = await openGallery(page, base, `theme=${theme}`)
          assert.equal(await page.locator('.kefu-root').first().getAttribute('data-kefu-theme').catch(() => theme), theme)
          const file = join(SCREENSHOTS, `gallery-1280-${theme}.png`)
          await page.screenshot({ path: file, fullPage: true })
          t.diagnostic(`${ids.length} entries; screenshot ${file}`)
          // every entry is in the context; violations name their entry
          const violations = await runAxe(page, { include: ids.map((id) => `[data-testid="gallery-entry-${id}"]`) })
          const entriesHit = new Set(violations.flatMap((v) => v.nodes.map((n) => n.owner)))
          assert.equal(violations.length, 0, `axe found ${violations.length} violation(s) in gallery entries (${theme}) in: ${[...entriesHit].join(', ')}\n${formatViolations(violations)}`)
          // and the page around them (the playground's own chrome), reported apart
          chrome[theme] = await runAxe(page, { exclude: ['[data-testid^="gallery-entry-"]'] })
          assertNoPageProblems(page)
        })
      } finally {
        await closePage(page)
      }
    })

    it(`axe: the playground's gallery page around the entries, ${theme} theme`, () => {
      const violations = chrome[theme]
      assert.ok(violations, 'runs after the entries were checked')
      assert.equal(violations.length, 0, `axe found ${violations.length} violation(s) in the playground around the gallery entries (${theme}; not the kit)\n${formatViolations(violations)}`)
    })

    it(`375 px screenshot, ${theme} theme; nothing overflows the phone width`, async (t) => {
      const page = await openPage(browser, { width: 375, height: 812, colorScheme: theme })
      try {
        await withShot(`gallery-375-${theme}`, page, async () => {
          await openGallery(page, base, `theme=${theme}&width=375`)
          const file = join(SCREENSHOTS, `gallery-375-${theme}.png`)
          await page.screenshot({ path: file, fullPage: true })
          t.diagnostic(`screenshot ${file}`)
          // a message wider than its stage would be cut off or scroll sideways on a phone
          const wide = await page.evaluate(() =>
            Array.from(document.querySelectorAll('[data-testid^="gallery-entry-"] .kefu-root')).flatMap((root) => {
              const r = root.getBoundingClientRect()
              return Array.from(root.querySelectorAll('*'))
                .filter((el) => {
                  const b = el.getBoundingClientRect()
                  return b.width > 0 && b.right > r.right + 1 && getComputedStyle(el).position !== 'fixed' && !el.closest('.kefu-sr-only')
                })
                .slice(0, 1)
                .map((el) => `${root.closest('[data-testid]').getAttribute('data-testid')}: <${el.tagName.toLowerCase()} class="${el.className}"> ends at ${Math.round(el.getBoundingClientRect().right)} px, its stage at ${Math.round(r.right)} px`)
            }),
          )
          assert.deepEqual(wide, [], 'content wider than its 375 px stage')
          const docWidth = await page.evaluate(() => document.documentElement.scrollWidth)
          assert.ok(docWidth <= 375, `the page scrolls sideways at 375 px (scrollWidth ${docWidth})`)
          assertNoPageProblems(page)
        })
      } finally {
        await closePage(page)
      }
    })
  }
})

describe('gallery and playground on a phone: labels, rating card, focus colour, page switches', () => {
  let browser
  let base
  before(async () => {
    base = await playgroundUrl()
    browser = await launchBrowser()
    ensureDir(SCREENSHOTS)
  })
  after(async () => {
    await browser?.close()
    await releasePlayground()
  })

  it('at 320 px no button label or card label breaks inside a word, and short labels stay on one line (zh-CN, zh-TW, en)', async (t) => {
    const page = await openPage(browser, { width: 320, height: 800 })
    try {
      for (const locale of ['zh-CN', 'zh-TW', 'en']) {
        await withShot(`gallery-320-words-${locale}`, page, async () => {
          await openGallery(page, base, `locale=${locale}&width=375`)
          await page.screenshot({ path: join(SCREENSHOTS, `gallery-320-${locale}.png`), fullPage: true })
          const found = await page.evaluate(() => {
            const bad = []
            const lines = (range) => new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0.5).map((r) => Math.round(r.top + r.height / 2))).size
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
                for (const m of n.data.matchAll(/[A-Za-z0-9][A-Za-z0-9'’.,:-]*/g)) {
                  const r = document.createRange()
                  r.setStart(n, m.index)
                  r.setEnd(n, m.index + m[0].length)
                  if (lines(r) > 1) bad.push(`${where}: the word "${m[0]}" is broken across lines`)
                }
              }
              // a short label (a button's name, "Batch 1 of 2", "提交评价") fits on one line
              if ([...text].length <= 16) {
                const r = document.createRange()
                r.selectNodeContents(el)
                if (lines(r) > 1) bad.push(`${where}: a short label wraps onto ${lines(r)} lines`)
              }
            }
            return { bad, checked }
          })
          t.diagnostic(`${locale}: ${found.checked} labels checked`)
          assert.ok(found.checked > 20, `labels were found (${found.checked})`)
          assert.deepEqual(found.bad, [], `labels broken at 320 px (${locale})`)
        })
      }
    } finally {
      await closePage(page)
    }
  })

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
            return c.top >= 0 && c.bottom <= window.innerHeight
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
