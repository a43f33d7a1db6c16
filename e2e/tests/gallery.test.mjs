// The gallery (#/gallery: every fixture the kit ships) in light and dark themes:
// - axe-core finds no violations on any entry (one run over the whole page; each violation is
//   attributed to its entry, and to the kit or the playground chrome around it);
// - full-page screenshots at 375 px and 1280 px go to artifacts/screenshots (not committed).
import { before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { assertNoPageProblems, closePage, openPage, withShot, usePlayground } from '../lib/browser.mjs'
import { ensureKitStyles, kitStylesLoaded, until, waitForGalleryRendered } from '../lib/chat.mjs'
import { formatViolations, runAxe } from '../lib/axe.mjs'
import { SCREENSHOTS, ensureDir } from '../lib/env.mjs'

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
  // ...by their renderers: a lazy kind draws a placeholder row until its code is in
  await waitForGalleryRendered(page)
  await ensureKitStyles(page)
  // pictures load lazily: scroll through once, as a reader would, and at each screen wait until
  // the pictures on it have loaded or failed (their fallback drawn), not for a fixed time
  await page.evaluate(async () => {
    const settled = (img) => img.complete || new Promise((r) => {
      img.addEventListener('load', r, { once: true })
      img.addEventListener('error', r, { once: true })
    })
    const onScreen = (img) => {
      const r = img.getBoundingClientRect()
      return r.bottom >= 0 && r.top <= window.innerHeight
    }
    const step = Math.max(200, window.innerHeight - 100)
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y)
      // the scroll is laid out (lazy pictures in view are requested) on the next frame
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
      await Promise.race([
        Promise.all([...document.images].filter(onScreen).map(settled)),
        new Promise((r) => setTimeout(r, 10_000)), // an upper bound only
      ])
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
  usePlayground((ready) => ({ browser, base } = ready))
  before(() => {
    ensureDir(SCREENSHOTS)
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
          await page.screenshot({ path: file, fullPage: true, timeout: 60_000 })
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
          await page.screenshot({ path: file, fullPage: true, timeout: 60_000 })
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
