// What a file input accepts: shared by the attach button (main chunk) and the attachments' checks
// (attachmentsCore.ts, loaded on first use).
import type { MediaType } from '../../protocol/transport'

/** Whether a file matches an `accept` list (MIME types, `type/*` wildcards, `.ext` suffixes). Empty: anything. */
export function acceptMatches(accept: string | undefined, file: { name?: string; type?: string }): boolean {
  const list = (accept ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)
  if (list.length === 0) return true
  const mime = (file.type ?? '').toLowerCase()
  const name = (file.name ?? '').toLowerCase()
  return list.some((a) => (a.startsWith('.') ? name.endsWith(a) : a.endsWith('/*') ? mime.startsWith(a.slice(0, -1)) : mime === a))
}

/** The `accept` attribute for what the transport can send, when the host gave none. */
export function acceptFor(media: Partial<Record<MediaType, unknown>>): string | undefined {
  if (media.file) return undefined
  const parts = (['image', 'video', 'audio'] as const).filter((t) => media[t]).map((t) => `${t}/*`)
  return parts.length > 0 ? parts.join(',') : undefined
}
