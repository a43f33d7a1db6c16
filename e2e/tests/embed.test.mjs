// The one-script embed and the H5 page on plain HTML pages (e2e/embed/, no build step), served
// next to dist/embed/ and dist-h5/ by a tiny server in this file:
// - the script tag with KefuKit.mount (launcher mode), and screenshots at 375 / 1280, light / dark;
// - the custom element <kefu-chat> (attributes applied live, removal destroys it);
// - a page with hostile CSS (`* { all: revert }`, `button { display: none !important }` …);
// - a page with Vue 2 on window (the chat inline, next to the page's own Vue 2 app);
// - a strict Content-Security-Policy sent as a response header (any violation fails);
// - the H5 page in a cross-origin iframe driven by postMessage;
// - kefu-kit.js served from another origin (a CDN with CORS): the kit's code comes from there;
// - kefu-kit.js alone (the files next to it missing): a visible error in place of the chat.
// In each, a conversation with the simulator works and, while the chat is closed, an agent
// message raises the unread badge and the count in the document's title.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { extname, join, normalize, sep } from 'node:path'
import { spawnSync } from 'node:child_process'
import { gzipSync } from 'node:zlib'
import { embedAtMount } from '../../bench/sizes.mjs'
import { assertNoPageProblems, closePage, launchBrowser, openPage, withShot } from '../lib/browser.mjs'
import { ROOT, SCREENSHOTS, ensureDir } from '../lib/env.mjs'

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'self' http://127.0.0.1:*"

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' }

/** /embed → dist/embed, /h5 → dist-h5, /vue2 → Vue 2's dist, /pages → e2e/embed; /broken has only kefu-kit.js. */
const MOUNTS = [
  ['/embed/', join(ROOT, 'dist', 'embed')],
  ['/broken/', join(ROOT, 'dist', 'embed')],
  ['/h5/', join(ROOT, 'dist-h5')],
  ['/vue2/', join(ROOT, 'test', 'vue2', 'node_modules', 'vue', 'dist')],
  ['/pages/', join(ROOT, 'e2e', 'embed')],
]

function serve() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url || '/', 'http://x').pathname)
    const mount = MOUNTS.find(([prefix]) => path.startsWith(prefix))
    if (!mount) return res.writeHead(404).end()
    const base = mount[1]
    if (mount[0] === '/broken/' && path !== '/broken/kefu-kit.js') return res.writeHead(404).end()
    const file = normalize(join(base, path.slice(mount[0].length) || 'index.html'))
    if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end()
    const headers = { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' }
    // the strict page and the H5 page run under a strict policy, sent as a response header
    if (path === '/pages/csp.html' || path.startsWith('/h5/')) headers['content-security-policy'] = CSP
    // the embed's files as a CDN serves them: modules from another origin need CORS
    if (path.startsWith('/embed/')) headers['access-control-allow-origin'] = '*'
    res.writeHead(200, headers)
    createReadStream(file).pipe(res)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const { port } = server.address()
    resolve({ port, url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r) }) })
  }))
}

function newest(dir) {
  let max = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) max = Math.max(max, newest(p))
    else if (!/\.test\.ts$/.test(e.name)) max = Math.max(max, statSync(p).mtimeMs)
  }
  return max
}

