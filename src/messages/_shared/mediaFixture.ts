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

/** A local object URL as the customer's own upload carries it (fixtures only: it loads nothing). */
export const FIXTURE_BLOB_URL = 'blob:http://127.0.0.1:5173/00000000-0000-4000-8000-000000000000'
