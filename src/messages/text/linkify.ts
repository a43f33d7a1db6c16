// Finds http(s) URLs in plain text so they can be drawn as links. Pure: returns text and link
// pieces; the component turns them into VNodes (so text is never parsed as HTML).
import { safeLinkUrl } from '../_shared/url'

/** A piece of a text: plain text, or a link with its safe href. */
export type TextPiece = { type: 'text'; text: string } | { type: 'link'; text: string; href: string }

// Stops at whitespace, quotes, angle brackets and CJK punctuation: Chinese text runs straight
// on after a URL ("详见https://a.cn/x，谢谢") with no space in between.
const URL_RE = /https?:\/\/[^\s<>"'`\u3000-\u303f\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1c\uff1e\uff1f\uff3b\uff3d\uff5b\uff5d\u2018\u2019\u201c\u201d]+/gi

const TRAILING = /[.,;:!?'"*_~]$/

/** Trailing punctuation belongs to the sentence, and a `)` only to the URL if it opened one. */
function trimUrl(candidate: string): string {
  let url = candidate
  for (;;) {
    if (TRAILING.test(url)) { url = url.slice(0, -1); continue }
    const last = url.charAt(url.length - 1)
    const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' }
    if (last in pairs) {
      const open = url.split(pairs[last] as string).length - 1
      const close = url.split(last).length - 1
      if (close > open) { url = url.slice(0, -1); continue }
    }
    return url
  }
}

/** Splits `text` into text and link pieces; a URL that fails the URL rule stays text. */
export function linkify(text: string): TextPiece[] {
  const pieces: TextPiece[] = []
  let last = 0
  const push = (t: string) => {
    if (!t) return
    const prev = pieces[pieces.length - 1]
    if (prev && prev.type === 'text') prev.text += t
    else pieces.push({ type: 'text', text: t })
  }
  URL_RE.lastIndex = 0
  for (let m = URL_RE.exec(text); m; m = URL_RE.exec(text)) {
    const raw = trimUrl(m[0])
    const href = raw.length > 'https://'.length ? safeLinkUrl(raw) : null
    push(text.slice(last, m.index))
    if (href) pieces.push({ type: 'link', text: raw, href })
    else push(raw)
    last = m.index + raw.length
    URL_RE.lastIndex = last
  }
  push(text.slice(last))
  return pieces
}
