// The whole conversation in the playground (#/chat) against the simulator, with the pointer, the
// service side steered from the playground's agent panel. Asserts on what the customer sees, on
// what crossed the transport, and on what the polite live region announced.
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { assertNoPageProblems, closePage, openPage, withShot, usePlayground } from '../lib/browser.mjs'
import { panelBackend } from '../lib/backends.mjs'
import { SEL } from '../lib/chat.mjs'
import { checkAnnouncements, runConversation } from '../lib/conversation.mjs'

describe('playground: the whole conversation (pointer)', () => {
  let browser
  let page
  let base
  after(async () => {
    await closePage(page)
  })
  usePlayground((ready) => ({ browser, base } = ready))

  it('open → welcome → suggestion → rich text → clarify → branch → forms → human → queue → agent → rating → end', async (t) => {
    page = await openPage(browser)
    await withShot('conversation-pointer', page, async () => {
      await page.goto(`${base}#/chat?locale=en&kb=kit`)
      const recs = await runConversation({ page, input: 'pointer', backend: panelBackend(page), ratingType: 1, log: (s) => t.diagnostic(s) })
      // the agent panel saw the customer's words and the rating
      const inbox = await page.getByTestId('agent-inbox').innerText()
      assert.match(inbox, /My page is blank/, 'the agent panel lists what the customer wrote to the agent')
      assert.match(await page.getByTestId('agent-ratings').innerText(), /Rated Very satisfied \(105\)/, 'the agent panel received the rating')
      // the transport log on the page shows both directions
      const out = await page.getByTestId('transport-log').locator('li[data-dir="out"]').count()
      assert.equal(out, recs.sent.length, 'the transport log lists every send')
      const texts = await checkAnnouncements(page, recs)
      t.diagnostic(`announced ${texts.length} messages: ${JSON.stringify(texts)}`)
      assertNoPageProblems(page)
    })
  })

  it('the transcript is not a live region; the kit has exactly one polite live region', async () => {
    assert.ok(page, 'runs after the conversation')
    await withShot('conversation-live-region', page, async () => {
      const log = page.locator(SEL.log)
      assert.equal(await log.getAttribute('role'), 'log')
      assert.equal(await log.getAttribute('aria-live'), 'off')
      const live = page.locator(SEL.live)
      assert.equal(await live.count(), 1)
      assert.equal(await live.getAttribute('aria-live'), 'polite')
      assert.equal(await live.getAttribute('aria-atomic'), 'true')
      // the region is outside the transcript, so re-rendered rows never feed it
      assert.equal(await page.locator(`${SEL.log} [data-kefu-live]`).count(), 0)
    })
  })
})
