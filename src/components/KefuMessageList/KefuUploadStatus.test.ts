// The upload status in the row: a labelled progress bar and Cancel while uploading, "choose the
// file again" (a real file input) on an attachment whose bytes were lost across a reload, and the
// ordinary Retry on a failed one that still has them.
import { beforeAll, describe, expect, it } from 'vitest'
import { TextMessage } from '../../messages/text/TextMessage'
import type { ChatMessage } from '../../protocol/engine/types'
import { makeContext } from '../../testing/renderers'
import { mountCompat, vueLabel } from '../../testing/mount'
import { KefuMessageRow, rowLazyParts } from './KefuMessageRow'

const upload = (over: Partial<ChatMessage> = {}, lost = false): ChatMessage => ({
  id: 'c1',
  clientId: 'c1',
  from: 'customer',
  time: Date.UTC(2025, 0, 15),
  status: 'sending',
  payload: { kind: 'file', url: 'blob:x', name: 'invoice.pdf', size: 2048, mime: 'application/pdf' },
  upload: { progress: 0.42, name: 'invoice.pdf', size: 2048, mime: 'application/pdf', ...(lost ? { lost: true } : {}) },
  ...over,
})

function mountRow(m: ChatMessage, context = makeContext()) {
  const host = document.createElement('div')
  document.body.appendChild(host)
  return { w: mountCompat(KefuMessageRow, { props: { message: m, renderer: TextMessage, defaultRenderer: TextMessage, context, groupStart: true }, attachTo: host }), context }
}

describe(`the upload status on ${vueLabel}`, () => {
  // its code loads with the first row that needs it (KefuMessageRow.lazy.test.ts covers that)
  beforeAll(async () => { await rowLazyParts.uploadStatus.load() })

  it('shows a labelled progress bar and a Cancel button that calls cancelUpload', async () => {
    const { w, context } = mountRow(upload())
    const bar = w.find('[role="progressbar"]')
    expect(bar.attributes('aria-valuenow')).toBe('42')
    expect(bar.attributes('aria-label')).toBe('Uploading 42%')
    expect(w.find('.kefu-row__spinner').exists()).toBe(false)
    const cancel = w.find('.kefu-upload__cancel')
    expect(cancel.attributes('aria-label')).toBe('Cancel sending invoice.pdf')
    await cancel.trigger('click')
    expect(context.actions.cancelUpload).toHaveBeenCalledWith('c1')
  })

  it('a lost attachment says its name and size and offers a file input to choose it again', async () => {
    const { w, context } = mountRow(upload({ status: 'failed', error: { code: 'lost', message: '' } }, true))
    expect(w.find('[data-kefu-upload="lost"]').text()).toContain('invoice.pdf (2 kB) was not kept after the page reloaded.')
    expect(w.find('.kefu-upload__choose').attributes('aria-label')).toBe('Choose invoice.pdf again')
    expect(w.find('.kefu-row__retry:not(.kefu-upload__choose)').exists()).toBe(false)
    const input = w.find('input[type="file"]')
    expect(input.attributes('accept')).toBe('application/pdf')
    const file = new File([new Uint8Array(2048)], 'invoice.pdf', { type: 'application/pdf' })
    Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
    await input.trigger('change')
    expect(context.actions.retryUpload).toHaveBeenCalledWith('c1', file)
  })

  it('a failed upload that still has its bytes gets the ordinary Retry; a sent one shows nothing', async () => {
    const { w, context } = mountRow(upload({ status: 'failed', error: { code: 'unknown', message: 'x' } }))
    expect(w.find('[role="progressbar"]').exists()).toBe(false)
    await w.find('.kefu-row__retry').trigger('click')
    expect(context.actions.retry).toHaveBeenCalledWith('c1')
    const sent = mountRow(upload({ status: 'sent', upload: { progress: 1, name: 'a', size: 1, mime: '' } })).w
    expect(sent.find('.kefu-row__status').exists()).toBe(false)
  })
})
