import type { GalleryFixture } from '../gallery'
import { fixtureMessage } from '../_shared/fixture'
import { docPayload } from '../_shared/wireFixture'

// built in a pure IIFE so a bundle that does not use the gallery drops it (and the decoder calls)
export const dividerFixtures: GalleryFixture[] = /* @__PURE__ */ (() => [
  {
    id: 'divider-session-end',
    kind: 'sessionEnd',
    title: 'Session ended (src 19)',
    message: fixtureMessage('divider-session-end', docPayload('sessionEnd')),
  },
  {
    id: 'divider-session-timeout',
    kind: 'sessionTimeout',
    title: 'Session ended by the no-reply timeout (src 20)',
    message: fixtureMessage('divider-session-timeout', docPayload('sessionTimeout')),
  },
])()
