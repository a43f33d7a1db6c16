// Turning a drawn message back into what a backend would have sent, so the gallery can feed its
// fixtures to a real conversation engine and link each one to the inspector.
import { encodePayload } from 'kefu-kit/protocol'
import type { ChatMessage, IncomingMessage, Payload, WireBody } from 'kefu-kit/protocol'

/** The wire body for a payload, or null when it has none (an `invalid` payload, a lost original). */
export function toWireBody(p: Payload): WireBody | null {
  switch (p.kind) {
    case 'text':
      return { type: 'text', text: p.text }
    case 'image':
      return { type: 'image', url: p.url, thumbUrl: p.thumbUrl, width: p.width, height: p.height }
    case 'notice':
      // the real backend sends these as plain text; the engine recognises them by template
      return { type: 'text', text: p.text }
    case 'unknown':
      return p.data ? { type: 'custom', data: safeStringify(p.data) } : null
    case 'invalid':
      return null
    case 'file': case 'video': case 'audio': case 'location': case 'face': case 'merger': {
      // media bodies travel as themselves, named by their kind
      const { kind, ...rest } = p
      return { type: kind, ...rest } as WireBody
    }
    default:
      try {
        return { type: 'custom', data: encodePayload(p) }
      } catch {
        return null
      }
  }
}

/** The `data` string of a custom message (for the inspector), or null for text / image / none. */
export function customData(p: Payload): string | null {
  const body = toWireBody(p)
  return body && body.type === 'custom' ? String(body.data) : null
}

/** The message as a transport would deliver it (from history, or live), or null when impossible. */
export function toIncoming(m: ChatMessage): IncomingMessage | null {
  if (m.revoked) return null
  if (m.from === 'customer' && m.status !== 'sent') return null
  const body = toWireBody(m.payload)
  if (!body) return null
  return {
    id: m.serverId || m.id,
    time: m.time,
    seq: m.seq,
    from: m.from,
    clientId: m.from === 'customer' ? m.clientId : undefined,
    senderName: m.senderName,
    avatar: m.avatar,
    body,
    // message-level metadata (the AI label, feedback): carried through as the transport would
    cloudCustomData: (m as { cloudCustomData?: IncomingMessage['cloudCustomData'] }).cloudCustomData,
  }
}

/** JSON.stringify that never throws (cycles, BigInt): the inspector shows whatever it can. */
export function safeStringify(value: unknown, indent?: number): string {
  try {
    const seen = new WeakSet<object>()
    return (
      JSON.stringify(
        value,
        (_key, v) => {
          if (typeof v === 'bigint') return `${v}n`
          if (typeof v === 'object' && v !== null) {
            if (seen.has(v)) return '[circular]'
            seen.add(v)
          }
          return v
        },
        indent,
      ) ?? String(value)
    )
  } catch (e) {
    return `/* cannot show: ${e instanceof Error ? e.message : String(e)} */`
  }
}

/** The parsed `data` of a custom outgoing message (pretty), or null for text. */
export function outgoingData(value: { body?: { type?: string; data?: unknown } }): string | null {
  const body = value && value.body
  if (!body || body.type !== 'custom') return null
  if (typeof body.data !== 'string') return safeStringify(body.data, 2)
  try {
    return safeStringify(JSON.parse(body.data), 2)
  } catch {
    return body.data
  }
}
