// Hostile content for the browser tests: Markdown, card and order fields, branch / form /
// suggestion / rating items carrying script tags, event-handler attributes, and `javascript:`,
// `data:`, `vbscript:` URLs in their many encodings. This list is the e2e suite's own (the unit
// tests keep theirs in src/messages/richText/xss-vectors.ts); it is written as wire data, exactly
// what a hostile backend or a compromised agent account could put in a custom message.
//
// Every vector that runs code calls the page's tripwire (`__xss(…)`, also through `top` and
// `parent` for frames) or `alert(…)` (a dialog, caught by the test). Sources: the OWASP XSS filter
// evasion cheat sheet, PortSwigger's XSS cheat sheet, DOMPurify's mXSS cases, and what the
// official plugin measurably let through (`onerror`, `javascript:` links, `window.open` of any
// scheme).

const CODE = '__xss(1)'

/** `javascript:` / `data:` / `vbscript:` and friends, spelled the ways filters get fooled. */
export const HOSTILE_URLS = [
  ['js-plain', `javascript:${CODE}`],
  ['js-mixed-case', `JaVaScRiPt:${CODE}`],
  ['js-upper', `JAVASCRIPT:alert(1)`],
  ['js-leading-space', `  javascript:${CODE}`],
  ['js-leading-tab', `\tjavascript:${CODE}`],
  ['js-leading-newline', `\njavascript:${CODE}`],
  ['js-tab-inside', `java\tscript:${CODE}`],
  ['js-newline-inside', `java\nscript:${CODE}`],
  ['js-cr-inside', `java\rscript:${CODE}`],
  ['js-nul-prefix', `\u0000javascript:${CODE}`],
  ['js-control-prefix', `\u0001\u0002javascript:${CODE}`],
  ['js-zero-width', `\u200bjavascript:${CODE}`],
  ['js-entity-dec', `&#106;avascript:${CODE}`],
  ['js-entity-hex', `&#x6A;avascript:${CODE}`],
  ['js-entity-hex-upper', `&#X6a;avascript:${CODE}`],
  ['js-entity-padded', `&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058${CODE}`],
  ['js-entity-colon', `javascript&colon;${CODE}`],
  ['js-entity-colon-dec', `javascript&#58;${CODE}`],
  ['js-entity-colon-hex', `javascript&#x3A;${CODE}`],
  ['js-entity-tab', `jav&#x09;ascript:${CODE}`],
  ['js-entity-newline', `jav&#x0A;ascript:${CODE}`],
  ['js-entity-cr', `jav&#13;ascript:${CODE}`],
  ['js-entity-no-semicolon', `&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58${CODE}`],
  ['js-percent-colon', `javascript%3A${CODE}`],
  ['js-percent-first', `%6Aavascript:${CODE}`],
  ['js-percent-all', '%6A%61%76%61%73%63%72%69%70%74%3A%5F%5Fxss(1)'],
  ['js-comment-newline', 'javascript://%0a__xss(1)'],
  ['js-comment-cr', 'javascript://comment%0D__xss(1)'],
  ['js-unicode-escape', '\\u006aavascript:__xss(1)'],
  ['js-void', 'javascript:void(__xss(1))'],
  ['js-top', 'javascript:top.__xss(1)'],
  ['js-fullwidth-colon', 'javascript\uff1a__xss(1)'],
  ['vbscript', 'vbscript:msgbox(1)'],
  ['vbscript-mixed', 'VbScRiPt:msgbox(1)'],
  ['data-html', 'data:text/html,<script>parent.__xss(1)</script>'],
  ['data-html-upper', 'DATA:text/html,<script>top.__xss(1)</script>'],
  ['data-html-base64', 'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3MoMSk8L3NjcmlwdD4='],
  ['data-svg', 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="top.__xss(1)"/>'],
  ['data-svg-base64', 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0idG9wLl9feHNzKDEpIi8+'],
  ['data-leading-space', ' data:text/html,<script>top.__xss(1)</script>'],
  ['data-entity', '&#100;ata:text/html,<script>top.__xss(1)</script>'],
  ['file', 'file:///etc/passwd'],
  ['blob', 'blob:https://evil.example/5a1e0b3c-0000-4000-8000-000000000000'],
  ['filesystem', 'filesystem:https://evil.example/temporary/x'],
  ['protocol-relative', '//evil.example/x.png'],
  ['backslashes', '\\\\evil.example\\x'],
  ['relative', 'x'],
  ['attr-breakout', 'https://example.com/" onmouseover="__xss(1)" x="'],
  ['tag-breakout', 'https://example.com/"><script>__xss(1)</script>'],
  ['single-quote-breakout', "https://example.com/' onfocus='__xss(1)' autofocus='"],
]

const mdLinkSafe = (u) => u.replace(/[\n\r]/g, ' ')

/** Markdown (src 30 `content`, src 31 chunks). */
export const MARKDOWN = [
  ['script-tag', `<script>${CODE}</script>hello`],
  ['script-inline', `a <script>${CODE}</script> b`],
  ['script-mixed-case', `<ScRiPt>${CODE}</sCrIpT>`],
  ['script-src', '<script src="https://evil.example/x.js"></script>'],
  ['script-split', `<scr<script>ipt>${CODE}</scr</script>ipt>`],
  ['script-double-lt', `<<script>script>${CODE}<</script>/script>`],
  ['script-in-code', '`<script>__xss(1)</script>` and\n\n```html\n<script>__xss(1)</script>\n```'],
  ['img-onerror', `<img src=x onerror=${CODE}>`],
  ['img-onerror-quoted', `<img src="x" onerror="${CODE}">`],
  ['img-onerror-safe-src', `<img src="https://example.com/a.png" onerror="${CODE}" onload="${CODE}">`],
  ['img-onerror-mixed-case', `<IMG SRC=x OnErRoR=${CODE}>`],
  ['img-onerror-slash', `<img/src=x/onerror=${CODE}>`],
  ['img-onerror-newline', `<img src=x\nonerror=${CODE}>`],
  ['img-unclosed', `<img src=x onerror=${CODE}//`],
  ['img-quote-confusion', `<img """><script>${CODE}</script>">`],
  ['img-srcset', '<img src="https://example.com/a.png" srcset="javascript:__xss(1) 1x">'],
  ['img-eval-src', '<img src=x:__xss(alt) onerror=eval(src) alt=1>'],
  ['svg-onload', `<svg onload=${CODE}>`],
  ['svg-script', `<svg><script>${CODE}</script></svg>`],
  ['svg-animate', `<svg><animate onbegin=${CODE} attributeName=x dur=1s>`],
  ['svg-set-href', '<svg><a><set attributeName=href to=javascript:__xss(1) /><text y=20>x</text></a></svg>'],
  ['svg-xlink', '<svg><a xlink:href="javascript:__xss(1)"><text x="20" y="20">x</text></a></svg>'],
  ['svg-foreign-object', `<svg><foreignObject><img src=x onerror=${CODE}></foreignObject></svg>`],
  ['math-mxss', `<math><mtext><table><mglyph><style><img src=x onerror=${CODE}>`],
  ['math-href', '<math href="javascript:__xss(1)">x</math>'],
  ['noscript-mxss', `<noscript><p title="</noscript><img src=x onerror=${CODE}>">`],
  ['template-script', `<template><script>${CODE}</script></template>`],
  ['comment-trick', `<!--<img src="--><img src=x onerror=${CODE}//">`],
  ['cdata', `<![CDATA[<img src=x onerror=${CODE}>]]>`],
  ['iframe-js', '<iframe src="javascript:top.__xss(1)"></iframe>'],
  ['iframe-srcdoc', '<iframe srcdoc="<script>parent.__xss(1)</script>"></iframe>'],
  ['iframe-data', '<iframe src="data:text/html,<script>parent.__xss(1)</script>"></iframe>'],
  ['object-data', '<object data="javascript:top.__xss(1)"></object>'],
  ['embed-src', '<embed src="javascript:top.__xss(1)">'],
  ['form-action', '<form action="javascript:__xss(1)"><button>go</button></form>'],
  ['button-formaction', '<button formaction="javascript:__xss(1)">go</button>'],
  ['input-autofocus', `<input autofocus onfocus=${CODE}>`],
  ['details-ontoggle', `<details open ontoggle=${CODE}>x</details>`],
  ['body-onload', `<body onload=${CODE}>`],
  ['video-onerror', `<video><source onerror=${CODE}></video>`],
  ['audio-onerror', `<audio src=x onerror=${CODE}>`],
  ['marquee-onstart', `<marquee onstart=${CODE}>x</marquee>`],
  ['div-onmouseover', `<div onmouseover="${CODE}" onclick="${CODE}">hover me</div>`],
  ['span-onfocus-tabindex', `<span tabindex=0 onfocus="${CODE}" autofocus>focus me</span>`],
  ['style-tag', '<style>@import "javascript:__xss(1)"; body { background: url("javascript:__xss(1)") }</style>'],
  ['style-attr', '<p style="background:url(javascript:__xss(1)); width: expression(__xss(1))">x</p>'],
  ['meta-refresh', '<meta http-equiv="refresh" content="0;url=javascript:__xss(1)">'],
  ['base-href', '<base href="javascript:__xss(1)//">'],
  ['link-import', '<link rel=import href="data:text/html,<script>top.__xss(1)</script>">'],
  ['a-onclick', `<a href="https://example.com" onclick="${CODE}">ok link</a>`],
  ['a-target-name', '<a href="https://example.com" target="_top">top</a>'],
  ['a-ping', '<a href="https://example.com" ping="https://evil.example/track">ping</a>'],
  ['a-html-js-entities', '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;__xss(1)">x</a>'],
  ['id-clobber', '<a id="__kefu" name="__kefu" href="https://example.com">c</a><form name="getElementById"></form>'],
  ['md-autolink-js', `<javascript:${CODE}>`],
  ['md-reference', `[x][evil]\n\n[evil]: javascript:${CODE}`],
  ['md-reference-title', '[x][evil]\n\n[evil]: https://example.com "t\\" onmouseover=\\"__xss(1)"'],
  ['md-title-breakout', '[x](https://example.com "a\\" onmouseover=\\"__xss(1)")'],
  ['md-angle-destination', `[x](<javascript:${CODE}>)`],
  ['md-nested', `[![img](javascript:${CODE})](javascript:${CODE})`],
  ['md-image-onerror-alt', `![" onerror="${CODE}](https://example.com/a.png)`],
  // every hostile URL as a Markdown link, a Markdown image, an HTML link and an HTML image
  ...HOSTILE_URLS.map(([id, u]) => [
    `url-${id}`,
    [
      `[link ${id}](${mdLinkSafe(u)})`,
      `![image ${id}](${mdLinkSafe(u)})`,
      `<a href="${u.replace(/"/g, '&quot;')}">html link ${id}</a>`,
      `<img src="${u.replace(/"/g, '&quot;')}" alt="html image ${id}">`,
      `[ref ${id}][r]\n\n[r]: <${u.replace(/[\n\r<>]/g, ' ')}>`,
    ].join('\n\n'),
  ]),
]

const HTML_TEXT = `<img src=x onerror=${CODE}><script>${CODE}</script><a href="javascript:${CODE}">x</a>`
const SVG_TEXT = `<svg onload=${CODE}>`

/** Every protocol object to render: `{ id, data }` where `data` is the custom message's data object. */
export function wireVectors() {
  const out = []
  const add = (id, data) => out.push({ id, data })
  for (const [id, md] of MARKDOWN) add(`richText/${id}`, { customerServicePlugin: 0, src: '30', content: md })
  // streaming answers go through the same Markdown path, also while unfinished
  for (const [id, md] of MARKDOWN.filter((_, i) => i % 4 === 0)) {
    add(`stream/${id}`, { chatbotPlugin: 1, src: '31', chunks: [md.slice(0, 5), md.slice(5)], isFinished: 0 })
  }
  // product cards: every hostile URL as the link and as the picture; HTML in the texts
  for (const [id, u] of HOSTILE_URLS) {
    add(`product/url-${id}`, { customerServicePlugin: 0, src: '22', content: { header: `Card ${id}`, desc: 'desc', pic: 'https://example.com/p.png', url: u } })
    add(`product/pic-${id}`, { customerServicePlugin: 0, src: '22', content: { header: `Card ${id}`, desc: 'desc', pic: u, url: 'https://example.com/p' } })
  }
  add('product/html-fields', { customerServicePlugin: 0, src: '22', content: { header: HTML_TEXT, desc: SVG_TEXT, pic: `x" onerror="${CODE}`, url: `javascript:${CODE}` } })
  // order cards: the picture, the texts, the custom fields
  for (const [id, u] of HOSTILE_URLS.filter((_, i) => i % 2 === 0)) {
    add(`order/pic-${id}`, { customerServicePlugin: 0, src: '28', content: { guide: 'Is this the order?', name: `Order ${id}`, desc: 'd', pic: u, customField: [{ name: 'Link', value: u }] } })
  }
  add('order/html-fields', {
    customerServicePlugin: 0,
    src: '28',
    content: {
      guide: HTML_TEXT,
      name: SVG_TEXT,
      desc: `<iframe srcdoc="<script>parent.${CODE}</script>">`,
      pic: `javascript:${CODE}`,
      customField: [
        { name: HTML_TEXT, value: `<a href="javascript:${CODE}">x</a>`, customerValue: `<img src=x onerror=${CODE}>` },
        { name: '<b onmouseover=__xss(1)>bold</b>', value: `javascript:${CODE}` },
      ],
    },
  })
  // branch menus, forms, suggestion cards, rating cards: HTML in every text
  add('branch/html', {
    customerServicePlugin: 0,
    src: '15',
    content: {
      header: HTML_TEXT,
      items: [
        { content: `<script>${CODE}</script>`, desc: `<img src=x onerror=${CODE}>` },
        { content: `javascript:${CODE}`, desc: SVG_TEXT },
        { content: `" onclick="${CODE}`, desc: `<a href="javascript:${CODE}">d</a>` },
      ],
      tail: `<iframe src="javascript:top.${CODE}"></iframe>`,
    },
  })
  add('branch/selected-html', {
    customerServicePlugin: 0,
    src: '15',
    content: { header: 'h', items: [{ content: `<img src=x onerror=${CODE}>` }], tail: '', selected: { content: `<img src=x onerror=${CODE}>` } },
  })
  add('form/options-html', {
    customerServicePlugin: 0,
    src: '21',
    content: { header: HTML_TEXT, type: 1, items: [{ content: `<svg onload=${CODE}>`, desc: `<script>${CODE}</script>` }, { content: `javascript:${CODE}` }] },
  })
  add('form/text-html', { customerServicePlugin: 0, src: '21', content: { header: `<input autofocus onfocus=${CODE}>${HTML_TEXT}`, type: 0 } })
  add('form/answered-html', { customerServicePlugin: 0, src: '21', content: { header: 'h', type: 0, selected: { content: `<img src=x onerror=${CODE}>` } } })
  add('welcome/html', {
    customerServicePlugin: 0,
    src: '29',
    subtype: 'welcome_msg',
    content: { title: HTML_TEXT, content: SVG_TEXT, items: Array.from({ length: 7 }, (_, i) => ({ content: i % 2 ? `<img src=x onerror=${CODE}>` : `javascript:${CODE}` })) },
  })
  add('clarify/html', {
    customerServicePlugin: 0,
    src: '29',
    subtype: 'clarify_msg',
    content: { title: `<script>${CODE}</script>`, content: HTML_TEXT, items: [{ content: `<a href="javascript:${CODE}">q</a>` }] },
  })
  add('rating/html', {
    customerServicePlugin: 0,
    src: '9',
    menuContent: {
      head: HTML_TEXT,
      tail: SVG_TEXT,
      type: 1,
      sessionId: '<img src=x onerror=__xss(1)>',
      expireTime: 4102444800,
      menu: ['101', '102', '103', '104', '105'].map((id) => ({ id, content: `<img src=x onerror=${CODE}> ${id}` })),
    },
  })
  add('rating/numbers-html', {
    customerServicePlugin: 0,
    src: '9',
    menuContent: {
      head: 'Rate', tail: 't', type: 2, sessionId: 's', expireTime: 4102444800,
      menu: ['101', '102', '103', '104', '105'].map((id) => ({ id, content: `<script>${CODE}</script>` })),
      selected: { id: '103', content: `<img src=x onerror=${CODE}>` },
    },
  })
  // unknown and broken payloads carrying markup in the places a placeholder shows
  add('unknown/html-src', { customerServicePlugin: 0, src: `<img src=x onerror=${CODE}>`, content: HTML_TEXT })
  add('invalid/html-shape', { customerServicePlugin: 0, src: '15', content: { header: HTML_TEXT, items: HTML_TEXT } })
  return out
}

/** Plain-text and image bodies (not custom data): for the live chat. */
export function bodyVectors() {
  const out = []
  out.push({ id: 'text/html', body: { type: 'text', text: HTML_TEXT } })
  out.push({ id: 'text/svg', body: { type: 'text', text: SVG_TEXT } })
  for (const [id, u] of HOSTILE_URLS) out.push({ id: `text/url-${id}`, body: { type: 'text', text: `see ${u} and https://example.com/ok` } })
  for (const [id, u] of HOSTILE_URLS.filter((_, i) => i % 2 === 0)) {
    out.push({ id: `image/url-${id}`, body: { type: 'image', url: u, thumbUrl: u, width: 10, height: 10 } })
  }
  out.push({ id: 'image/thumb-only-js', body: { type: 'image', url: 'https://example.com/a.png', thumbUrl: `javascript:${CODE}` } })
  return out
}

/** Decoded payloads an agent can send through the simulator (`agentSendPayload`), from wire vectors. */
export function toAgentPayload(v) {
  const d = v.data
  const c = d.content || {}
  switch (String(d.src)) {
    case '30':
      return { kind: 'richText', src: '30', content: d.content }
    case '31':
      return { kind: 'stream', src: '31', chunks: d.chunks, isFinished: !!d.isFinished }
    case '22':
      return { kind: 'product', src: '22', header: c.header, desc: c.desc, pic: c.pic, url: c.url }
    case '28':
      return { kind: 'order', src: '28', guide: c.guide, name: c.name, desc: c.desc, pic: c.pic, customField: c.customField }
    case '15':
      return Array.isArray(c.items) && !c.selected ? { kind: 'branch', src: '15', header: c.header, items: c.items, tail: c.tail } : null
    case '21':
      return !c.selected && (c.type === 0 || Array.isArray(c.items)) ? { kind: 'form', src: '21', header: c.header, type: c.type, items: c.items || [] } : null
    case '29':
      return { kind: d.subtype === 'clarify_msg' ? 'clarify' : 'welcome', src: '29', subtype: d.subtype, title: c.title, content: c.content, items: c.items }
    default:
      return null
  }
}
