// Both Vue hosts, from the packed package: a minimal Vue 3 app and a minimal Vue 2.7 app
// (e2e/hosts/) install `npm pack`'s tarball the way a user would, build with their own vite, mount
// KefuChat on the simulator and pass the same whole conversation as the playground (here with
// virtual customers ahead in the queue, and a numbers rating card). Packaging checks come first:
// this is where a wrong `exports` map, a missing file or a second copy of Vue shows up.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { assertNoPageProblems, closePage, launchBrowser, openPage, withShot } from '../lib/browser.mjs'
import { apiBackend } from '../lib/backends.mjs'
import { SEL, kitStylesLoaded, mark, rowOf, until, waitForChat, waitForReceived } from '../lib/chat.mjs'
import { checkAnnouncements, runConversation, sendFromComposer } from '../lib/conversation.mjs'
import { formatViolations, runAxe } from '../lib/axe.mjs'
import { ROOT, ensureLibraryBuilt } from '../lib/env.mjs'
import { HOST_INSTALLS, packKit, prepareHost, removeDir, run, serveHost } from '../lib/hosts.mjs'

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))

/** Every file path an `exports` map points at. */
function exportTargets(exp, out = []) {
  if (typeof exp === 'string') out.push(exp)
  else if (exp && typeof exp === 'object') for (const v of Object.values(exp)) exportTargets(v, out)
  return out
}

