// Page helpers for a KefuChat on a page: selectors, the transport records (`window.__kefu.sent`
// and `.received`, which the playground and the host apps both expose), waiting, and the two
// ways a customer acts: with the pointer, or with the keyboard only.

export const SEL = {
  chat: '.kefu-chat',
  log: '.kefu-chat [role="log"]',
  rows: '.kefu-chat .kefu-row',
  composer: '.kefu-chat .kefu-composer__input',
  send: '.kefu-chat .kefu-composer__send',
  actions: '.kefu-chat .kefu-actions',
  action: (name) => `.kefu-chat .kefu-actions [data-kefu-action="${name}"]`,
  queue: '.kefu-chat [data-kefu-queue]',
  typing: '.kefu-chat [data-kefu-typing]',
  live: '.kefu-chat [data-kefu-live]',
  connection: '.kefu-chat [data-kefu-connection]',
  row: (id) => `.kefu-chat .kefu-row[data-kefu-id="${cssEscape(id)}"]`,
}

export function cssEscape(s) {
  return String(s).replace(/["\\]/g, '\\$&')
}

/** Source of the `src` → kind table, as the wire uses it (`SRC` in src/protocol/types.ts). */
const SRC_KIND = {
  7: 'start', 9: 'rating', 10: 'ratingSubmit', 12: 'typing', 13: 'botCommand', 15: 'branch',
  19: 'sessionEnd', 20: 'sessionTimeout', 21: 'form', 22: 'product', 23: 'ratingRules',
  24: 'ratingRequest', 26: 'seatStatus', 27: 'endSession', 28: 'order', 30: 'richText', 31: 'stream',
}
/** Kinds that are flags: they change state and are never drawn. */
export const FLAG_KINDS = new Set(['start', 'ratingSubmit', 'typing', 'botCommand', 'ratingRules', 'ratingRequest', 'seatStatus', 'endSession'])

/** The parsed `data` of a custom body, or null (text, image, or not JSON). */
export function dataOf(body) {
  if (!body || body.type !== 'custom') return null
  if (typeof body.data === 'object' && body.data !== null) return body.data
  try {
    const v = JSON.parse(body.data)
    return v && typeof v === 'object' ? v : null
  } catch {
    return null
  }
}

/** What a wire body is: `text`, `image`, a protocol kind (`branch`, `welcome`…), `invalid` or `unknown`. */
export function kindOf(body) {
  if (!body) return 'invalid'
  if (body.type === 'text') return 'text'
  if (body.type === 'image') return 'image'
  const d = dataOf(body)
  if (!d) return 'invalid'
  const src = String(d.src)
  if (src === '29') return d.subtype === 'clarify_msg' ? 'clarify' : 'welcome'
  return SRC_KIND[src] || 'unknown'
}

/** A short description of an OutgoingMessage: `text:<text>` or `<kind>` (+ `!` for onlineUserOnly). */
export function describeOut(o) {
  const k = kindOf(o.body)
  const base = k === 'text' ? `text:${o.body.text}` : k
  return o.options && o.options.onlineUserOnly ? `${base}!` : base
}

/** The transport records, copied out of the page. */
export async function records(page) {
  return page.evaluate(() => {
    const k = window.__kefu
    if (!k) return { sent: [], received: [] }
    return JSON.parse(JSON.stringify({ sent: k.sent, received: k.received }))
  })
}

/** Where the records stand now; pass it to waitForReceived to look only at what follows. */
export async function mark(page) {
  return page.evaluate(() => ({ sent: window.__kefu.sent.length, received: window.__kefu.received.length }))
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/**
 * Polls `probe` (async, returns a truthy value when done) every 50 ms.
 * @template T
 * @param {() => Promise<T> | T} probe
 * @param {{ timeout?: number, what: string, detail?: () => Promise<string> | string }} o
 * @returns {Promise<T>}
 */
export async function until(probe, o) {
  const timeout = o.timeout ?? 15_000
  const end = Date.now() + timeout
  let last
  for (;;) {
    try {
      const v = await probe()
      if (v) return v
      last = undefined
    } catch (e) {
      last = e
    }
    if (Date.now() > end) {
      let detail = ''
      try {
        detail = o.detail ? `\n${await o.detail()}` : ''
      } catch {
        // the page may be gone
      }
      throw new Error(`timed out after ${timeout} ms waiting for ${o.what}${last ? ` (last error: ${last.message})` : ''}${detail}`)
    }
    await sleep(50)
  }
}

/** A readable dump of the records since `since` (for timeout messages). */
export async function recordsSince(page, since) {
  const r = await records(page)
  const sent = r.sent.slice(since ? since.sent : 0).map(describeOut)
  const received = r.received.slice(since ? since.received : 0).map(describeEvent)
  return `sent since: ${JSON.stringify(sent)}\nreceived since: ${JSON.stringify(received)}`
}

export function describeEvent(e) {
  if (e.type === 'status') return `status:${e.status}`
  if (e.type === 'revoked') return `revoked:${e.id}`
  const k = kindOf(e.message.body)
  return `${e.type === 'modified' ? 'modified ' : ''}${k}${k === 'text' ? `:${e.message.body.text}` : ''}`
}

/**
 * Waits until the transport delivered events after `since` of which `pred` accepts one; returns
 * that event. `pred(event, kind, data)`.
 */
export async function waitForReceived(page, since, pred, what, timeout = 20_000) {
  return until(async () => {
    const r = await records(page)
    return r.received.slice(since.received).find((e) => e.type !== 'status' && pred(e, kindOf(e.message && e.message.body), dataOf(e.message && e.message.body)))
  }, { what: `the transport to deliver ${what}`, timeout, detail: () => recordsSince(page, since) })
}

/** Waits until the engine handed the transport a message after `since` that `pred` accepts. */
export async function waitForSent(page, since, pred, what, timeout = 15_000) {
  return until(async () => {
    const r = await records(page)
    return r.sent.slice(since.sent).find((o) => pred(o, kindOf(o.body), dataOf(o.body)))
  }, { what: `the engine to send ${what}`, timeout, detail: () => recordsSince(page, since) })
}

/**
 * What the kit draws while a part's code is still loading: a lazy renderer's placeholder (and the
 * image viewer's, `[data-kefu-lazy]`), the AI label / thumbs stand-in (`.kefu-feedback--loading`).
 * A check made while one of these is on screen looks at the stand-in, not at the real thing.
 */
export const LAZY_PENDING = '[data-kefu-lazy], .kefu-feedback--loading'

/** Waits until nothing under `root` (a selector) is still waiting for its code (see LAZY_PENDING). */
export async function waitForLazyParts(page, root = 'body', what = root) {
  await until(() => page.evaluate(([r, sel]) => {
    const roots = document.querySelectorAll(r)
    return roots.length > 0 && [...roots].every((el) => !el.matches(sel) && !el.querySelector(sel))
  }, [root, LAZY_PENDING]), {
    what: `the lazily loaded parts of ${what} to arrive`,
    detail: () => page.evaluate(([r, sel]) => [...document.querySelectorAll(`${r} :is(${sel})`)].map((e) => e.outerHTML.slice(0, 160)).join('\n'), [root, LAZY_PENDING]),
  })
}

/**
 * The playground's gallery drawn by the kit's real renderers, as its checks mean to judge it: no
 * lazy kind's placeholder left, and Markdown's code in (until then rich text is escaped text; the
 * "quote, code, table" fixture then shows its table).
 */
export async function waitForGalleryRendered(page) {
  await waitForLazyParts(page, '.pg-gallery__content', 'the gallery')
  await page.locator('[data-testid="gallery-entry-richtext-blocks"] .kefu-markdown table').waitFor()
}

/**
 * Waits for the row drawing message `id`, with its renderer's code loaded (not the placeholder a
 * lazy kind draws meanwhile), and returns its locator.
 */
export async function rowOf(page, id, what = `the row of message ${id}`) {
  const row = page.locator(SEL.row(id))
  await until(async () => (await row.count()) === 1 && (await row.isVisible()) && (await row.locator(LAZY_PENDING).count()) === 0, {
    what: `${what} to be drawn (its renderer loaded) and visible`,
    timeout: 10_000,
  })
  return row
}

/** The element that has the focus, described for error messages. */
export async function describeFocus(page) {
  return page.evaluate(() => {
    const a = document.activeElement
    if (!a || a === document.body) return '<body>'
    const label = a.getAttribute('aria-label') || (a.textContent || '').trim().slice(0, 40)
    return `<${a.tagName.toLowerCase()}${a.id ? `#${a.id}` : ''}${a.className && typeof a.className === 'string' ? `.${a.className.trim().split(/\s+/).join('.')}` : ''}> "${label}"`
  })
}

/**
 * Moves the focus to `target` with Tab / Shift+Tab only (the direction follows the document order),
 * as a keyboard user would. Fails when the element cannot be reached.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} target
 */
export async function tabTo(page, target, { max = 60, what = 'the target' } = {}) {
  await target.waitFor({ state: 'visible' })
  const visited = []
  for (let i = 0; i <= max; i++) {
    const where = await target.evaluate((el) => {
      const a = document.activeElement
      if (el === a) return 0
      if (!a || a === document.body || a === document.documentElement) return 1
      return a.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING ? 1 : -1
    })
    if (where === 0) return i
    visited.push(await describeFocus(page))
    await page.keyboard.press(where > 0 ? 'Tab' : 'Shift+Tab')
  }
  throw new Error(`keyboard: could not reach ${what} with Tab / Shift+Tab in ${max} presses; the focus went through: ${visited.slice(-12).join(' → ')}`)
}

/**
 * The focused control shows where the focus is (`:focus-visible` with an outline or a shadow):
 * a keyboard user who cannot see the focus cannot use the page.
 */
export async function assertFocusRing(locator, what) {
  const r = await locator.evaluate((el) => {
    const cs = getComputedStyle(el)
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0
    const shadow = cs.boxShadow && cs.boxShadow !== 'none'
    return { focused: el === document.activeElement, visible: el.matches(':focus-visible'), outline, shadow, style: `outline: ${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}; box-shadow: ${cs.boxShadow}` }
  })
  if (!r.focused || !r.visible || !(r.outline || r.shadow)) {
    throw new Error(`keyboard: ${what} has the focus but no visible focus indicator (${JSON.stringify(r)})`)
  }
}

/** Whether `locator` has the focus. */
export async function isFocused(locator) {
  return locator.evaluate((el) => el === document.activeElement)
}

/**
 * The customer activates a control: a click, or (keyboard) Tab to it and press `key`.
 * @param {{ page: import('playwright-core').Page, input: 'pointer' | 'keyboard' }} ctx
 */
export async function activate(ctx, locator, what, key = 'Enter', { force = false } = {}) {
  if (ctx.input === 'pointer') {
    // force: an aria-disabled control is still clickable on purpose (it explains what is missing)
    await locator.click({ force })
    return
  }
  const presses = await tabTo(ctx.page, locator, { what })
  await assertFocusRing(locator, what)
  ctx.log?.(`  keyboard: ${presses} Tab press(es) to ${what}, then ${key}`)
  await ctx.page.keyboard.press(key)
}

/** The customer types `text` into a field and submits it (Enter, or the pointer on `submit`). */
export async function typeAndSubmit(ctx, field, text, submit, what) {
  if (ctx.input === 'pointer') {
    await field.click()
    await field.fill(text)
    await submit.click()
    return
  }
  const presses = await tabTo(ctx.page, field, { what })
  await assertFocusRing(field, what)
  ctx.log?.(`  keyboard: ${presses} Tab press(es) to ${what}, then typing`)
  await ctx.page.keyboard.type(text)
  await ctx.page.keyboard.press('Enter')
}

/** Opens a chat page and waits until the conversation is connected and `window.__kefu` is there. */
export async function waitForChat(page) {
  await page.waitForSelector(SEL.chat, { timeout: 20_000 })
  await until(() => page.evaluate(() => !!(window.__kefu && window.__kefu.sent && window.__kefu.received)), { what: 'window.__kefu' })
  await until(async () => (await page.locator(SEL.connection).getAttribute('data-kefu-connection')) === 'online', {
    what: 'the chat header to say the connection is online',
  })
}

/**
 * waitForChat, then the simulator's opening (23 rating rules, 26 seat status, the welcome text and
 * card) delivered: a test that injects a state or reads "before anything happened" must not race
 * the opening, whose own messages would land after (and overwrite) what the test did.
 */
export async function waitForOpening(page) {
  await waitForChat(page)
  // the opening is scheduled the moment the engine's src 7 reaches the simulator, which happens in
  // the same task as "online": idle() cannot resolve before the opening was scheduled
  await page.evaluate(() => window.__kefu.simulator.idle())
}

/** Whether the kit's design tokens (kefu-kit/style.css → src/styles/tokens.css) apply to `.kefu-root`. */
export async function kitStylesLoaded(page) {
  return page.evaluate(() => {
    const root = document.querySelector('.kefu-root')
    return !!root && getComputedStyle(root).getPropertyValue('--kefu-color-text').trim() !== ''
  })
}

/**
 * Makes sure the kit's stylesheet applies before judging what the kit looks like (contrast, focus
 * rings, screen-reader-only text). When the page forgot it (see the report of
 * "the playground loads the kit's stylesheet"), the tokens are added from the sources, so the
 * checks judge the kit as a user who follows the README sees it. Returns whether it was missing.
 */
export async function ensureKitStyles(page) {
  await page.locator('.kefu-root').first().waitFor()
  if (await kitStylesLoaded(page)) return false
  await page.addStyleTag({ path: new URL('../../src/styles/tokens.css', import.meta.url).pathname })
  if (!(await kitStylesLoaded(page))) throw new Error('the kit\'s design tokens do not apply even after adding src/styles/tokens.css')
  return true
}
