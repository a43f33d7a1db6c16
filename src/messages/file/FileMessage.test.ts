import { describe, expect, it } from 'vitest'
import { FileMessage } from './FileMessage'
import { fileKind } from './index'
import { fixtureMessage } from '../_shared/fixture'
import { makeContext, mountRenderer, unmount } from '../../testing/renderers'
import { vueLabel } from '../../testing/mount'
import { loadLocale, translate } from '../../i18n'
import type { ChatMessage } from '../../protocol/engine/types'
import type { FilePayload } from '../../protocol/types'

const file = (p: Partial<FilePayload>, extra: Partial<ChatMessage> = {}) =>
  fixtureMessage('f1', { kind: 'file', url: 'https://example.com/a.pdf', name: 'invoice.pdf', ...p }, extra)

describe(`given a file message (${vueLabel})`, () => {
  it('draws the type, the name, the size in the locale and a labelled download link', () => {
    const w = mountRenderer(FileMessage, file({ size: 1536, mime: 'application/pdf' }))
    expect(w.find('.kefu-file').classes()).toContain('kefu-file--pdf')
    expect(w.find('.kefu-file__type').text()).toBe('PDF')
    expect(w.find('.kefu-file__name').attributes('dir')).toBe('auto')
    expect(w.find('.kefu-file__stem').text()).toBe('invoice')
    expect(w.find('.kefu-file__ext').text()).toBe('.pdf')
    expect(w.find('.kefu-file__size').text()).toBe('1.5 kB')
    const a = w.find('a.kefu-file__download')
    expect(a.attributes('href')).toBe('https://example.com/a.pdf')
    expect(a.attributes('download')).toBe('invoice.pdf')
    expect(a.attributes('rel')).toBe('noopener noreferrer')
    expect(a.attributes('aria-label')).toBe('Download invoice.pdf')
    unmount(w)
  })

  it('writes the size in the locale’s digits and units', async () => {
    await loadLocale('de')
    const w = mountRenderer(FileMessage, file({ size: 1536 }), makeContext({ locale: 'de', t: (k, p) => translate('de', k, p) }))
    expect(w.find('.kefu-file__size').text()).toBe('1,5 kB')
    expect(w.find('a').attributes('aria-label')).toBe('invoice.pdf herunterladen')
    unmount(w)
  })

  it('removes direction overrides from the name', () => {
    const w = mountRenderer(FileMessage, file({ name: 'a\u202Egpj.exe' }))
    expect(w.find('.kefu-file__name').text()).toBe('agpj.exe')
    expect(w.find('.kefu-file__ext').text()).toBe('.exe')
    unmount(w)
  })

  it('refuses a javascript: URL: no link, and says the download is unavailable', () => {
    const w = mountRenderer(FileMessage, file({ url: 'javascript:alert(1)' }))
    expect(w.find('a').exists()).toBe(false)
    expect(w.find('.kefu-file__unavailable').text()).toBe('Download unavailable')
    unmount(w)
  })

  it('accepts a blob: URL only for the customer’s own upload', () => {
    const blob = 'blob:http://localhost/1234'
    const own = mountRenderer(FileMessage, file({ url: blob }, { from: 'customer', upload: { progress: 0.5, name: 'a', size: 1, mime: '' } }))
    expect(own.find('a').attributes('href')).toBe(blob)
    unmount(own)
    const wire = mountRenderer(FileMessage, file({ url: blob }, { from: 'customer' }))
    expect(wire.find('a').exists()).toBe(false)
    unmount(wire)
    const service = mountRenderer(FileMessage, file({ url: blob }, { upload: { progress: 1, name: 'a', size: 1, mime: '' } }))
    expect(service.find('a').exists()).toBe(false)
    unmount(service)
  })

  it('names a file without a name, and picks its type from the MIME type', () => {
    const w = mountRenderer(FileMessage, file({ name: '', mime: 'application/zip' }))
    expect(w.find('.kefu-file__name').text()).toBe('File')
    expect(w.find('.kefu-file').classes()).toContain('kefu-file--archive')
    expect(w.find('.kefu-file__size').exists()).toBe(false)
    unmount(w)
  })

  it('summarises as [File] and the name', () => {
    expect(fileKind.summary!(file({}), { t: (k, p) => translate('en', k, p) })).toBe('[File] invoice.pdf')
  })
})
