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
        const before = await page.evaluate(() => window.__kefu.engine.getState().unread)
        assert.equal(await count.textContent(), `Unread: ${before}`)
        await page.evaluate(() => window.__kefu.simulator.agentReply('Hello from Pinia land'))
        await until(async () => (await count.textContent()) === `Unread: ${before + 1}`, { what: `the header to show ${before + 1}`, detail: () => count.textContent() })
        assert.equal(await page.locator('.kefu-launcher__badge').textContent(), String(before + 1))
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
