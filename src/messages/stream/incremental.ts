// A streaming answer rendered block by block. Each chunk used to re-run marked and DOMPurify over
// the whole answer (O(length²) per answer). Here the text is cut, as it grows, at block
// boundaries that no later text can change: a blank line outside a code fence, followed by a line
// that cannot continue the block above (not indented, not a list item or a quote, not HTML).
// Completed blocks are rendered and sanitized once and kept; only the open tail is re-rendered.
// The concatenated HTML equals a full render of the whole text (tested in incremental.test.ts).
// When the text holds a link reference definition (`[x]: url`, which can change links above it)
// or an HTML block (`<pre>`, `<!--`, which may span blank lines) nothing is cut: the whole text
// is rendered each time, as before.
import { renderMarkdownOnce } from '../richText/markdown'

export interface StreamBlocks {
  /** the text rendered */
  readonly source: string
  readonly imageAlt: string
  /** sanitized HTML of the completed blocks, in order (kept as they are while the text grows) */
  readonly blocks: readonly string[]
  /** sanitized HTML of the rest */
  readonly tail: string
  /** where the completed blocks end in `source` */
  readonly stableEnd: number
  /** @internal where the boundary scan stopped (start of the first line not scanned) */
  readonly scanned: number
  /** @internal open code fence at `scanned` ('' for none), e.g. "```" or "~~~~" */
  readonly fence: string
  /** @internal the line before `scanned` was blank */
  readonly blankBefore: boolean
  /** whether Markdown was loaded when this was rendered (else everything is plain text) */
  readonly rich: boolean
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/
/** A line that could continue the block above it (or change how it parses) even after a blank line. */
const CONTINUES = /^(?:[ \t]|[-*+>|<]|\d{1,9}[.)]|\[[^\]]*\]:)/
const REFERENCE = /^ {0,3}\[[^\]\n]+\]:/m
/** HTML blocks such as `<pre>` or `<!--` may span blank lines: not cut either. */
const HTML_BLOCK = /^ {0,3}</m

/**
 * Renders `source`, reusing `prev` when `source` extends the text `prev` was made from (with the
 * same image alt and the same Markdown availability). Cost per call: the new text scanned, the
 * open tail rendered; not the answer so far.
 */
export function renderStream(source: string, imageAlt: string, rich: boolean, prev: StreamBlocks | null): StreamBlocks {
  const base: StreamBlocks =
    prev && prev.imageAlt === imageAlt && prev.rich === rich && source.startsWith(prev.source)
      ? prev
      : { source: '', imageAlt, blocks: [], tail: '', stableEnd: 0, scanned: 0, fence: '', blankBefore: false, rich }
  if (base.source === source && prev === base) return base
  if (!rich || REFERENCE.test(source) || HTML_BLOCK.test(source)) {
    return { ...base, source, blocks: [], tail: renderMarkdownOnce(source, imageAlt), stableEnd: 0, scanned: 0, fence: '', blankBefore: false }
  }
  let { scanned, fence, blankBefore, stableEnd } = base
  let cut = stableEnd
  // scan only complete lines not scanned yet
  while (true) {
    const nl = source.indexOf('\n', scanned)
    if (nl < 0) break
    const line = source.slice(scanned, nl)
    if (fence) {
      const m = FENCE.exec(line)
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && line.slice(m[0].length).trim() === '') fence = ''
      blankBefore = false
    } else {
      const blank = line.trim() === ''
      // a block boundary: after a blank line, a line that starts a new block of its own
      if (!blank && blankBefore && !CONTINUES.test(line)) cut = scanned
      const m = FENCE.exec(line)
      if (m) fence = m[1]!
      blankBefore = blank
    }
    scanned = nl + 1
  }
  // the line being written: its first character is enough, unless a digit ("12" may become "12.")
  if (!fence && blankBefore && scanned < source.length) {
    const partial = source.slice(scanned, scanned + 12)
    if (!/^\d/.test(partial) && !CONTINUES.test(partial)) cut = scanned
  }
  let blocks = base.blocks
  if (cut > stableEnd) {
    blocks = blocks.concat(renderMarkdownOnce(source.slice(stableEnd, cut), imageAlt))
    stableEnd = cut
  }
  const tail = renderMarkdownOnce(source.slice(stableEnd), imageAlt)
  return { source, imageAlt, blocks, tail, stableEnd, scanned, fence, blankBefore, rich }
}

/** The whole HTML (completed blocks and tail). */
export function streamHtml(b: StreamBlocks): string {
  return b.blocks.join('') + b.tail
}
