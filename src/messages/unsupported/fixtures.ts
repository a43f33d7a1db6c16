import type { GalleryFixture } from '../gallery'
import { fixtureMessage } from '../_shared/fixture'
import { edgePayload } from '../_shared/wireFixture'

// built in a pure IIFE so a bundle that does not use the gallery drops it (and the decoder calls)
export const unsupportedFixtures: GalleryFixture[] = /* @__PURE__ */ (() => [
  {
    id: 'unsupported-unknown-src',
    kind: 'unknown',
    title: 'Unknown src',
    note: 'A visible placeholder with the src.',
    message: fixtureMessage('unsupported-unknown-src', edgePayload('unknownSrc')),
  },
  {
    id: 'unsupported-invalid-payload',
    kind: 'invalid',
    title: 'Known src with the wrong shape',
    note: 'A visible placeholder with the src and the reason.',
    message: fixtureMessage('unsupported-invalid-payload', edgePayload('branchNoItems')),
  },
  {
    id: 'unsupported-bad-json',
    kind: 'invalid',
    title: 'Custom message that is not JSON',
    message: fixtureMessage('unsupported-bad-json', edgePayload('badJson')),
  },
  {
    id: 'revoked-service',
    kind: 'revoked',
    title: 'Message withdrawn by the agent',
    note: 'The shell draws RevokedMessage for any message with `revoked: true`.',
    message: fixtureMessage('revoked-service', { kind: 'text', text: '（已撤回的内容不会显示）' }, { revoked: true }),
  },
  {
    id: 'revoked-customer',
    kind: 'revoked',
    title: 'Message withdrawn by the customer',
    message: fixtureMessage('revoked-customer', { kind: 'text', text: '（已撤回的内容不会显示）' }, { from: 'customer', revoked: true }),
  },
])()
