// kefu-kit/pinia from the packed package: a Vue 3 app with Pinia (e2e/hosts/vue3-pinia) installs
// the tarball with Vue, its Vite plugin and Pinia in one command (npm ls clean, pinia being an
// optional peer), builds, and its header shows the unread count from `useKefuStore`, outside the
// chat: an agent message while the launcher is closed raises it, opening the launcher clears it.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { assertNoPageProblems, closePage, launchBrowser, openPage, withShot } from '../lib/browser.mjs'
import { until } from '../lib/chat.mjs'
import { ensureLibraryBuilt } from '../lib/env.mjs'
import { HOST_INSTALLS, packKit, prepareHost, removeDir, serveHost } from '../lib/hosts.mjs'

describe('the packed package in a Vue 3 host with Pinia', () => {
  let pack
  let browser
  let host
  before(async () => {
    ensureLibraryBuilt()
    pack = await packKit()
    host = await prepareHost('vue3-pinia', pack.tarball)
    host.server = await serveHost(host)
    browser = await launchBrowser()
  })
  after(async () => {
    await browser?.close()
    await host?.server?.close()
    removeDir(host?.dir)
    if (pack) removeDir(pack.dir)
  })

  it('installs with Vue, its Vite plugin and Pinia in one command; npm ls is clean', (t) => {
    t.diagnostic(`npm install ${HOST_INSTALLS['vue3-pinia'].join(' ')} kefu-kit`)
    assert.match(host.lsLog, /pinia@/)
    assert.match(host.lsLog, /kefu-kit@/)
  })

  it('the header shows the unread count from useKefuStore; opening the launcher clears it', async () => {
    const page = await openPage(browser)
    try {
      await withShot('hosts-pinia', page, async () => {
        await page.goto(host.server.url)
        const count = page.getByTestId('store-unread')
        await until(async () => (await page.getByTestId('store-connection').textContent()) === 'online', { what: 'the store to mirror the connection' })
        await page.evaluate(() => window.__kefu.engine.transferToHuman('Human service'))
        await until(() => page.evaluate(() => window.__kefu.simulator.acceptNext().ok || window.__kefu.simulator.session.agentId), { what: 'an agent in seat' })
        await until(() => page.evaluate(() => window.__kefu.engine.getState().humanServing), { what: 'the engine to know the agent serves' })
        // every scheduled service message (the seat notice) has arrived before the agent speaks
        await page.evaluate(() => window.__kefu.simulator.idle())
        await page.evaluate(() => window.__kefu.simulator.agentReply('Hello from Pinia land'))
        // the agent's message is the newest unread one (the seat notices before it count too)
        const unread = await until(() => page.evaluate(() => {
          const s = window.__kefu.engine.getState()
          const newest = s.messages.find((m) => m.id === s.newestUnreadId)
          return newest && newest.payload.text === 'Hello from Pinia land' ? s.unread : 0
        }), { what: 'the agent message, unread' })
        await until(async () => (await count.textContent()) === `Unread: ${unread}`, { what: `the header to show ${unread}`, detail: () => count.textContent() })
        assert.equal(await page.locator('.kefu-launcher__badge').textContent(), String(unread))
        await page.locator('.kefu-launcher__button').click()
        await page.locator('.kefu-launcher__panel').waitFor()
        await until(async () => (await count.textContent()) === 'Unread: 0', { what: 'the header count to clear' })
        assert.ok((await page.evaluate(() => window.__kefu.simulator.readReports)) > 0, 'markRead reached the simulator')
        assertNoPageProblems(page)
      })
    } finally {
      await closePage(page)
    }
  })
})
