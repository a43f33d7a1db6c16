// Hostile content (e2e/vectors.mjs) rendered by the kit in Chromium, two ways:
// - the payload inspector, `#/inspect?data=<URI-encoded JSON>`, one vector at a time;
// - the live chat, as messages the service sends: through the simulator's `agentSendPayload`
//   (a compromised agent account) where it can carry them, else injected into the transport
//   stream (`window.__kefu.inject`, a hostile backend).
// After each vector every link, button and radio in the output is hovered, focused and clicked.
// Nothing may run (tripwire, dialogs, navigation, non-http(s) popups), and nothing dangerous may
// reach the DOM (see lib/xss.mjs).
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { assertNoPageProblems, closePage, openPage, withShot, usePlayground } from '../lib/browser.mjs'
import { SEL, mark, until, waitForChat, waitForLazyParts, waitForReceived } from '../lib/chat.mjs'
import { sendFromComposer } from '../lib/conversation.mjs'
import { auditInPage, poke, rememberInitialScripts, xssHits } from '../lib/xss.mjs'
import { bodyVectors, toAgentPayload, wireVectors } from '../vectors.mjs'

// Lets the page finish what the content under `root` started: every picture that is loading
// (not a lazy one far off screen, which never will) has loaded or failed, so its load/error
// handlers, where a hostile picture would run script, have fired; then the tasks queued behind
// them (Vue's re-render, a javascript: navigation) have run. Not a fixed time: on a loaded
// machine this waits as long as the page needs. Not requestAnimationFrame: it pauses while a
// popup (a clicked link) is in front.
const settle = (page, root = 'body') => page.evaluate(async (sel) => {
  const turn = () => new Promise((r) => setTimeout(r, 0))
  await turn()
  const near = (el) => {
    const r = el.getBoundingClientRect()
    return r.bottom >= -innerHeight && r.top <= 2 * innerHeight
  }
  const pending = [...document.querySelectorAll(`${sel} img`)].filter((img) => !img.complete && (img.loading !== 'lazy' || near(img)))
  // an upper bound only, so a picture the browser never fetches cannot hang the run
  await Promise.race([
    Promise.all(pending.map((img) => new Promise((r) => {
      img.addEventListener('load', r, { once: true })
      img.addEventListener('error', r, { once: true })
      if (img.complete) r()
    }))),
    new Promise((r) => setTimeout(r, 10_000)),
  ])
  await turn()
  await turn()
}, root)

/** A harmless rich text drawn first, so Markdown's code is in before the hostile ones. */
const WARM_UP = { customerServicePlugin: 0, src: '30', content: 'A **warm-up** before the hostile payloads.' }

