// The Desk protocol in a real browser: a task flow completed with the keyboard alone in the
// inspector (a src 32 menu, then a src 33 form in its dialog: found by role=dialog, Tab stays
// inside, Escape closes and the focus returns), thumbs down with a reason on an AI answer (the
// buttons found by their names, helpful / not helpful), axe on the dialogs in both themes, and
// the composer toolbar's presets following the seat status (src 26) in the live chat; and in the
// live chat on the simulator: a whole task flow by keyboard (32 menu, 33 form) ending in a model
// answer that the thinking indicator (35) announced and that carries the AI label, and a flow left
// unanswered: the timeout warning (37), then the session timeout (20).
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { closePage, openPage, withShot, usePlayground } from '../lib/browser.mjs'
import { SEL, records, tabTo, until, waitForChat, waitForSent } from '../lib/chat.mjs'
import { formatViolations, runAxe } from '../lib/axe.mjs'

const BRANCH = {
  customerServicePlugin: 0, src: '32', status: 0, optionType: 1,
  taskInfo: { taskID: 4182, nodeID: 'node-7f3a', env: 'prod' },
  content: { header: 'Which order do you need help with?', items: [{ content: 'Order placed this week', desc: '' }, { content: '', desc: '' }, { content: 'An older order', desc: '' }] },
}
const FORM = {
  customerServicePlugin: 0, src: '33', nodeStatus: 0,
  content: {
    tip: 'Please tell us how to reach you',
    inputVariables: [
      { name: 'Phone', type: 'string', formType: 0, placeholder: '11 digits', isRequired: 1, variableValue: '', chooseItemList: [] },
      { name: 'Best time', type: 'string', formType: 1, placeholder: '', isRequired: 0, variableValue: '', chooseItemList: ['Morning', 'Afternoon'] },
    ],
  },
}
const ANSWER = { customerServicePlugin: 0, src: '30', content: 'Refunds reach your card in **3–5 working days**.' }
const AI_META = { role: 'robot', messageType: 'aiReply' }
const inspect = (base, data, { meta, theme = 'light', locale = 'en' } = {}) =>
  `${base}#/inspect?locale=${locale}&theme=${theme}&data=${encodeURIComponent(JSON.stringify(data))}${meta ? `&meta=${encodeURIComponent(JSON.stringify(meta))}` : ''}`

const focusedInside = (page, selector) => page.evaluate((sel) => {
  const root = document.querySelector(sel)
  return !!root && root.contains(document.activeElement)
}, selector)

