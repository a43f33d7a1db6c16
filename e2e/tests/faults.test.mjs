// Faults, in the playground against the simulator, steered from the agent panel's fault controls:
// - the connection drops while the customer sends three messages: they wait as "sending" (never
//   "sent", never "failed"), and on reconnect arrive once each, in order;
// - a send that keeps failing ends as "failed", and its Retry really resends it (same client id);
// - a malformed or unknown message in the stream shows a placeholder, and the conversation goes on.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { assertNoPageProblems, closePage, openPage, withShot, usePlayground } from '../lib/browser.mjs'
import { panelBackend } from '../lib/backends.mjs'
import { SEL, mark, records, rowOf, until, waitForChat, waitForReceived } from '../lib/chat.mjs'
import { EN, sendFromComposer } from '../lib/conversation.mjs'

const FALLBACK = 'Sorry, I did not quite get that. Try asking another way, or send "human" to talk to an agent.'

/** Records every status a customer row shows, with the time, from the first render on. */
const STATUS_RECORDER = () => {
  window.__statusLog = []
  const seen = new Map()
  const scan = () => {
    for (const el of document.querySelectorAll('.kefu-row--customer[data-kefu-id]')) {
      const id = el.getAttribute('data-kefu-id')
      const st = el.getAttribute('data-kefu-status')
      if (seen.get(id) !== st) {
        seen.set(id, st)
        const text = (el.querySelector('.kefu-row__content') || el).textContent.trim()
        window.__statusLog.push({ id, status: st, text, at: Date.now() })
      }
    }
  }
  new MutationObserver(scan).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-kefu-status'] })
}