/** What happened since the last call: tripwire hits, dialogs, popups that were not http(s), navigation. */
function watcher(page, expectedUrl) {
  let hits = 0
  let dialogs = 0
  let popups = 0
  return async () => {
    const out = []
    const h = await xssHits(page)
    if (h.length > hits) out.push(`the tripwire fired: ${h.slice(hits).join(', ')}`)
    hits = h.length
    const d = page.problems.dialogs
    if (d.length > dialogs) out.push(`a dialog opened: ${d.slice(dialogs).join(', ')}`)
    dialogs = d.length
    const p = page.problems.popups
    for (const u of p.slice(popups)) if (!/^https?:\/\//.test(u)) out.push(`a popup opened on ${u}`)
    popups = p.length
    if (expectedUrl && !page.url().startsWith(expectedUrl())) out.push(`the page navigated to ${page.url()}`)
    return out
  }
}

/**
 * What the live chat gets: every kind of hostile payload, with a sample of the URL spellings (the
 * inspector renders all of them through the same renderers). Streams are injected: through the
 * simulator they are re-chunked and played out over seconds, holding every later message back.
 */
function liveChatVectors() {
  const wire = wireVectors()
  const pick = (v, i) => {
    const kind = v.id.split('/')[0]
    if (kind === 'richText') return !v.id.startsWith('richText/url-') || i % 3 === 0
    if (kind === 'product') return i % 3 === 0 || v.id.endsWith('html-fields')
    if (kind === 'stream') return i % 2 === 0
    return true
  }
  const out = []
  wire.forEach((v, i) => {
    if (!pick(v, i)) return
    // an unfinished stream is continued by the next stream message (the engine folds them into one
    // bubble), so the live chat gets finished ones; the inspector draws the unfinished state
    const stream = v.id.startsWith('stream/')
    const data = stream ? { ...v.data, isFinished: 1 } : v.data
    out.push({ id: v.id, agent: stream ? null : toAgentPayload(v), body: { type: 'custom', data: JSON.stringify(data) } })
  })
  bodyVectors().forEach((v, i) => {
    if (!v.id.startsWith('text/url-') || i % 2 === 0) out.push({ id: v.id, agent: null, body: v.body })
  })
  return out
}

describe('hostile content: nothing runs, nothing dangerous reaches the DOM', () => {
  let browser
  let base
  usePlayground((ready) => ({ browser, base } = ready))

  it('self-check: the audit and the tripwire catch an unsanitized fragment (the checks are not vacuous)', async () => {
    const page = await openPage(browser)
    try {
      await page.goto(`${base}#/inspect?locale=en`)
      await page.getByTestId('inspect-output').waitFor()
      await rememberInitialScripts(page)
      const since = watcher(page, () => base)
      // what a kit without a sanitizer would put in the DOM (the official plugin's v-html)
      await page.evaluate(() => {
        const box = document.createElement('div')
        box.id = 'e2e-unsafe'
        box.innerHTML = '<a href="javascript:__xss(\'link\')">x</a><img src="x" onerror="__xss(\'img\')"><p style="background:url(javascript:1)">s</p><iframe srcdoc="<p>x</p>"></iframe><a href="https://example.com">no rel</a><button onclick="__xss(\'button\')">b</button>'
        document.body.appendChild(box)
      })
      await poke(page, '#e2e-unsafe')
      // the state this check needs: every tripwire of the fragment has fired
      await until(async () => {
        const h = await xssHits(page)
        return ['link', 'img', 'button'].every((k) => h.includes(k))
      }, { what: 'the unsanitized fragment\'s tripwires to fire', timeout: 10_000, detail: async () => `fired: ${(await xssHits(page)).join(', ')}` })
      await settle(page, '#e2e-unsafe')
      const found = await page.evaluate(auditInPage, '#e2e-unsafe')
      const ran = await since()
      const all = [...found, ...ran].join('\n')
      for (const expected of [/href="javascript:__xss/, /onerror/, /style=/, /<iframe>/, /srcdoc/, /without rel=noopener/, /onclick/, /tripwire fired: .*link/, /tripwire fired: .*img/, /tripwire fired: .*button/]) {
        assert.match(all, expected, `the checks must report ${expected}; they reported:\n${all}`)
      }
    } finally {
      await closePage(page)
    }
  })

  it(`the payload inspector renders ${wireVectors().length} hostile payloads inertly`, async (t) => {
    const page = await openPage(browser)
    try {
      await withShot('hostile-inspector', page, async () => {
        await page.goto(`${base}#/inspect?locale=en`)
        await page.getByTestId('inspect-output').waitFor()
        // Markdown is drawn as escaped text until marked and DOMPurify have loaded, and nothing
        // marks that moment in the DOM: load them first, so the first rich-text vectors are
        // audited and clicked as Markdown, not as the plain text shown meanwhile
        await page.evaluate((h) => { location.hash = h }, `#/inspect?locale=en&data=${encodeURIComponent(JSON.stringify(WARM_UP))}`)
        await page.locator('[data-testid="inspect-output"] strong', { hasText: 'warm-up' }).waitFor()
        await rememberInitialScripts(page)
        const since = watcher(page, () => base)
        const failures = []
        let clicked = 0
        const t0 = Date.now()
        for (const v of wireVectors()) {
          const data = JSON.stringify(v.data)
          await page.evaluate((h) => { location.hash = h }, `#/inspect?locale=en&data=${encodeURIComponent(data)}`)
          await until(async () => (await page.getByTestId('inspect-input').inputValue()) === data, { what: `the inspector to load ${v.id}`, timeout: 15_000 })
          // a lazy kind's first payload is drawn by a placeholder until its renderer's code is in:
          // the audit and the clicks are for the renderer
          await waitForLazyParts(page, '[data-testid="inspect-output"]', `the inspector's output for ${v.id}`)
          await settle(page, '[data-testid="inspect-output"]')
          const empty = await page.evaluate(() => !document.querySelector('[data-testid="inspect-output"] .kefu-root *'))
          if (empty) failures.push(`${v.id}: nothing was drawn`)
          const before = await page.evaluate(auditInPage, { root: '[data-testid="inspect-output"]', wholeDocument: false })
          clicked += await poke(page, '[data-testid="inspect-output"]')
          await settle(page, '[data-testid="inspect-output"]')
          const afterPoke = await page.evaluate(auditInPage, '[data-testid="inspect-output"]')
          const ran = await since()
          const found = [...new Set([...before, ...afterPoke, ...ran])]
          if (found.length) failures.push(`${v.id}:\n      ${found.join('\n      ')}`)
          if (!page.url().startsWith(base)) await page.goto(`${base}#/inspect?locale=en`)
        }
        t.diagnostic(`${wireVectors().length} payloads, ${clicked} controls used, ${Date.now() - t0} ms`)
        assert.deepEqual(failures, [], `hostile payloads that were not inert in the inspector:\n  ${failures.join('\n  ')}`)
        assertNoPageProblems(page)
      })
    } finally {
      await closePage(page)
    }
  })

  it('the live chat renders hostile service messages inertly (agent payloads and raw stream)', async (t) => {
    const page = await openPage(browser)
    try {
      await withShot('hostile-live-chat', page, async () => {
        // manual agents: the customer's clicks on hostile cards get no scripted replies, which
        // would hold the following messages back in the simulator's ordered schedule
        await page.goto(`${base}#/chat?locale=en&mode=manual&latency=0`)
        await waitForChat(page)
        await waitForReceived(page, { received: 0 }, (e, k) => e.type === 'message' && k === 'welcome', 'the welcome card')
        // a human must serve for the agent to send payloads
        const m = await mark(page)
        await sendFromComposer({ page, input: 'pointer' }, 'human')
        await until(() => page.evaluate(() => window.__kefu.simulator.session.phase === 'offered'), { what: 'an agent to be offered the customer' })
        await page.getByTestId('agent-accept').click()
        await waitForReceived(page, m, (e, k, d) => k === 'seatStatus' && d.content?.content === 'inSeat', 'an agent to serve', 20_000)
        // Markdown's code first (see the inspector's test): the rich-text vectors are audited as Markdown
        const warm = await page.evaluate((p) => window.__kefu.simulator.agentSendPayload(p), { kind: 'richText', src: '30', content: WARM_UP.content })
        assert.equal(warm.ok, true, JSON.stringify(warm))
        await page.locator(`${SEL.row(warm.value.id)} strong`, { hasText: 'warm-up' }).waitFor()
        await rememberInitialScripts(page)
        const since = watcher(page, () => `${base}#/chat`)
        const failures = []
        let viaAgent = 0
        let injected = 0
        let n = 0
        let k = 0
        const t0 = Date.now()
        const all = liveChatVectors()
        for (const v of all) {
          let id
          if (v.agent) {
            const r = await page.evaluate((p) => window.__kefu.simulator.agentSendPayload(p), v.agent)
            if (!r.ok) {
              failures.push(`${v.id}: the simulator refused the agent payload: ${r.error.code} ${r.error.message}`)
              continue
            }
            id = r.value.id
            viaAgent++
          } else {
            id = `hostile-${++k}`
            await page.evaluate((ev) => window.__kefu.inject(ev), { type: 'message', message: { id, time: Date.now(), from: 'service', senderName: 'Ann', body: v.body } })
            injected++
          }
          const row = page.locator(SEL.row(id))
          try {
            await until(async () => (await row.count()) === 1, { what: `the row of ${v.id}`, timeout: 10_000 })
          } catch (e) {
            failures.push(`${v.id}: ${e.message}`)
            continue
          }
          const sel = `.kefu-chat .kefu-row[data-kefu-id="${id}"]`
          try {
            await waitForLazyParts(page, sel, `the row of ${v.id}`)
          } catch (e) {
            failures.push(`${v.id}: ${e.message}`)
            continue
          }
          await settle(page, sel)
          const before = await page.evaluate(auditInPage, { root: sel, wholeDocument: false })
          await poke(page, sel)
          await settle(page, sel)
          const afterPoke = await page.evaluate(auditInPage, { root: sel, wholeDocument: (++n % 10) === 0 })
          const ran = await since()
          const found = [...new Set([...before, ...afterPoke, ...ran])]
          if (found.length) failures.push(`${v.id}:\n      ${found.join('\n      ')}`)
          if (!page.url().startsWith(`${base}#/chat`)) throw new Error(`the page navigated away to ${page.url()} after ${v.id}`)
          // poking a row can move focus and scroll the list off the bottom; the list then stops
          // following (as it should for a reader) and the next rows wait below the "new messages"
          // button: go back down the way a customer would
          // (pressed in the page: the button is re-drawn, or gone, as rows arrive)
          await until(() => page.evaluate(() => {
            const jump = document.querySelector('.kefu-chat [data-kefu-new-messages]')
            if (jump) jump.click()
            return !jump
          }), { what: 'the list back at the newest message' })
        }
        t.diagnostic(`${viaAgent} through agentSendPayload, ${injected} injected, ${Date.now() - t0} ms`)
        // the whole transcript, once more, at the end (rows re-rendered while scrolling)
        const whole = await page.evaluate(auditInPage, '.kefu-chat')
        if (whole.length) failures.push(`the whole chat at the end:\n      ${whole.join('\n      ')}`)
        assert.deepEqual(failures, [], `hostile messages that were not inert in the live chat:\n  ${failures.join('\n  ')}`)
        // and the chat still works
        const m2 = await mark(page)
        await sendFromComposer({ page, input: 'pointer' }, 'still here?')
        const mine = page.locator('.kefu-row--customer').last()
        await until(async () => (await mine.getAttribute('data-kefu-status')) === 'sent' && /still here\?/.test(await mine.innerText()), { what: 'the customer\'s message after the hostile ones to be sent' })
        await page.evaluate(() => window.__kefu.simulator.agentReply('Yes, still here.'))
        const reply = await waitForReceived(page, m2, (e, k) => e.type === 'message' && k === 'text' && e.message.body.text === 'Yes, still here.', 'the agent\'s answer after the hostile messages', 10_000)
        await until(async () => (await page.locator(SEL.row(reply.message.id)).count()) === 1, { what: 'the agent\'s answer to be drawn' })
        assertNoPageProblems(page)
      })
    } finally {
      await closePage(page)
    }
  })
})
