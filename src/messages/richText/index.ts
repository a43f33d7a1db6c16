// The `richText` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { payloadOf, str } from '../_shared/context'
import { markdownToPlainText } from '../_shared/plainText'
import { RichTextMessage } from './RichTextMessage'

export { RichTextMessage } from './RichTextMessage'
export { renderMarkdown, loadMarkdown, markdownReady, MARKDOWN_ALLOWED_TAGS, type RenderMarkdownOptions } from './markdown'

/** 'richText': drawn by RichTextMessage as a bubble. */
export const richTextKind = defineMessageKind({
  kinds: ['richText'],
  component: RichTextMessage,
  layout: 'bubble',
  summary: (m, { t }) => markdownToPlainText(str(payloadOf(m, 'richText')?.content), t('messages.summary.image')),
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.richTextFixtures),
})
