import type { GalleryFixture } from '../gallery'
import { fixtureMessage } from '../_shared/fixture'
import { FIXTURE_BLOB_URL, wireMediaMessage } from '../_shared/mediaFixture'

const POSTER = 'https://cloudcache.tencent-cloud.com/qcloud/portal/kit/images/presale.a4955999.jpeg'

// built in a pure IIFE so a bundle that does not use the gallery drops it (and the decoder calls)
export const videoFixtures: GalleryFixture[] = /* @__PURE__ */ (() => [
  {
    id: 'video-poster',
    kind: 'video',
    title: 'Video with a poster and a duration',
    note: 'Native controls, no autoplay, only metadata is fetched.',
    message: wireMediaMessage('video-poster', { type: 'video', url: 'https://example.com/media/how-to-return.mp4', posterUrl: POSTER, duration: 83, width: 640, height: 360 }),
  },
  {
    id: 'video-portrait',
    kind: 'video',
    title: 'Portrait video without a poster',
    note: 'The box is reserved from its size.',
    message: wireMediaMessage('video-portrait', { type: 'video', url: 'https://example.com/media/unboxing.mp4', width: 360, height: 640 }),
  },
  {
    id: 'video-customer-upload',
    kind: 'video',
    title: 'The customer’s own upload (local blob: URL)',
    message: fixtureMessage('video-customer-upload', { kind: 'video', url: FIXTURE_BLOB_URL, duration: 5, mime: 'video/mp4' }, {
      from: 'customer', upload: { progress: 1, name: 'clip.mp4', size: 204_800, mime: 'video/mp4' },
    }),
  },
  {
    id: 'video-hostile-url',
    kind: 'video',
    title: 'Video with a javascript: URL',
    note: 'Refused: a visible fallback, no player.',
    message: wireMediaMessage('video-hostile-url', { type: 'video', url: 'javascript:alert(1)', posterUrl: 'data:image/svg+xml,<svg onload=alert(1)>', duration: Infinity }),
  },
  {
    id: 'video-invalid',
    kind: 'invalid',
    title: 'Video body without a URL',
    message: wireMediaMessage('video-invalid', { type: 'video', posterUrl: POSTER }),
  },
])()
