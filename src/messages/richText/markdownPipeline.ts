// The Markdown pipeline itself: marked's settings, the private DOMPurify instance with its
// allowlist and hooks, and the fast paths of a streamed answer's tail. It imports marked and
// DOMPurify, so it is only ever loaded with them (`loadMarkdown` in markdown.ts imports it): a
// chat that never shows rich text downloads none of it.
import { Marked } from 'marked'
import DOMPurify from 'dompurify'
import { safeImageUrl, safeLinkUrl } from '../_shared/url'
import { stripDirectionControls } from '../_shared/directionControls'
import { escapeHtml, MARKDOWN_ALLOWED_TAGS, markdownWork, plainTextHtml } from './markdown'
import './markup.css'

// A streamed answer's block-by-block rendering and its node-by-node update of the open tail only
// matter once Markdown is there (until then the answer is escaped text): they load with it.
export { renderStream } from '../stream/incremental'
export { setHtml } from '../stream/morph'

/** Attributes a bot answer may use; `target`/`rel`/`loading` are set by the kit, not taken from input. */
const ALLOWED_ATTR = ['href', 'title', 'src', 'alt', 'align', 'start', 'colspan', 'rowspan']

/** What markdown.ts calls once the libraries are there. @internal */
export interface MarkdownPipeline {
  /** marked, then DOMPurify: sanitized HTML */
  render(source: string, imageAlt: string): string
  /** {@link render} with the fast paths of a streamed answer's tail */
  renderOnce(source: string, imageAlt: string): string
}

type Purifier = ReturnType<typeof DOMPurify>

/** A new pipeline: its own marked instance and its own DOMPurify instance (created on first use). @internal */
export function createMarkdownPipeline(): MarkdownPipeline {
  const marked = new Marked({
    gfm: true,
    // chat answers are written with single line breaks meaning line breaks
    breaks: true,
    async: false,
    renderer: {
      // GFM task lists would need <input>; a symbol says the same without admitting form controls.
      checkbox({ checked }) {
        return checked ? '\u2611 ' : '\u2610 '
      },
    },
  })

  let purifier: Purifier | null | undefined
  /** The alt for the render in progress; hooks run synchronously inside `sanitize`. */
  let currentImageAlt = 'image'

  /**
   * A private DOMPurify instance: our hooks must not change the sanitizer the host page may use
   * (the default export is a shared singleton). `null` when there is no DOM (SSR).
   */
  function getPurifier(): Purifier | null {
    if (purifier !== undefined) return purifier
    const win = typeof window !== 'undefined' ? window : undefined
    const instance = win ? DOMPurify(win) : null
    if (!instance || !instance.isSupported) return (purifier = null)
    // Set once: a config passed to every `sanitize` call is parsed again on every call, which is
    // most of the cost of sanitizing a short fragment (a streamed answer's tail, per chunk).
    instance.setConfig({
      ALLOWED_TAGS: MARKDOWN_ALLOWED_TAGS as string[],
      ALLOWED_ATTR,
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      ALLOW_UNKNOWN_PROTOCOLS: false,
    })
    instance.addHook('afterSanitizeAttributes', (node) => {
      const el = node as Element
      if (!el.tagName) return
      const tag = el.tagName.toLowerCase()
      if (tag === 'a') {
        // a link's text is bidi-isolated (dir=auto) and loses explicit direction controls, so
        // "\u202Eexe.cod" cannot read "doc.exe"
        el.setAttribute('dir', 'auto')
        stripControlsIn(el)
        const href = el.getAttribute('href')
        const safe = href === null ? null : safeLinkUrl(href)
        if (safe) {
          el.setAttribute('href', safe)
          el.setAttribute('target', '_blank')
          el.setAttribute('rel', 'noopener noreferrer')
        } else {
          // the link text stays readable; only the destination goes
          el.removeAttribute('href')
          el.removeAttribute('target')
          el.removeAttribute('rel')
        }
      } else if (tag === 'img') {
        const safe = safeImageUrl(el.getAttribute('src'))
        if (!safe) {
          // an image without a loadable source is nothing but a broken icon: drop it whole
          if (el.parentNode) el.parentNode.removeChild(el)
          return
        }
        el.setAttribute('src', safe)
        el.setAttribute('loading', 'lazy')
        el.setAttribute('decoding', 'async')
        const alt = (el.getAttribute('alt') || '').trim()
        el.setAttribute('alt', alt || currentImageAlt)
      }
    })
    return (purifier = instance)
  }

  function parse(source: string): string | null {
    markdownWork.parses++
    try {
      return marked.parse(source) as string
    } catch {
      // marked does not throw on any string we know of; if it ever does, show the text, not nothing
      return null
    }
  }

  function render(source: string, imageAlt: string): string {
    const p = getPurifier()
    if (!p) return plainTextHtml(source)
    const raw = parse(source)
    if (raw === null) return plainTextHtml(source)
    currentImageAlt = imageAlt
    markdownWork.sanitizes++
    return p.sanitize(raw) as string
  }

  return {
    render,
    renderOnce(source, imageAlt) {
      if (source === '') return ''
      if (PROSE.test(source) && !NOT_PROSE.test(source)) return `<p>${escapeHtml(source)}</p>\n`
      if (!UNSAFE_FOR_FAST.test(source) && getPurifier()) {
        const raw = parse(source)
        if (raw !== null && !OWN_TAGS.test(raw)) return raw
      }
      return render(source, imageAlt)
    },
  }
}

/** Drops direction controls from every text node under `el`. */
function stripControlsIn(el: Element): void {
  const doc = el.ownerDocument
  if (!doc) return
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.nodeValue || ''
    const clean = stripDirectionControls(text)
    if (clean !== text) n.nodeValue = clean
  }
}

/**
 * A line of prose that Markdown leaves as it is: one line, no character that could start markup,
 * an entity, HTML or a link (`www.`, `http:`, `a@b` autolink), not starting with a digit (`1.`)
 * or white space (indented code). Rendered as `<p>escaped text</p>` without marked or DOMPurify.
 */
const PROSE = /^(?![\d\s])[^\\`*_~[\]<>&#|!:@+=\-{}()$^\u0000-\u001f\u007f]*$/
/** white space other than a plain space (line breaks, tabs, NBSP…), a space at the end, `www.` */
const NOT_PROSE = /[^\S ]|\s$|www\./i
/**
 * Markdown whose HTML can only hold marked's own formatting tags: no raw HTML (`<`), no entity
 * (`&`), no link or image (`[`), no autolink (`://`, `@`, `www.`), no fenced code (whose info
 * string becomes a class). Sanitizing it would change nothing, so DOMPurify is skipped. What
 * marked returns is checked again, tag by tag, against {@link OWN_TAGS}: anything else there
 * (an attribute, a comment, a tag marked let through) and it is sanitized after all.
 */
const UNSAFE_FOR_FAST = /[<&[\]@]|:\/\/|```|~~~|www\./i
/** marked's formatting tags without attributes, and table cells' `align`, lists' `start`. */
const OWN_TAGS = /<(?!\/?(?:p|br|strong|em|del|code|pre|blockquote|ul|ol|li|h[1-6]|hr|table|thead|tbody|tr)>|(?:th|td)(?: align="(?:left|right|center)")?>|\/t[hd]>|ol start="\d{1,9}">)/
