import type { GalleryFixture } from '../gallery'
import { wireMediaMessage } from '../_shared/mediaFixture'

// built in a pure IIFE so a bundle that does not use the gallery drops it (and the decoder calls)
export const locationFixtures: GalleryFixture[] = /* @__PURE__ */ (() => [
  {
    id: 'location-named',
    kind: 'location',
    title: 'Location with a name and an address',
    note: 'A link to OpenStreetMap built from the coordinates.',
    message: wireMediaMessage('location-named', { type: 'location', name: '腾讯滨海大厦', address: '广东省深圳市南山区海天二路33号', latitude: 22.522807, longitude: 113.935338 }),
  },
  {
    id: 'location-coordinates-only',
    kind: 'location',
    title: 'Location with coordinates only',
    message: wireMediaMessage('location-coordinates-only', { type: 'location', latitude: -33.8568, longitude: 151.2153 }),
  },
  {
    id: 'location-rtl',
    kind: 'location',
    title: 'Arabic name and address',
    message: wireMediaMessage('location-rtl', { type: 'location', name: 'برج خليفة', address: 'دبي، الإمارات العربية المتحدة', latitude: 25.1972, longitude: 55.2744 }),
  },
  {
    id: 'location-invalid',
    kind: 'invalid',
    title: 'Location out of range',
    note: 'A latitude of 123 is refused: a visible placeholder with the reason.',
    message: wireMediaMessage('location-invalid', { type: 'location', name: 'Nowhere', latitude: 123, longitude: 0 }),
  },
])()
