// Nothing lost on a reload, in the playground against the simulator (which keeps its session in
// the same localStorage as the engine):
// - offline, three messages typed, the page reloaded: once it is online each is delivered once,
//   under the client id it was drawn with, and shown once;
// - a corrupt stored outbox is ignored: the chat opens and works;
// - two tabs of the same customer do not both send a stored message.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { assertNoPageProblems, closePage, openPage, withShot, usePlayground } from '../lib/browser.mjs'
import { panelBackend } from '../lib/backends.mjs'
import { SEL, until, waitForChat, waitForReceived } from '../lib/chat.mjs'
import { sendFromComposer } from '../lib/conversation.mjs'

const QUERY = '#/chat?locale=en&kb=kit&latency=50'
/** the playground's storage key for this chat (playground/lib/session.ts: mode.locale.kb) */
const OUTBOX_KEY = 'kefu-playground:chat.auto.en.kit:outbox'

/** The customer rows on the page: [client id, text, status]. */
const customerRows = (page) =>
  page.locator('.kefu-row--customer').evaluateAll((els) =>
    els.map((e) => [e.getAttribute('data-kefu-id'), (e.querySelector('.kefu-row__content') || e).textContent.trim(), e.getAttribute('data-kefu-status')]),
  )

/** The customer text messages the page's transport was handed: [client id, text] per attempt. */
const sentTexts = (page) =>
  page.evaluate(() => window.__kefu.sent.filter((m) => m.body && m.body.type === 'text').map((m) => [m.clientId, m.body.text]))

/** What the simulator holds as the customer's messages (its stored conversation): [client id, text]. */
const storedAtBackend = (page) =>
  page.evaluate(async () => {
    const page = await window.__kefu.transport.loadHistory({ limit: 500 })
    return page.messages.filter((m) => m.from === 'customer' && m.body.type === 'text').map((m) => [m.clientId, m.body.text])
  })

const welcomeShown = (page) => waitForReceived(page, { received: 0 }, (e, k) => e.type === 'message' && k === 'welcome', 'the welcome card')

