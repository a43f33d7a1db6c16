// When a rating card stops accepting a rating. Shared by the engine (submitRating) and the card's
// renderer, both on the server's clock (see clock.ts).
import type { ChatMessage } from './types'

/**
 * Whether a rating card can no longer be submitted, on the server's clock. `expireTime` (unix
 * seconds) decides; a card without a usable one is valid `effectiveHour` hours from when it was
 * sent, as the protocol defines it; a card with neither has no expiry.
 */
export function ratingExpiresAt(message: ChatMessage): number | undefined {
  const p = message.payload
  if (p.kind !== 'rating') return undefined
  if (typeof p.expireTime === 'number' && Number.isFinite(p.expireTime)) return p.expireTime * 1000
  if (typeof p.effectiveHour === 'number' && Number.isFinite(p.effectiveHour) && p.effectiveHour > 0) {
    return message.time + p.effectiveHour * 3600_000
  }
  return undefined
}

export function ratingExpired(message: ChatMessage, serverNow: number): boolean {
  const at = ratingExpiresAt(message)
  return at !== undefined && serverNow > at
}
