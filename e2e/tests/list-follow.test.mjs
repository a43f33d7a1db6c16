// The list follows new messages while the customer is at the bottom, in a real browser: a row that
// grows after it is drawn (a picture loads, an answer streams, a lazy part replaces its
// placeholder) must not make the list stop following, nor show the "new messages" button. The
// browser fires the scroll event of the list's own scroll write after the row grew and before the
// ResizeObserver reports the new height; that event must not read as "the reader scrolled up".
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { closePage, openPage, withShot, usePlayground } from '../lib/browser.mjs'
import { ensureKitStyles, until, waitForOpening } from '../lib/chat.mjs'
import { SCREENSHOTS, ensureDir } from '../lib/env.mjs'
import { join } from 'node:path'

const SCROLLER = '.kefu-chat .kefu-list__scroller'

describe('the list at the bottom', () => {
  let browser
  let base
  usePlayground((ready) => ({ browser, base } = ready))

  it('keeps following when a row grows right after it is drawn, and shows no "new messages" button', async () => {
    const page = await openPage(browser, { width: 400, height: 700 })
    try {
      await withShot('list-follow-growing-rows', page, async () => {
        await page.goto(`${base}#/chat?locale=en&mode=manual&latency=0`)
        await waitForOpening(page)
        await ensureKitStyles(page)
        await page.evaluate((sel) => {
          window.__buttonSeen = 0
          new MutationObserver(() => { if (document.querySelector('.kefu-chat [data-kefu-new-messages]')) window.__buttonSeen++ })
            .observe(document.querySelector('.kefu-chat'), { childList: true, subtree: true })
          window.__gap = () => { const s = document.querySelector(sel); return s.scrollHeight - s.scrollTop - s.clientHeight }
          window.__frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())))
        }, SCROLLER)
        const now = Date.now()
        for (let i = 0; i < 20; i++) {
          await page.evaluate((m) => window.__kefu.inject({ type: 'message', message: m }), { id: `f${i}`, time: now + i, from: 'service', body: { type: 'text', text: `filler ${i}` } })
        }
        await until(() => page.evaluate(async () => { await window.__frames(); return window.__gap() <= 1 }), { what: 'the list at the bottom after the fillers' })
        for (let i = 0; i < 5; i++) {
          const gap = await page.evaluate(async ([grow, next]) => {
            // the row is drawn and the list scrolls to it (its scroll event comes at the next
            // frame); then, before that frame, the row grows by 300px
            const drawn = new Promise((resolve) => {
              const mo = new MutationObserver(() => {
                const row = document.querySelector(`.kefu-chat [data-kefu-id="${grow.id}"]`)
                if (!row) return
                mo.disconnect()
                const late = document.createElement('div')
                late.style.height = '300px'
                row.appendChild(late)
                resolve()
              })
              mo.observe(document.querySelector('.kefu-chat'), { childList: true, subtree: true })
            })
            window.__kefu.inject({ type: 'message', message: grow })
            await drawn
            await window.__frames()
            window.__kefu.inject({ type: 'message', message: next })
            await window.__frames()
            return window.__gap()
          }, [
            { id: `g${i}`, time: now + 100 + 2 * i, from: 'service', body: { type: 'text', text: `grows ${i}` } },
            { id: `n${i}`, time: now + 101 + 2 * i, from: 'service', body: { type: 'text', text: `next ${i}` } },
          ])
          assert.ok(gap <= 1, `round ${i}: the list is ${gap}px above the bottom`)
          assert.equal(await page.locator(`.kefu-chat [data-kefu-id="n${i}"]`).count(), 1, `round ${i}: the next message is drawn`)
        }
        assert.equal(await page.evaluate(() => window.__buttonSeen), 0, 'the "new messages" button appeared while at the bottom')
        // a reader who scrolls up (the wheel) keeps their place while rows arrive below, and gets the button
        await page.locator(SCROLLER).hover()
        await page.mouse.wheel(0, -400)
        await until(() => page.evaluate(() => window.__gap() >= 300), { what: 'the list scrolled up by the wheel' })
        const kept = await page.evaluate(async ([grow, next, sel]) => {
          const s = document.querySelector(sel)
          await window.__frames()
          const y = s.scrollTop
          window.__kefu.inject({ type: 'message', message: grow })
          await window.__frames()
          window.__kefu.inject({ type: 'message', message: next })
          await window.__frames()
          return { moved: s.scrollTop - y, button: document.querySelector('.kefu-chat [data-kefu-new-messages]')?.textContent ?? null }
        }, [
          { id: 'u0', time: now + 200, from: 'service', body: { type: 'text', text: 'unseen 0' } },
          { id: 'u1', time: now + 201, from: 'service', body: { type: 'text', text: 'unseen 1' } },
          SCROLLER,
        ])
        assert.ok(Math.abs(kept.moved) <= 1, `the reader's place moved by ${kept.moved}px`)
        assert.match(kept.button ?? '', /2 new messages/)
        // the button sits centred in the list, its label on one line
        const button = page.locator('.kefu-chat [data-kefu-new-messages]')
        const [b, list] = [await button.boundingBox(), await page.locator(SCROLLER).boundingBox()]
        assert.ok(Math.abs(b.x + b.width / 2 - (list.x + list.width / 2)) <= 2, `centred: ${JSON.stringify({ b, list })}`)
        assert.ok(b.height < 44, `one line: ${b.height}`)
        ensureDir(SCREENSHOTS)
        await page.locator('.kefu-chat').screenshot({ path: join(SCREENSHOTS, 'list-new-messages-400.png') })
      })
    } finally {
      await closePage(page)
    }
  })
})
