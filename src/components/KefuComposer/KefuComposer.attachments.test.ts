// The composer's attachments on every Vue runtime: the attach button and its real file input,
// the preview row (thumbnails, chips, remove), limits with messages, paste, drag and drop with a
// drop zone, Send with text and files in order, and nothing lost on a refused send.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defineComponent } from 'vue-demi'
import { vueLabel } from '../../testing/mount'
import { hc } from '../../vue/compat'
import { all, host, keydown, mountCompat, realEngine, settle, type, unmount } from '../../testing/shell'
import type { FakeTransportOptions } from '../../testing/fakeTransport'
import { KefuProvider } from '../KefuProvider/KefuProvider'
import { KefuComposer } from './KefuComposer'
import { acceptMatches, loadAttachments } from './attachments'

const MEDIA = { image: { maxBytes: 1000 }, file: { maxBytes: 5000 } }
const png = (size = 100, name = 'shot.png') => new File([new Uint8Array(size)], name, { type: 'image/png' })
const pdf = (size = 200, name = 'invoice.pdf') => new File([new Uint8Array(size)], name, { type: 'application/pdf' })

// jsdom has no object URLs; the thumbnails need one
const U = URL as unknown as { createObjectURL?: (b: Blob) => string; revokeObjectURL?: (u: string) => void }
const had = { create: U.createObjectURL, revoke: U.revokeObjectURL }
let urls = 0
// the attachments' code loads on first use (KefuComposer.attachments.lazy.test.ts covers that); here it is there
beforeAll(() => loadAttachments())
beforeAll(() => {
  U.createObjectURL = () => `blob:test/${++urls}`
  U.revokeObjectURL = () => {}
})
afterAll(() => {
  U.createObjectURL = had.create
  U.revokeObjectURL = had.revoke
})

function mountComposer(transport: FakeTransportOptions = { media: MEDIA }, attachments?: unknown) {
  const harness = realEngine({ history: false, ...transport })
  const Host = defineComponent({
    setup() {
      return () => hc(KefuProvider, {
        props: { transport: harness.transport, locale: 'en' },
        slots: { default: () => hc(KefuComposer, { props: { attachments } }) },
      })
    },
  })
  const w = mountCompat(Host, { attachTo: host() })
  const textarea = () => w.find('textarea').element as HTMLTextAreaElement
  return { ...harness, w, textarea }
}

async function choose(w: any, files: File[]): Promise<void> {
  const input = w.find('input[type="file"]')
  Object.defineProperty(input.element, 'files', { value: files, configurable: true })
  await input.trigger('change')
  await settle()
}

/** what went out, in order: texts, and media as type:name */
const outgoing = (t: ReturnType<typeof realEngine>['transport']) =>
  t.sent.flatMap((m) => (m.body.type === 'text' ? [m.body.text] : m.body.type === 'custom' ? [] : [`${m.body.type}:${m.body.name}`]))

