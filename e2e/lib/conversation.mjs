// The whole conversation, as a customer lives it, asserted on what the customer sees (the DOM of
// the kit) and on what crossed the transport (`window.__kefu.sent` / `.received`):
//
//   open → welcome card → pick a suggestion → rich-text answer → a vague question → clarify card
//   → branch menu → options form → text form → transfer to a human → queue position(s) → the
//   agent types and replies → the customer asks for the rating card and rates → ends the
//   conversation → the "conversation ended" divider.
//
// One driver for every run: the playground with the pointer, the playground with the keyboard
// only, and the two host apps built from the packed package. The simulator speaks English
// (`locale=en`); the texts below are its defaults and the kit's English strings.
import assert from 'node:assert/strict'
import { amendError } from './browser.mjs'
import {
  SEL,
  activate,
  assertFocusRing,
  dataOf,
  describeFocus,
  describeOut,
  isFocused,
  kindOf,
  mark,
  records,
  rowOf,
  tabTo,
  typeAndSubmit,
  until,
  waitForChat,
  waitForReceived,
  waitForSent,
} from './chat.mjs'

export const EN = {
  welcome: 'Hi, I am the Kefu Kit assistant. How can I help?',
  welcomeTitle: 'You might want to ask',
  install: 'How do I install Kefu Kit',
  vague: 'theme',
  clarifyTitle: 'Did you mean:',
  clarifyPick: 'Is there a dark theme',
  darkAnswer: 'Yes. Set theme="dark" or follow the system prefers-color-scheme; the dark theme meets WCAG AA contrast too.',
  report: 'I want to report a problem',
  branchHeader: 'What kind of problem is it?',
  branchItems: ['Installation', 'Display issue', 'Talk to an agent'],
  branchTail: 'Pick one, or send its text',
  formHeader: 'Which Vue version do you use?',
  formOptions: ['Vue 3', 'Vue 2.7'],
  textFormHeader: 'Please describe the problem briefly',
  problem: 'The chat is blank',
  logged: 'Thanks, we have logged your report (Vue 2.7): "The chat is blank". We will look into it soon.',
  // the English button sends the English keyword (action.transferKeyword), not 转人工
  transferKeyword: 'Human service',
  queueText: (p) => `You are number ${p} in the queue, with ${p - 1} ahead of you. Please wait.`,
  connected: 'You are now connected to Ann.',
  greeting: 'Hello, this is Ann. How can I help you today?',
  customerQuestion: 'My page is blank',
  scriptedReply: 'Thanks, let me check that for you.',
  agentManualReply: 'Could you send me a screenshot of the page?',
  ratingHead: 'Thank you for contacting us. How was our service?',
  ratingTail: 'Thank you for your feedback. Have a nice day!',
  ratingOptions: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
  ended: 'This conversation has ended. Thank you for contacting us.',
}

/**
 * Runs the conversation. Returns what the live-region and packaging checks need.
 * @param {{
 *   page: import('playwright-core').Page,
 *   input: 'pointer' | 'keyboard',
 *   backend: ReturnType<typeof import('./backends.mjs').apiBackend>,
 *   ratingType?: 1 | 2,
 *   log?: (msg: string) => void,
 *   checkpoint?: (label: string) => Promise<void>,
 * }} ctx
 */
