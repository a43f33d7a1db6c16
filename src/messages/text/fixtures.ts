import type { GalleryFixture } from '../gallery'
import { fixtureMessage } from '../_shared/fixture'

const text = (t: string) => ({ kind: 'text' as const, text: t })

// built in a pure IIFE so a bundle that does not use the gallery drops it (and the decoder calls)
export const textFixtures: GalleryFixture[] = /* @__PURE__ */ (() => [
  {
    id: 'text-service',
    kind: 'text',
    title: 'Text from the service',
    message: fixtureMessage('text-service', text('您好，我是智能客服，请问有什么可以帮您？')),
  },
  {
    id: 'text-customer',
    kind: 'text',
    title: 'Text from the customer',
    message: fixtureMessage('text-customer', text('我想查询一下订单的物流'), { from: 'customer' }),
  },
  {
    id: 'text-multiline',
    kind: 'text',
    title: 'Line breaks are kept',
    message: fixtureMessage('text-multiline', text('退款流程：\n1. 打开订单详情\n2. 点击“申请退款”\n\n3. 等待审核（1–3 个工作日）')),
  },
  {
    id: 'text-links',
    kind: 'text',
    title: 'URLs become safe links',
    note: 'The https URL is a link (new tab, noopener); the javascript: one stays text; the Chinese comma is not part of the URL.',
    message: fixtureMessage('text-links', text('详见https://cloud.tencent.com/document/product/269，或者 (https://example.com/a_(b)). 不要点 javascript:alert(1)')),
  },
  {
    id: 'text-very-long',
    kind: 'text',
    title: 'Very long text and unbroken words wrap',
    message: fixtureMessage('text-very-long', text(
      '这是一段很长的文字。'.repeat(40) + '\n' + 'Supercalifragilisticexpialidocious'.repeat(8) + '\n' +
      'https://example.com/' + 'a'.repeat(300),
    )),
  },
  {
    id: 'text-sending',
    kind: 'text',
    title: 'Customer text still sending',
    note: 'Delivery status is drawn by the shell.',
    message: fixtureMessage('text-sending', text('请问可以开发票吗？'), { from: 'customer', status: 'sending', clientId: 'text-sending' }),
  },
  {
    id: 'text-failed',
    kind: 'text',
    title: 'Customer text that failed to send',
    note: 'Delivery status and retry are drawn by the shell.',
    message: fixtureMessage('text-failed', text('我的订单号是 20250115-0042'), {
      from: 'customer', status: 'failed', clientId: 'text-failed', error: { code: 'offline', message: 'Network is offline' },
    }),
  },
  {
    id: 'text-empty',
    kind: 'text',
    title: 'Empty text',
    message: fixtureMessage('text-empty', text('   ')),
  },
])()
