// The one URL rule every renderer follows (Markdown links and images, product and order cards,
// image messages, linkified text, the avatars in the list and the header). The official plugin passed any scheme to `window.open` and
// `<a href>`; here a URL is parsed the way the browser will parse it, and only an allowlist of
// schemes survives.

/** Schemes a link may use. */
const LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:'])
/**
 * Schemes an image may load from. No `data:` at all, not even raster `data:image/png`: SVG can
 * carry script, a data URL can be megabytes in every re-render, and no message kind or avatar
 * the backends send needs one. A host that wants inline pictures serves them over https.
 */
const IMAGE_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:'])

/** Longer URLs are refused: no real link or picture needs them, and they bloat every re-render. */
const MAX_URL_LENGTH = 4096

/**
 * Parses `input` as an absolute URL and returns its normalised form when its scheme is allowed.
 *
 * Parsing with `new URL()` applies the same WHATWG rules the browser applies when it follows the
 * link, so the tricks that fool string checks do not work: `JaVaScRiPt:`, `java\tscript:`,
 * leading control characters and spaces are all normalised (and then refused) before the
 * `protocol` is compared. HTML entities (`&#106;avascript:`) are decoded by the HTML parser
 * before a sanitized attribute reaches this function; in raw data they make the string
 * unparseable, so they are refused too. Relative and protocol-relative URLs are refused:
 * inside a widget embedded in someone else's page they would resolve against the host.
 */
function checkUrl(input: unknown, allowed: ReadonlySet<string>): string | null {
  if (typeof input !== 'string') return null
  const trimmed = input.trim()
  if (!trimmed || trimmed.length > MAX_URL_LENGTH) return null
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return null
  }
  if (!allowed.has(url.protocol)) return null
  // a web link without a host goes nowhere useful; WHATWG parsing should never produce one, but
  // this function is the last line of defence, so it does not rely on that
  if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname) return null
  // `https://bank.example:pin@evil.example/` reads as the bank's address and leaks whatever
  // stands before the `@`; the kit never sends credentials, so they are dropped
  if (url.username || url.password) {
    url.username = ''
    url.password = ''
  }
  return url.href
}

/**
 * The normalised URL when `input` is a safe link target (`http:`, `https:`, `mailto:`, `tel:`),
 * otherwise `null`. Use the returned string, not the input, as the `href`.
 */
export function safeLinkUrl(input: unknown): string | null {
  return checkUrl(input, LINK_PROTOCOLS)
}

/**
 * The normalised URL when `input` is a safe image source (`http:` or `https:` only),
 * otherwise `null`. Use the returned string, not the input, as the `src`.
 */
export function safeImageUrl(input: unknown): string | null {
  return checkUrl(input, IMAGE_PROTOCOLS)
}

/** Schemes a local upload preview may use (besides http(s)): the object URL of the customer's own bytes. */
const LOCAL_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'blob:'])

/** What `safeMediaUrl` needs to know about the message a URL comes from. */
export interface MediaUrlSource {
  from?: string
  upload?: unknown
}

/**
 * The normalised URL of a media source (an image, a video, an audio, a file to download): `http:`
 * or `https:`, and — only for the customer's own upload (`from: 'customer'` with `upload` set, a
 * payload the engine built locally) — a `blob:` object URL of the bytes being sent. A `blob:` URL
 * in anything that arrived over the wire is refused like any other scheme.
 */
export function safeMediaUrl(input: unknown, message?: MediaUrlSource | null): string | null {
  return checkUrl(input, isLocalUpload(message) ? LOCAL_PROTOCOLS : IMAGE_PROTOCOLS)
}

/** Whether a message is the customer's own upload (its media URLs may be local `blob:` URLs). */
export function isLocalUpload(message?: MediaUrlSource | null): boolean {
  return !!message && message.from === 'customer' && typeof message.upload === 'object' && message.upload !== null
}