describe('playground: faults', () => {
  let browser
  let base
  usePlayground((ready) => ({ browser, base } = ready))

  const open = async () => {
    const page = await openPage(browser)
    await page.addInitScript(STATUS_RECORDER)
    await page.goto(`${base}#/chat?locale=en&kb=kit&latency=50`)
    await waitForChat(page)
    await waitForReceived(page, { received: 0 }, (e, k) => e.type === 'message' && k === 'welcome', 'the welcome card')
    return page
  }

  it('the connection drops while three messages are sent: they wait, then arrive once each, in order', async (t) => {
    const page = await open()
    const ctx = { page, input: 'pointer' }
    const backend = panelBackend(page)
    try {
      await withShot('faults-offline', page, async () => {
        const words = ['first while offline', 'second while offline', 'third while offline']
        const m = await mark(page)
        await backend.setOnline(false)
        await until(async () => (await page.locator(SEL.connection).getAttribute('data-kefu-connection')) === 'offline', { what: 'the header to show the connection is down' })
        assert.equal((await page.locator(SEL.connection).innerText()).trim(), 'Offline, reconnecting…')
        const note = page.locator('.kefu-chat .kefu-composer__status')
        await note.waitFor()
        assert.equal((await note.innerText()).trim(), 'You’re offline. What you send will go out when you reconnect.')
        assert.equal(await note.getAttribute('role'), 'status')

        for (const w of words) await sendFromComposer(ctx, w)
        const rows = page.locator('.kefu-row--customer')
        await until(async () => (await rows.count()) === 3, { what: 'three customer rows' })
        assert.deepEqual((await rows.locator('.kefu-row__content').allInnerTexts()).map((s) => s.trim()), words, 'the three messages are shown in the order written')
        // offline for a while: they stay "sending", with words for screen readers, and nothing reaches
        // the wire. This is an observation window, not a wait for a state: every status the rows
        // take during 2.5 s is recorded in the page (a MutationObserver misses none, where polling
        // every 250 ms could), and it must stay "sending".
        const seen = await page.evaluate(async () => {
          const statuses = () => [...document.querySelectorAll('.kefu-row--customer')].map((e) => e.getAttribute('data-kefu-status'))
          const out = [statuses().join(',')]
          const mo = new MutationObserver(() => { out.push(statuses().join(',')) })
          mo.observe(document.querySelector('.kefu-chat'), { subtree: true, childList: true, attributes: true, attributeFilter: ['data-kefu-status'] })
          await new Promise((r) => setTimeout(r, 2500))
          mo.disconnect()
          out.push(statuses().join(','))
          return [...new Set(out)]
        })
        assert.deepEqual(seen, ['sending,sending,sending'], 'while offline the messages show as sending (not sent, not failed)')
        for (let i = 0; i < 3; i++) assert.match(await rows.nth(i).innerText(), /Sending/, 'the sending state is said in words (screen readers)')
        const stored = await page.evaluate(() => window.__kefu.simulator.messages.filter((x) => x.from === 'customer').length)
        assert.equal(stored, 0, 'nothing reached the backend while offline')
        const attemptsOffline = (await records(page)).sent.slice(m.sent).length
        t.diagnostic(`send attempts while offline: ${attemptsOffline}`)

        const onlineAt = Date.now()
        await backend.setOnline(true)
        await until(async () => (await page.locator(SEL.connection).getAttribute('data-kefu-connection')) === 'online', { what: 'the header to show online again' })
        await until(async () => (await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-kefu-status')))).every((s) => s === 'sent'), {
          what: 'the three messages to show as sent after reconnecting',
        })
        assert.equal(await note.count(), 0, 'the offline note goes once online')

        // the backend received each exactly once, in order
        const server = await page.evaluate(() => window.__kefu.simulator.messages.filter((x) => x.from === 'customer').map((x) => ({ text: x.body.text, clientId: x.clientId, seq: x.seq })))
        assert.deepEqual(server.map((x) => x.text), words, 'the backend stored the three messages once each, in order')
        const seqs = server.map((x) => x.seq)
        assert.deepEqual(seqs, [...seqs].sort((a, b) => a - b))
        const r = await records(page)
        const delivered = r.sent.slice(m.sent).filter((o) => o.body.type === 'text')
        const byClient = new Map()
        for (const o of delivered) byClient.set(o.clientId, (byClient.get(o.clientId) || 0) + 1)
        assert.deepEqual([...new Set(delivered.map((o) => o.body.text))], words, 'sent in the order written')
        assert.equal(byClient.size, 3, 'three client ids')
        // the view's whole history of each row: sending → sent, never failed, and not sent before the reconnect
        const log = await page.evaluate(() => window.__statusLog)
        for (const w of words) {
          const hist = log.filter((e) => e.text.includes(w))
          assert.deepEqual(hist.map((e) => e.status), ['sending', 'sent'], `"${w}" went sending → sent (${JSON.stringify(hist)})`)
          assert.ok(hist[1].at >= onlineAt, `"${w}" was not shown as sent before the connection came back`)
        }
        // the bot answers all three, and the conversation goes on
        await until(async () => (await records(page)).received.filter((e) => e.type === 'message' && e.message.body.type === 'text' && e.message.body.text === FALLBACK).length === 3, {
          what: 'the bot to answer each of the three',
        })
        assertNoPageProblems(page)
      })
    } finally {
      await closePage(page)
    }
  })

  it('a send that keeps failing ends as failed; Retry resends it under the same client id', async (t) => {
    const page = await open()
    const ctx = { page, input: 'pointer' }
    const backend = panelBackend(page)
    try {
      await withShot('faults-failing-send', page, async () => {
        const text = 'this one keeps failing'
        // the engine tries 4 times by default (RetryOptions.attempts): fail them all
        await backend.failNextSends(4, 'timeout')
        const m = await mark(page)
        await sendFromComposer(ctx, text)
        const row = page.locator('.kefu-row--customer').filter({ hasText: text })
        await row.waitFor()
        const clientId = await row.getAttribute('data-kefu-id')
        assert.equal(await row.getAttribute('data-kefu-status'), 'sending', 'first it is sending')
        await until(async () => (await row.getAttribute('data-kefu-status')) === 'failed', { what: 'the message to end as failed after its retries', timeout: 20_000 })
        const attempts = (await records(page)).sent.slice(m.sent).filter((o) => o.clientId === clientId)
        t.diagnostic(`attempts before failing: ${attempts.length}`)
        assert.equal(attempts.length, 4, 'four attempts, all with the same client id')
        assert.match(await row.innerText(), /Not sent/, 'the failure is said in words')
        const retry = row.locator('button.kefu-row__retry')
        assert.equal((await retry.innerText()).trim(), 'Retry')
        assert.match((await retry.getAttribute('aria-label')) || '', /(retry|again).*message|message.*(again|retry)/i, 'Retry has a label that says what it retries')
        assert.equal(await page.evaluate(() => window.__kefu.simulator.messages.filter((x) => x.from === 'customer').length), 0, 'the backend has nothing yet')
        // the statuses seen: sending until it gave up, then failed (never sent in between)
        const hist = (await page.evaluate(() => window.__statusLog)).filter((e) => e.id === clientId).map((e) => e.status)
        assert.deepEqual(hist, ['sending', 'failed'])

        const m2 = await mark(page)
        await retry.click()
        await until(async () => (await row.getAttribute('data-kefu-status')) === 'sent', { what: 'the retried message to show as sent' })
        const resent = (await records(page)).sent.slice(m2.sent)
        assert.equal(resent.length, 1, 'Retry sends once')
        assert.equal(resent[0].clientId, clientId, 'Retry keeps the client id (the backend can dedupe)')
        const server = await page.evaluate(() => window.__kefu.simulator.messages.filter((x) => x.from === 'customer').map((x) => x.body.text))
        assert.deepEqual(server, [text], 'the backend has it exactly once')
        assert.equal(await row.locator('button.kefu-row__retry').count(), 0, 'no Retry on a sent message')
        await waitForReceived(page, m2, (e) => e.type === 'message' && e.message.body.type === 'text' && e.message.body.text === FALLBACK, 'the bot\'s answer to the retried message')
        assertNoPageProblems(page)
      })
    } finally {
      await closePage(page)
    }
  })

  it('a refused send (not retryable) fails at once, and Retry works', async () => {
    const page = await open()
    const ctx = { page, input: 'pointer' }
    const backend = panelBackend(page)
    try {
      await withShot('faults-rejected-send', page, async () => {
        const text = 'refused by the server'
        await backend.failNextSends(1, 'rejected')
        const m = await mark(page)
        await sendFromComposer(ctx, text)
        const row = page.locator('.kefu-row--customer').filter({ hasText: text })
        await until(async () => (await row.getAttribute('data-kefu-status')) === 'failed', { what: 'a refused message to fail', timeout: 5000 })
        const clientId = await row.getAttribute('data-kefu-id')
        assert.equal((await records(page)).sent.slice(m.sent).filter((o) => o.clientId === clientId).length, 1, 'a refused message is not retried by itself')
        // a later message is not blocked by the failed one
        await sendFromComposer(ctx, 'Hello')
        const later = page.locator('.kefu-row--customer').filter({ has: page.locator('.kefu-row__content', { hasText: /^Hello$/ }) })
        await until(async () => (await later.getAttribute('data-kefu-status')) === 'sent', { what: 'the next message to go out' })
        assert.equal(await row.getAttribute('data-kefu-status'), 'failed', 'the refused one stays failed until retried')
        await row.locator('button.kefu-row__retry').click()
        await until(async () => (await row.getAttribute('data-kefu-status')) === 'sent', { what: 'the retried message to be sent' })
        const server = await page.evaluate(() => window.__kefu.simulator.messages.filter((x) => x.from === 'customer').map((x) => x.body.text))
        assert.deepEqual(server, ['Hello', text], 'each once, the retried one after')
        assertNoPageProblems(page)
      })
    } finally {
      await closePage(page)
    }
  })

  it('a malformed or unknown message in the stream shows a placeholder, and the conversation goes on', async (t) => {
    const page = await open()
    const ctx = { page, input: 'pointer' }
    try {
      await withShot('faults-malformed', page, async () => {
        const now = await page.evaluate(() => Date.now())
        const bad = [
          { id: 'e2e-bad-json', data: '{"customerServicePlugin":0,"src":"15",', details: /JSON/i },
          { id: 'e2e-unknown-src', data: JSON.stringify({ customerServicePlugin: 0, src: '1001', content: { anything: true } }), details: /^1001 $/ },
          { id: 'e2e-wrong-shape', data: JSON.stringify({ customerServicePlugin: 0, src: '15', content: { header: 'Pick', items: 'human', tail: '' } }), details: /^15 .*items/ },
          { id: 'e2e-rating-no-menu', data: JSON.stringify({ customerServicePlugin: 0, src: '9', menuContent: { head: 'Rate us', menu: null, type: 1 } }), details: /^9 .*menu/ },
          { id: 'e2e-numeric-unknown', data: JSON.stringify({ customerServicePlugin: 0, src: 77 }), details: /^77 $/ },
        ]
        for (const [i, b] of bad.entries()) {
          const listeners = await page.evaluate((ev) => window.__kefu.inject(ev), {
            type: 'message',
            message: { id: b.id, time: now + i, from: 'service', senderName: 'Kefu Kit Assistant', body: { type: 'custom', data: b.data } },
          })
          assert.ok(listeners >= 1, 'the engine listens to the transport')
        }
        for (const b of bad) {
          const row = await rowOf(page, b.id, `the placeholder for ${b.id}`)
          const ph = row.locator('.kefu-placeholder')
          await ph.waitFor()
          assert.equal((await ph.locator('.kefu-placeholder__text').innerText()).trim(), 'This message type is not supported', `${b.id}: the placeholder says so`)
          // the customer reads one plain sentence; the type and the decode reason are for developers
          // (the console, and these attributes)
          assert.equal((await ph.innerText()).trim(), 'This message type is not supported', `${b.id}: no developer text for the customer`)
          const dev = `${(await ph.getAttribute('data-kefu-src')) ?? ''} ${(await ph.getAttribute('data-kefu-reason')) ?? ''}`
          assert.match(dev, b.details, `${b.id}: data-kefu-src / data-kefu-reason name the type (and the reason)`)
        }
        // a body the kit has never heard of, and a message with no body: nothing breaks
        await page.evaluate((ts) => {
          window.__kefu.inject({ type: 'message', message: { id: 'e2e-odd-body', time: ts, from: 'service', body: { type: 'hologram', payload: 1 } } })
          window.__kefu.inject({ type: 'message', message: { id: 'e2e-no-body', time: ts + 1, from: 'service' } })
          window.__kefu.inject({ type: 'modified', message: { id: 'e2e-never-seen', time: ts + 2, from: 'service', body: { type: 'custom', data: 'nope' } } })
        }, now + 10)
        // the conversation goes on
        const m = await mark(page)
        await sendFromComposer(ctx, 'Hello')
        const hello = await waitForReceived(page, m, (e) => e.type === 'message' && e.message.body.type === 'text', 'the bot\'s answer after the broken messages')
        assert.equal(hello.message.body.text, 'Hello! How can I help you?')
        await rowOf(page, hello.message.id, 'the answer after the broken messages')
        await sendFromComposer(ctx, EN.install)
        await waitForReceived(page, m, (e, k) => e.type === 'message' && k === 'richText', 'a rich-text answer after the broken messages')
        const odd = await rowOf(page, 'e2e-odd-body', 'the message with a body of unknown type')
        assert.equal((await odd.locator('.kefu-placeholder__text').innerText()).trim(), 'This message type is not supported', 'a body of unknown type shows the placeholder')
        const noBody = await rowOf(page, 'e2e-no-body', 'the message without a body')
        assert.equal((await noBody.locator('.kefu-placeholder__text').innerText()).trim(), 'This message type is not supported', 'a message without a body shows the placeholder')
        // the live region reads one message a second: wait for the placeholders' turn
        await until(async () => (await page.evaluate(() => window.__live.events.map((e) => e.text))).filter((x) => x === 'Kefu Kit Assistant: This message type is not supported').length >= bad.length, {
          what: `the ${bad.length} placeholders to be announced as such`,
          timeout: 20_000,
          detail: async () => JSON.stringify(await page.evaluate(() => window.__live.events.map((e) => e.text))),
        })
        assertNoPageProblems(page)
      })
    } finally {
      await closePage(page)
    }
  })

  it('a message with time 1.7e18 injected via window.__kefu.inject does not stop later messages from drawing', async () => {
    const page = await open()
    const ctx = { page, input: 'pointer' }
    try {
      await withShot('faults-bad-time', page, async () => {
        const now = await page.evaluate(() => Date.now())
        await page.evaluate((ts) => {
          window.__kefu.inject({ type: 'message', message: { id: 'e2e-bad-time', time: 1.7e18, from: 'service', senderName: 'Kefu Kit Assistant', body: { type: 'text', text: 'from the far future' } } })
          window.__kefu.inject({ type: 'message', message: { id: 'e2e-after-bad-time', time: ts + 1, from: 'service', senderName: 'Kefu Kit Assistant', body: { type: 'text', text: 'drawn after it' } } })
        }, now)
        const bad = await rowOf(page, 'e2e-bad-time', 'the message with the bad time')
        assert.match(await bad.innerText(), /from the far future/, 'the message with the bad time is drawn, with the receipt time')
        const after = await rowOf(page, 'e2e-after-bad-time', 'the message injected after it')
        assert.match(await after.innerText(), /drawn after it/)
        // and the conversation goes on
        const m = await mark(page)
        await sendFromComposer(ctx, 'Hello')
        const hello = await waitForReceived(page, m, (e) => e.type === 'message' && e.message.body.type === 'text', 'the bot\'s answer after the bad time')
        await rowOf(page, hello.message.id, 'the answer after the bad time')
        assertNoPageProblems(page)
      })
    } finally {
      await closePage(page)
    }
  })
})
