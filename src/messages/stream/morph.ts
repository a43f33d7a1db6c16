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

/**
 * Gives `el` the content `el.innerHTML = html` would (the same DOM), changing only the nodes that
 * differ from what it holds. `html` must be safe to assign to innerHTML (it is sanitized already).
 */
export function setHtml(el: HTMLElement, html: string): void {
  const div = el.firstChild ? scratch() : null
  if (!div) {
    el.innerHTML = html
    return
  }
  div.innerHTML = html
  morphChildren(el, div)
  div.textContent = ''
}
