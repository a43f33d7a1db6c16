import type { GalleryFixture } from '../gallery'
import { wireMediaMessage } from '../_shared/mediaFixture'

const PIC = 'https://cloudcache.tencent-cloud.com/qcloud/portal/kit/images/presale.a4955999.jpeg'

// built in a pure IIFE so a bundle that does not use the gallery drops it (and the decoder calls)
export const faceFixtures: GalleryFixture[] = /* @__PURE__ */ (() => [
  {
    id: 'face-image',
    kind: 'face',
    title: 'Sticker with a picture',
    message: wireMediaMessage('face-image', { type: 'face', url: PIC, name: '点赞' }),
  },
  {
    id: 'face-named',
    kind: 'face',
    title: 'Sticker without a picture (name only)',
    note: 'A labelled placeholder.',
    message: wireMediaMessage('face-named', { type: 'face', name: '[微笑]', index: 0 }),
  },
  {
    id: 'face-index',
    kind: 'face',
    title: 'Sticker by its index only',
    message: wireMediaMessage('face-index', { type: 'face', index: 42 }),
  },
  {
    id: 'face-hostile-url',
    kind: 'face',
    title: 'Sticker with a data: URL',
    note: 'Refused: the labelled placeholder, nothing loaded.',
    message: wireMediaMessage('face-hostile-url', { type: 'face', url: 'data:image/svg+xml,<svg onload=alert(1)>', name: 'evil' }),
  },
  {
    id: 'face-invalid',
    kind: 'invalid',
    title: 'Sticker body with nothing in it',
    message: wireMediaMessage('face-invalid', { type: 'face', index: -1 }),
  },
])()