export async function runConversation(ctx) {
  const { page } = ctx
  const ratingType = ctx.ratingType ?? 1
  const log = ctx.log ?? (() => undefined)
  // a moment worth checking from outside (e.g. an axe run on what the customer sees right now)
  const cp = async (label) => {
    if (ctx.checkpoint) await ctx.checkpoint(label)
  }
  const step = async (name, fn) => {
    log(`step: ${name}`)
    const t0 = Date.now()
    try {
      await fn()
    } catch (e) {
      throw amendError(e, `[${ctx.input} run, step "${name}"] `)
    }
    log(`  ok (${Date.now() - t0} ms)`)
    await cp(`after: ${name}`)
  }

  await waitForChat(page)
  const log0 = page.locator(SEL.log)
  assert.equal(await log0.getAttribute('aria-live'), 'off', 'the transcript (role=log) must not be a live region (aria-live="off")')

  /** @type {{ id: string, data: any }} */
  let welcomeCard

  await step('open: src 7 goes out once, the welcome text and the welcome card arrive', async () => {
    const start = await waitForSent(page, { sent: 0 }, (o, k) => k === 'start', 'the start flag (src 7)')
    assert.deepEqual(start.options, { onlineUserOnly: true }, 'src 7 must go out with onlineUserOnly: true')
    assert.deepEqual(dataOf(start.body), { customerServicePlugin: 0, src: '7', triggeredContent: { language: 'en' } }, 'src 7 payload (with the UI locale)')
    const welcomeText = await waitForReceived(page, { received: 0 }, (e, k) => e.type === 'message' && k === 'text' && e.message.body.text === EN.welcome, 'the welcome text')
    const card = await waitForReceived(page, { received: 0 }, (e, k) => e.type === 'message' && k === 'welcome', 'the welcome card (src 29 welcome_msg)')
    welcomeCard = { id: card.message.id, data: dataOf(card.message.body) }
    const r = await records(page)
    const kinds = r.received.filter((e) => e.type === 'message').map((e) => kindOf(e.message.body))
    assert.deepEqual(kinds.slice(0, 4), ['ratingRules', 'seatStatus', 'text', 'welcome'], 'the opening: 23, 26, welcome text, welcome card')
    assert.equal(r.sent.filter((o) => kindOf(o.body) === 'start').length, 1, 'src 7 is sent exactly once per opening')

    const textRow = await rowOf(page, welcomeText.message.id, 'the welcome text')
    assert.match(await textRow.innerText(), new RegExp(escapeRe(EN.welcome)))
    const cardRow = await rowOf(page, welcomeCard.id, 'the welcome card')
    const group = cardRow.getByRole('group', { name: EN.welcomeTitle })
    await group.waitFor()
    const questions = welcomeCard.data.content.items.map((i) => i.content)
    assert.ok(questions.includes(EN.install), `the welcome card offers "${EN.install}"`)
    assert.deepEqual(await cardRow.locator('.kefu-choice .kefu-choice__label').allInnerTexts(), questions.slice(0, 5), 'the first batch shows the first 5 questions')
    // nothing but the transfer action is offered before a human serves
    await until(async () => (await page.locator(SEL.action('transfer')).count()) === 1, { what: 'the "Talk to a person" action' })
    assert.equal(await page.locator(SEL.action('rate')).count(), 0, 'no rating action before a human serves')
    assert.equal(await page.locator(SEL.action('end')).count(), 0, 'no "end conversation" before a human serves')
  })

  await step('welcome card: another batch, and back', async () => {
    const cardRow = page.locator(SEL.row(welcomeCard.id))
    const next = cardRow.getByRole('button', { name: 'Another batch' })
    const questions = welcomeCard.data.content.items.map((i) => i.content)
    const pages = Math.ceil(Math.min(questions.length, 20) / 5)
    assert.ok(pages >= 2, 'the welcome card has more than one batch')
    assert.equal((await cardRow.locator('.kefu-suggestion__page').innerText()).trim(), `Batch 1 of ${pages}`)
    await activate(ctx, next, '"Another batch"')
    await until(async () => (await cardRow.locator('.kefu-suggestion__page').innerText()).trim() === `Batch 2 of ${pages}`, { what: 'batch 2' })
    assert.deepEqual(await cardRow.locator('.kefu-choice .kefu-choice__label').allInnerTexts(), questions.slice(5, 10), 'batch 2 shows the next questions')
    if (ctx.input === 'keyboard') assert.ok(await isFocused(next), `"Another batch" keeps the focus (focus is on ${await describeFocus(page)})`)
    for (let p = 2; p < pages; p++) await activate(ctx, next, '"Another batch"')
    await activate(ctx, next, '"Another batch"')
    await until(async () => (await cardRow.locator('.kefu-suggestion__page').innerText()).trim() === `Batch 1 of ${pages}`, { what: 'back to batch 1' })
  })

  await step('pick a suggestion → rich-text answer', async () => {
    const m = await mark(page)
    const cardRow = page.locator(SEL.row(welcomeCard.id))
    await activate(ctx, cardRow.getByRole('button', { name: EN.install, exact: true }), `the suggestion "${EN.install}"`)
    const sent = await waitForSent(page, m, (o) => o.body.type === 'text', 'the chosen question as text')
    assert.deepEqual(sent.body, { type: 'text', text: EN.install }, 'a suggestion is sent as plain text, exactly')
    assert.equal(sent.options?.onlineUserOnly, undefined, 'a question is a normal (stored) message')
    const mine = await rowOf(page, sent.clientId, 'the customer\'s question')
    assert.match(await mine.innerText(), new RegExp(escapeRe(EN.install)))
    assert.ok((await mine.getAttribute('class')).includes('kefu-row--customer'), 'the question is drawn on the customer side')
    const answer = await waitForReceived(page, m, (e, k) => e.type === 'message' && k === 'richText', 'the rich-text answer (src 30)')
    assert.match(dataOf(answer.message.body).content, /\*\*three steps\*\*/)
    const row = await rowOf(page, answer.message.id, 'the rich-text answer')
    assert.equal((await row.locator('strong').first().innerText()).trim(), 'three steps', 'Markdown **bold** is drawn as <strong>')
    assert.equal(await row.locator('ol > li').count(), 3, 'the Markdown list is drawn as a list of 3')
    const link = row.getByRole('link', { name: /getting started guide/ })
    assert.equal(await link.getAttribute('href'), 'https://github.com/kefu-kit/kefu-kit#readme')
    assert.equal(await link.getAttribute('target'), '_blank')
    assert.match(await link.getAttribute('rel'), /noopener/)
    await until(async () => (await mine.getAttribute('data-kefu-status')) === 'sent', { what: 'the question to show as sent' })
  })

  await step('a vague question → clarify card → its answer', async () => {
    let m = await mark(page)
    await sendFromComposer(ctx, EN.vague)
    const sent = await waitForSent(page, m, (o) => o.body.type === 'text', 'the vague question')
    assert.deepEqual(sent.body, { type: 'text', text: EN.vague })
    const clarify = await waitForReceived(page, m, (e, k) => e.type === 'message' && k === 'clarify', 'the clarify card (src 29 clarify_msg)')
    const items = dataOf(clarify.message.body).content.items.map((i) => i.content)
    assert.ok(items.includes(EN.clarifyPick), `the clarify card offers "${EN.clarifyPick}" (got ${JSON.stringify(items)})`)
    const row = await rowOf(page, clarify.message.id, 'the clarify card')
    await row.getByRole('group', { name: EN.clarifyTitle }).waitFor()
    assert.deepEqual(await row.locator('.kefu-choice .kefu-choice__label').allInnerTexts(), items, 'every clarify question is offered')
    m = await mark(page)
    await activate(ctx, row.getByRole('button', { name: EN.clarifyPick, exact: true }), `the clarify question "${EN.clarifyPick}"`)
    const pick = await waitForSent(page, m, (o) => o.body.type === 'text', 'the clarify choice')
    assert.deepEqual(pick.body, { type: 'text', text: EN.clarifyPick })
    const answer = await waitForReceived(page, m, (e, k) => e.type === 'message' && k === 'text', 'the answer to the clarified question')
    assert.equal(answer.message.body.text, EN.darkAnswer)
    const answerRow = await rowOf(page, answer.message.id, 'the clarified answer')
    assert.equal((await answerRow.locator('.kefu-row__content').innerText()).trim(), EN.darkAnswer)
  })

  let branchId
  let flowMark
  await step('a task flow: the branch menu', async () => {
    let m = await mark(page)
    await sendFromComposer(ctx, EN.report)
    const branch = await waitForReceived(page, m, (e, k) => e.type === 'message' && k === 'branch', 'the branch menu (src 15)')
    branchId = branch.message.id
    const d = dataOf(branch.message.body).content
    assert.equal(d.header, EN.branchHeader)
    assert.deepEqual(d.items.map((i) => i.content), EN.branchItems)
    const row = await rowOf(page, branchId, 'the branch menu')
    const group = row.getByRole('group', { name: EN.branchHeader })
    await group.waitFor()
    assert.equal(await group.getByRole('button').count(), 3, 'three items, as buttons')
    assert.match(await row.innerText(), new RegExp(escapeRe(EN.branchTail)))
    assert.match(await group.getByRole('button', { name: /^Installation/ }).innerText(), /install, build or import fails/, 'an item shows its description')
    m = flowMark = await mark(page)
    await activate(ctx, group.getByRole('button', { name: /^Installation/ }), 'the branch item "Installation"')
    const chosen = await waitForSent(page, m, (o) => o.body.type === 'text', 'the branch choice')
    assert.deepEqual(chosen.body, { type: 'text', text: 'Installation' }, 'choosing a branch item sends its content exactly')
    const modified = await waitForReceived(page, m, (e, k) => e.type === 'modified' && e.message.id === branchId, 'the branch menu marked as chosen')
    assert.equal(dataOf(modified.message.body).content.selected?.content, 'Installation')
    await until(async () => /You chose: Installation/.test(await row.innerText()), { what: 'the branch to say "You chose: Installation"' })
    for (const b of await group.getByRole('button').all()) assert.ok(await b.isDisabled(), 'every item of an answered branch menu is disabled')
    assert.equal((await sentTexts(page)).filter((x) => x === 'Installation').length, 1, 'the choice went out once')
  })

  await step('the options form', async () => {
    const form = await waitForReceived(page, flowMark, (e, k) => e.type === 'message' && k === 'form' && dataOf(e.message.body).content.type === 1, 'the options form (src 21, type 1)')
    const d = dataOf(form.message.body).content
    assert.equal(d.header, EN.formHeader)
    assert.deepEqual(d.items.map((i) => i.content), EN.formOptions)
    const row = await rowOf(page, form.message.id, 'the options form')
    const group = row.getByRole('group', { name: EN.formHeader })
    await group.waitFor()
    const m = flowMark = await mark(page)
    await activate(ctx, group.getByRole('button', { name: 'Vue 2.7', exact: true }), 'the form option "Vue 2.7"')
    const sent = await waitForSent(page, m, (o) => o.body.type === 'text', 'the form answer')
    assert.deepEqual(sent.body, { type: 'text', text: 'Vue 2.7' })
    await waitForReceived(page, m, (e) => e.type === 'modified' && e.message.id === form.message.id, 'the options form marked as answered')
    await until(async () => /You chose: Vue 2\.7/.test(await row.innerText()), { what: 'the form to say "You chose: Vue 2.7"' })
    for (const b of await group.getByRole('button').all()) assert.ok(await b.isDisabled(), 'an answered options form is locked')
  })

  await step('the text form: empty is refused, an answer is sent and shown', async () => {
    const form = await waitForReceived(page, flowMark, (e, k) => e.type === 'message' && k === 'form' && dataOf(e.message.body).content.type === 0, 'the text form (src 21, type 0)')
    assert.equal(dataOf(form.message.body).content.header, EN.textFormHeader)
    const row = await rowOf(page, form.message.id, 'the text form')
    const input = row.getByRole('textbox', { name: 'Your answer' })
    const submit = row.getByRole('button', { name: 'Submit' })
    await input.waitFor()
    // an empty answer is refused, in words, and nothing goes out
    const m0 = await mark(page)
    if (ctx.input === 'pointer') await submit.click()
    else {
      await tabTo(page, input, { what: 'the text form\'s input' })
      await assertFocusRing(input, 'the text form\'s input')
      await page.keyboard.press('Enter')
    }
    await until(async () => (await row.getByRole('alert').count()) === 1, { what: 'the "type an answer first" error' })
    assert.equal((await row.getByRole('alert').innerText()).trim(), 'Please type an answer first.')
    assert.equal(await input.getAttribute('aria-invalid'), 'true', 'the empty field is marked invalid')
    assert.ok(await isFocused(input), 'the focus is put back in the empty field')
    await cp('the text form refusing an empty answer')
    assert.equal((await mark(page)).sent, m0.sent, 'nothing is sent for an empty answer')
    const m = await mark(page)
    await typeAndSubmit(ctx, input, EN.problem, submit, 'the text form\'s input')
    const sent = await waitForSent(page, m, (o) => o.body.type === 'text', 'the typed answer')
    assert.deepEqual(sent.body, { type: 'text', text: EN.problem })
    await waitForReceived(page, m, (e) => e.type === 'modified' && e.message.id === form.message.id, 'the text form marked as answered')
    await until(async () => new RegExp(`Your answer: ${escapeRe(EN.problem)}`).test(await row.innerText()), { what: 'the form to show "Your answer: …"' })
    assert.equal(await row.getByRole('textbox').count(), 0, 'an answered text form has no input left')
    const done = await waitForReceived(page, m, (e, k) => e.type === 'message' && k === 'text', 'the end of the flow')
    assert.equal(done.message.body.text, EN.logged, 'the flow fills its variables from the answers')
    await rowOf(page, done.message.id, 'the flow\'s last answer')
  })

  await step('transfer to a human: queued, the position updates, then an agent', async () => {
    await ctx.backend.prepareQueue()
    const m = await mark(page)
    const transfer = page.locator(SEL.action('transfer'))
    assert.equal((await transfer.innerText()).trim(), 'Talk to a person')
    // Every state the queue banner takes, recorded in the page as it is drawn: with virtual
    // customers ahead (the host apps) a position lasts about 2 s, less than a few polls from here
    // take on a loaded machine, so a poll could miss it.
    await page.evaluate((sel) => {
      const seen = []
      const scan = () => {
        const b = document.querySelector(sel)
        if (!b) return
        const text = b.innerText.trim()
        if (seen.length === 0 || seen[seen.length - 1].text !== text) seen.push({ text, role: b.getAttribute('role') })
      }
      const observer = new MutationObserver(scan)
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
      window.__queueBanner = { seen, stop: () => observer.disconnect() }
      scan()
    }, SEL.queue)
    await activate(ctx, transfer, 'the "Talk to a person" action')
    const sent = await waitForSent(page, m, (o) => o.body.type === 'text', 'the transfer keyword')
    assert.deepEqual(sent.body, { type: 'text', text: EN.transferKeyword }, 'the transfer action sends the keyword as text')
    const positions = ctx.backend.queuePositions
    const banner = page.locator(SEL.queue)
    for (let i = 0; i < positions.length; i++) {
      const p = positions[i]
      const q = await waitForReceived(page, m, (e, k) => e.type === 'message' && k === 'text' && e.message.body.text === EN.queueText(p), `the queue text for position ${p}`, 30_000)
      const shown = await until(() => page.evaluate((want) => window.__queueBanner.seen.find((b) => b.text.includes(want)), `You’re number ${p} in the queue`), {
        what: `the queue banner to say "You’re number ${p} in the queue"`,
        timeout: 10_000,
        detail: async () => `the banner said: ${JSON.stringify(await page.evaluate(() => window.__queueBanner.seen.map((b) => b.text)))}`,
      })
      // the banner is the one place the position shows: the queue text draws no row of its own
      // (checked once the banner showed it, i.e. once the view has drawn that message: right after
      // it crossed the transport, its row could simply not be drawn yet)
      assert.equal(await page.locator(SEL.row(q.message.id)).count(), 0, `the queue text (position ${p}) draws no row`)
      assert.equal(shown.role, 'status', 'the queue banner is a status (announced politely)')
      assert.match(shown.text, new RegExp(`${p - 1} (person|people) ahead of you`))
      if (i === 0) await cp('queued for an agent')
      if (i === 0) await ctx.backend.advanceQueue()
    }
    const inSeat = await waitForReceived(page, m, (e, k, d) => e.type === 'message' && k === 'seatStatus' && d.content?.content === 'inSeat', 'src 26 inSeat', 30_000)
    assert.ok(inSeat)
    const connected = await waitForReceived(page, m, (e, k) => e.type === 'message' && k === 'text' && e.message.body.text === EN.connected, 'the "transfer succeeded" text')
    await rowOf(page, connected.message.id, 'the transfer notice')
    const greeting = await waitForReceived(page, m, (e, k) => e.type === 'message' && k === 'text' && e.message.body.text === EN.greeting, 'the agent\'s greeting', 10_000)
    assert.equal(greeting.message.senderName, 'Ann')
    const gRow = await rowOf(page, greeting.message.id, 'the agent\'s greeting')
    assert.match(await gRow.innerText(), /Ann/, 'the greeting shows the agent\'s name')
    await until(async () => (await banner.count()) === 0, { what: 'the queue banner to go once an agent serves' })
    await page.evaluate(() => window.__queueBanner.stop())
    await until(async () => (await page.locator(SEL.action('end')).count()) === 1 && (await page.locator(SEL.action('rate')).count()) === 1, {
      what: 'the "Rate this service" and "End conversation" actions while a human serves',
    })
    assert.equal(await page.locator(SEL.action('transfer')).count(), 0, '"Talk to a person" is gone while a human serves')
    const r = await records(page)
    const shown = r.received.filter((e) => e.type === 'message' && kindOf(e.message.body) === 'text' && /in the queue/.test(e.message.body.text)).map((e) => e.message.body.text)
    assert.deepEqual(shown, positions.map(EN.queueText), 'the queue texts arrive once per position, in order')
    await ctx.backend.resetAgents()
  })

  await step('the agent types and replies', async () => {
    let m = await mark(page)
    const typing = page.locator(SEL.typing)
    await sendFromComposer(ctx, EN.customerQuestion)
    await waitForSent(page, m, (o) => o.body.type === 'text' && o.body.text === EN.customerQuestion, 'the customer\'s question')
    await waitForReceived(page, m, (e, k) => e.type === 'message' && k === 'typing', 'src 12 (the agent is typing)')
    const reply = await waitForReceived(page, m, (e, k) => e.type === 'message' && k === 'text', 'the agent\'s scripted reply', 10_000)
    assert.equal(reply.message.body.text, EN.scriptedReply)
    await rowOf(page, reply.message.id, 'the agent\'s reply')
    await until(async () => (await typing.count()) === 0, { what: '"typing…" to go once the reply arrived', timeout: 3000 })
    // the agent types by hand: the indicator shows until the message arrives
    m = await mark(page)
    await ctx.backend.agentTyping()
    await waitForReceived(page, m, (e, k) => e.type === 'message' && k === 'typing', 'src 12 from the agent console')
    await until(async () => (await typing.count()) === 1 && (await typing.isVisible()), { what: 'the "Agent is typing…" indicator' })
    assert.equal((await typing.innerText()).trim(), 'Agent is typing…')
    await cp('the agent is typing')
    await ctx.backend.agentReply(EN.agentManualReply)
    const manual = await waitForReceived(page, m, (e, k) => e.type === 'message' && k === 'text', 'the agent\'s typed reply')
    assert.equal(manual.message.body.text, EN.agentManualReply)
    assert.equal(manual.message.senderName, 'Ann')
    await rowOf(page, manual.message.id, 'the agent\'s typed reply')
    await until(async () => (await typing.count()) === 0, { what: '"typing…" to go when the agent\'s message arrives', timeout: 3000 })
  })

  await step(`ask for the rating card and rate (${ratingType === 1 ? 'stars' : 'numbers'})`, async () => {
    let m = await mark(page)
    await activate(ctx, page.locator(SEL.action('rate')), 'the "Rate this service" action')
    const ask = await waitForSent(page, m, (o, k) => k === 'ratingRequest', 'src 24 (ask for the rating card)')
    assert.deepEqual(ask.options, { onlineUserOnly: true }, 'src 24 goes out with onlineUserOnly')
    const card = await waitForReceived(page, m, (e, k) => e.type === 'message' && k === 'rating', 'the rating card (src 9)')
    const mc = dataOf(card.message.body).menuContent
    assert.equal(mc.type, ratingType, `the backend sends a ${ratingType === 1 ? 'stars' : 'numbers'} card`)
    assert.deepEqual(mc.menu.map((o) => o.id), ['101', '102', '103', '104', '105'])
    const row = await rowOf(page, card.message.id, 'the rating card')
    const radios = row.getByRole('radiogroup', { name: EN.ratingHead }).getByRole('radio')
    assert.equal(await radios.count(), 5, 'five levels as radio buttons')
    for (let i = 0; i < 5; i++) {
      assert.equal(await radios.nth(i).getAttribute('aria-label'), `${i + 1} of 5: ${EN.ratingOptions[i]}`, `rating option ${i + 1}'s accessible name`)
      if (ratingType === 2) assert.equal((await radios.nth(i).innerText()).trim(), String(i + 1), 'a numbers card shows the figures')
      else assert.equal(await radios.nth(i).locator('svg').count(), 1, 'a stars card draws a star per level')
    }
    const submit = row.getByRole('button', { name: 'Submit rating' })
    // submitting with nothing chosen explains what is missing and sends nothing
    const before = await mark(page)
    assert.equal(await submit.getAttribute('aria-disabled'), 'true', 'Submit is aria-disabled until a level is chosen')
    await activate(ctx, submit, 'the "Submit rating" button', 'Enter', { force: true })
    await until(async () => (await row.getByRole('alert').count()) === 1, { what: 'the "choose a rating first" hint' })
    assert.equal((await row.getByRole('alert').innerText()).trim(), 'Please choose a rating first.')
    assert.equal((await mark(page)).sent, before.sent, 'nothing is sent without a choice')
    await cp('the rating card asking for a choice')
    const index = ratingType === 1 ? 4 : 3
    if (ctx.input === 'pointer') {
      await radios.nth(index).click()
    } else {
      // roving tabindex: Tab lands on the group once, arrows choose
      await tabTo(page, radios.first(), { what: 'the rating radio group' })
      await assertFocusRing(radios.first(), 'the first rating option')
      if (index === 4) await page.keyboard.press('End')
      else for (let i = 0; i < index; i++) await page.keyboard.press('ArrowRight')
      assert.ok(await isFocused(radios.nth(index)), `arrow keys move the focus to option ${index + 1} (focus on ${await describeFocus(page)})`)
    }
    await until(async () => (await radios.nth(index).getAttribute('aria-checked')) === 'true', { what: `option ${index + 1} to be checked` })
    assert.equal(await row.locator('[role="radio"][aria-checked="true"]').count(), 1, 'exactly one option is checked')
    await cp('the rating card with a level chosen')
    m = await mark(page)
    await activate(ctx, submit, 'the "Submit rating" button')
    const rated = await waitForSent(page, m, (o, k) => k === 'ratingSubmit', 'src 10 (the rating)')
    assert.deepEqual(rated.options, { onlineUserOnly: true }, 'src 10 goes out with onlineUserOnly')
    assert.deepEqual(dataOf(rated.body).menuSelected, { id: mc.menu[index].id, content: EN.ratingOptions[index], sessionId: mc.sessionId }, 'src 10 carries the option and the session id')
    await waitForReceived(page, m, (e) => e.type === 'modified' && e.message.id === card.message.id, 'the rating card filled with the choice')
    const label = `${index + 1} of 5: ${EN.ratingOptions[index]}`
    await until(async () => (await row.innerText()).includes(`Your rating: ${label}`), { what: `the card to say "Your rating: ${label}"` })
    assert.match(await row.innerText(), new RegExp(escapeRe(EN.ratingTail)), 'the submitted card shows the tail text')
    assert.equal(await row.getByRole('radio').count(), 0, 'a submitted card can no longer be changed')
    assert.equal((await records(page)).sent.filter((o) => kindOf(o.body) === 'ratingSubmit').length, 1, 'the rating went out once')
  })

  await step('end the conversation (with confirmation) → the ended divider', async () => {
    const end = page.locator(SEL.action('end'))
    assert.equal((await end.innerText()).trim(), 'End conversation')
    if (ctx.input === 'keyboard') {
      // Escape backs out of the question and puts the focus back on "End conversation"
      await activate(ctx, end, 'the "End conversation" action')
      const cancel = page.locator(SEL.action('end-cancel'))
      await cancel.waitFor()
      assert.ok(await isFocused(cancel), `the safe choice (Cancel) has the focus (focus on ${await describeFocus(page)})`)
      await page.keyboard.press('Escape')
      await until(async () => (await page.locator(SEL.action('end-confirm')).count()) === 0, { what: 'Escape to close the question' })
      assert.ok(await isFocused(end), `after Escape the focus is back on "End conversation" (focus on ${await describeFocus(page)})`)
    }
    const m = await mark(page)
    await activate(ctx, end, 'the "End conversation" action')
    const confirm = page.getByRole('group', { name: 'End the conversation?' })
    await confirm.waitFor()
    assert.equal((await mark(page)).sent, m.sent, 'nothing is sent before the customer confirms')
    await cp('the end confirmation')
    await activate(ctx, page.locator(SEL.action('end-confirm')), 'the "End it" button')
    const sent = await waitForSent(page, m, (o, k) => k === 'endSession', 'src 27 (end the human session)')
    assert.deepEqual(sent.options, { onlineUserOnly: true }, 'src 27 goes out with onlineUserOnly')
    await waitForReceived(page, m, (e, k, d) => e.type === 'message' && k === 'seatStatus' && d.content?.content === 'outSeat', 'src 26 outSeat')
    const ended = await waitForReceived(page, m, (e, k) => e.type === 'message' && k === 'sessionEnd', 'src 19 (session ended)')
    const row = await rowOf(page, ended.message.id, 'the ended divider')
    const divider = row.getByRole('separator', { name: 'Conversation ended' })
    await divider.waitFor()
    assert.equal((await divider.innerText()).trim(), 'Conversation ended')
    const text = await waitForReceived(page, m, (e, k) => e.type === 'message' && k === 'text' && e.message.body.text === EN.ended, 'the end text')
    await rowOf(page, text.message.id, 'the end text')
    await until(async () => (await page.locator(SEL.action('end')).count()) === 0 && (await page.locator(SEL.action('rate')).count()) === 0, {
      what: '"End conversation" and "Rate this service" to go',
    })
    await until(async () => (await page.locator(SEL.action('transfer')).count()) === 1, { what: '"Talk to a person" to come back' })
    // rated already: the backend sends no second card (once the simulator has sent everything it
    // scheduled, which it delivers synchronously, nothing more can come)
    await ctx.backend.idle()
    const after = (await records(page)).received.slice(m.received)
    assert.equal(after.filter((e) => e.type === 'message' && kindOf(e.message.body) === 'rating').length, 0, 'no second rating card for a rated session')
  })

  await step('the whole exchange over the transport', async () => {
    const r = await records(page)
    const out = r.sent.map(describeOut)
    assert.deepEqual(out, [
      'start!',
      `text:${EN.install}`,
      `text:${EN.vague}`,
      `text:${EN.clarifyPick}`,
      `text:${EN.report}`,
      'text:Installation',
      'text:Vue 2.7',
      `text:${EN.problem}`,
      `text:${EN.transferKeyword}`,
      `text:${EN.customerQuestion}`,
      'ratingRequest!',
      'ratingSubmit!',
      'endSession!',
    ], 'everything the customer sent, in order, once each')
    assert.equal(new Set(r.sent.map((o) => o.clientId)).size, r.sent.length, 'every send has its own client id (no resends in a healthy run)')
    for (const o of r.sent.filter((x) => x.body.type === 'text')) {
      const row = page.locator(SEL.row(o.clientId))
      if ((await row.count()) === 1) assert.equal(await row.getAttribute('data-kefu-status'), 'sent', `"${o.body.text}" shows as sent`)
    }
    const ids = r.received.filter((e) => e.type === 'message').map((e) => e.message.id)
    assert.equal(new Set(ids).size, ids.length, 'no incoming message was delivered twice')
  })
  return records(page)
}

