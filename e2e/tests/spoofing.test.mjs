// Layout and spoofing (issue 9, item 10), in a real browser at 320 px:
// - a 5,000-character sender name and order field name do not make the page or the list scroll
//   sideways;
// - a right-to-left override in a sender name, an order field name or a link text does not make
//   "\u202Eexe.cod" read "doc.exe": the override is gone from the rendered text, and names and
//   link texts are direction-isolated;
// - avatars go through the URL rule: `javascript:` and `data:` avatars never reach the DOM.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { closePage, openPage, withShot, usePlayground } from '../lib/browser.mjs'
import { SEL, ensureKitStyles, until, waitForLazyParts, waitForOpening } from '../lib/chat.mjs'

const LONG = 'W'.repeat(5000)
const RLO = '\u202Eexe.cod'
const CONTROLS = /[\u202a-\u202e\u2066-\u2069]/

async function inject(page, message) {
  await page.evaluate((m) => window.__kefu.inject({ type: 'message', message: m }), message)
  await page.locator(SEL.row(message.id)).waitFor()
}

describe('layout and spoofing at 320 px', () => {
  let browser
  let base
  usePlayground((ready) => ({ browser, base } = ready))

  it('a 5,000-character sender name and order field name do not scroll sideways', async () => {
    const page = await openPage(browser, { width: 320, height: 700 })
    try {
      await withShot('spoofing-long-names', page, async () => {
        await page.goto(`${base}#/chat?locale=en&mode=manual&latency=0`)
        // the opening's rows first: they would land among the injected ones while they are measured
        await waitForOpening(page)
        await ensureKitStyles(page)
        const now = Date.now()
        await inject(page, { id: 'long-name', time: now, from: 'service', senderName: LONG, body: { type: 'text', text: 'hello' } })
        await inject(page, {
          id: 'long-order', time: now + 1, from: 'service', senderName: 'Ann',
          body: { type: 'custom', data: JSON.stringify({ customerServicePlugin: 0, src: '28', content: { guide: '', name: LONG, desc: LONG, pic: '', customField: [{ name: LONG, value: LONG }] } }) },
        })
        await page.locator(`${SEL.row('long-order')} .kefu-order__field-name`).waitFor()
        const m = await page.evaluate(() => {
          const list = document.querySelector('.kefu-chat .kefu-list__scroller') || document.querySelector('.kefu-chat [role="log"]')
          return {
            inner: window.innerWidth,
            page: document.scrollingElement.scrollWidth,
            list: list ? { scroll: list.scrollWidth, client: list.clientWidth } : null,
            widest: Math.max(...[...document.querySelectorAll('.kefu-chat .kefu-row *')].map((e) => e.getBoundingClientRect().right)),
          }
        })
        assert.ok(m.list, 'the list is on the page')
        assert.ok(m.page <= m.inner, `the page does not scroll sideways (scrollWidth ${m.page} > ${m.inner})`)
        assert.ok(m.list.scroll <= m.list.client, `the list does not scroll sideways (scrollWidth ${m.list.scroll} > clientWidth ${m.list.client})`)
        assert.ok(m.widest <= m.inner + 1, `nothing in a row reaches past the window (right edge ${m.widest})`)
      })
    } finally {
      await closePage(page)
    }
  })

  it('a right-to-left override cannot make a name, a field name or a link text read "doc.exe"; hostile avatars are not loaded', async () => {
    const page = await openPage(browser, { width: 320, height: 700 })
    try {
      await withShot('spoofing-bidi', page, async () => {
        await page.goto(`${base}#/chat?locale=en&mode=manual&latency=0`)
        await waitForOpening(page)
        const now = Date.now()
        await inject(page, { id: 'rlo-name', time: now, from: 'service', senderName: RLO, avatar: 'javascript:alert(1)', body: { type: 'text', text: 'see https://example.com/x' } })
        await inject(page, { id: 'svg-avatar', time: now + 60_000 * 10, from: 'service', senderName: 'Bob', avatar: 'data:image/svg+xml,<svg onload=alert(1)>', body: { type: 'text', text: 'hi' } })
        await inject(page, {
          id: 'rlo-order', time: now + 60_000 * 20, from: 'service', senderName: 'Ann',
          body: { type: 'custom', data: JSON.stringify({ customerServicePlugin: 0, src: '28', content: { guide: '', name: RLO, desc: '', pic: '', customField: [{ name: RLO, value: RLO }] } }) },
        })
        await inject(page, {
          id: 'rlo-md', time: now + 60_000 * 30, from: 'service', senderName: 'Ann',
          body: { type: 'custom', data: JSON.stringify({ customerServicePlugin: 0, src: '30', content: `[${RLO}](https://example.com/f) ![pic](https://user:pass@example.com/a.png)` }) },
        })
        await page.locator(`${SEL.row('rlo-md')} a`).waitFor()
        // the order card is a lazy kind: its names are checked as its renderer draws them (its
        // placeholder has none, and would pass every check below)
        await waitForLazyParts(page, '.kefu-chat', 'the chat')
        await page.locator(`${SEL.row('rlo-order')} .kefu-order__field-name`).waitFor()
        const found = await page.evaluate((re) => {
          const controls = new RegExp(re)
          const q = (s) => [...document.querySelectorAll(s)]
          const isolatedEl = (el) => {
            for (let e = el; e && !e.classList?.contains('kefu-row'); e = e.parentElement) {
              const ub = getComputedStyle(e).unicodeBidi
              if (e.tagName === 'BDI' || ub === 'isolate' || ub === 'plaintext' || ub === 'isolate-override') return true
            }
            return false
          }
          const texts = [
            ...q('.kefu-chat .kefu-row__name'),
            ...q('.kefu-chat .kefu-order__name, .kefu-chat .kefu-order__field-name, .kefu-chat .kefu-order__field-value'),
            ...q('.kefu-chat .kefu-row a'),
            ...q('.kefu-chat .kefu-header__title'),
            ...q('.kefu-chat .kefu-sr-only'),
          ]
          return {
            withControls: texts.filter((e) => controls.test(e.textContent)).map((e) => e.outerHTML.slice(0, 120)),
            notIsolated: texts.filter((e) => !e.classList.contains('kefu-sr-only') && e.textContent.includes('exe.cod') && !isolatedEl(e.querySelector('bdi') || e) && !isolatedEl(e)).map((e) => e.outerHTML.slice(0, 120)),
            rloNames: q('.kefu-chat .kefu-row__name').map((e) => e.textContent),
            srcs: q('.kefu-chat img, .kefu-root img').map((e) => e.getAttribute('src')),
            hrefs: q('.kefu-chat a').map((e) => e.getAttribute('href')),
          }
        }, CONTROLS.source)
        assert.deepEqual(found.withControls, [], 'no direction override survives in a name or link text')
        assert.deepEqual(found.notIsolated, [], 'names and link texts are direction-isolated')
        assert.ok(found.rloNames.includes('exe.cod'), `the name is shown without its override: ${JSON.stringify(found.rloNames)}`)
        for (const s of found.srcs) assert.match(s, /^https?:\/\//, `only http(s) images: ${s}`)
        for (const h of found.hrefs) if (h) assert.match(h, /^(https?|mailto|tel):/, `only safe links: ${h}`)
        assert.ok(!found.srcs.some((s) => s.includes('@')), `credentials are dropped from image URLs: ${JSON.stringify(found.srcs)}`)
        // the refused avatars fall back to the initial
        await until(async () => (await page.locator(`${SEL.row('svg-avatar')} .kefu-row__avatar--initial`).count()) === 1, { what: 'the initial instead of the data: avatar' })
      })
    } finally {
      await closePage(page)
    }
  })
})
