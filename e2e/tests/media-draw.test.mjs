// Media from the service side, drawn: every media kind injected through `window.__kefu.inject`
// (as a backend would deliver it) shows its card; the image viewer opens with Enter and is walked,
// zoomed and closed by keyboard; an emoji is picked by keyboard into the composer at the caret.
// axe-clean in both themes at 375 px and 1280 px; screenshots in artifacts/screenshots/media-*.png.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { assertNoPageProblems, closePage, openPage, withShot, usePlayground } from '../lib/browser.mjs'
import { SEL, ensureKitStyles, until, waitForLazyParts, waitForOpening } from '../lib/chat.mjs'
import { formatViolations, runAxe } from '../lib/axe.mjs'
import { SCREENSHOTS, ensureDir } from '../lib/env.mjs'

const local = (base, name) => new URL(name, base).href

function bodies(base) {
  return [
    ['m-image-1', { type: 'image', url: local(base, 'demo-product.svg'), width: 640, height: 480 }],
    ['m-file', { type: 'file', url: local(base, 'demo-product.svg'), name: '退货说明-2025-final-version.pdf', size: 245760, mime: 'application/pdf' }],
    ['m-video', { type: 'video', url: local(base, 'missing-video.mp4'), posterUrl: local(base, 'demo-product.svg'), duration: 42, width: 640, height: 360 }],
    ['m-audio', { type: 'audio', url: local(base, 'demo-voice.wav'), duration: 1.5 }],
    ['m-location', { type: 'location', name: '腾讯滨海大厦', address: '深圳市南山区海天二路33号', latitude: 22.522807, longitude: 113.935338 }],
    ['m-face', { type: 'face', url: local(base, 'demo-sticker.svg'), name: '[微笑]' }],
    ['m-face-name', { type: 'face', name: '[再见]', index: 4 }],
    ['m-merger', { type: 'merger', title: '聊天记录', lines: ['客服：今天发货', '顾客：谢谢'], count: 2 }],
    ['m-image-2', { type: 'image', url: local(base, 'demo-sticker.svg'), width: 120, height: 120 }],
    ['m-bad', { type: 'location', latitude: 123, longitude: 0 }],
  ]
}

const SELECTORS = {
  'm-image-1': '.kefu-image-message img', 'm-file': '.kefu-file a.kefu-file__download', 'm-video': '.kefu-video',
  'm-audio': '.kefu-audio button, .kefu-audio--failed', 'm-location': '.kefu-location a.kefu-location__map', 'm-face': '.kefu-face img',
  'm-face-name': '.kefu-face--placeholder', 'm-merger': '.kefu-merger__title', 'm-image-2': '.kefu-image-message img',
  // the location renderer (a lazy chunk) refuses a latitude of 123 with the visible placeholder;
  // not just any row content, which the renderer's loading placeholder would satisfy too
  'm-bad': '.kefu-unsupported',
}

/** Injects the bodies (all, or those of `only`) one by one; each card must appear while its row is at the bottom. */
async function injectAll(page, base, only) {
  const checks = {}
  for (const [id, body] of bodies(base)) {
    if (only && !only.includes(id)) continue
    await page.evaluate((ev) => window.__kefu.inject(ev), { type: 'message', message: { id, time: Date.now(), from: 'service', senderName: 'Ann', body } })
    const card = page.locator(SEL.row(id)).locator(SELECTORS[id]).first()
    await until(async () => (await card.count()) > 0, { what: `the ${id} card`, timeout: 10_000 })
    checks[id] = {
      label: await card.getAttribute('aria-label'),
      href: await card.getAttribute('href'),
      alt: await card.getAttribute('alt'),
    }
  }
  return checks
}

