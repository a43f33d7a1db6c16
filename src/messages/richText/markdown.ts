// Markdown → sanitized HTML for bot rich text (src 30) and streaming answers (src 31).
// The official plugin fed `marked` output straight into v-html (an `onerror` ran, a
// `javascript:` link ran on click). Here every render goes through DOMPurify with an allowlist,
// then every URL left is checked again with the kit's URL rule (`new URL()` + scheme allowlist).
// marked and DOMPurify are loaded on demand (`loadMarkdown`, a dynamic import a host's bundler
// splits into its own chunk): a chat that never shows rich text never downloads them, and until
// they are there a message shows its text, escaped, in the same paragraphs.
// This module is what the chat needs at once (the loader, the escaped fallback, the memo); the
// pipeline that uses the libraries (markdownPipeline.ts) is loaded with them.
import type { MarkdownPipeline } from './markdownPipeline'
import type { renderStream } from '../stream/incremental'
import type { setHtml } from '../stream/morph'

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

let pipeline: MarkdownPipeline | null = null
let loading: Promise<void> | null = null

/** What a streamed answer uses once Markdown is loaded (they come in the same chunk). @internal */
export interface StreamTools {
  renderStream: typeof renderStream
  setHtml: typeof setHtml
}
let streamParts: StreamTools | null = null

/** The stream renderer's tools, once {@link loadMarkdown} has finished; null before. @internal */
export function streamTools(): StreamTools | null {
  return streamParts
}

/**
 * Loads marked and DOMPurify (once; later calls return the same promise). Until it resolves,
 * {@link renderMarkdown} returns the source as escaped plain text. Rejections are kept from
 * callers that only render: a failed load leaves the plain text, and the next call retries.
 */
export function loadMarkdown(): Promise<void> {
  if (pipeline) return Promise.resolve()
  if (!loading) {
    loading = import('./markdownPipeline').then((m) => {
      pipeline = m.createMarkdownPipeline()
      streamParts = { renderStream: m.renderStream, setHtml: m.setHtml }
    }, (error: unknown) => {
      loading = null
      throw error
    })
  }
  return loading
}

let idleLoad: Promise<void> | null = null

/**
 * {@link loadMarkdown} for renderers, started when the page is next idle (`requestIdleCallback`,
 * at most 500 ms later) instead of at once; without `requestIdleCallback`, at once. A renderer's
 * first paint shows the escaped text either way, so evaluating marked and DOMPurify (and
 * building the pipeline) no longer lands between the chat's mount and its first paint. Once a
 * load has started or finished, it is that load. @internal
 */
export function loadMarkdownWhenIdle(): Promise<void> {
  if (pipeline || loading || typeof requestIdleCallback !== 'function') return loadMarkdown()
  // the load starts inside the idle callback, so no call can fall between the idle wait and `loading`
  idleLoad ??= new Promise<void>((resolve) => { requestIdleCallback(() => resolve(), { timeout: 500 }) })
    .then(() => { idleLoad = null; return loadMarkdown() })
  return idleLoad
}

/** Whether {@link loadMarkdown} has finished, so {@link renderMarkdown} renders Markdown. */
export function markdownReady(): boolean {
  return pipeline !== null
}

/** Back to "not loaded" (tests of the loading path). @internal */
export function resetMarkdownForTests(): void {
  pipeline = null
  streamParts = null
  loading = null
  idleLoad = null
  cache.clear()
}

/** @internal */
export function escapeHtml(s: string): string {
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
  if (!pipeline) {
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
  const html = pipeline.render(source, imageAlt)
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
 * One render, not memoised (the stream renderer keeps its own blocks). A streamed answer's open
 * tail is re-rendered on every chunk, so plain prose skips marked and DOMPurify, and Markdown
 * without HTML, links or images skips DOMPurify (see markdownPipeline.ts). The HTML may differ
 * from {@link renderMarkdown}'s as a string (`&quot;` for `"`), never as a DOM (property-tested).
 * @internal
 */
export function renderMarkdownOnce(source: string, imageAlt: string): string {
  return pipeline ? pipeline.renderOnce(source, imageAlt) : plainTextHtml(source)
}

/** Empties the memo (for tests that change the environment). @internal */
export function clearMarkdownCache(): void {
  cache.clear()
}