describe('the Desk protocol in the browser', () => {
  let browser
  let base
  usePlayground((ready) => ({ browser, base } = ready))

  it('a task-flow menu (32) is chosen with the keyboard; an empty item is the "abnormal" notice', async () => {
    const page = await openPage(browser)
    try {
      await withShot('desk-branch', page, async () => {
        await page.goto(inspect(base, BRANCH))
        const out = page.locator('[data-testid="inspect-output"]')
        await out.locator('.kefu-task-branch').waitFor()
        assert.equal((await out.locator('.kefu-task-branch__abnormal').innerText()).trim(), 'Content is abnormal, please check the task flow configuration')
        assert.equal(await out.locator('.kefu-task-branch button').count(), 2, 'the empty item is not a button')
        const first = out.getByRole('button', { name: 'Order placed this week' })
        await tabTo(page, first, { what: 'the first item' })
        await page.keyboard.press('Enter')
        await out.locator('.kefu-choice-status').waitFor()
        assert.equal((await out.locator('.kefu-choice-status').innerText()).trim(), 'You chose: Order placed this week')
        // fixed buttons (optionType 1) stay, locked
        assert.equal(await out.locator('.kefu-task-branch button[disabled]').count(), 2)
      })
    } finally {
      await closePage(page)
    }
  })

  for (const width of [1280, 375]) {
    it(`a task-flow form (33) is filled in and submitted with the keyboard in its dialog (${width} px)`, async () => {
      const page = await openPage(browser, { width, height: width === 375 ? 740 : 900 })
      try {
        await withShot(`desk-form-${width}`, page, async () => {
          await page.goto(inspect(base, FORM))
          const out = page.locator('[data-testid="inspect-output"]')
          const open = out.getByRole('button', { name: 'Fill in' })
          await tabTo(page, open, { what: '"Fill in"' })
          await page.keyboard.press('Enter')
          const dialog = page.getByRole('dialog', { name: 'Please tell us how to reach you' })
          await dialog.waitFor()
          if (width === 375) {
            const box = await dialog.boundingBox()
            assert.ok(box && Math.abs(box.y + box.height - 740) < 2 && box.width >= 374, `a bottom sheet on a phone (${JSON.stringify(box)})`)
          }
          const phone = dialog.getByRole('textbox', { name: /Phone/ })
          assert.ok(await phone.evaluate((el) => el === document.activeElement), 'the focus starts on the first field')
          // Tab and Shift+Tab never leave the dialog
          for (let i = 0; i < 8; i++) {
            await page.keyboard.press('Tab')
            assert.ok(await focusedInside(page, '[role="dialog"]'), `Tab ${i + 1} stays inside the dialog`)
          }
          for (let i = 0; i < 3; i++) {
            await page.keyboard.press('Shift+Tab')
            assert.ok(await focusedInside(page, '[role="dialog"]'), `Shift+Tab ${i + 1} stays inside the dialog`)
          }
          // Escape closes; the focus is back on "Fill in"
          await page.keyboard.press('Escape')
          await dialog.waitFor({ state: 'detached' })
          await until(() => open.evaluate((el) => el === document.activeElement), { what: 'the focus back on "Fill in"' })
          // again: Submit with the required field empty is refused, with the reason on the field
          await page.keyboard.press('Enter')
          await dialog.waitFor()
          await tabTo(page, dialog.getByRole('button', { name: 'Submit' }), { what: 'Submit' })
          await page.keyboard.press('Enter')
          await until(async () => (await phone.getAttribute('aria-invalid')) === 'true', { what: 'the phone field marked invalid' })
          assert.ok(await phone.evaluate((el) => el === document.activeElement), 'the focus goes to the empty required field')
          assert.equal(await dialog.locator('.kefu-task-form__error').first().innerText(), 'Phone cannot be empty')
          await page.keyboard.type('13800001234')
          await tabTo(page, dialog.getByRole('radio', { name: 'Morning' }), { what: 'the first choice' })
          await page.keyboard.press('ArrowDown')
          assert.ok(await dialog.getByRole('radio', { name: 'Afternoon' }).isChecked(), 'the arrow keys choose')
          await tabTo(page, dialog.getByRole('button', { name: 'Submit' }), { what: 'Submit' })
          await page.keyboard.press('Enter')
          await dialog.waitFor({ state: 'detached' })
          const sent = await page.evaluate(() => document.querySelector('.pg-last-action')?.textContent || '')
          assert.match(sent, /submitTaskForm/)
          assert.match(sent, /13800001234/)
          // now "View": a read-only list
          const view = out.getByRole('button', { name: 'View' })
          await view.waitFor()
          await view.focus()
          await page.keyboard.press('Enter')
          await dialog.waitFor()
          assert.equal(await dialog.locator('input').count(), 0, 'read-only after submitting')
          assert.match(await dialog.innerText(), /Afternoon/)
          await page.keyboard.press('Escape')
          await dialog.waitFor({ state: 'detached' })
        })
      } finally {
        await closePage(page)
      }
    })
  }

  for (const theme of ['light', 'dark']) {
    it(`thumbs down with a reason on an AI answer; the dialogs are axe-clean (${theme})`, async () => {
      const page = await openPage(browser, { colorScheme: theme })
      try {
        await withShot(`desk-feedback-${theme}`, page, async () => {
          await page.goto(inspect(base, ANSWER, { meta: AI_META, theme }))
          const out = page.locator('[data-testid="inspect-output"]')
          await out.locator('[data-kefu-ai-label]').waitFor()
          assert.equal((await out.locator('[data-kefu-ai-label]').innerText()).trim(), 'This reply was generated by AI and is for reference only')
          const up = out.getByRole('button', { name: 'Helpful', exact: true })
          const down = out.getByRole('button', { name: 'Not helpful', exact: true })
          await up.waitFor()
          let v = await runAxe(page, { include: ['[data-testid="inspect-output"]'] })
          assert.deepEqual(v, [], formatViolations(v))
          await tabTo(page, down, { what: 'thumbs down' })
          await page.keyboard.press('Enter')
          const dialog = page.getByRole('dialog', { name: 'What problem did you run into?' })
          await dialog.waitFor()
          v = await runAxe(page, { include: ['[role="dialog"]'] })
          assert.deepEqual(v, [], formatViolations(v))
          await tabTo(page, dialog.getByRole('checkbox', { name: 'Wrong information' }), { what: 'a reason' })
          await page.keyboard.press('Space')
          await tabTo(page, dialog.getByRole('textbox', { name: 'Other feedback' }), { what: 'the free text' })
          await page.keyboard.type('The price is outdated')
          await tabTo(page, dialog.getByRole('button', { name: 'Submit' }), { what: 'Submit' })
          await page.keyboard.press('Enter')
          await dialog.waitFor({ state: 'detached' })
          await until(async () => (await down.getAttribute('aria-pressed')) === 'true', { what: 'thumbs down pressed' })
          const sent = await page.evaluate(() => document.querySelector('.pg-last-action')?.textContent || '')
          assert.match(sent, /sendFeedback/)
          assert.match(sent, /Wrong information/)
          // once per answer
          assert.equal(await up.getAttribute('aria-disabled'), 'true')
        })
      } finally {
        await closePage(page)
      }
    })

    it(`the form dialog is axe-clean (${theme})`, async () => {
      const page = await openPage(browser, { colorScheme: theme })
      try {
        await page.goto(inspect(base, FORM, { theme }))
        const out = page.locator('[data-testid="inspect-output"]')
        await out.getByRole('button', { name: 'Fill in' }).click()
        await page.getByRole('dialog').waitFor()
        const v = await runAxe(page, { include: ['[role="dialog"]'] })
        assert.deepEqual(v, [], formatViolations(v))
      } finally {
        await closePage(page)
      }
    })
  }

  it('the toolbar presets appear and disappear with the seat status (src 26)', async () => {
    const page = await openPage(browser)
    try {
      await withShot('desk-toolbar', page, async () => {
        await page.goto(`${base}#/chat?locale=en&mode=manual&latency=20`)
        await waitForChat(page)
        const bar = page.locator('.kefu-chat .kefu-toolbar')
        const names = () => bar.locator('[data-kefu-action]').evaluateAll((els) => els.map((e) => e.getAttribute('data-kefu-action')))
        // the simulator's opening (its own seat status, the welcome) must be over, or it would
        // overwrite the status injected below
        await page.evaluate(() => window.__kefu.simulator.idle())
        await until(async () => (await names()).join() === 'transfer', { what: 'only "Talk to a person" before an agent serves' })
        const seat = (content, id) => page.evaluate(([c, i]) => window.__kefu.inject({
          type: 'message',
          message: { id: i, time: Date.now(), from: 'service', body: { type: 'custom', data: JSON.stringify({ customerServicePlugin: 0, src: '26', content: { command: 'updateSeatStatus', content: c } }) } },
        }), [content, id])
        await seat('inSeat', 'e2e-seat-in')
        await until(async () => !(await names()).includes('transfer') && (await names()).includes('end'), { what: '"end" instead of "transfer" while an agent serves' })
        await seat('outSeat', 'e2e-seat-out')
        await until(async () => (await names()).join() === 'transfer', { what: '"transfer" back once the agent left' })
      })
    } finally {
      await closePage(page)
    }
  })

  // A MutationObserver in the page notes when the thinking indicator came and went relative to
  // the AI answers: polling from outside could miss a short thought on a busy machine.
  const THINKING_RECORDER = () => {
    const seen = { shown: -1, gone: -1, answersWhenShown: -1 }
    const answers = () => document.querySelectorAll('.kefu-chat [data-kefu-ai-label]').length
    let step = 0
    const check = () => {
      const on = !!document.querySelector('.kefu-chat [data-kefu-thinking]')
      if (on && seen.shown < 0) {
        seen.shown = ++step
        seen.answersWhenShown = answers()
      }
      if (!on && seen.shown > 0 && seen.gone < 0) seen.gone = ++step
    }
    new MutationObserver(check).observe(document.body, { subtree: true, childList: true })
    check()
    window.__thinking = seen
  }

  it('a task flow in the live chat by keyboard: 32 menu, 33 form, then thinking and an answer with the AI label', async () => {
    const page = await openPage(browser)
    try {
      await withShot('desk-flow-keyboard', page, async () => {
        await page.goto(`${base}#/chat?locale=en&kb=kit&latency=20`)
        await waitForChat(page)
        const since = { sent: (await records(page)).sent.length, received: 0 }
        // the customer asks for the flow with the keyboard
        const composer = page.locator(SEL.composer)
        await tabTo(page, composer, { what: 'the composer' })
        await page.keyboard.type('desk demo')
        await page.keyboard.press('Enter')
        // 32: fixed buttons; Enter on one sends it with {BranchOptionInfo} in the metadata
        const menu = page.locator('.kefu-chat .kefu-task-branch').last()
        const item = menu.getByRole('button', { name: 'Message renderers' })
        await tabTo(page, item, { what: 'the task-flow menu item' })
        await page.keyboard.press('Enter')
        const reply = await waitForSent(page, since, (o) => o.body.type === 'text' && o.body.text === 'Message renderers', 'the chosen item as text')
        assert.ok(JSON.stringify(reply.cloudCustomData ?? {}).includes('BranchOptionInfo'), `the reply carries BranchOptionInfo (${JSON.stringify(reply.cloudCustomData)})`)
        // 33: the form's card, its dialog, filled in and submitted with the keyboard
        const open = page.locator('.kefu-chat .kefu-task-form').last().getByRole('button', { name: 'Fill in' })
        await tabTo(page, open, { what: '"Fill in"' })
        await page.keyboard.press('Enter')
        const dialog = page.getByRole('dialog', { name: 'How can we reach you?' })
        await dialog.waitFor()
        const name = dialog.getByRole('textbox', { name: /Name/ })
        await until(() => name.evaluate((el) => el === document.activeElement), { what: 'the focus on the first field' })
        await page.keyboard.type('Ann')
        await tabTo(page, dialog.getByRole('radio', { name: 'Morning' }), { what: 'the time choice' })
        await page.keyboard.press('ArrowDown')
        await page.evaluate(THINKING_RECORDER)
        await tabTo(page, dialog.getByRole('button', { name: 'Submit' }), { what: 'Submit' })
        await page.keyboard.press('Enter')
        await dialog.waitFor({ state: 'detached' })
        const form = await waitForSent(page, since, (o, kind, data) => data && String(data.src) === '33', 'the 33 submission')
        assert.match(JSON.stringify(form.body), /Ann/)
        assert.match(JSON.stringify(form.body), /Afternoon/)
        // the customer's own 33 is not drawn; the card now offers "View"
        await page.locator('.kefu-chat .kefu-task-form').last().getByRole('button', { name: 'View' }).waitFor()
        // the model answer: thinking first, then the answer with the AI label, the indicator gone
        const answer = page.locator('.kefu-chat .kefu-row', { hasText: 'Thanks, Ann!' })
        await answer.waitFor()
        await answer.locator('[data-kefu-ai-label]').waitFor()
        assert.equal((await answer.locator('[data-kefu-ai-label]').innerText()).trim(), 'This reply was generated by AI and is for reference only')
        await answer.getByRole('button', { name: 'Not helpful', exact: true }).waitFor()
        await until(async () => (await page.locator('.kefu-chat [data-kefu-thinking]').count()) === 0, { what: 'the thinking indicator gone after the answer' })
        const seen = await page.evaluate(() => window.__thinking)
        assert.ok(seen.shown > 0, 'the thinking indicator was shown')
        assert.equal(seen.answersWhenShown, 0, 'it was shown before the AI answer arrived')
        assert.ok(seen.gone > seen.shown, 'and went away')
      })
    } finally {
      await closePage(page)
    }
  })

  it('a flow left unanswered: the timeout warning (37), then the session timeout (20)', async () => {
    const page = await openPage(browser)
    try {
      await withShot('desk-timeout', page, async () => {
        // the simulator ends a silent flow after 4 s and warns 2 s before
        await page.goto(`${base}#/chat?locale=en&kb=kit&latency=20&noReply=4&noReplyWarn=2000`)
        await waitForChat(page)
        await page.locator(SEL.composer).fill('desk demo')
        await page.locator(SEL.composer).press('Enter')
        await page.locator('.kefu-chat .kefu-task-branch').last().waitFor()
        const warning = page.locator('.kefu-chat .kefu-system-line--timeoutWarning')
        await warning.waitFor({ timeout: 30_000 })
        assert.equal((await warning.innerText()).trim(), 'We have not heard from you for a while. This conversation will close in 2 seconds.')
        const timeout = page.locator('.kefu-chat .kefu-divider--timeout')
        await timeout.waitFor({ timeout: 30_000 })
        // in that order in the list
        const order = await page.evaluate(() => {
          const all = Array.from(document.querySelectorAll('.kefu-chat .kefu-system-line--timeoutWarning, .kefu-chat .kefu-divider--timeout'))
          return all.map((e) => (e.classList.contains('kefu-divider--timeout') ? 'timeout' : 'warning'))
        })
        assert.deepEqual(order, ['warning', 'timeout'])
        await page.locator('.kefu-chat .kefu-row', { hasText: 'We did not hear from you for a while' }).waitFor()
      })
    } finally {
      await closePage(page)
    }
  })
})
