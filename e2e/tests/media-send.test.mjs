// The customer sends screenshots and files, in the playground against the simulator (uploads slowed
// down with `uploadRate`, so their progress can be watched):
// - a PNG through the attach button's real file chooser, one pasted from the clipboard, a PDF
//   dropped on the chat (the drop zone shows while dragging): each previewed, then sent with its
//   progress bar, drawn as the image / the file card, recorded in `window.__kefu.sent`;
// - an upload failed from the agent panel's fault control shows "Not sent", and Retry sends it
//   under the same client id;
// - Cancel stops an upload: the bubble goes, nothing reaches the backend;
// - a reload while an attachment waits (offline) sends it afterwards (its bytes are in IndexedDB);
// - screenshots of the preview row and an uploading bubble at 375 and 1280 px, light and dark,
//   with axe on the composer and the rows.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import { assertNoPageProblems, closePage, openPage, withShot, usePlayground } from '../lib/browser.mjs'
import { runAxe, formatViolations } from '../lib/axe.mjs'
import { panelBackend } from '../lib/backends.mjs'
import { SEL, until, waitForChat, waitForReceived } from '../lib/chat.mjs'
import { SCREENSHOTS, ensureDir } from '../lib/env.mjs'

/** A 240×150 PNG (a two-colour "screenshot"), made here with zlib. */
function makePng(width, height) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (buf) => {
    let c = 0xffffffff
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const c = Buffer.alloc(4)
    c.writeUInt32BE(crc(td))
    return Buffer.concat([len, td, c])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8
  ihdr[9] = 2
  const raw = Buffer.alloc((width * 3 + 1) * height)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = y * (width * 3 + 1) + 1 + x * 3
      const top = y < height * 0.3
      raw[o] = top ? 40 : 230
      raw[o + 1] = top ? 110 : 236
      raw[o + 2] = top ? 220 : 245
    }
  }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))])
}
const PNG_BASE = makePng(240, 150)
// padded after its end so the upload takes a while (browsers ignore what follows IEND)
const png = (bytes) => Buffer.concat([PNG_BASE, Buffer.alloc(Math.max(0, bytes - PNG_BASE.length))])
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')

const query = (extra = '') => `#/chat?locale=en&kb=kit&latency=50&uploadRate=40000${extra}`

/** Customer rows: [id, kind, status]. */
const customerRows = (page) =>
  page.locator('.kefu-row--customer').evaluateAll((els) => els.map((e) => [e.getAttribute('data-kefu-id'), e.getAttribute('data-kefu-kind'), e.getAttribute('data-kefu-status')]))

/** The media sends the page's transport was handed: [client id, type, name] per attempt. */
const mediaSends = (page) =>
  page.evaluate(() => window.__kefu.sent.filter((m) => m.body && m.body.file).map((m) => [m.clientId, m.body.type, m.body.name]))

async function attachWithChooser(page, files) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('.kefu-chat .kefu-composer__attach').click()])
  assert.ok(chooser.isMultiple(), 'the file input takes several files')
  await chooser.setFiles(files)
}

/** Pastes files into the message box, as a screenshot from the clipboard arrives. */
function paste(page, name, type, bytes) {
  return page.locator(SEL.composer).evaluate((el, { name, type, bytes }) => {
    const dt = new DataTransfer()
    dt.items.add(new File([new Uint8Array(bytes)], name, { type }))
    el.focus()
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }))
  }, { name, type, bytes: [...bytes] })
}

/** Drags files over the chat (the drop zone shows), then drops them. */
async function dragAndDrop(page, name, type, bytes) {
  const dt = await page.evaluateHandle(({ name, type, bytes }) => {
    const d = new DataTransfer()
    d.items.add(new File([new Uint8Array(bytes)], name, { type }))
    return d
  }, { name, type, bytes: [...bytes] })
  await page.locator('.kefu-chat').dispatchEvent('dragenter', { dataTransfer: dt })
  await page.locator('.kefu-chat').dispatchEvent('dragover', { dataTransfer: dt })
  const zone = page.locator('.kefu-chat .kefu-composer__dropzone')
  await zone.waitFor()
  assert.equal((await zone.innerText()).trim(), 'Drop files here to attach them')
  await page.locator('.kefu-chat .kefu-list').dispatchEvent('drop', { dataTransfer: dt })
  await zone.waitFor({ state: 'detached' })
}

async function sendAndWaitForRow(page, kind) {
  const before = (await customerRows(page)).length
  await page.locator(SEL.send).click()
  return until(async () => (await customerRows(page)).slice(before).find(([, k]) => k === kind), { what: `a new customer ${kind} row` })
}

