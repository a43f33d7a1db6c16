// The floating launcher in the playground (#/launcher, a demo shop page), on the simulator:
// - closed, an agent message raises the badge, the button's name and the title count, and the
//   preview shows it; opening it reads everything (badge gone, the simulator got markRead);
//   Escape closes it and focus returns to the button; a reload remembers it open;
// - screenshots closed (with a preview) and open, at 375 px and 1280 px, light and dark, go to
//   artifacts/screenshots/launcher-{375,1280}-{light,dark}-{closed,open}.png.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { assertNoPageProblems, closePage, openPage, withShot, usePlayground } from '../lib/browser.mjs'
import { until } from '../lib/chat.mjs'
import { ensureDir, SCREENSHOTS } from '../lib/env.mjs'

const BUTTON = '.kefu-launcher__button'
const BADGE = '.kefu-launcher__badge'
const PANEL = '.kefu-launcher__panel'
const PREVIEW = '.kefu-launcher__preview'

const query = (theme = 'light') => `#/launcher?locale=en&mode=manual&latency=0&theme=${theme}`

/** Waits for the conversation to be online, then puts an agent in seat (manual mode: the test is the agent). */
async function seatAgent(page) {
  await until(() => page.evaluate(() => window.__kefu?.engine.getState().connection === 'online'), { what: 'the conversation online' })
  // the English keyword, as the action bar sends it
  await page.evaluate(() => window.__kefu.engine.transferToHuman('Human service'))
  await until(() => page.evaluate(() => window.__kefu.simulator.acceptNext().ok || window.__kefu.simulator.session.agentId), {
    what: 'an agent to accept the customer',
    detail: () => page.evaluate(() => JSON.stringify(window.__kefu.simulator.session)),
  })
  await until(() => page.evaluate(() => window.__kefu.engine.getState().humanServing), { what: 'the agent in seat' })
  // every scheduled service message (the seat notice) has arrived before the agent speaks
  await page.evaluate(() => window.__kefu.simulator.idle())
}

const unreadOf = (page) => page.evaluate(() => window.__kefu.engine.getState().unread)

/** The agent says `text`; resolves with the unread count once the badge shows it (its message the newest unread). */
async function agentSays(page, text) {
  const sent = await page.evaluate((t) => window.__kefu.simulator.agentReply(t), text)
  assert.equal(sent.ok, true, JSON.stringify(sent))
  const count = await until(() => page.evaluate((t) => {
    const s = window.__kefu.engine.getState()
    const newest = s.messages.find((m) => m.id === s.newestUnreadId)
    return newest && newest.payload.text === t ? s.unread : 0
  }, text), { what: `"${text}" as the newest unread message` })
  await until(async () => (await page.locator(BADGE).textContent().catch(() => null)) === String(count), {
    what: `the badge to show ${count}`,
  })
  return count
}

