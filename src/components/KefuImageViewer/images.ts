// The conversation's pictures, in order, as the viewer walks them: every image message that is
// not withdrawn and whose full (or thumbnail) URL passes the URL rule.
import type { ChatMessage } from '../../protocol/engine/types'
import { isLocalUpload, safeMediaUrl } from '../../messages/_shared/url'
import type { ViewerImage } from './KefuImageViewer'

/** The viewer's list for `messages`; `alt` is the payload's alt text or `fallbackAlt`. */
export function viewerImagesOf(messages: readonly ChatMessage[], fallbackAlt: string): ViewerImage[] {
  const out: ViewerImage[] = []
  for (const m of messages) {
    const p = m && m.payload
    if (!p || p.kind !== 'image' || m.revoked) continue
    const src = safeMediaUrl(p.url, m) || safeMediaUrl(p.thumbUrl, m)
    if (!src) continue
    const alt = typeof p.alt === 'string' && p.alt.trim() ? p.alt.trim() : fallbackAlt
    const image: ViewerImage = { id: m.id, src, alt, local: isLocalUpload(m) }
    if (typeof p.width === 'number') image.width = p.width
    if (typeof p.height === 'number') image.height = p.height
    out.push(image)
  }
  return out
}
