// A short plain-text description of any message, for the shell's screen-reader live region
// ("New message from the agent: …"), the unread preview and notifications. Never HTML.
import type { ChatMessage } from '../protocol/engine/types'
import type { RenderContext } from './types'
import { arr, str } from './_shared/context'

/** Longest summary; a live region that reads a whole essay is worse than none. */
export const SUMMARY_MAX_LENGTH = 120

/**
 * Control characters, bidi overrides/isolates and zero-width characters: in a one-line preview an
 * unbalanced right-to-left override would reverse the text around it (a spoofing trick).
 */
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g

function collapse(s: string): string {
  return s.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim()
}

function truncate(s: string, max = SUMMARY_MAX_LENGTH): string {
  const chars = Array.from(s)
  // by code points, so an emoji or a surrogate pair is never cut in half
  return chars.length > max ? chars.slice(0, max - 1).join('').trimEnd() + '…' : s
}

/**
 * Markdown to the text a reader would see: images become their alt text (or "[Image]"), links
 * their text, markup characters go. A light regex pass, not a parser: this is for a preview.
 */
export function markdownToPlainText(md: string, imageLabel: string): string {
  return md
    .replace(/```[^\n]*\n([\s\S]*?)```/g, '$1')
    .replace(/!\[([^\]]*)\]\s*\([^)]*\)/g, (_m, alt: string) => (alt.trim() ? alt : imageLabel))
    .replace(/\[([^\]]*)\]\s*\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/(\*\*|__|~~|`)/g, '')
    .replace(/(^|\W)[*_](\S[^*_]*)[*_](?=\W|$)/g, '$1$2')
}

/** A short, plain-text description of `message` in the current language. */
export function summarizeMessage(message: ChatMessage, t: RenderContext['t']): string {
  if (!message || !message.payload) return t('messages.summary.other')
  if (message.revoked) return t(message.from === 'customer' ? 'messages.revoked.customer' : 'messages.revoked.service')
  const p = message.payload
  const text = (s: string) => truncate(collapse(s))
  switch (p.kind) {
    case 'text':
      return text(str(p.text)) || t('messages.text.empty')
    case 'image':
      return str(p.alt).trim() ? `${t('messages.summary.image')} ${text(str(p.alt))}` : t('messages.summary.image')
    case 'branch':
      return text(t('messages.summary.branch', { header: collapse(str(p.header)), count: arr(p.items).length }))
    case 'form':
      return text(t('messages.summary.form', { header: collapse(str(p.header)) }))
    case 'rating':
      return text(t('messages.summary.rating', { head: collapse(str(p.head)) }))
    case 'product':
      return text(t('messages.summary.product', { header: collapse(str(p.header)) }))
    case 'order':
      return text(t('messages.summary.order', { name: collapse(str(p.name) || str(p.guide)) }))
    case 'welcome':
    case 'clarify':
      return text(t('messages.summary.suggestion', { title: collapse(str(p.title)), count: arr(p.items).length }))
    case 'richText':
      return text(markdownToPlainText(str(p.content), t('messages.summary.image')))
    case 'stream':
      return text(markdownToPlainText(arr(p.chunks).map(str).join(''), t('messages.summary.image'))) ||
        t('messages.stream.inProgress')
    case 'sessionEnd':
      return t('messages.divider.sessionEnd')
    case 'sessionTimeout':
      return t('messages.divider.sessionTimeout')
    case 'notice':
      return text(str(p.text))
    case 'unknown':
    case 'invalid':
      return t('messages.unsupported.text')
    default:
      return t('messages.summary.other')
  }
}
