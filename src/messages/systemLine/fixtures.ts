import type { GalleryFixture } from '../gallery'
import { fixtureMessage } from '../_shared/fixture'

export const systemLineFixtures: GalleryFixture[] = /* @__PURE__ */ (() => [
  {
    id: 'system-concurrency-limit',
    kind: 'concurrencyLimit',
    title: 'Concurrency limit (src 36)',
    note: 'A fixed localized line; the payload is ignored.',
    message: fixtureMessage('system-concurrency-limit', { kind: 'concurrencyLimit', src: '36' }),
  },
  {
    id: 'system-timeout-warning',
    kind: 'timeoutWarning',
    title: 'Timeout warning (src 37)',
    message: fixtureMessage('system-timeout-warning', {
      kind: 'timeoutWarning', src: '37', content: 'No reply for 3 minutes. This conversation will close in 2 minutes.',
    }),
  },
  {
    id: 'system-timeout-warning-empty',
    kind: 'timeoutWarning',
    title: 'Timeout warning without text',
    note: 'Falls back to a localized sentence.',
    message: fixtureMessage('system-timeout-warning-empty', { kind: 'timeoutWarning', src: '37', content: '' }),
  },
])()