describe('playground: sending attachments', () => {
  let browser
  let base
  usePlayground((ready) => ({ browser, base } = ready))

  const open = async (extra = '', o = {}) => {
    const page = await openPage(browser, o)
    await page.goto(`${base}${query(extra)}`)
    await waitForChat(page)
    await waitForReceived(page, { received: 0 }, (e, k) => e.type === 'message' && k === 'welcome', 'the welcome card')
    return page
  }

  it('a PNG from the file chooser, a pasted one and a dropped PDF: previewed, uploaded with progress, drawn, recorded', async (t) => {
    const page = await open()
    try {
      await withShot('media-send-three-ways', page, async () => {
        // 1. the file chooser
        await attachWithChooser(page, [{ name: 'screenshot.png', mimeType: 'image/png', buffer: png(120_000) }])
        const thumb = page.locator('.kefu-chat .kefu-composer__attachments img.kefu-composer__thumb')
        await thumb.waitFor()
        assert.equal(await thumb.getAttribute('alt'), 'screenshot.png')
        const [id] = await sendAndWaitForRow(page, 'image')
        const row = page.locator(SEL.row(id))
        const bar = row.locator('[role="progressbar"]')
        await bar.waitFor()
        const seen = new Set()
        await until(async () => {
          const v = await bar.getAttribute('aria-valuenow').catch(() => null)
          if (v !== null) seen.add(Number(v))
          return (await row.getAttribute('data-kefu-status')) === 'sent'
        }, { what: 'the image to upload and show as sent', timeout: 20_000 })
        t.diagnostic(`progress values seen: ${[...seen].sort((a, b) => a - b).join(', ')}`)
        assert.ok([...seen].some((v) => v > 0 && v < 100), 'the progress bar showed an intermediate value')
        assert.equal(await row.locator('[role="progressbar"]').count(), 0, 'no progress bar once sent')
        assert.ok(await row.locator('img').count() >= 1, 'the image is drawn in the list')
        assert.match(await row.locator('img').first().getAttribute('src'), /^blob:/, 'from its local copy')

        // 2. the clipboard
        await paste(page, 'image.png', 'image/png', png(2_000))
        await page.locator('.kefu-chat .kefu-composer__attachments img').waitFor()
        await page.locator(SEL.composer).press('Enter')
        const [pastedId] = await until(async () => {
          const rows = await customerRows(page)
          return rows.length === 2 && rows[1][2] === 'sent' ? rows[1] : undefined
        }, { what: 'the pasted image to be sent' })

        // 3. drag and drop
        await dragAndDrop(page, 'invoice.pdf', 'application/pdf', PDF)
        const chip = page.locator('.kefu-chat .kefu-composer__chip')
        assert.match(await chip.innerText(), /invoice\.pdf/)
        await page.locator(SEL.composer).fill('the invoice')
        await page.locator(SEL.send).click()
        const rows = await until(async () => {
          const r = await customerRows(page)
          return r.length === 4 && r.every(([, , s]) => s === 'sent') ? r : undefined
        }, { what: 'the text and the PDF to be sent' })
        assert.deepEqual(rows.map(([, k]) => k), ['image', 'image', 'text', 'file'], 'text first, then the file, in order')
        const card = page.locator(SEL.row(rows[3][0]))
        assert.match((await card.innerText()).replace(/\s+/g, ''), /invoice\.pdf/, 'the file card names the file')

        const sends = await mediaSends(page)
        assert.deepEqual(sends.map(([, type, name]) => [type, name]), [['image', 'screenshot.png'], ['image', sends[1][2]], ['file', 'invoice.pdf']])
        assert.match(sends[1][2], /^screenshot-\d{8}-\d{6}\.png$/, 'the pasted image got a name of its own')
        assert.equal(sends[1][0], pastedId)
        const recorded = await page.evaluate(() => window.__kefu.sent.find((m) => m.body.type === 'file').body)
        assert.deepEqual(recorded.file, { size: PDF.length, type: 'application/pdf' }, '__kefu.sent keeps what was sent, without the bytes')
        const stored = await page.evaluate(() => window.__kefu.simulator.messages.filter((m) => m.from === 'customer').map((m) => m.body.type))
        assert.deepEqual(stored, ['image', 'image', 'text', 'file'], 'the backend stored each once')
        assertNoPageProblems(page)
      })
    } finally {
      await closePage(page)
    }
  })

  it('an upload failed from the fault controls shows Not sent; Retry sends it under the same client id', async () => {
    const page = await open()
    try {
      await withShot('media-send-fail-retry', page, async () => {
        await page.getByTestId('fault-fail-upload').click()
        await attachWithChooser(page, [{ name: 'broken.png', mimeType: 'image/png', buffer: png(20_000) }])
        const [id] = await sendAndWaitForRow(page, 'image')
        const row = page.locator(SEL.row(id))
        await until(async () => (await row.getAttribute('data-kefu-status')) === 'failed', { what: 'the upload to fail' })
        assert.match(await row.innerText(), /Not sent/)
        await row.locator('.kefu-row__retry').click()
        await until(async () => (await row.getAttribute('data-kefu-status')) === 'sent', { what: 'the retried upload to be sent' })
        const sends = await mediaSends(page)
        assert.deepEqual(sends.map(([c]) => c), [id, id], 'two attempts, one client id')
        const stored = await page.evaluate((cid) => window.__kefu.simulator.messages.filter((m) => m.clientId === cid).length, id)
        assert.equal(stored, 1, 'stored once')
        assertNoPageProblems(page)
      })
    } finally {
      await closePage(page)
    }
  })

  it('Cancel stops an upload: the bubble goes and nothing reaches the backend', async () => {
    const page = await open()
    try {
      await withShot('media-send-cancel', page, async () => {
        await attachWithChooser(page, [{ name: 'large.png', mimeType: 'image/png', buffer: png(400_000) }])
        const [id] = await sendAndWaitForRow(page, 'image')
        const row = page.locator(SEL.row(id))
        const cancel = row.locator('.kefu-upload__cancel')
        await cancel.waitFor()
        assert.equal(await cancel.getAttribute('aria-label'), 'Cancel sending large.png')
        await cancel.click()
        await row.waitFor({ state: 'detached' })
        const stored = await page.evaluate((cid) => window.__kefu.simulator.messages.filter((m) => m.clientId === cid).length, id)
        assert.equal(stored, 0)
        // the composer goes on working
        await page.locator(SEL.composer).fill('never mind')
        await page.locator(SEL.send).click()
        await until(async () => (await customerRows(page)).some(([, k, s]) => k === 'text' && s === 'sent'), { what: 'a text after the cancel' })
        assertNoPageProblems(page)
      })
    } finally {
      await closePage(page)
    }
  })

  it('a reload while an attachment waits offline sends it afterwards, once, under its client id', async () => {
    const page = await open()
    try {
      await withShot('media-send-reload', page, async () => {
        await panelBackend(page).setOnline(false)
        await until(async () => (await page.locator(SEL.connection).getAttribute('data-kefu-connection')) === 'offline', { what: 'offline' })
        await attachWithChooser(page, [{ name: 'kept.png', mimeType: 'image/png', buffer: png(5_000) }])
        const [id] = await sendAndWaitForRow(page, 'image')
        assert.equal((await customerRows(page)).at(-1)[2], 'sending')
        await page.evaluate(() => window.__kefu.engine.flushStorage())
        await page.reload()
        await waitForChat(page)
        const row = page.locator(SEL.row(id))
        await until(async () => (await row.getAttribute('data-kefu-status').catch(() => null)) === 'sent', { what: 'the kept attachment to be sent after the reload' })
        const stored = await page.evaluate((cid) => window.__kefu.simulator.messages.filter((m) => m.clientId === cid).map((m) => m.body.type), id)
        assert.deepEqual(stored, ['image'], 'delivered once, as an image')
        assertNoPageProblems(page)
      })
    } finally {
      await closePage(page)
    }
  })

  for (const width of [375, 1280]) {
    for (const theme of ['light', 'dark']) {
      it(`screenshots and axe at ${width} px, ${theme}: the preview row and an uploading bubble`, async (t) => {
        const page = await open(`&theme=${theme}&uploadRate=2000`, { width, height: 800, colorScheme: theme })
        try {
          await withShot(`media-send-shot-${width}-${theme}`, page, async () => {
            ensureDir(SCREENSHOTS)
            await attachWithChooser(page, [
              { name: 'screenshot.png', mimeType: 'image/png', buffer: png(60_000) },
              { name: 'order-2024-invoice.pdf', mimeType: 'application/pdf', buffer: PDF },
            ])
            await page.locator('.kefu-chat .kefu-composer__attachments').waitFor()
            const chat = page.locator('.kefu-chat')
            const preview = join(SCREENSHOTS, `media-preview-${width}-${theme}.png`)
            await chat.screenshot({ path: preview })
            const before = formatViolations(await runAxe(page, { include: ['.kefu-chat .kefu-composer'] }))
            assert.equal(before, '', `axe on the composer with its preview row:\n${before}`)
            const [id] = await sendAndWaitForRow(page, 'image')
            const bar = page.locator(`${SEL.row(id)} [role="progressbar"]`)
            await until(async () => Number(await bar.getAttribute('aria-valuenow')) > 0, { what: 'the upload to be under way' })
            const uploading = join(SCREENSHOTS, `media-uploading-${width}-${theme}.png`)
            await chat.screenshot({ path: uploading })
            const during = formatViolations(await runAxe(page, { include: ['.kefu-chat .kefu-list'] }))
            assert.equal(during, '', `axe on the list with an uploading bubble:\n${during}`)
            t.diagnostic(`screenshots ${preview}, ${uploading}`)
          })
        } finally {
          await closePage(page)
        }
      })
    }
  }
})