describe('playground: reload', () => {
  let browser
  let base
  usePlayground((ready) => ({ browser, base } = ready))

  /** Types three messages while the connection is down; returns their client ids. */
  async function typeThreeOffline(page, words) {
    await waitForChat(page)
    await welcomeShown(page)
    await panelBackend(page).setOnline(false)
    await until(async () => (await page.locator(SEL.connection).getAttribute('data-kefu-connection')) === 'offline', { what: 'the header to show the connection is down' })
    for (const w of words) await sendFromComposer({ page, input: 'pointer' }, w)
    const rows = await until(async () => {
      const r = await customerRows(page)
      return r.length === 3 && r.every(([, , st]) => st === 'sending') ? r : undefined
    }, { what: 'three customer rows, sending' })
    assert.deepEqual(await sentTexts(page), [], 'nothing reached the wire while offline')
    // the outbox is in storage before the page goes away
    await until(() => page.evaluate(([key, last]) => (localStorage.getItem(key) || '').includes(last), [OUTBOX_KEY, words[2]]), { what: 'the outbox to be stored' })
    return rows.map(([id]) => id)
  }

  it('offline, three typed, reload, online: each delivered once and shown once', async () => {
    const page = await openPage(browser)
    try {
      await withShot('reload-outbox', page, async () => {
        await page.goto(`${base}${QUERY}`)
        const words = ['one before the reload', 'two before the reload', 'three before the reload']
        const ids = await typeThreeOffline(page, words)
        await page.reload()
        await waitForChat(page)
        // shown at once as the same three messages, then sent
        const rows = await until(async () => {
          const r = await customerRows(page)
          return r.length === 3 && r.every(([, , st]) => st === 'sent') ? r : undefined
        }, { what: 'the three messages, sent, after the reload', detail: async () => JSON.stringify(await customerRows(page)) })
        assert.deepEqual(rows.map(([id, text]) => [id, text]), ids.map((id, i) => [id, words[i]]), 'shown once each, in order, under the same ids')
        const sent = await sentTexts(page)
        assert.deepEqual(sent, ids.map((id, i) => [id, words[i]]), 'each handed to the transport once, under its client id, in order')
        const held = await storedAtBackend(page)
        for (const [i, id] of ids.entries()) {
          assert.equal(held.filter(([c]) => c === id).length, 1, `"${words[i]}" is held once by the backend`)
        }
        // a second reload sends nothing again and still shows each once
        await page.reload()
        await waitForChat(page)
        await until(async () => (await customerRows(page)).length >= 3, { what: 'the conversation after the second reload' })
        await welcomeShown(page)
        assert.deepEqual(await sentTexts(page), [], 'nothing is sent again after a second reload')
        const again = await customerRows(page)
        for (const w of words) assert.equal(again.filter(([, text]) => text === w).length, 1, `"${w}" shown once after the second reload`)
        assertNoPageProblems(page)
      })
    } finally {
      await closePage(page)
    }
  })

  it('a corrupt stored outbox is ignored', async () => {
    const page = await openPage(browser)
    try {
      await withShot('reload-corrupt', page, async () => {
        await page.addInitScript((key) => {
          if (!sessionStorage.getItem('kefu-e2e-seeded')) {
            sessionStorage.setItem('kefu-e2e-seeded', '1')
            localStorage.setItem(key, '{"v":1,"items":[{"clientId":"evil","draft":{"body":{"type":"image"}}},null,7')
            localStorage.setItem(key.replace(':outbox', ':recent'), '<<<not json>>>')
            localStorage.setItem(key.replace(':outbox', ':draft'), '{"v":99,"text":"from the future"}')
          }
        }, OUTBOX_KEY)
        await page.goto(`${base}${QUERY}`)
        await waitForChat(page)
        await welcomeShown(page)
        assert.deepEqual(await customerRows(page), [], 'nothing drawn from the corrupt record')
        assert.equal(await page.locator(SEL.composer).inputValue(), '', 'a draft from another version is not restored')
        await sendFromComposer({ page, input: 'pointer' }, 'still works')
        await until(async () => {
          const r = await customerRows(page)
          return r.length === 1 && r[0][2] === 'sent'
        }, { what: 'a new message to be sent' })
        assertNoPageProblems(page)
      })
    } finally {
      await closePage(page)
    }
  })

  it('two tabs do not both send a stored message', async () => {
    const first = await openPage(browser)
    const context = first.context()
    try {
      await first.goto(`${base}${QUERY}`)
      const words = ['tab one', 'tab two', 'tab three']
      const ids = await typeThreeOffline(first, words)
      // the tab closes with three unsent messages; two tabs of the same customer open (openPage
      // closes any other page of its context as a popup: not here, these are the customer's tabs)
      context.removeAllListeners('page')
      await first.close()
      const [a, b] = await Promise.all([context.newPage(), context.newPage()])
      await Promise.all([a.goto(`${base}${QUERY}`), b.goto(`${base}${QUERY}`)])
      await Promise.all([waitForChat(a), waitForChat(b)])
      // each tab sends a message of its own: its outbox is serial, so once that is sent, anything
      // it adopted from storage went out before it
      await sendFromComposer({ page: a, input: 'pointer' }, 'a sentinel from a')
      await sendFromComposer({ page: b, input: 'pointer' }, 'a sentinel from b')
      const sentinelSent = async (page, text) => (await customerRows(page)).some(([, t, st]) => t === text && st === 'sent')
      await until(async () => (await sentinelSent(a, 'a sentinel from a')) && (await sentinelSent(b, 'a sentinel from b')), { what: 'both sentinels to be sent' })
      const all = [...(await sentTexts(a)), ...(await sentTexts(b))]
      await until(async () => {
        const now = [...(await sentTexts(a)), ...(await sentTexts(b))]
        return ids.every((id) => now.some(([c]) => c === id))
      }, { what: 'the stored messages to be sent by one of the tabs', detail: async () => JSON.stringify(all) })
      const final = [...(await sentTexts(a)), ...(await sentTexts(b))]
      for (const [i, id] of ids.entries()) {
        assert.equal(final.filter(([c]) => c === id).length, 1, `"${words[i]}" is sent by exactly one tab, once`)
      }
    } finally {
      await context.close().catch(() => undefined)
    }
  })
})
