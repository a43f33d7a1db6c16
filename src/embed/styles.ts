// The embed's stylesheet: the kit's CSS (put in place of the placeholder by vite.embed.config.ts)
// plus the rules that isolate the shadow host from the page. Adopted as a constructable
// stylesheet, which a strict Content-Security-Policy allows (a <style> element needs
// `style-src 'unsafe-inline'` or a nonce).

/**
 * Replaced by the build with the kit's whole CSS (a JSON string literal in place of the quoted
 * placeholder); from source (unit tests) it stays the placeholder, which is not CSS and is skipped.
 */
const KIT_CSS: string = '__KEFU_EMBED_CSS__'
const PLACEHOLDER = /^__KEFU_EMBED_CSS__$/

/**
 * The host element. From outside, only inherited properties reach a shadow tree (the page's
 * selectors do not match inside it), and the page's rules on the host element itself are undone
 * here: in the shadow tree's own context `!important` wins over the page's `!important`.
 * `all` leaves `direction` and `unicode-bidi` alone, so they are reset too.
 */
export const HOST_CSS = `
:host {
  all: initial !important;
  direction: ltr !important;
  unicode-bidi: isolate !important;
  display: block !important;
  box-sizing: border-box !important;
}
:host([data-kefu-mode='inline']) {
  position: relative !important;
  width: var(--kefu-embed-width, 100%) !important;
  height: var(--kefu-embed-height, 100%) !important;
  min-height: 0 !important;
}
:host([data-kefu-mode='launcher']) {
  position: static !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
}
:host([hidden]), :host([data-kefu-closed]) {
  display: none !important;
}
.kefu-embed {
  display: block;
  width: 100%;
  height: 100%;
}
.kefu-embed-error {
  display: block;
  box-sizing: border-box;
  padding: 12px 16px;
  border: 1px solid #b3261e;
  border-radius: 6px;
  background: #fff;
  color: #b3261e;
  font: 14px/1.5 system-ui, sans-serif;
}
`

let shared: CSSStyleSheet | null | undefined
/** The CSS of the chunks loaded since (message kinds, dialogs … loaded on first use). */
let added = ''
/** The <style> elements of a browser without constructable stylesheets, kept up to date. */
const fallbacks = new Set<HTMLStyleElement>()

/** The whole CSS text of the embed (kit + host rules). */
export function embedCss(): string {
  return (PLACEHOLDER.test(KIT_CSS) ? '' : KIT_CSS) + added + HOST_CSS
}

/**
 * Adds a lazily loaded chunk's CSS to the embed's stylesheet (every chat's shadow root sees it at
 * once). The build puts a call in front of each chunk that has CSS; it runs before the chunk's code.
 * @internal
 */
export function addEmbedCss(css: string): void {
  if (typeof css !== 'string' || !css) return
  added += `\n${css}`
  if (shared) {
    try {
      shared.replaceSync(embedCss())
    } catch {
      // a sheet that cannot be replaced keeps what it had
    }
  }
  for (const style of fallbacks) {
    if (style.isConnected) style.textContent = embedCss()
    else fallbacks.delete(style)
  }
}

/**
 * Puts the embed's CSS into a shadow root: one constructable stylesheet shared by every instance,
 * or, in a browser without them, a <style> element (which a strict CSP would block; every
 * browser the kit supports has constructable stylesheets).
 */
export function adoptStyles(root: ShadowRoot): void {
  if (shared === undefined) {
    shared = null
    try {
      if (typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype && 'adoptedStyleSheets' in root) {
        const sheet = new CSSStyleSheet()
        sheet.replaceSync(embedCss())
        shared = sheet
      }
    } catch {
      shared = null
    }
  }
  if (shared) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, shared]
    return
  }
  const style = root.ownerDocument.createElement('style')
  style.textContent = embedCss()
  root.appendChild(style)
  fallbacks.add(style)
}
