// Media fixtures built the way the engine builds them: a wire body through the engine's own
// `payloadOf`, so a hostile body in the gallery shows exactly what the list would show.
import type { ChatMessage } from '../../protocol/engine/types'
import { payloadOf } from '../../protocol/engine/incoming'
import { resolveTemplates } from '../../protocol/engine/notices'
import { fixtureMessage } from './fixture'

const templates = /* @__PURE__ */ resolveTemplates(undefined)

/** A service message whose payload is what the engine makes of `body` (override with `extra`). */
export function wireMediaMessage(id: string, body: unknown, extra: Partial<ChatMessage> = {}): ChatMessage {
  return fixtureMessage(id, payloadOf(body, extra.from ?? 'service', templates), extra)
}

/**
 * A local object URL as the customer's own upload carries it. In a browser (the gallery) it is a
 * real object URL of a small picture, so the page loads it like an upload; elsewhere (Node, jsdom)
 * a well-formed `blob:` string that loads nothing.
 */
export const FIXTURE_BLOB_URL: string = /* @__PURE__ */ fixtureBlobUrl()

function fixtureBlobUrl(): string {
  const fallback = 'blob:http://127.0.0.1:5173/00000000-0000-4000-8000-000000000000'
  try {
    if (typeof Blob !== 'function' || typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function' || typeof document === 'undefined') return fallback
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200" viewBox="0 0 320 200">'
      + '<rect width="320" height="200" fill="#dbeafe"/><circle cx="90" cy="80" r="28" fill="#93c5fd"/>'
      + '<path d="M0 200 L110 110 L180 170 L240 120 L320 190 L320 200 Z" fill="#3b82f6"/></svg>'
    return URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  } catch {
    return fallback
  }
}
