// Chromium through playwright-core: Debian's /usr/bin/chromium (or CHROMIUM_PATH), never a
// downloaded browser. Every page gets the instrumentation of ./instrument.mjs and records its
// uncaught errors, console errors and dialogs, which the tests assert on.
import { existsSync } from 'node:fs'
import { after, before } from 'node:test'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM_MISSING, FAILURES, chromiumPath, ensureDir, playgroundUrl, releasePlayground } from './env.mjs'
import { INSTRUMENT } from './instrument.mjs'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-dev-shm-usage',
  // timers of a page in a background tab must not be throttled while a test waits on them
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
]

/** Launches Chromium; fails loudly (never skips) when it is missing. */
export async function launchBrowser() {
  const executablePath = chromiumPath()
  if (!existsSync(executablePath)) throw new Error(`${CHROMIUM_MISSING} (looked for ${executablePath})`)
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 })
}

/**
 * A fresh context and page. `page.problems` collects uncaught page errors, console errors and
 * every dialog (alert / confirm / prompt are dismissed at once and recorded: a dialog is how most
 * XSS payloads would show themselves).
 * @param {import('playwright-core').Browser} browser
 * @param {{ width?: number, height?: number, colorScheme?: 'light' | 'dark', reducedMotion?: 'reduce' | 'no-preference' }} [o]
 */
export async function openPage(browser, o = {}) {
  const context = await browser.newContext({
    viewport: { width: o.width ?? 1280, height: o.height ?? 900 },
    colorScheme: o.colorScheme ?? 'light',
    reducedMotion: o.reducedMotion ?? 'reduce',
    locale: 'en-US',
    timezoneId: 'UTC',
    // the pages are local; nothing may leave the machine
    serviceWorkers: 'block',
  })
  await context.addInitScript({ content: INSTRUMENT })
  // The machine is offline: pictures on example.com and friends are answered locally with a
  // placeholder picture (so screenshots show where images go), hosts named "invalid" fail as the
  // fixtures that show a broken image intend, and anything else gets an empty answer.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    const req = route.request()
    let host = ''
    try {
      host = new URL(req.url()).hostname
    } catch {
      // leave it empty
    }
    if (/(^|\.)invalid(\.|$)/.test(host)) return route.abort('namenotresolved')
    if (req.resourceType() === 'image' || /\.(png|jpe?g|gif|webp|svg)(\?|#|$)/i.test(req.url())) {
      return route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PLACEHOLDER_SVG })
    }
    return route.fulfill({ status: 204, body: '' })
  })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  // A page load waits for its bundles: on a busy 2-core machine (other browsers, CPU-bound work
  // beside the suite) that alone took more than 15 s. Navigation waits for the load event, so a
  // longer bound costs nothing when the machine is quiet.
  page.setDefaultNavigationTimeout(60_000)
  const problems = { pageErrors: [], consoleErrors: [], dialogs: [], popups: [] }
  page.on('pageerror', (e) => problems.pageErrors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') problems.consoleErrors.push(m.text())
  })
  page.on('dialog', (d) => {
    problems.dialogs.push(`${d.type()}: ${d.message()}`)
    d.dismiss().catch(() => undefined)
  })
  context.on('page', (p) => {
    if (p === page) return
    problems.popups.push(p.url())
    p.close().catch(() => undefined)
  })
  page.problems = problems
  return page
}

const PLACEHOLDER_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300">
<rect width="400" height="300" fill="#c9d3de"/><path d="M60 240 L160 120 L230 200 L280 150 L340 240 Z" fill="#8a9bb0"/>
<circle cx="300" cy="80" r="28" fill="#f4f6f8"/></svg>`

/** Closes a page's context (and with it the page). */
export async function closePage(page) {
  if (!page) return
  await page.context().close().catch(() => undefined)
}

const slug = (s) => s.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-|-$/g, '').slice(0, 120)

/** Full-page screenshot to artifacts/failures/<name>.png; never throws. */
export async function failureShot(page, name) {
  if (!page || page.isClosed()) return undefined
  try {
    const file = join(ensureDir(FAILURES), `${slug(name)}.png`)
    await page.screenshot({ path: file, fullPage: true, timeout: 10_000 })
    return file
  } catch {
    return undefined
  }
}

/**
 * Runs `fn`; when it throws, saves a screenshot of `page()` named after the test and rethrows
 * with the screenshot's path appended.
 */
export async function withShot(name, page, fn) {
  try {
    return await fn()
  } catch (e) {
    const file = await failureShot(typeof page === 'function' ? page() : page, name)
    if (file) amendError(e, '', `\n(screenshot: ${file})`)
    throw e
  }
}

/** Adds to an error's message, in its stack too (which was formatted when it was thrown). */
export function amendError(e, prefix, suffix = '') {
  if (!(e instanceof Error)) return e
  const before = e.message
  try {
    e.message = `${prefix}${before}${suffix}`
    if (typeof e.stack === 'string' && e.stack.includes(before)) e.stack = e.stack.replace(before, e.message)
  } catch {
    // a frozen error: leave it
  }
  return e
}

/** Fails with every uncaught error / console error / dialog (and popup, when asked) the page produced. */
export function assertNoPageProblems(page, { allowConsole = [], popups = false } = {}) {
  const p = page.problems
  // a picture that fails to load is a network event the kit handles (a fallback), not a script error
  const allowed = [/^Failed to load resource: /, ...allowConsole]
  const consoleErrors = p.consoleErrors.filter((c) => !allowed.some((re) => re.test(c)))
  const lines = [
    ...p.pageErrors.map((e) => `uncaught error: ${e}`),
    ...consoleErrors.map((e) => `console.error: ${e}`),
    ...p.dialogs.map((d) => `dialog: ${d}`),
    ...(popups ? p.popups.map((u) => `popup opened: ${u}`) : []),
  ]
  if (lines.length) throw new Error(`the page reported problems:\n  ${lines.join('\n  ')}`)
}

/**
 * The playground and one Chromium for a `describe` block: its `before` serves the playground (or
 * joins run.mjs's) and launches the browser, then hands both to `ready({ browser, base })`; its
 * `after` closes the browser and releases the playground. Hooks a file registers before this call
 * run before these (an `after` that closes a page goes first).
 */
export function usePlayground(ready) {
  let browser = null
  before(async () => {
    const base = await playgroundUrl()
    browser = await launchBrowser()
    ready({ browser, base })
  })
  after(async () => {
    await browser?.close()
    await releasePlayground()
  })
}
