import type { GalleryFixture } from '../gallery'
import { fixtureMessage } from '../_shared/fixture'

const text = (t: string) => ({ kind: 'text' as const, text: t })
/** message-level metadata of a bot answer the AI wrote (the AI label, thumbs up / down) */
const ai = (messageType: 'aiReply' | 'faq' | 'fallback') => ({
  cloudCustomData: { raw: JSON.stringify({ role: 'robot', messageType }), data: { role: 'robot', messageType } },
})
const AI_ANSWER = '可以的。在订单详情页点击“申请发票”，填写抬头和税号后提交，电子发票会在 1–3 个工作日内发到您的邮箱。'

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
    id: 'text-ai-answer',
    kind: 'text',
    title: 'An answer the AI wrote (AI label, thumbs up / down)',
    note: 'Metadata role "robot", messageType "aiReply". Thumbs down opens the reasons dialog.',
    message: fixtureMessage('text-ai-answer', text(AI_ANSWER), ai('aiReply')),
  },
  {
    id: 'text-ai-answer-helpful',
    kind: 'text',
    title: 'AI answer marked helpful',
    note: 'The choice stays visible; feedback goes once per answer.',
    message: fixtureMessage('text-ai-answer-helpful', text('Yes. Set theme="dark" or follow the system setting.'), ai('faq')),
    feedback: { helpful: true, status: 'sent' },
  },
  {
    id: 'text-ai-answer-not-helpful',
    kind: 'text',
    title: 'AI answer marked not helpful',
    message: fixtureMessage('text-ai-answer-not-helpful', text('抱歉，我没有理解您的问题，您可以换个说法试试。'), ai('fallback')),
    feedback: { helpful: false, status: 'sent' },
  },
  {
    id: 'text-ai-answer-feedback-failed',
    kind: 'text',
    title: 'AI answer whose feedback failed to send',
    note: 'Retry it like any other message.',
    message: fixtureMessage('text-ai-answer-feedback-failed', text(AI_ANSWER), ai('aiReply')),
    feedback: { helpful: false, status: 'failed' },
  },
  {
    id: 'text-empty',
    kind: 'text',
    title: 'Empty text',
    message: fixtureMessage('text-empty', text('   ')),
  },
])()
