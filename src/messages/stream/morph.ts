// The open tail of a streamed answer changes with every chunk, mostly by a few words at its end.
// Setting its innerHTML each time replaced every node of the tail: the browser rebuilt their
// styles and layout objects and laid the whole block out again (measured in Chromium at 10,000
// messages of history: ~0.3 ms of style and layout and ~0.6 ms of CPU per chunk). Here the new
// HTML is parsed aside and only what differs is changed: a text node's data, new nodes appended,
// a node whose tag or attributes differ replaced. The result is the DOM `innerHTML = html` makes.

let scratchDiv: HTMLElement | null | undefined

/**
 * A div in an inert document (no image loads, nothing runs): the HTML is parsed in a div's
 * context there, as `innerHTML` on the live div would parse it. Null where there is none.
 */
function scratch(): HTMLElement | null {
  if (scratchDiv === undefined) {
    try {
      const doc = document.implementation.createHTMLDocument('')
      scratchDiv = doc.createElement('div')
      doc.body.appendChild(scratchDiv)
    } catch {
      scratchDiv = null
    }
  }
  return scratchDiv
}

function sameElement(a: Element, b: Element): boolean {
  // a template's content is not among its children: never reused
  if (a.nodeName !== b.nodeName || a.nodeName === 'TEMPLATE') return false
  // most Markdown elements have none (reading .attributes costs a wrapper per element)
  const has = b.hasAttributes()
  if (has !== a.hasAttributes()) return false
  if (!has) return true
  const aa = a.attributes
  const ba = b.attributes
  if (aa.length !== ba.length) return false
  for (let i = 0; i < ba.length; i++) {
    const attr = ba[i] as Attr
    if (a.getAttributeNS(attr.namespaceURI, attr.localName) !== attr.value) return false
  }
  return true
}

/** Makes `live`'s children the same as `next`'s, moving `next`'s nodes over where they differ. */
function morphChildren(live: Node, next: Node): void {
  let x = live.firstChild
  let y = next.firstChild
  while (y) {
    const yNext: ChildNode | null = y.nextSibling
    if (!x) {
      live.appendChild(y)
    } else if (x.nodeType !== y.nodeType || (x.nodeType === 1 ? !sameElement(x as Element, y as Element) : x.nodeType !== 3 && x.nodeType !== 8)) {
      const xNext: ChildNode | null = x.nextSibling
      live.replaceChild(y, x)
      x = xNext
    } else {
      if (x.nodeType === 1) morphChildren(x, y)
      else if ((x as CharacterData).data !== (y as CharacterData).data) (x as CharacterData).data = (y as CharacterData).data
      x = x.nextSibling
    }
    y = yNext
  }
  while (x) {
    const xNext: ChildNode | null = x.nextSibling
    live.removeChild(x)
    x = xNext
  }
}

/** text that parses to itself: no markup, no character reference, nothing the parser rewrites */
const PLAIN = /^[^<>&\r\0]*$/
/** where the text after a closing tag would not be a child's text (tables, selects: moved or dropped) */
const NO_TEXT = /^(?:TABLE|TBODY|THEAD|TFOOT|TR|COLGROUP|SELECT|TEMPLATE|TEXTAREA|SCRIPT|STYLE|TITLE)$/
const TAIL_TOKEN = /<\/([a-zA-Z][a-zA-Z0-9]*)>|[^<>&\r\0]+/y

/**
 * The most common chunk, done without parsing: `html` is `prev` with plain text inserted where
 * only closing tags and whitespace-like text follow (a paragraph, a list item or a heading growing
 * by a few words). Finds that spot in `el` (which holds `prev`'s DOM) and adds the text there:
 * the DOM a parse would make. False (nothing changed) whenever that is not certain.
 */
function appendText(el: HTMLElement, prev: string, html: string): boolean {
  const grown = html.length - prev.length
  if (grown <= 0) return false
  // the longest common start: the text goes after as much of `prev` as possible
  let at = 0
  const max = prev.length
  while (at < max && prev.charCodeAt(at) === html.charCodeAt(at)) at++
  if (html.slice(at + grown) !== prev.slice(at)) return false
  const text = html.slice(at, at + grown)
  if (!PLAIN.test(text)) return false
  // inside a tag (an attribute growing)
  const lt = prev.lastIndexOf('<', at - 1)
  if (lt >= 0 && prev.lastIndexOf('>', at - 1) < lt) return false
  // right after a tag, a newline may be dropped (`<pre>\n`): parse then
  if (text.charCodeAt(0) === 10 && prev.charCodeAt(at - 1) === 62 /* '>' */) return false
  // the end, read backwards against the DOM: each closing tag an element to enter, each text a text node
  const tokens: string[] = []
  TAIL_TOKEN.lastIndex = at
  while (TAIL_TOKEN.lastIndex < prev.length) {
    const from = TAIL_TOKEN.lastIndex
    const m = TAIL_TOKEN.exec(prev)
    if (!m || m.index !== from) return false
    tokens.push(m[0])
  }
  let parent: Node = el
  let before: ChildNode | null = null
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!
    const node: ChildNode | null = before ? before.previousSibling : parent.lastChild
    if (!node) return false
    if (token.charCodeAt(0) === 60 /* '<' */) {
      if (node.nodeType !== 1 || (node as Element).localName !== token.slice(2, -1).toLowerCase() || NO_TEXT.test(node.nodeName)) return false
      parent = node
      before = null
    } else {
      if (node.nodeType !== 3 || (node as Text).data !== token) return false
      before = node
    }
  }
  if (parent !== el && (parent as Element).namespaceURI !== 'http://www.w3.org/1999/xhtml') return false
  // text before a text node would join it: parse then
  if (before && before.nodeType === 3) return false
  const last: ChildNode | null = before ? before.previousSibling : parent.lastChild
  // after an element only when `prev` closes it right there (never inside one left open)
  if (last && last.nodeType === 1 && !prev.startsWith(`</${(last as Element).localName}>`, at - (last as Element).localName.length - 3)) return false
  if (last && last.nodeType === 3) (last as Text).appendData(text)
  else parent.insertBefore((parent.ownerDocument || document).createTextNode(text), before)
  return true
}

/**
 * Gives `el` the content `el.innerHTML = html` would (the same DOM), changing only the nodes that
 * differ from what it holds. `html` must be safe to assign to innerHTML (it is sanitized already).
 * `prev`, when given, is the HTML `el` holds now (from the last call): plain text added to it is
 * then inserted without parsing anything.
 */
export function setHtml(el: HTMLElement, html: string, prev?: string): void {
  if (prev !== undefined && el.firstChild && appendText(el, prev, html)) return
  const div = el.firstChild ? scratch() : null
  if (!div) {
    el.innerHTML = html
    return
  }
  div.innerHTML = html
  morphChildren(el, div)
  div.textContent = ''
}