describe('playground: the launcher', () => {
  let browser
  let base
  usePlayground((ready) => ({ browser, base } = ready))

  it('closed: an agent message raises the badge, its name and the title count, with a preview; open reads it; Escape closes and returns focus; a reload remembers', async () => {
    const page = await openPage(browser)
    try {
      await withShot('launcher-flow', page, async () => {
        await page.goto(`${base}${query()}`)
        await page.locator(BUTTON).waitFor()
        assert.equal(await page.locator(PANEL).count(), 0, 'closed on a first visit')
        assert.equal(await page.locator(BUTTON).getAttribute('aria-expanded'), 'false')
        await seatAgent(page)
        const count = await agentSays(page, 'Your parcel ships today.')
        assert.equal(await page.locator(BUTTON).getAttribute('aria-label'), `Open chat, ${count} unread message${count === 1 ? '' : 's'}`)
        await until(() => page.evaluate((n) => document.title.startsWith(`(${n}) `), count), { what: `the title to start with (${count})`, detail: () => page.title() })
        assert.match(await page.locator(`${PREVIEW} .kefu-launcher__preview-text`).textContent(), /Your parcel ships today\./)
        // the page's own header reads the same count from engine.on('unread')
        assert.equal(await page.getByTestId('launcher-page-unread').textContent(), `Support messages: ${count}`)

        const readsBefore = await page.evaluate(() => window.__kefu.simulator.readReports)
        await page.locator(BUTTON).click()
        await page.locator(PANEL).waitFor()
        assert.equal(await page.locator(PANEL).getAttribute('role'), 'dialog')
        assert.equal(await page.locator(PANEL).getAttribute('aria-label'), 'Acme support')
        await until(() => page.evaluate(() => window.__kefu.engine.getState().unread === 0), { what: 'unread to be 0' })
        await until(async () => (await page.evaluate(() => window.__kefu.simulator.readReports)) > readsBefore, { what: 'markRead to reach the simulator' })
        assert.equal(await page.locator(BADGE).count(), 0, 'no badge while open')
        await until(() => page.evaluate(() => !/^\(\d+\) /.test(document.title)), { what: 'the title count gone', detail: () => page.title() })
        // a message while open is read at once
        const reads = await page.evaluate(() => window.__kefu.simulator.readReports)
        await page.evaluate(() => window.__kefu.simulator.agentReply('Anything else?'))
        await page.locator('.kefu-row', { hasText: 'Anything else?' }).waitFor()
        await until(async () => (await page.evaluate(() => window.__kefu.simulator.readReports)) > reads, { what: 'markRead for the message read while open' })
        assert.equal(await unreadOf(page), 0)

        // focus is in the panel (the composer); Escape closes and focus returns to the button
        await until(() => page.evaluate((sel) => !!document.activeElement?.closest(sel), PANEL), { what: 'focus inside the panel' })
        await page.keyboard.press('Escape')
        await until(async () => (await page.locator(PANEL).count()) === 0, { what: 'the panel to close' })
        assert.equal(await page.evaluate((sel) => document.activeElement?.matches(sel), BUTTON), true, 'focus back on the launcher button')

        // open, reload: still open
        await page.keyboard.press('Enter')
        await page.locator(PANEL).waitFor()
        await page.reload()
        await page.locator(PANEL).waitFor()
        assert.equal(await page.locator(BUTTON).getAttribute('aria-expanded'), 'true')
        await page.locator(`${PANEL} .kefu-launcher__close`).click()
        await until(async () => (await page.locator(PANEL).count()) === 0, { what: 'the panel to close' })
        await page.reload()
        await page.locator(BUTTON).waitFor()
        assert.equal(await page.locator(PANEL).count(), 0, 'closed after the reload')
        assertNoPageProblems(page)
      })
    } finally {
      await closePage(page)
    }
  })

  for (const theme of ['light', 'dark']) {
    for (const width of [375, 1280]) {
      it(`screenshots closed with a preview and open, ${width} px, ${theme}`, async (t) => {
        const page = await openPage(browser, { width, height: width === 375 ? 740 : 860, colorScheme: theme })
        try {
          await withShot(`launcher-${width}-${theme}`, page, async () => {
            await page.goto(`${base}${query(theme)}`)
            await page.locator(BUTTON).waitFor()
            await seatAgent(page)
            await agentSays(page, 'Hi, I’m Mia. Your order #10023 left our warehouse this morning and should arrive on Thursday.')
            await page.locator(PREVIEW).waitFor()
            const dir = ensureDir(SCREENSHOTS)
            const closed = join(dir, `launcher-${width}-${theme}-closed.png`)
            await page.screenshot({ path: closed })
            await page.locator(BUTTON).click()
            await page.locator(`${PANEL} textarea`).waitFor()
            await page.locator(`${PANEL} .kefu-row`, { hasText: 'Thursday' }).waitFor()
            const open = join(dir, `launcher-${width}-${theme}-open.png`)
            await page.screenshot({ path: open })
            // the panel fits the window (full screen on a phone, 400 × 640 at most on a desktop)
            const box = await page.locator(PANEL).boundingBox()
            if (width === 375) {
              assert.ok(box && box.x === 0 && box.y === 0 && box.width === 375, `full screen: ${JSON.stringify(box)}`)
            } else {
              assert.ok(box && box.width <= 402 && box.height <= 642 && box.x + box.width <= width, `a panel in the corner: ${JSON.stringify(box)}`)
            }
            t.diagnostic(`${closed}\n${open}`)
            assertNoPageProblems(page)
          })
        } finally {
          await closePage(page)
        }
      })
    }
  }
})