describe('media drawn in the chat, the image viewer and the emoji picker', () => {
  let browser
  let base
  usePlayground((ready) => ({ browser, base } = ready))

  for (const width of [375, 1280]) {
    for (const theme of ['light', 'dark']) {
      it(`draws every media kind, axe-clean (${width} px, ${theme})`, async () => {
        const page = await openPage(browser, { colorScheme: theme, width, height: width < 500 ? 760 : 900 })
        try {
          await withShot(`media-draw-${width}-${theme}`, page, async () => {
            await page.goto(`${base}#/chat?locale=en&theme=${theme}`)
            // the opening's messages would land after (and push up) the injected cards, and
            // change the list while axe reads it
            await waitForOpening(page)
            await ensureKitStyles(page)
            const seen = await injectAll(page, base)
            await waitForLazyParts(page, '.kefu-chat', 'the chat')
            // the file card's download link, the map link, the sticker alt text
            assert.match(seen['m-file'].label, /^Download 退货说明/)
            assert.match(seen['m-location'].href, /^https:\/\/www\.openstreetmap\.org\//)
            assert.equal(seen['m-face'].alt, 'Sticker: [微笑]')
            await page.locator(SEL.row('m-merger')).scrollIntoViewIfNeeded()
            ensureDir(SCREENSHOTS)
            await page.screenshot({ path: join(SCREENSHOTS, `media-${width}-${theme}.png`), fullPage: false })
            const violations = await runAxe(page, { include: ['.kefu-chat'] })
            assert.deepEqual(violations, [], formatViolations(violations))
            assertNoPageProblems(page)
          })
        } finally {
          await closePage(page)
        }
      })
    }
  }

  it('opens the image viewer with Enter, zooms and walks it by keyboard, and gives focus back on Escape', async () => {
    const page = await openPage(browser, { colorScheme: 'light' })
    try {
      await withShot('media-draw-viewer', page, async () => {
        await page.goto(`${base}#/chat?locale=en`)
        await waitForOpening(page)
        await injectAll(page, base, ['m-image-1', 'm-merger', 'm-image-2'])
        const thumb = page.locator(`${SEL.row('m-image-1')} a[data-kefu-viewer]`)
        await thumb.focus()
        await page.keyboard.press('Enter')
        const dialog = page.locator('.kefu-viewer[role="dialog"]')
        await dialog.waitFor({ timeout: 5000 })
        // the dialog opens at once with the picture; zoom and arrows come with the viewer's code
        await page.locator('.kefu-viewer__stage[data-kefu-zoom]').waitFor({ timeout: 5000 })
        const title = async () => page.locator('.kefu-viewer .kefu-dialog__title').textContent()
        assert.equal(await title(), 'Image 1 of 2')
        assert.equal(await page.evaluate(() => document.querySelector('.kefu-viewer')?.contains(document.activeElement)), true)
        await page.keyboard.press('+')
        assert.equal(await page.locator('.kefu-viewer__stage').getAttribute('data-kefu-zoom'), '1.5')
        await page.keyboard.press('ArrowRight')
        assert.equal(await title(), 'Image 2 of 2')
        assert.equal(await page.locator('.kefu-viewer__stage').getAttribute('data-kefu-zoom'), '1')
        const violations = await runAxe(page, { include: ['.kefu-viewer'] })
        assert.deepEqual(violations, [], formatViolations(violations))
        ensureDir(SCREENSHOTS)
        await page.screenshot({ path: join(SCREENSHOTS, 'media-viewer-1280-light.png') })
        // Tab stays inside the dialog
        for (let i = 0; i < 8; i++) await page.keyboard.press('Tab')
        assert.equal(await page.evaluate(() => document.querySelector('.kefu-viewer')?.contains(document.activeElement)), true)
        await page.keyboard.press('Escape')
        await dialog.waitFor({ state: 'detached', timeout: 5000 })
        await until(() => thumb.evaluate((el) => el === document.activeElement), { what: 'focus back on the thumbnail' })
        assertNoPageProblems(page)
      })
    } finally {
      await closePage(page)
    }
  })

  it('the image viewer\'s code fails to load: opening a picture shows the list\'s notice with a retry, which loads it and opens the picture (375 and 1280 px, dark and light)', async () => {
    for (const [width, theme] of [[375, 'dark'], [375, 'light'], [1280, 'light'], [1280, 'dark']]) {
      const page = await openPage(browser, { colorScheme: theme, width, height: width < 500 ? 760 : 900 })
      try {
        await withShot(`media-draw-viewer-unavailable-${width}-${theme}`, page, async () => {
          // the viewer's own chunk (not its dialog's): what a dropped connection or a stale deploy does
          const viewerChunk = /\/KefuImageViewer-[^/]*\.js(\?|$)/
          let refused = 0
          await page.route(viewerChunk, (route) => { refused++; return route.abort('connectionfailed') })
          await page.goto(`${base}#/chat?locale=en&theme=${theme}`)
          await waitForOpening(page)
          await injectAll(page, base, ['m-image-1'])
          const thumb = page.locator(`${SEL.row('m-image-1')} a[data-kefu-viewer]`)
          await thumb.click()
          const banner = page.locator('.kefu-chat [data-kefu-viewer-unavailable][role="alert"]')
          await banner.waitFor({ timeout: 10_000 })
          assert.ok(refused > 0, 'the viewer\'s chunk was asked for')
          assert.match(await banner.textContent(), /Try again/)
          const box = await banner.boundingBox()
          assert.ok(box && box.x >= 0 && box.x + box.width <= width, `inside the screen: ${JSON.stringify(box)}`)
          // one line: the notice and its button side by side (it wrapped at half the list's width once)
          const line = await banner.evaluate((el) => [...el.children].map((c) => c.getClientRects().length))
          assert.deepEqual(line, [1, 1], 'each part on one line')
          assert.ok(box.height < 40, `one line high: ${box.height}`)
          ensureDir(SCREENSHOTS)
          await page.locator('.kefu-chat').screenshot({ path: join(SCREENSHOTS, `media-viewer-unavailable-${width}-${theme}.png`) })
          // the connection is back: the retry loads the code, the banner goes, the picture opens
          await page.unroute(viewerChunk)
          await banner.locator('button').click()
          await banner.waitFor({ state: 'detached', timeout: 10_000 })
          await page.locator('.kefu-viewer[role="dialog"] .kefu-viewer__stage[data-kefu-zoom]').waitFor({ timeout: 10_000 })
          assertNoPageProblems(page, { allowConsole: [/KefuImageViewer-/, /Failed to fetch dynamically imported module/, /ERR_CONNECTION_FAILED|net::ERR_FAILED/] })
        })
      } finally {
        await closePage(page)
      }
    }
  })

  it('picks an emoji by keyboard into the composer at the caret', async () => {
    const page = await openPage(browser, { colorScheme: 'dark', width: 375, height: 760 })
    try {
      await withShot('media-draw-emoji', page, async () => {
        await page.goto(`${base}#/chat?locale=en&theme=dark`)
        // the caret is placed below: nothing of the opening may re-render the composer after that
        await waitForOpening(page)
        const box = page.locator(SEL.composer)
        await box.fill('hello world')
        await box.evaluate((el) => el.setSelectionRange(5, 5))
        const button = page.locator('.kefu-chat .kefu-composer__emoji')
        await button.focus()
        await page.keyboard.press('Enter')
        const picker = page.locator('.kefu-emoji')
        await picker.waitFor({ timeout: 5000 })
        await until(async () => (await picker.locator('[data-kefu-emoji]').count()) > 0, { what: 'the emoji data (a lazy chunk)' })
        assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('kefu-emoji__search')), true)
        await page.keyboard.press('ArrowDown')
        await page.keyboard.press('ArrowRight')
        await page.keyboard.press('ArrowDown')
        const chosen = await page.evaluate(() => document.activeElement?.getAttribute('data-kefu-emoji'))
        assert.ok(chosen)
        const violations = await runAxe(page, { include: ['.kefu-emoji'] })
        assert.deepEqual(violations, [], formatViolations(violations))
        ensureDir(SCREENSHOTS)
        await page.screenshot({ path: join(SCREENSHOTS, 'media-emoji-375-dark.png') })
        await page.keyboard.press('Enter')
        await picker.waitFor({ state: 'detached', timeout: 5000 })
        assert.equal(await box.inputValue(), `hello${chosen} world`)
        assert.equal(await box.evaluate((el) => el === document.activeElement), true)
        // again, and Escape closes with focus back on the button
        await button.focus()
        await page.keyboard.press('Enter')
        await picker.waitFor({ timeout: 5000 })
        await page.keyboard.press('Escape')
        await picker.waitFor({ state: 'detached', timeout: 5000 })
        assert.equal(await button.evaluate((el) => el === document.activeElement), true)
        assertNoPageProblems(page)
      })
    } finally {
      await closePage(page)
    }
  })
})
