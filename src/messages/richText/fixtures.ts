import type { GalleryFixture } from '../gallery'
import { fixtureMessage } from '../_shared/fixture'
import { docPayload, edgePayload } from '../_shared/wireFixture'
import { xssVectors } from './xss-vectors'

// built in a pure IIFE so a bundle that does not use the gallery drops it (and the decoder calls)
export const richTextFixtures: GalleryFixture[] = /* @__PURE__ */ (() => [
  {
    id: 'richtext-doc-example',
    kind: 'richText',
    title: 'Rich text (documentation example)',
    note: 'The docs write `\\n` and `![] (` literally; they are drawn as text, as Markdown defines.',
    message: fixtureMessage('richtext-doc-example', docPayload('richText')),
  },
  {
    id: 'richtext-markdown',
    kind: 'richText',
    title: 'Rich text: heading, list, emphasis, link, image',
    message: fixtureMessage('richtext-markdown', edgePayload('richTextMarkdown')),
  },
  {
    id: 'richtext-blocks',
    kind: 'richText',
    title: 'Rich text: quote, code, table, rule, long URL',
    message: fixtureMessage('richtext-blocks', {
      kind: 'richText', src: '30',
      content: '> 温馨提示：以下操作需要管理员权限\n\n```\nnpm install kefu-kit\n```\n\n| 套餐 | 价格 | 并发 |\n|---|---:|:-:|\n| 基础版 | ¥0 | 1 |\n| 旗舰版 | ¥1000 | 50 |\n\n---\n\n完整说明：https://example.com/' + 'very-long-path/'.repeat(12),
    }),
  },
  {
    id: 'richtext-hostile',
    kind: 'richText',
    title: 'Hostile Markdown',
    note: 'Script, event handlers and javascript:/data: links in several encodings: all neutralised, link texts kept.',
    message: fixtureMessage('richtext-hostile', {
      kind: 'richText', src: '30',
      content: [
        (edgePayload('richTextHostile') as { content?: string }).content ?? '',
        ...xssVectors.filter((v) => v.id.startsWith('md-link') || v.id.startsWith('html-anchor')).map((v) => v.markdown),
      ].join('\n\n'),
    }),
  },
])()
