import type { GalleryFixture } from '../gallery'
import { fixtureMessage } from '../_shared/fixture'
import { FIXTURE_BLOB_URL, wireMediaMessage } from '../_shared/mediaFixture'

const DOC = 'https://example.com/files/invoice-2025-01.pdf'

// built in a pure IIFE so a bundle that does not use the gallery drops it (and the decoder calls)
export const fileFixtures: GalleryFixture[] = /* @__PURE__ */ (() => [
  {
    id: 'file-pdf',
    kind: 'file',
    title: 'PDF from the service',
    message: wireMediaMessage('file-pdf', { type: 'file', url: DOC, name: '发票-2025年1月.pdf', size: 245_760, mime: 'application/pdf' }),
  },
  {
    id: 'file-long-name',
    kind: 'file',
    title: 'File with a very long name',
    note: 'The name is cut with an ellipsis; the extension stays visible.',
    message: wireMediaMessage('file-long-name', {
      type: 'file', url: 'https://example.com/files/a.xlsx', name: 'quarterly-report-of-the-customer-service-department-final-version-3.xlsx', size: 3_407_872,
    }),
  },
  {
    id: 'file-rtl-name',
    kind: 'file',
    title: 'Arabic name with a right-to-left override',
    note: 'The override is removed; the name is isolated and the size does not move.',
    message: wireMediaMessage('file-rtl-name', { type: 'file', url: 'https://example.com/files/b.zip', name: 'فاتورة\u202Eexe.zip', size: 12 }),
  },
  {
    id: 'file-customer-upload',
    kind: 'file',
    title: 'The customer’s own upload (local blob: URL)',
    message: fixtureMessage('file-customer-upload', { kind: 'file', url: FIXTURE_BLOB_URL, name: 'screenshot-log.txt', size: 1800, mime: 'text/plain' }, {
      from: 'customer', upload: { progress: 1, name: 'screenshot-log.txt', size: 1800, mime: 'text/plain' },
    }),
  },
  {
    id: 'file-hostile-url',
    kind: 'file',
    title: 'File with a javascript: URL and no size',
    note: 'Refused: no download link, the card says so.',
    message: wireMediaMessage('file-hostile-url', { type: 'file', url: 'javascript:alert(1)', name: 'payload.html' }),
  },
  {
    id: 'file-invalid',
    kind: 'invalid',
    title: 'File body without a URL',
    note: 'A visible placeholder with the reason.',
    message: wireMediaMessage('file-invalid', { type: 'file', name: 'lost.pdf', size: -1 }),
  },
])()