describe('the packed package in a Vue 3 and a Vue 2.7 host', () => {
  let pack
  let browser
  const hosts = {}
  before(async () => {
    ensureLibraryBuilt()
    pack = await packKit()
    browser = await launchBrowser()
  })
  after(async () => {
    await browser?.close()
    for (const h of Object.values(hosts)) {
      await h.server?.close()
      removeDir(h.dir)
    }
    if (pack) removeDir(pack.dir)
  })

  describe('packaging', () => {
    it('the tarball holds every file the exports map, main, module and types point at', () => {
      const files = new Set(pack.files)
      const targets = [...exportTargets(pkg.exports), pkg.main, pkg.module, pkg.types].filter(Boolean).map((t) => t.replace(/^\.\//, ''))
      const missing = [...new Set(targets)].filter((t) => !files.has(t))
      assert.deepEqual(missing, [], `package.json points at files the tarball lacks (npm pack): ${missing.join(', ')}`)
      assert.ok(files.has('dist/kefu-kit.css'), 'the stylesheet ships')
      assert.ok(![...files].some((f) => f.startsWith('src/') || /\.test\./.test(f)), 'no sources or tests in the package')
    })

    it('every sourceMappingURL in the packed JavaScript points at a file in the package', () => {
      const files = new Set(pack.files)
      const dangling = []
      for (const f of pack.files.filter((p) => /\.(c|m)?js$/.test(p))) {
        const text = readFileSync(join(ROOT, f), 'utf8')
        const m = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text)
        if (!m || m[1].startsWith('data:')) continue
        const target = join(f, '..', m[1]).replace(/\\/g, '/')
        if (!files.has(target)) dangling.push(`${f} → ${m[1]}`)
      }
      assert.deepEqual(dangling, [], `the package's files name source maps it does not ship (package.json "files" has "!dist/**/*.map"); bundlers and devtools warn about each:\n  ${dangling.join('\n  ')}`)
    })
  })

  for (const [name, label] of [['vue3', 'Vue 3'], ['vue2', 'Vue 2.7']]) {
    describe(`${label} host`, () => {
      before(async () => {
        const h = await prepareHost(name, pack.tarball)
        hosts[name] = h
        h.server = await serveHost(h)
      })

      it('installs with Vue and its Vite plugin in one npm command (no flags), as the README says; npm ls is clean; builds with vite, one copy of Vue', async (t) => {
        const h = hosts[name]
        const command = `npm install ${HOST_INSTALLS[name].join(' ')} kefu-kit`
        t.diagnostic(command)
        assert.ok(readFileSync(join(ROOT, 'README.md'), 'utf8').includes(command), `the README gives the command the ${label} host runs: ${command}`)
        // prepareHost ran `npm ls --all`, which exits non-zero on an unmet or invalid peer
        assert.doesNotMatch(h.lsLog, /UNMET PEER|invalid|extraneous|missing/i, `npm ls:\n${h.lsLog}`)
        assert.ok(!existsSync(join(h.dir, 'node_modules', '@vue', 'composition-api')), 'a Vue 2.7 / 3 install pulls no @vue/composition-api')
        assert.ok(!existsSync(join(h.dir, 'node_modules', 'pinia')), 'nor pinia')
        assert.ok(existsSync(join(h.dist, 'index.html')), 'vite built the host')
        const installed = JSON.parse(readFileSync(join(h.dir, 'node_modules', 'kefu-kit', 'package.json'), 'utf8'))
        assert.equal(installed.version, pkg.version)
        // one Vue: no copy nested under kefu-kit; vue-demi (wherever npm put it) speaks the host's Vue
        const nested = join(h.dir, 'node_modules', 'kefu-kit', 'node_modules')
        assert.ok(!existsSync(join(nested, 'vue')), 'kefu-kit must use the host\'s vue, not a nested copy')
        const demi = [join(nested, 'vue-demi'), join(h.dir, 'node_modules', 'vue-demi')].find((d) => existsSync(join(d, 'package.json')))
        assert.ok(demi, 'vue-demi is installed')
        const demiLib = readFileSync(join(demi, 'lib', 'index.mjs'), 'utf8')
        assert.match(demiLib, name === 'vue2' ? /isVue2 = true/ : /isVue2 = false/, `vue-demi switched to the host's Vue (${demi})`)
        // Rolldown's PLUGIN_TIMINGS note says how slow the plugins were (a busy machine makes
        // them slow); it says nothing about the package, so it is the one warning allowed
        const buildLog = withoutTimingNote(h.buildLog)
        assert.equal(buildLog.trim(), '', `vite printed warnings or errors while building the host:\n${h.buildLog}`)
        const vueVersion = JSON.parse(readFileSync(join(h.dir, 'node_modules', 'vue', 'package.json'), 'utf8')).version
        t.diagnostic(`vue ${vueVersion}, kefu-kit ${installed.version}, in ${h.dir}`)
        if (name === 'vue2') assert.match(vueVersion, /^2\.7\./)
        else assert.match(vueVersion, /^3\./)
      })

      it('height="100dvh" on the README\'s page fits the window: no page scroll, no frame around the chat (375 px light, 320 px dark)', async () => {
        const h = hosts[name]
        const page = await openPage(browser, { width: 375, height: 667 })
        try {
          for (const [width, height, theme] of [[375, 667, 'light'], [320, 568, 'dark']]) {
            await withShot(`host-${name}-fits-${width}-${theme}`, page, async () => {
              await page.setViewportSize({ width, height })
              await page.emulateMedia({ colorScheme: theme })
              await page.goto(`${h.server.url}?theme=${theme}`)
              await waitForChat(page)
              const m = await page.evaluate(() => {
                const root = document.querySelector('.kefu-root').getBoundingClientRect()
                const composer = document.querySelector('.kefu-composer')?.getBoundingClientRect()
                return {
                  scrollHeight: document.documentElement.scrollHeight,
                  scrollWidth: document.documentElement.scrollWidth,
                  innerHeight,
                  innerWidth,
                  root: { top: root.top, left: root.left, right: root.right, bottom: root.bottom },
                  composerBottom: composer ? composer.bottom : -1,
                }
              })
              const where = `${width}×${height} ${theme}: ${JSON.stringify(m)}`
              assert.equal(m.scrollHeight, m.innerHeight, `the page scrolls (${where})`)
              assert.equal(m.scrollWidth, m.innerWidth, `the page scrolls sideways (${where})`)
              assert.deepEqual(m.root, { top: 0, left: 0, right: m.innerWidth, bottom: m.innerHeight }, `the chat fills the window edge to edge, no frame (${where})`)
              assert.ok(m.composerBottom > 0 && m.composerBottom <= m.innerHeight, `the composer is on the first screen (${where})`)
            })
          }
        } finally {
          await closePage(page)
        }
      })

      if (name === 'vue3') {
        it('the protocol and the simulator load in Node too (ESM and CommonJS)', async () => {
          const h = hosts[name]
          const esm = await run(process.execPath, ['--input-type=module', '-e', `
            const p = await import('kefu-kit/protocol')
            const s = await import('kefu-kit/simulator')
            const sim = s.createSimulator({ latency: 0 })
            const engine = p.createConversation({ transport: sim })
            const r = await engine.start()
            await sim.idle()
            console.log(JSON.stringify({ ok: r.ok, kinds: engine.getState().messages.map((m) => m.payload.kind) }))
            sim.dispose()
          `], { cwd: h.dir, timeout: 30_000 })
          const res = JSON.parse(esm.trim().split('\n').pop())
          assert.equal(res.ok, true)
          assert.deepEqual(res.kinds, ['text', 'welcome'], 'a conversation opens in Node: the welcome text and card')
          const cjs = await run(process.execPath, ['-e', `
            const p = require('kefu-kit/protocol')
            const s = require('kefu-kit/simulator')
            console.log(typeof p.decode, typeof s.createSimulator, p.decode('{"customerServicePlugin":0,"src":"15"}').kind)
          `], { cwd: h.dir, timeout: 30_000 })
          assert.equal(cjs.trim(), 'function function invalid')
        })
      }

      it('the whole conversation (numbers rating, queue 2 → 1), and the live region', async (t) => {
        const h = hosts[name]
        const page = await openPage(browser, { width: 600, height: 900 })
        try {
          await withShot(`host-${name}-conversation`, page, async () => {
            await page.goto(`${h.server.url}?rating=numbers`)
            await waitForChat(page)
            const version = await page.evaluate(() => window.__kefu.vue)
            t.diagnostic(`running on Vue ${version}`)
            if (name === 'vue2') assert.match(String(version), /^2\.7\./, 'the Vue 2.7 host runs Vue 2.7')
            assert.ok(await kitStylesLoaded(page), 'kefu-kit/style.css applies: the --kefu-* tokens are defined on .kefu-root')
            const recs = await runConversation({ page, input: 'pointer', backend: apiBackend(page, { queue: 'virtual' }), ratingType: 2, log: (s) => t.diagnostic(s) })
            await checkAnnouncements(page, recs)
            const violations = await runAxe(page, { include: ['.kefu-chat'] })
            assert.equal(violations.length, 0, `axe on the chat in the ${label} host:\n${formatViolations(violations)}`)
            assertNoPageProblems(page)
          })
        } finally {
          await closePage(page)
        }
      })

      it('keyboard only, dark theme, stars: the same conversation', async (t) => {
        const h = hosts[name]
        const page = await openPage(browser, { width: 600, height: 900, colorScheme: 'dark' })
        try {
          await withShot(`host-${name}-keyboard`, page, async () => {
            await page.goto(`${h.server.url}?theme=dark`)
            await waitForChat(page)
            assert.equal(await page.locator('.kefu-root').first().getAttribute('data-kefu-theme'), 'dark')
            await runConversation({ page, input: 'keyboard', backend: apiBackend(page, { queue: 'virtual' }), ratingType: 1, log: (s) => t.diagnostic(s) })
            const violations = await runAxe(page, { include: ['.kefu-chat'] })
            assert.equal(violations.length, 0, `axe on the dark chat in the ${label} host:\n${formatViolations(violations)}`)
            assertNoPageProblems(page)
          })
        } finally {
          await closePage(page)
        }
      })

      it('a malformed and an unknown message show placeholders, and the conversation goes on', async () => {
        const h = hosts[name]
        const page = await openPage(browser, { width: 600, height: 900 })
        try {
          await withShot(`host-${name}-malformed`, page, async () => {
            await page.goto(h.server.url)
            await waitForChat(page)
            await waitForReceived(page, { received: 0 }, (e, k) => k === 'welcome', 'the welcome card')
            await page.evaluate(() => {
              const now = Date.now()
              window.__kefu.inject({ type: 'message', message: { id: 'bad-json', time: now, from: 'service', body: { type: 'custom', data: '{"src":"15",' } } })
              window.__kefu.inject({ type: 'message', message: { id: 'unknown-src', time: now + 1, from: 'service', body: { type: 'custom', data: '{"customerServicePlugin":0,"src":"99"}' } } })
            })
            for (const id of ['bad-json', 'unknown-src']) {
              const row = await rowOf(page, id)
              assert.equal((await row.locator('.kefu-placeholder__text').innerText()).trim(), 'This message type is not supported')
            }
            const m = await mark(page)
            await sendFromComposer({ page, input: 'pointer' }, 'Hello')
            const hello = await waitForReceived(page, m, (e, k) => k === 'text', 'the bot\'s answer')
            assert.equal(hello.message.body.text, 'Hello! How can I help you?')
            await until(async () => (await page.locator(SEL.row(hello.message.id)).count()) === 1, { what: 'the answer to be drawn' })
            assertNoPageProblems(page)
          })
        } finally {
          await closePage(page)
        }
      })
    })
  }
})

/** The build log without Rolldown's `[PLUGIN_TIMINGS]` block (it ends at its "Learn more" link). */
function withoutTimingNote(log) {
  return log.replace(/\[PLUGIN_TIMINGS\][\s\S]*?Learn more at \S*bundlertimings\S*\s*/g, '')
}
