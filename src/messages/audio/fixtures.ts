import type { GalleryFixture } from '../gallery'
import { fixtureMessage } from '../_shared/fixture'
import { FIXTURE_BLOB_URL, wireMediaMessage } from '../_shared/mediaFixture'

// built in a pure IIFE so a bundle that does not use the gallery drops it (and the decoder calls)
export const audioFixtures: GalleryFixture[] = /* @__PURE__ */ (() => [
  {
    id: 'audio-voice',
    kind: 'audio',
    title: 'Voice message from the service',
    note: 'Play/pause button, duration, progress; one plays at a time.',
    message: wireMediaMessage('audio-voice', { type: 'audio', url: 'https://example.com/media/voice-0012.m4a', duration: 12, mime: 'audio/mp4' }),
  },
  {
    id: 'audio-no-duration',
    kind: 'audio',
    title: 'Audio without a known duration',
    message: wireMediaMessage('audio-no-duration', { type: 'audio', url: 'https://example.com/media/hold-music.mp3', duration: -3 }),
  },
  {
    id: 'audio-customer-upload',
    kind: 'audio',
    title: 'The customer’s own upload (local blob: URL)',
    message: fixtureMessage('audio-customer-upload', { kind: 'audio', url: FIXTURE_BLOB_URL, duration: 4, mime: 'audio/webm' }, {
      from: 'customer', upload: { progress: 1, name: 'voice.webm', size: 9000, mime: 'audio/webm' },
    }),
  },
  {
    id: 'audio-hostile-url',
    kind: 'audio',
    title: 'Audio with a blob: URL from the wire',
    note: 'Refused: only the customer’s own upload may use a local URL.',
    message: wireMediaMessage('audio-hostile-url', { type: 'audio', url: 'blob:https://evil.example/1234', duration: 3 }),
  },
  {
    id: 'audio-invalid',
    kind: 'invalid',
    title: 'Audio body without a URL',
    message: wireMediaMessage('audio-invalid', { type: 'audio', duration: 3 }),
  },
])()