describe(`KefuComposer attachments on ${vueLabel}`, () => {
  it('has no attach button when the transport cannot send media, or when turned off', async () => {
    const none = mountComposer({})
    await settle()
    expect(none.w.find('.kefu-composer__attach').exists()).toBe(false)
    expect(none.w.find('input[type="file"]').exists()).toBe(false)
    unmount(none.w)
    const off = mountComposer({ media: MEDIA }, false)
    await settle()
    expect(off.w.find('.kefu-composer__attach').exists()).toBe(false)
    unmount(off.w)
  })

  it('is a labelled button over a real multiple file input with the accept list', async () => {
    const { w } = mountComposer({ media: MEDIA }, { accept: 'image/*,.pdf' })
    await settle()
    expect(w.find('.kefu-composer__attach').attributes('aria-label')).toBe('Attach files')
    const input = w.find('input[type="file"]')
    expect(input.attributes('multiple')).toBeDefined()
    expect(input.attributes('accept')).toBe('image/*,.pdf')
    unmount(w)
  })

  it('previews the chosen files (thumbnail, file chip), removes one, and sends text then files in order', async () => {
    const { w, transport, textarea } = mountComposer()
    await settle()
    await choose(w, [png(100, 'a.png'), pdf(200, 'b.pdf'), png(50, 'c.png')])
    const row = w.find('.kefu-composer__attachments')
    expect(row.attributes('aria-label')).toBe('Files to send')
    expect(all(w, '.kefu-composer__attachment')).toHaveLength(3)
    expect(w.find('img.kefu-composer__thumb').attributes('alt')).toBe('a.png')
    expect(w.find('.kefu-composer__chip').text()).toContain('b.pdf')
    // the send button works with files alone
    expect(w.find('.kefu-composer__send').attributes('disabled')).toBeUndefined()
    await w.find('[aria-label="Remove c.png"]').trigger('click')
    await settle()
    expect(all(w, '.kefu-composer__attachment')).toHaveLength(2)
    await type(textarea(), 'here they are')
    await w.find('.kefu-composer__send').trigger('click')
    await settle()
    expect(outgoing(transport)).toEqual(['here they are', 'image:a.png', 'file:b.pdf'])
    expect(w.find('.kefu-composer__attachments').exists()).toBe(false)
    expect(textarea().value).toBe('')
    unmount(w)
  })

  it('refuses files over the limits with a message naming them, and keeps the others', async () => {
    const { w } = mountComposer({ media: MEDIA }, { maxCount: 2, accept: 'image/*,.pdf' })
    await settle()
    await choose(w, [png(2000, 'huge.png'), new File(['x'], 'notes.txt', { type: 'text/plain' }), png(10, 'ok.png')])
    const alert = w.find('[role="alert"]')
    expect(alert.text()).toContain('“huge.png” is too large (at most 1,000 byte')
    expect(alert.text()).toContain('“notes.txt” can’t be sent here.')
    expect(all(w, '.kefu-composer__attachment')).toHaveLength(1)
    await choose(w, [png(10, 'two.png'), png(10, 'three.png')])
    expect(all(w, '.kefu-composer__attachment')).toHaveLength(2)
    expect(w.find('[role="alert"]').text()).toContain('at most 2 files')
    unmount(w)
  })

  it('takes an image pasted from the clipboard, and Enter sends it', async () => {
    const { w, transport, textarea } = mountComposer()
    await settle()
    const image = png(30, 'image.png')
    const paste = new Event('paste', { bubbles: true, cancelable: true })
    Object.defineProperty(paste, 'clipboardData', {
      value: { items: [{ kind: 'file', type: 'image/png', getAsFile: () => image }], files: [image], getData: () => '' },
    })
    textarea().dispatchEvent(paste)
    await settle()
    expect(paste.defaultPrevented).toBe(true)
    expect(all(w, '.kefu-composer__attachment')).toHaveLength(1)
    // a pasted screenshot gets a name of its own
    expect(w.find('img.kefu-composer__thumb').attributes('alt')).toMatch(/^screenshot-\d{8}-\d{6}\.png$/)
    // an Enter that commits an IME candidate still never sends
    await keydown(textarea(), { key: 'Enter', keyCode: 229 })
    await settle()
    expect(transport.sent.filter((m) => m.body.type === 'image')).toHaveLength(0)
    await keydown(textarea(), { key: 'Enter', keyCode: 13 })
    await settle()
    expect(transport.sent.filter((m) => m.body.type === 'image')).toHaveLength(1)
    unmount(w)
  })

  it('shows a drop zone while files are dragged over, and adds the dropped ones', async () => {
    const { w } = mountComposer()
    await settle()
    const target = w.find('.kefu-composer').element as HTMLElement
    const drag = (type: string, files: File[] = []) => {
      const e = new Event(type, { bubbles: true, cancelable: true })
      Object.defineProperty(e, 'dataTransfer', { value: { types: ['Files'], files, dropEffect: 'none' } })
      target.dispatchEvent(e)
      return e
    }
    expect(drag('dragenter').defaultPrevented).toBe(true)
    await settle()
    expect(w.find('.kefu-composer__dropzone').text()).toBe('Drop files here to attach them')
    drag('drop', [pdf(100, 'dropped.pdf')])
    await settle()
    expect(w.find('.kefu-composer__dropzone').exists()).toBe(false)
    expect(w.find('.kefu-composer__chip').text()).toContain('dropped.pdf')
    unmount(w)
  })

  it('keeps a file the engine refuses at send time in the row, with the reason', async () => {
    const { w, transport } = mountComposer()
    await settle()
    await choose(w, [png(100, 'a.png')])
    // the transport's limit shrank meanwhile: sendMedia refuses (tooLarge)
    transport.capabilities = { media: { image: { maxBytes: 10 }, file: { maxBytes: 5000 } } }
    await w.find('.kefu-composer__send').trigger('click')
    await settle()
    expect(all(w, '.kefu-composer__attachment')).toHaveLength(1)
    expect(w.find('[role="alert"]').text()).toBe('“a.png” wasn’t sent: That file is too large to send.')
    expect(transport.sent.filter((m) => m.body.type === 'image')).toHaveLength(0)
    unmount(w)
  })
})

describe('acceptMatches', () => {
  it('matches MIME types, wildcards and extensions; empty accepts anything', () => {
    expect(acceptMatches('image/*,.pdf', { name: 'a.PDF', type: '' })).toBe(true)
    expect(acceptMatches('image/*,.pdf', { name: 'a.png', type: 'image/png' })).toBe(true)
    expect(acceptMatches('image/png', { name: 'a.jpg', type: 'image/jpeg' })).toBe(false)
    expect(acceptMatches('', { name: 'x', type: '' })).toBe(true)
  })
})
