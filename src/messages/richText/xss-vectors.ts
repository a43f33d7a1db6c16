// Hostile Markdown, kept as data: the unit tests run every vector through `renderMarkdown`, and
// the browser tests render the same list in a real Chromium to check nothing executes.
// Sources: OWASP XSS filter evasion cheat sheet, PortSwigger's XSS cheat sheet, the DOMPurify
// test suite's mXSS cases, and what the official plugin measurably let through (`onerror`,
// `javascript:` links).

/** One hostile input. */
export interface XssVector {
  /** stable id, for test titles and browser screenshots */
  id: string
  markdown: string
  /** text that must still be visible after sanitizing (e.g. a neutralised link's text) */
  keepsText?: string
}

/** One benign input that must keep working. */
export interface SafeMarkdownCase {
  id: string
  markdown: string
  /** the hrefs the output must hold, with target=_blank and rel=noopener noreferrer */
  hrefs?: string[]
  /** the image srcs the output must hold (with an alt attribute and loading=lazy) */
  srcs?: string[]
}

const JS = 'javascript:alert(1)'

export const xssVectors: readonly XssVector[] = [
  { id: 'script-tag', markdown: '<script>alert(1)</script>hello', keepsText: 'hello' },
  { id: 'script-in-paragraph', markdown: 'a <script>alert(1)</script> b' },
  { id: 'script-uppercase', markdown: '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>' },
  { id: 'img-onerror', markdown: '<img src=x onerror=alert(1)>' },
  { id: 'img-onerror-safe-src', markdown: '<img src="https://example.com/a.png" onerror="alert(1)">' },
  { id: 'img-eval-src', markdown: '<img src=x:alert(alt) onerror=eval(src) alt=0>' },
  { id: 'img-srcset', markdown: `<img src="https://example.com/a.png" srcset="${JS}">` },
  { id: 'svg-onload', markdown: '<svg onload=alert(1)>' },
  { id: 'svg-script', markdown: '<svg><script>alert(1)</script></svg>' },
  { id: 'svg-anchor-xlink', markdown: `<svg><a xlink:href="${JS}"><text x="20" y="20">x</text></a></svg>` },
  { id: 'math-mxss', markdown: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>' },
  { id: 'noscript-mxss', markdown: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">' },
  { id: 'template-script', markdown: '<template><script>alert(1)</script></template>' },
  { id: 'iframe-js', markdown: `<iframe src="${JS}"></iframe>` },
  { id: 'iframe-srcdoc', markdown: '<iframe srcdoc="<script>alert(1)</script>"></iframe>' },
  { id: 'object-data', markdown: `<object data="${JS}"></object>` },
  { id: 'embed-src', markdown: `<embed src="${JS}">` },
  { id: 'form-action', markdown: `<form action="${JS}"><button>go</button></form>`, keepsText: 'go' },
  { id: 'input-autofocus', markdown: '<input autofocus onfocus=alert(1)>' },
  { id: 'details-ontoggle', markdown: '<details open ontoggle=alert(1)>x</details>' },
  { id: 'body-onload', markdown: '<body onload=alert(1)>' },
  { id: 'video-source-onerror', markdown: '<video><source onerror=alert(1)></video>' },
  { id: 'style-import', markdown: `<style>@import '${JS}';</style>` },
  { id: 'style-attribute', markdown: `<div style="background:url(${JS})">x</div>`, keepsText: 'x' },
  { id: 'meta-refresh', markdown: `<meta http-equiv="refresh" content="0;url=${JS}">` },
  { id: 'base-href', markdown: `<base href="${JS}//">` },
  { id: 'link-import', markdown: '<link rel=import href="https://evil.example/x.html">' },
  { id: 'html-anchor-onclick', markdown: '<a href="https://example.com" onclick="alert(1)">ok</a>', keepsText: 'ok' },
  { id: 'html-anchor-js', markdown: `<a href="${JS}">x</a>`, keepsText: 'x' },
  { id: 'html-anchor-data', markdown: '<a href="data:text/html,<script>alert(1)</script>">x</a>', keepsText: 'x' },
  { id: 'html-anchor-newline', markdown: '<a href="jav&#x0A;ascript:alert(1)">x</a>', keepsText: 'x' },
  { id: 'html-anchor-tab-entity', markdown: '<a href="jav&#x09;ascript:alert(1)">x</a>', keepsText: 'x' },
  { id: 'html-anchor-decimal-entities', markdown: '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">x</a>', keepsText: 'x' },
  { id: 'html-anchor-control-char', markdown: '<a href="\u0001javascript:alert(1)">x</a>', keepsText: 'x' },
  { id: 'html-anchor-leading-space', markdown: '<a href="  javascript:alert(1)">x</a>', keepsText: 'x' },
  { id: 'md-link-js', markdown: `[x](${JS})`, keepsText: 'x' },
  { id: 'md-link-js-mixed-case', markdown: '[x](JaVaScRiPt:alert(1))', keepsText: 'x' },
  { id: 'md-link-js-entity-decimal', markdown: '[x](&#106;avascript:alert(1))', keepsText: 'x' },
  { id: 'md-link-js-entity-hex', markdown: '[x](&#x6A;avascript:alert(1))', keepsText: 'x' },
  { id: 'md-link-js-entity-colon', markdown: '[x](javascript&colon;alert(1))', keepsText: 'x' },
  { id: 'md-link-js-tab-entity', markdown: '[x](java&#x09;script:alert(1))', keepsText: 'x' },
  { id: 'md-link-js-angle', markdown: '[x](<javascript:alert(1)>)', keepsText: 'x' },
  { id: 'md-link-js-comment', markdown: '[x](javascript://%0aalert(1))', keepsText: 'x' },
  { id: 'md-link-js-percent', markdown: '[x](javascript%3Aalert(1))', keepsText: 'x' },
  { id: 'md-link-data', markdown: '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', keepsText: 'x' },
  { id: 'md-link-vbscript', markdown: '[x](vbscript:msgbox(1))', keepsText: 'x' },
  { id: 'md-link-file', markdown: '[x](file:///etc/passwd)', keepsText: 'x' },
  { id: 'md-link-reference', markdown: `[x][evil]\n\n[evil]: ${JS}`, keepsText: 'x' },
  { id: 'md-autolink-js', markdown: `<${JS}>` },
  { id: 'md-link-title-breakout', markdown: '[x](https://example.com "a\\" onmouseover=\\"alert(1)")', keepsText: 'x' },
  { id: 'md-image-js', markdown: `![x](${JS})` },
  { id: 'md-image-data-svg', markdown: '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)' },
  { id: 'md-image-alt-breakout', markdown: '![a" onerror="alert(1)](https://example.com/a.png)' },
  { id: 'md-code-is-text', markdown: '`<img src=x onerror=alert(1)>`' },
  { id: 'dom-clobbering-id', markdown: '<a id="kefu-root" name="kefu-root" href="https://example.com">x</a>', keepsText: 'x' },
  { id: 'target-self', markdown: '<a href="https://example.com" target="_self">x</a>', keepsText: 'x' },
]

export const safeMarkdownCases: readonly SafeMarkdownCase[] = [
  { id: 'https-link', markdown: '[docs](https://example.com/path?q=1#h)', hrefs: ['https://example.com/path?q=1#h'] },
  { id: 'http-link', markdown: '[plain](http://example.com)', hrefs: ['http://example.com/'] },
  { id: 'mailto-link', markdown: '[mail us](mailto:help@example.com)', hrefs: ['mailto:help@example.com'] },
  { id: 'tel-link', markdown: '[call](tel:+86-10-1234-5678)', hrefs: ['tel:+86-10-1234-5678'] },
  { id: 'gfm-autolink', markdown: 'see https://example.com/a for more', hrefs: ['https://example.com/a'] },
  { id: 'image-with-alt', markdown: '![a chart](https://example.com/chart.png)', srcs: ['https://example.com/chart.png'] },
  { id: 'image-without-alt', markdown: '![](https://example.com/b.png)', srcs: ['https://example.com/b.png'] },
]
