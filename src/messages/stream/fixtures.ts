import type { GalleryFixture } from '../gallery'
import { fixtureMessage } from '../_shared/fixture'
import { edgePayload } from '../_shared/wireFixture'

// built in a pure IIFE so a bundle that does not use the gallery drops it (and the decoder calls)
export const streamFixtures: GalleryFixture[] = /* @__PURE__ */ (() => [
  {
    id: 'stream-partial',
    kind: 'stream',
    title: 'Streaming answer in progress',
    note: 'Blinking cursor, aria-busy.',
    message: fixtureMessage('stream-partial', edgePayload('streamPartial')),
  },
  {
    id: 'stream-markdown-partial',
    kind: 'stream',
    title: 'Streaming Markdown in progress',
    message: fixtureMessage('stream-markdown-partial', {
      kind: 'stream', src: '31', isFinished: false,
      chunks: ['智能客服可以：\n\n', '- 自动回答**常见问题**\n', '- 识别意图后转', '人工'],
    }),
  },
  {
    id: 'stream-finished',
    kind: 'stream',
    title: 'Streaming answer finished',
    message: fixtureMessage('stream-finished', edgePayload('streamFinished')),
  },
])()