/** Builds dist/embed and dist-h5 when missing or older than the sources. */
function ensureBuilt() {
  const sources = Math.max(newest(join(ROOT, 'src')), statSync(join(ROOT, 'vite.embed.config.ts')).mtimeMs)
  const stale = (f) => !existsSync(f) || statSync(f).mtimeMs < sources
  for (const [file, script] of [[join(ROOT, 'dist', 'embed', 'kefu-kit.js'), 'build:embed'], [join(ROOT, 'dist-h5', 'h5.js'), 'build:h5']]) {
    if (!stale(file)) continue
    const r = spawnSync('npm', ['run', script], { cwd: ROOT, encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`npm run ${script} failed:\n${r.stdout}\n${r.stderr}`)
  }
}

/** Sends a text from the composer and waits for the bot's answer. */
async function converse(scope) {
  const input = scope.locator('.kefu-composer__input')
  await input.waitFor()
  await input.fill('hello')
  await input.press('Enter')
  await scope.locator('.kefu-row--customer', { hasText: 'hello' }).waitFor()
  await scope.locator('.kefu-row', { hasText: 'How can I help you?' }).last().waitFor()
}

// The chat in the page: `window.chat`, or the <kefu-chat> element's instance ('element'). Every
// wait runs a function, never a string (a string is evaluated: refused under the strict policy).

/** Asks for a human and waits until the scripted agent has taken the conversation. */
async function reachAgent(scope, page, which = 'window') {
  const input = scope.locator('.kefu-composer__input')
  await input.fill('agent')
  await input.press('Enter')
  await page.waitForFunction((w) => (w === 'element' ? document.querySelector('kefu-chat').instance : window.chat).simulator.session.phase === 'inSeat', which, { timeout: 20_000 })
  await scope.locator('.kefu-row', { hasText: 'Hello, this is' }).first().waitFor({ timeout: 20_000 })
}

/** The agent writes while the chat is closed: the badge and the title count go up by one. */
async function agentWhileClosed(page, which, badge) {
  // everything the simulator still has on its way (the end of the hand-over, a reply) lands first:
  // arriving after `before` is read, it would count as one more unread than this message
  await page.evaluate((w) => (w === 'element' ? document.querySelector('kefu-chat').instance : window.chat).simulator.idle(), which)
  const before = await page.evaluate((w) => (w === 'element' ? document.querySelector('kefu-chat').instance : window.chat).unread, which)
  const r = await page.evaluate((w) => (w === 'element' ? document.querySelector('kefu-chat').instance : window.chat).simulator.agentReply('Your parcel ships today'), which)
  assert.equal(r.ok, true, JSON.stringify(r))
  const want = before + 1
  await page.waitForFunction(([w, n]) => (w === 'element' ? document.querySelector('kefu-chat').instance : window.chat).unread === n, [which, want])
  if (badge) await page.locator('.kefu-launcher__badge', { hasText: String(want) }).waitFor()
  await page.waitForFunction((n) => document.title.startsWith(`(${n}) `), want)
}

describe('embed: one script on any page, and the H5 page', () => {
  let browser
  let server
  /** the same files on another port: another origin, for the cross-origin iframe */
  let other
  let page
  before(async () => {
    ensureBuilt()
    server = await serve()
    other = await serve()
    browser = await launchBrowser()
  })
  after(async () => {
    await browser?.close()
    await server?.close()
    await other?.close()
  })

  const open = async (path, o = {}) => {
    page = await openPage(browser, o)
    const problems = []
    page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) problems.push(m.text()) })
    page.cspProblems = problems
    await page.goto(`${server.url}${path}`)
    return page
  }

  it('the script tag: KefuKit.mount with the launcher; a conversation; an agent message while closed raises the badge and the title count', async () => {
    await withShot('embed-mount', () => page, async () => {
      await open('/pages/mount.html')
      assert.equal(await page.evaluate(() => typeof window.KefuKit.mount), 'function')
      assert.equal(await page.evaluate(() => customElements.get('kefu-chat') !== undefined), true)
      // the widget renders in an open shadow root
      assert.equal(await page.evaluate(() => document.querySelector('kefu-kit-host').shadowRoot !== null), true)
      await page.evaluate(() => window.chat.ready)
      const button = page.locator('.kefu-launcher__button')
      await button.click()
      await page.locator('.kefu-launcher__panel[role="dialog"]').waitFor()
      await converse(page)
      await reachAgent(page, page)
      // closed with its own button; focus goes back to the launcher
      await page.locator('.kefu-launcher__close').click()
      await page.locator('.kefu-launcher__panel').waitFor({ state: 'detached' })
      const events = await page.evaluate(() => {
        window.__events = []
        window.chat.on('unread', (n) => window.__events.push(`unread:${n}`))
        window.chat.on('message', (m) => window.__events.push(`message:${m.from}`))
        window.chat.on('open', () => window.__events.push('open'))
        return window.__events
      })
      assert.deepEqual(events, [])
      await agentWhileClosed(page, 'window', true)
      await page.locator('.kefu-launcher__preview', { hasText: 'Your parcel ships today' }).waitFor()
      assert.match(await button.getAttribute('aria-label'), /1/)
      // opened from code: read, title restored
      await page.evaluate(() => window.chat.open())
      await page.waitForFunction(() => window.chat.unread === 0 && document.title === 'Acme shop')
      const log = await page.evaluate(() => window.__events)
      assert.ok(log.includes('message:service') && log.includes('unread:1') && log.includes('open') && log.includes('unread:0'), log.join(', '))
      assertNoPageProblems(page)
    })
    await closePage(page)
  })

  it('screenshots: the embed on a plain page at 375 and 1280 px, light and dark, closed with a preview and open', async () => {
    ensureDir(SCREENSHOTS)
    for (const width of [375, 1280]) {
      for (const theme of ['light', 'dark']) {
        await withShot(`embed-shot-${width}-${theme}`, () => page, async () => {
          await open(`/pages/mount.html?theme=${theme}`, { width, height: width < 500 ? 740 : 820, colorScheme: theme })
          await page.evaluate(() => window.chat.ready)
          // the welcome arrives while closed: badge and preview (of the last message of the opening)
          await page.evaluate(() => window.chat.simulator.idle())
          await page.locator('.kefu-launcher__preview').waitFor()
          await page.screenshot({ path: join(SCREENSHOTS, `embed-${width}-${theme}-closed.png`) })
          await page.locator('.kefu-launcher__button').click()
          await page.locator('.kefu-launcher__panel .kefu-row').first().waitFor()
          await page.screenshot({ path: join(SCREENSHOTS, `embed-${width}-${theme}-open.png`) })
          const box = await page.locator('.kefu-launcher__panel').boundingBox()
          if (width < 480) assert.ok(box.width >= width - 1, `full width on a phone (${box.width})`)
          else assert.ok(box.width <= 420 && box.height <= 660, `a panel on a desktop (${box.width}×${box.height})`)
          assertNoPageProblems(page)
        })
        await closePage(page)
      }
    }
  })

  it('the custom element: attributes, live changes, events, and removal destroys it', async () => {
    await withShot('embed-element', () => page, async () => {
      await open('/pages/element.html')
      await page.waitForFunction(() => document.querySelector('kefu-chat').instance !== null)
      await page.evaluate(() => document.querySelector('kefu-chat').instance.ready)
      assert.equal(await page.evaluate(() => document.querySelector('kefu-chat').shadowRoot.mode), 'open')
      await page.locator('kefu-chat .kefu-launcher__button').click()
      await converse(page)
      assert.equal(await page.locator('.kefu-launcher__panel').getAttribute('aria-label'), 'Support')
      // live: title and locale change in place, the conversation stays
      await page.evaluate(() => document.querySelector('kefu-chat').setAttribute('title', 'Help desk'))
      await page.locator('.kefu-launcher__panel[aria-label="Help desk"]').waitFor()
      await page.evaluate(() => document.querySelector('kefu-chat').setAttribute('theme', 'dark'))
      await page.locator('kefu-chat .kefu-root[data-kefu-theme="dark"]').first().waitFor({ state: 'attached' })
      await reachAgent(page, page, 'element')
      // DOM events on the element; `open="false"` closes it
      await page.evaluate(() => {
        window.__ev = []
        const e = document.querySelector('kefu-chat')
        for (const t of ['unread', 'close']) e.addEventListener(t, (ev) => window.__ev.push(`${t}:${ev.detail ?? ''}`))
        e.setAttribute('open', 'false')
      })
      await page.locator('.kefu-launcher__panel').waitFor({ state: 'detached' })
      await agentWhileClosed(page, 'element', true)
      assert.deepEqual(await page.evaluate(() => window.__ev), ['close:', 'unread:1'])
      // removal destroys it: nothing left in the shadow root, the title restored
      await page.evaluate(() => { window.__el = document.querySelector('kefu-chat'); window.__el.remove() })
      await page.waitForFunction(() => window.__el.instance === null && !window.__el.shadowRoot.querySelector('.kefu-chat, .kefu-launcher'))
      assert.equal(await page.title(), 'Element page')
      assertNoPageProblems(page)
    })
    await closePage(page)
  })

  it('hostile page CSS does not break the widget, and the widget\'s CSS does not reach the page', async () => {
    await withShot('embed-hostile', () => page, async () => {
      await open('/pages/hostile.html')
      await page.evaluate(() => window.chat.ready)
      const button = page.locator('.kefu-launcher__button')
      await button.waitFor({ state: 'visible' })
      const look = await button.evaluate((b) => {
        const s = getComputedStyle(b)
        const r = b.getBoundingClientRect()
        return { display: s.display, width: r.width, height: r.height, font: s.fontFamily, spacing: s.letterSpacing, opacity: getComputedStyle(document.querySelector('kefu-kit-host')).opacity }
      })
      assert.notEqual(look.display, 'none')
      assert.ok(look.width >= 48 && look.height >= 48, JSON.stringify(look))
      assert.doesNotMatch(look.font, /Comic/)
      assert.equal(look.opacity, '1')
      await button.click()
      await converse(page)
      const inside = await page.locator('.kefu-launcher__panel .kefu-composer__input').evaluate((el) => {
        const s = getComputedStyle(el)
        const row = el.getRootNode().querySelector('.kefu-row--service .kefu-row__content, .kefu-row--service')
        const rs = getComputedStyle(row)
        return { display: s.display, transform: rs.textTransform, color: rs.color, spacing: rs.letterSpacing, align: rs.textAlign, font: rs.fontFamily }
      })
      assert.notEqual(inside.display, 'none')
      assert.notEqual(inside.color, 'rgb(255, 0, 0)')
      assert.notEqual(inside.color, 'rgb(0, 255, 0)')
      assert.equal(inside.transform, 'none')
      assert.equal(inside.spacing, 'normal')
      assert.doesNotMatch(inside.font, /Comic/)
      // the page's own elements with the kit's class names keep the page's styles
      const outside = await page.locator('#outside').evaluate((el) => {
        const s = getComputedStyle(el)
        return { border: s.borderTopStyle, radius: s.borderTopLeftRadius, font: getComputedStyle(el.parentElement).fontSize }
      })
      assert.deepEqual(outside, { border: 'none', radius: '0px', font: '30px' })
      await reachAgent(page, page)
      await page.evaluate(() => window.chat.close())
      await agentWhileClosed(page, 'window', true)
      assertNoPageProblems(page)
    })
    await closePage(page)
  })

  it('a page with Vue 2 on window: the chat inline next to the page\'s Vue 2 app', async () => {
    await withShot('embed-vue2', () => page, async () => {
      await open('/pages/vue2.html')
      assert.match(await page.evaluate(() => window.Vue.version), /^2\./)
      await page.locator('#app', { hasText: 'Vue 2 app' }).waitFor()
      await page.evaluate(() => window.chat.ready)
      await converse(page)
      const box = await page.locator('#chat kefu-kit-host').boundingBox()
      assert.ok(box.width > 400 && box.height > 600, `fills its target (${box.width}×${box.height})`)
      await reachAgent(page, page)
      // closed (hidden) inline: messages count as unread; the page's Vue 2 app shows the count
      await page.evaluate(() => window.chat.close())
      await page.locator('#chat .kefu-chat').waitFor({ state: 'detached' })
      await agentWhileClosed(page, 'window', false)
      await page.locator('#count', { hasText: '1' }).waitFor()
      await page.evaluate(() => window.chat.open())
      await page.locator('#chat .kefu-row', { hasText: 'Your parcel ships today' }).waitFor()
      await page.locator('#count', { hasText: '0' }).waitFor()
      assert.match(await page.evaluate(() => window.Vue.version), /^2\./)
      assertNoPageProblems(page)
    })
    await closePage(page)
  })

  it('a strict Content-Security-Policy (script-src \'self\'; style-src \'self\'): no violation, Markdown, a lazy card with its CSS and a language load', async () => {
    await withShot('embed-csp', () => page, async () => {
      await open('/pages/csp.html')
      await page.evaluate(() => window.chat.ready)
      await page.locator('.kefu-launcher__button').click()
      await converse(page)
      // a dialog (the thumbs-down reasons) stays inside the shadow root; focus moves into it and
      // Escape closes the dialog only, handing focus back to its button
      await page.locator('.kefu-row [data-kefu-feedback="down"]').last().click()
      const dialog = page.locator('.kefu-dialog__panel[role="dialog"]')
      await dialog.waitFor()
      const where = await page.evaluate(() => {
        const host = document.querySelector('kefu-kit-host')
        const active = host.shadowRoot.activeElement
        return {
          inDocument: document.querySelector('.kefu-dialog') !== null,
          inShadow: host.shadowRoot.querySelector('.kefu-dialog__panel') !== null,
          focusInDialog: !!active && !!active.closest('.kefu-dialog__panel'),
        }
      })
      assert.deepEqual(where, { inDocument: false, inShadow: true, focusInDialog: true })
      await page.keyboard.press('Escape')
      await dialog.waitFor({ state: 'detached' })
      await page.locator('.kefu-launcher__panel').waitFor()
      await page.waitForFunction(() => document.querySelector('kefu-kit-host').shadowRoot.activeElement?.getAttribute('data-kefu-feedback') === 'down')
      await reachAgent(page, page)
      // a rich-text answer loads marked and DOMPurify (their own files) under the policy
      const sent = await page.evaluate(() => window.chat.simulator.agentSendPayload({ kind: 'richText', src: '30', content: '**Bold answer** with a [link](https://example.com/help)' }))
      assert.equal(sent.ok, true, JSON.stringify(sent))
      await page.locator('.kefu-row strong', { hasText: 'Bold answer' }).waitFor()
      // a card whose code and CSS are their own chunk: its CSS joins the shadow root's stylesheet
      const card = await page.evaluate(() => window.chat.simulator.agentSendPayload({
        kind: 'order', src: '28', guide: 'Your latest order', name: 'Flagship plan', desc: '1 year',
        customField: [{ name: 'Order no.', value: '20250115-0042' }],
      }))
      assert.equal(card.ok, true, JSON.stringify(card))
      const order = page.locator('.kefu-order').last()
      await order.waitFor()
      assert.equal(await order.evaluate((el) => getComputedStyle(el).display), 'flex')
      // another language: its dictionary is its own file
      await page.evaluate(() => window.chat.update({ locale: 'ja' }))
      await page.locator('.kefu-composer__input[placeholder*="メッセージ"]').waitFor()
      await page.evaluate(() => window.chat.close())
      await agentWhileClosed(page, 'window', true)
      assert.deepEqual(await page.evaluate(() => window.__csp), [])
      assert.deepEqual(page.cspProblems, [])
      assertNoPageProblems(page)
    })
    await closePage(page)
  })

  it('the H5 page in a cross-origin iframe, driven by postMessage (ready, open, close, unread)', async () => {
    await withShot('embed-h5-frame', () => page, async () => {
      // the iframe on another origin (another port), which allows this page's origin (?origin=)
      const h5 = other.url
      page = await openPage(browser)
      await page.goto(`${server.url}/pages/frame.html?h5=${encodeURIComponent(h5)}`)
      await page.waitForFunction(() => window.bridge.ready)
      await page.evaluate(() => window.openChat())
      await page.waitForFunction(() => window.bridge.open === true)
      const frame = page.frameLocator('#kefu')
      await converse(frame)
      const h5Frame = page.frames().find((f) => f.url().startsWith(h5))
      assert.ok(h5Frame, 'the H5 frame')
      assert.equal(await h5Frame.title(), 'Support')
      await frame.locator('.kefu-composer__input').fill('agent')
      await frame.locator('.kefu-composer__input').press('Enter')
      await h5Frame.waitForFunction(() => window.kefuChat.simulator.session.phase === 'inSeat', undefined, { timeout: 20_000 })
      await frame.locator('.kefu-row', { hasText: 'Hello, this is' }).first().waitFor({ timeout: 20_000 })
      // nothing else on its way: the unread count below must be this reply alone
      await h5Frame.evaluate(() => window.kefuChat.simulator.idle())
      await page.evaluate(() => window.closeChat())
      await page.waitForFunction(() => window.bridge.open === false)
      const r = await h5Frame.evaluate(() => window.kefuChat.simulator.agentReply('Your parcel ships today'))
      assert.equal(r.ok, true)
      await page.waitForFunction(() => window.bridge.unread === 1)
      await page.locator('#badge', { hasText: '1' }).waitFor()
      await page.waitForFunction(() => document.title.startsWith('(1) '))
      await page.evaluate(() => window.openChat())
      await page.waitForFunction(() => window.bridge.unread === 0 && document.title === 'Shop with an iframe')
      await frame.locator('.kefu-row', { hasText: 'Your parcel ships today' }).waitFor()
      assertNoPageProblems(page)
    })
    await closePage(page)
  })

  it('kefu-kit.js from another origin (a CDN): the kit\'s code and chunks load from the script\'s folder, not the page\'s', async () => {
    await withShot('embed-cdn', () => page, async () => {
      page = await openPage(browser)
      const requested = []
      page.on('request', (r) => requested.push(r.url()))
      await page.goto(`${server.url}/pages/cdn.html?cdn=${encodeURIComponent(other.url)}`)
      await page.waitForFunction(() => window.chat !== undefined)
      await page.evaluate(() => window.chat.ready)
      await converse(page)
      await reachAgent(page, page)
      const embedFiles = requested.filter((u) => /\/kefu-kit\.[^/]*\.js$|\/locales\//.test(u))
      assert.ok(embedFiles.some((u) => u === `${other.url}/embed/kefu-kit.core.js`), embedFiles.join(', '))
      assert.ok(embedFiles.some((u) => /\/kefu-kit\.simulator-[^/]+\.js$/.test(u)), embedFiles.join(', '))
      assert.deepEqual(embedFiles.filter((u) => !u.startsWith(`${other.url}/embed/`)), [])
      assertNoPageProblems(page)
    })
    await closePage(page)
  })

  it('kefu-kit.js without the files next to it: a visible error in place of the chat, naming the missing file', async () => {
    await withShot('embed-missing', () => page, async () => {
      page = await openPage(browser)
      const errors = []
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()) })
      await page.goto(`${server.url}/pages/missing.html`)
      const core = `${server.url}/broken/kefu-kit.core.js`
      for (const host of ['kefu-kit-host', 'kefu-chat']) {
        const alert = page.locator(`${host} [role="alert"]`)
        await alert.waitFor()
        assert.match(await alert.textContent(), /could not load the chat's code from .*kefu-kit\.core\.js/)
        assert.ok((await alert.textContent()).includes(core))
        const box = await alert.boundingBox()
        assert.ok(box && box.width > 100 && box.height > 20, `the error is visible (${JSON.stringify(box)})`)
      }
      assert.ok(errors.some((e) => e.includes(core)), errors.join('\n'))
      await assert.rejects(page.evaluate(() => window.chat.ready), /kefu-kit\.core\.js/)
    })
    await closePage(page)
  })

  it('kefu-kit.mjs (the bundlers\' entry) as a native ES module: KefuKit and <kefu-chat> over kefu-kit.core.js', async () => {
    await withShot('embed-module', () => page, async () => {
      await open('/pages/module.html')
      await page.waitForFunction(() => window.chat !== undefined)
      assert.equal(await page.evaluate(() => window.engineAtOnce), true)
      assert.equal(await page.evaluate(() => customElements.get('kefu-chat') !== undefined && typeof window.KefuKit.version), 'string')
      await page.evaluate(() => window.chat.ready)
      await converse(page)
      assertNoPageProblems(page)
    })
    await closePage(page)
  })

  it('the files carry their third-party licences: kefu-kit.LICENSES.txt names every bundled package with its licence text, the core points to it', () => {
    const dir = join(ROOT, 'dist', 'embed')
    const core = readFileSync(join(dir, 'kefu-kit.core.js'), 'utf8')
    assert.match(core.slice(0, 200), /^\/\*! Kefu Kit \S+ \| MIT \| with vue, .*: kefu-kit\.LICENSES\.txt \*\//)
    const text = readFileSync(join(dir, 'kefu-kit.LICENSES.txt'), 'utf8')
    // Vue's code is in the core, marked and DOMPurify in the Markdown chunk, the emoji names in theirs
    for (const name of ['@vue/runtime-core', '@vue/runtime-dom', '@vue/reactivity', '@vue/shared', 'marked', 'dompurify']) {
      const version = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version
      assert.ok(text.includes(`${name} ${version} `), `${name} ${version} is listed`)
    }
    assert.ok(text.includes('Copyright (c) 2018-present, Yuxi (Evan) You'), 'Vue\'s copyright line')
    assert.ok(text.includes('Apache License') && text.includes('Copyright (c) 2017-2019 Miles Johnson'), 'DOMPurify\'s and emojibase\'s texts')
    // the H5 page's copy of the kit carries the same file
    assert.equal(readFileSync(join(ROOT, 'dist-h5', 'kefu-kit.LICENSES.txt'), 'utf8'), text)
  })

  it('the page fetches at most 90 KB gzip before the first rich-text message: kefu-kit.js, kefu-kit.core.js and its static imports', () => {
    const dir = join(ROOT, 'dist', 'embed')
    const files = embedAtMount(dir)
    const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0)
    // the budget of the one-script embed (npm run bench prints the same figure, file by file)
    assert.ok(bytes <= 90 * 1024, `${files.join(' + ')}: ${(bytes / 1024).toFixed(1)} KB gzip, over the 90 KB budget`)
    assert.ok(!files.some((f) => /marked|dompurify/.test(f)), `Markdown is not fetched at mount: ${files.join(', ')}`)
  })
})
