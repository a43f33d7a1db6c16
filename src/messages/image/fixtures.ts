import type { GalleryFixture } from '../gallery'
import { fixtureMessage } from '../_shared/fixture'

const PIC = 'https://cloudcache.tencent-cloud.com/qcloud/portal/kit/images/presale.a4955999.jpeg'

// built in a pure IIFE so a bundle that does not use the gallery drops it (and the decoder calls)
export const imageFixtures: GalleryFixture[] = /* @__PURE__ */ (() => [
  {
    id: 'image-service',
    kind: 'image',
    title: 'Image from the service',
    message: fixtureMessage('image-service', { kind: 'image', url: PIC, width: 600, height: 400 }),
  },
  {
    id: 'image-customer-thumb',
    kind: 'image',
    title: 'Customer image with a thumbnail and alt text',
    message: fixtureMessage('image-customer-thumb', { kind: 'image', url: PIC, thumbUrl: PIC, width: 1200, height: 800, alt: '商品破损处的照片' }, { from: 'customer' }),
  },
  {
    id: 'image-broken',
    kind: 'image',
    title: 'Image that fails to load',
    note: 'A visible fallback replaces the broken picture.',
    message: fixtureMessage('image-broken', { kind: 'image', url: 'https://invalid.example/broken.png' }),
  },
  {
    id: 'image-hostile-url',
    kind: 'image',
    title: 'Image with a javascript: URL',
    note: 'Refused: fallback shown, nothing is clickable.',
    message: fixtureMessage('image-hostile-url', { kind: 'image', url: 'javascript:alert(1)', thumbUrl: 'data:image/svg+xml,<svg onload=alert(1)>' }),
  },
])()
