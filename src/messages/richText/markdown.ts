// Markdown → sanitized HTML for bot rich text (src 30) and streaming answers (src 31).
// The official plugin fed `marked` output straight into v-html (an `onerror` ran, a
// `javascript:` link ran on click). Here every render goes through DOMPurify with an allowlist,
// then every URL left is checked again with the kit's URL rule (`new URL()` + scheme allowlist).
// marked and DOMPurify are loaded on demand (`loadMarkdown`, a dynamic import a host's bundler
// splits into its own chunk): a chat that never shows rich text never downloads them, and until
// they are there a message shows its text, escaped, in the same paragraphs.
import type { Marked as MarkedClass } from 'marked'
import type DOMPurifyFactory from 'dompurify'
import { safeImageUrl, safeLinkUrl } from '../_shared/url'
import { stripDirectionControls } from '../_shared/directionControls'

/** Options of {@link renderMarkdown}. */
export interface RenderMarkdownOptions {
  /**
   * The alt text for images whose Markdown gives none (`![](…)`), e.g. the translated "Image".
   * An image in a bot answer is content, so it is never left without a text alternative.
   * @defaultValue `'image'`
   */
  imageAlt?: string
}

/** Tags a bot answer may use. Anything else is dropped (its text kept, except script/style…). */
export const MARKDOWN_ALLOWED_TAGS: readonly string[] = [
  'p', 'br', 'strong', 'b', 'em', 'i', 'del', 's', 'code', 'pre', 'blockquote',
  'ul', 'ol', 'li', 'a', 'img', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span', 'sup', 'sub',
]

/** Attributes a bot answer may use; `target`/`rel`/`loading` are set by the kit, not taken from input. */
const ALLOWED_ATTR = ['href', 'title', 'src', 'alt', 'align', 'start', 'colspan', 'rowspan']

interface Libraries {
  marked: MarkedClass
  DOMPurify: typeof DOMPurifyFactory
}
let libs: Libraries | null = null
let loading: Promise<void> | null = null

/**
 * Loads marked and DOMPurify (once; later calls return the same promise). Until it resolves,
 * {@link renderMarkdown} returns the source as escaped plain text. Rejections are kept from
 * callers that only render: a failed load leaves the plain text, and the next call retries.
 */
export function loadMarkdown(): Promise<void> {
  if (libs) return Promise.resolve()
  if (!loading) {
    loading = Promise.all([import('marked'), import('dompurify')]).then(([m, d]) => {
      libs = { marked: createMarked(m.Marked), DOMPurify: d.default }
    }, (error: unknown) => {
      loading = null
      throw error
    })
  }
  return loading
}

/** Whether {@link loadMarkdown} has finished, so {@link renderMarkdown} renders Markdown. */
export function markdownReady(): boolean {
  return libs !== null
}

/** Back to "not loaded" (tests of the loading path). @internal */
export function resetMarkdownForTests(): void {
  libs = null
  loading = null
  purifier = undefined
  cache.clear()
}

const createMarked = (Marked: typeof MarkedClass) => new Marked({
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

type Purifier = ReturnType<typeof DOMPurifyFactory>

let purifier: Purifier | null | undefined
/** The alt for the render in progress; hooks run synchronously inside `sanitize`. */
let currentImageAlt = 'image'

/**
 * A private DOMPurify instance: our hooks must not change the sanitizer the host page may use
 * (the default export is a shared singleton). `null` when there is no DOM (SSR).
 */
function getPurifier(): Purifier | null {
  if (purifier !== undefined) return purifier
  if (!libs) return null
  const win = typeof window !== 'undefined' ? window : undefined
  const instance = win ? libs.DOMPurify(win) : null
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

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)
}

/**
 * The source as escaped plain text in paragraphs: what is shown without a DOM (nothing can be
 * sanitized, so nothing is interpreted) and while marked and DOMPurify are still loading.
 */
export function plainTextHtml(md: string): string {
  return md.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('')
}

const CACHE_SIZE = 200
const cache = new Map<string, string>()

/**
 * Renders Markdown to sanitized HTML, safe to set as `innerHTML`.
 *
 * - `marked` (GFM, single line breaks kept), then DOMPurify with an allowlist of tags and
 *   attributes (no `style`, `class`, `id`, event handlers, forms, iframes, SVG or MathML);
 * - links keep only `http:`, `https:`, `mailto:` and `tel:` destinations and open in a new tab
 *   with `rel="noopener noreferrer"`; any other link keeps its text and loses its `href`;
 * - link texts are direction-isolated (`dir="auto"`) and lose explicit direction controls;
 * - credentials (`user:pass@`) are dropped from link and image URLs (the URL rule);
 * - images keep only `http(s)` sources (others are removed), load lazily, and always have alt text.
 *
 * Results are memoised (the last 200 inputs): a long conversation re-renders often, and a
 * virtualised list re-mounts the same answers while scrolling.
 *
 * Until {@link loadMarkdown} has resolved (it is started by the first call) the result is the
 * source as escaped plain text; components re-render when {@link markdownReady} turns true.
 */
export function renderMarkdown(md: string, options: RenderMarkdownOptions = {}): string {
  const source = typeof md === 'string' ? md : md == null ? '' : String(md)
  if (!libs) {
    loadMarkdown().catch(() => {})
    return plainTextHtml(source)
  }
  const imageAlt = (options.imageAlt || 'image').trim() || 'image'
  const key = imageAlt + '\u0000' + source
  const hit = cache.get(key)
  if (hit !== undefined) {
    // refresh its place so the most used answers stay
    cache.delete(key)
    cache.set(key, hit)
    return hit
  }
  const html = render(source, imageAlt)
  cache.set(key, html)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string)
  return html
}

/**
 * How often the Markdown pipeline ran (marked parses, DOMPurify passes): what tests count to
 * prove a stream chunk renders only its open tail. @internal
 */
export const markdownWork = { parses: 0, sanitizes: 0 }

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

/**
 * One render, not memoised (the stream renderer keeps its own blocks). A streamed answer's open
 * tail is re-rendered on every chunk, so plain prose skips marked and DOMPurify, and Markdown
 * without HTML, links or images skips DOMPurify (see {@link PROSE}, {@link UNSAFE_FOR_FAST}).
 * The HTML may differ from {@link renderMarkdown}'s as a string (`&quot;` for `"`), never as a
 * DOM (property-tested). @internal
 */
export function renderMarkdownOnce(source: string, imageAlt: string): string {
  if (!libs) return plainTextHtml(source)
  if (source === '') return ''
  if (PROSE.test(source) && !NOT_PROSE.test(source)) return `<p>${escapeHtml(source)}</p>\n`
  if (!UNSAFE_FOR_FAST.test(source) && getPurifier()) {
    const raw = parse(source)
    if (raw !== null && !OWN_TAGS.test(raw)) return raw
  }
  return render(source, imageAlt)
}

function parse(source: string): string | null {
  markdownWork.parses++
  try {
    return libs!.marked.parse(source) as string
  } catch {
    // marked does not throw on any string we know of; if it ever does, show the text, not nothing
    return null
  }
}

function render(source: string, imageAlt: string): string {
  const p = getPurifier()
  if (!p || !libs) return plainTextHtml(source)
  const raw = parse(source)
  if (raw === null) return plainTextHtml(source)
  currentImageAlt = imageAlt
  markdownWork.sanitizes++
  return p.sanitize(raw) as string
}

/** Empties the memo (for tests that change the environment). @internal */
export function clearMarkdownCache(): void {
  cache.clear()
}