async function sentTexts(page) {
  return (await records(page)).sent.filter((o) => o.body.type === 'text').map((o) => o.body.text)
}

/** The customer writes in the composer and sends (Enter; the pointer run clicks Send). */
export async function sendFromComposer(ctx, text) {
  const composer = ctx.page.locator(SEL.composer)
  const send = ctx.page.locator(SEL.send)
  if (ctx.input === 'pointer') {
    await composer.click()
    await composer.fill(text)
    assert.ok(await send.isEnabled(), 'Send is enabled once there is text')
    await send.click()
  } else {
    const presses = await tabTo(ctx.page, composer, { what: 'the message box' })
    await assertFocusRing(composer, 'the message box')
    ctx.log?.(`  keyboard: ${presses} Tab press(es) to the message box, then typing and Enter`)
    await ctx.page.keyboard.type(text)
    await ctx.page.keyboard.press('Enter')
  }
  await until(async () => (await composer.inputValue()) === '', { what: 'the composer to empty after sending' })
  if (ctx.input === 'pointer') assert.ok(await send.isDisabled(), 'Send is disabled again with an empty box')
}

export function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Checks the live-region log recorded by ./instrument.mjs against what arrived: every new drawn
 * incoming message announced once, in order, one at a time, never the transcript.
 */
