// The same whole conversation, keyboard only: every control the customer uses is reached with
// Tab / Shift+Tab and used with Enter, the arrow keys and Escape, and each one shows a visible
// focus indicator. No pointer event may reach the page. The service side is steered through the
// simulator's API (a click on the agent panel would take the focus away from the customer).
//
// The run doubles as the live chat's accessibility check: axe-core runs on the chat at every step
// and at the moments in between worth a look (queued, typing, a rating being chosen, the end
// confirmation), in the light and the dark theme.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { assertNoPageProblems, closePage, openPage, withShot, usePlayground } from '../lib/browser.mjs'
import { apiBackend } from '../lib/backends.mjs'
import { ensureKitStyles, waitForChat } from '../lib/chat.mjs'
import { checkAnnouncements, runConversation } from '../lib/conversation.mjs'
import { formatViolations, runAxe } from '../lib/axe.mjs'

describe('playground: the whole conversation, keyboard only (with axe on the live chat)', () => {
  let browser
  let base
  /** per theme: axe violations in the chat, keyed by rule and target, with the moments seen */
  const axeChat = {}
  /** per theme: axe on the whole chat page at the end (the playground around the chat) */
  const axePage = {}
  usePlayground((ready) => ({ browser, base } = ready))

  for (const theme of ['light', 'dark']) {
    it(`completes with Tab, Enter, arrows and Escape (${theme} theme)`, async (t) => {
      const page = await openPage(browser, { colorScheme: theme })
      const seen = new Map()
      let checkpoints = 0
      axeChat[theme] = { seen, checkpoints: 0 }
      try {
        await withShot(`keyboard-${theme}`, page, async () => {
          await page.addInitScript(() => {
            window.__pointer = 0
            for (const type of ['pointerdown', 'mousedown', 'click']) {
              addEventListener(type, (e) => {
                // a click that a key press made (Enter on a button) has detail 0
                if (e.isTrusted && (type !== 'click' || e.detail > 0)) window.__pointer++
              }, true)
            }
          })
          await page.goto(`${base}#/chat?locale=en&kb=kit&theme=${theme}&latency=50`)
          await waitForChat(page)
          if (await ensureKitStyles(page)) t.diagnostic('the page lacked the kit\'s stylesheet: added src/styles/tokens.css (see the gallery test)')
          const checkpoint = async (label) => {
            const violations = await runAxe(page, { include: ['.kefu-chat'] })
            checkpoints++
            axeChat[theme].checkpoints = checkpoints
            for (const v of violations) {
              for (const n of v.nodes) {
                const key = `${v.id} ${n.target}`
                const entry = seen.get(key) || { ...v, nodes: [n], moments: [] }
                entry.moments.push(label)
                seen.set(key, entry)
              }
            }
          }
          const recs = await runConversation({
            page,
            input: 'keyboard',
            backend: apiBackend(page, { queue: 'agents' }),
            ratingType: 1,
            log: (s) => t.diagnostic(s),
            checkpoint,
          })
          assert.equal(await page.evaluate(() => window.__pointer), 0, 'no pointer event reached the page')
          await checkAnnouncements(page, recs)
          axePage[theme] = await runAxe(page, { exclude: ['.kefu-chat'] })
          assertNoPageProblems(page)
        })
      } finally {
        await closePage(page)
      }
    })

    it(`axe: no violations in the live chat through the conversation (${theme} theme)`, () => {
      const r = axeChat[theme]
      assert.ok(r && r.checkpoints > 0, 'axe ran during the conversation')
      const list = [...r.seen.values()]
      const text = list.map((v) => `${formatViolations([v])}\n        seen at: ${[...new Set(v.moments)].slice(0, 4).join('; ')}`).join('\n')
      assert.equal(list.length, 0, `axe found ${list.length} violating node(s) in the chat (${theme}, ${r.checkpoints} checks):\n${text}`)
    })

    it(`axe: the playground's chat page around the chat (${theme} theme)`, () => {
      const v = axePage[theme]
      assert.ok(v, 'runs after the conversation')
      assert.equal(v.length, 0, `axe found ${v.length} violation(s) on the chat page outside the kit (${theme}; the playground, not the kit):\n${formatViolations(v)}`)
    })
  }
})
