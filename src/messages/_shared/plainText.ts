// Plain-text helpers for summaries (the live region, previews, notifications). Never HTML.

/** Longest summary; a live region that reads a whole essay is worse than none. */
export const SUMMARY_MAX_LENGTH = 120

/**
 * Control characters, bidi overrides/isolates and zero-width characters: in a one-line preview an
 * unbalanced right-to-left override would reverse the text around it (a spoofing trick).
 */
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g

/** Drops invisible and direction-changing characters and folds whitespace to single spaces. */
export function collapse(s: string): string {
  return s.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim()
}

/** Cuts to `max` code points (an emoji or a surrogate pair is never cut in half). */
export function truncate(s: string, max = SUMMARY_MAX_LENGTH): string {
  const chars = Array.from(s)
  return chars.length > max ? chars.slice(0, max - 1).join('').trimEnd() + '…' : s
}

/** One clean line of at most SUMMARY_MAX_LENGTH code points. */
export function oneLine(s: string): string {
  return truncate(collapse(s))
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