export async function checkAnnouncements(page, recs, { timeout } = {}) {
  // queue texts update the banner (a role=status region, announced by itself) and draw no row, so
  // the live region does not read them
  const isQueueText = (e) => kindOf(e.message.body) === 'text' && /in the queue/.test(e.message.body.text)
  const incoming = recs.received.filter((e) => e.type === 'message' && e.message.from === 'service' && !FLAGS.has(kindOf(e.message.body)) && !isQueueText(e))
  const expected = incoming.length
  // each announcement stays 1 s from when it is drawn, and on a loaded machine drawing takes
  // time too: the bound grows with the number of announcements (an upper bound, not a wait)
  timeout = timeout ?? Math.max(40_000, expected * 4000)
  const live = await until(async () => {
    const l = await page.evaluate(() => JSON.parse(JSON.stringify(window.__live)))
    return l.events.length >= expected ? l : undefined
  }, {
    what: `the live region to announce all ${expected} incoming messages (1 s apart)`,
    timeout,
    detail: async () => `announced so far: ${JSON.stringify((await page.evaluate(() => window.__live.events)).map((e) => e.text))}`,
  })
  const texts = live.events.map((e) => e.text)
  assert.equal(live.regions, 1, 'one live region in the chat')
  assert.ok(live.maxChildren <= 1, `the live region holds one announcement at a time (it held ${live.maxChildren})`)
  assert.equal(texts.length, expected, `one announcement per incoming message: ${expected} messages, ${texts.length} announcements: ${JSON.stringify(texts)}`)
  incoming.forEach((e, i) => {
    const name = e.message.senderName || 'Service'
    const t = texts[i]
    assert.ok(t.startsWith(`${name}: `), `announcement ${i + 1} names the sender "${name}": ${JSON.stringify(t)}`)
    if (kindOf(e.message.body) === 'text') assert.equal(t, `${name}: ${e.message.body.text}`, `announcement ${i + 1} reads the message`)
    assert.ok(t.length <= name.length + 2 + 120, `announcement ${i + 1} is a short summary, not the transcript (${t.length} chars)`)
  })
  // the same message never twice, and never two at once: the kit keeps each announcement in the
  // DOM for its interval (1 s) counted from when it is drawn (KefuLiveRegion), so on a loaded
  // machine too the gap between two is at least that; 500 leaves room for clock granularity
  for (let i = 1; i < live.events.length; i++) {
    assert.ok(live.events[i].at - live.events[i - 1].at >= 500, `announcements are paced (${live.events[i].at - live.events[i - 1].at} ms between ${i} and ${i + 1})`)
  }
  return texts
}

const FLAGS = new Set(['start', 'ratingSubmit', 'typing', 'botCommand', 'ratingRules', 'ratingRequest', 'seatStatus', 'endSession'])
