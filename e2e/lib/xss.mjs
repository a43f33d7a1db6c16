// Checks that hostile content stayed inert: nothing ran (tripwire, dialogs), and nothing
// dangerous reached the DOM (event-handler attributes, script-capable elements, URLs whose scheme
// is not http(s) / mailto / tel, images that are not http(s), style with url()/expression()).

/**
 * Audits the subtree of `root` in the page (and the whole document for handlers and scripts that
 * escaped it). Returns a list of findings (empty when clean). Runs in the browser.
 */
export function auditInPage(arg) {
  const { root: rootSelector, wholeDocument = true } = typeof arg === 'string' ? { root: arg } : arg
  const findings = []
  const LINK_OK = new Set(['http:', 'https:', 'mailto:', 'tel:'])
  const IMG_OK = new Set(['http:', 'https:'])
  const FORBIDDEN = new Set([
    'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'style',
    'form', 'template', 'noscript', 'math', 'foreignobject', 'animate', 'set', 'animatetransform', 'animatemotion',
    'handler', 'listener', 'portal', 'video', 'audio', 'source', 'track', 'marquee', 'isindex', 'textarea', 'select',
  ])
  const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'data', 'codebase', 'cite', 'longdesc', 'lowsrc', 'dynsrc', 'ping', 'manifest', 'icon', 'archive', 'usemap', 'profile', 'classid'])
  const describe = (el) => {
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''
    return `<${el.tagName.toLowerCase()}${cls}>`
  }
  const check = (el, name, value, allowed) => {
    const raw = String(value)
    let url
    try {
      url = new URL(raw.trim(), document.baseURI)
    } catch {
      findings.push(`${describe(el)} ${name}="${raw.slice(0, 80)}" is not a URL`)
      return
    }
    if (!allowed.has(url.protocol)) findings.push(`${describe(el)} ${name}="${raw.slice(0, 80)}" has the scheme ${url.protocol}`)
  }
  const roots = document.querySelectorAll(rootSelector)
  if (roots.length === 0) findings.push(`no element matches ${rootSelector}`)
  for (const root of roots) {
    for (const el of [root, ...root.querySelectorAll('*')]) {
      const tag = el.tagName.toLowerCase()
      if (FORBIDDEN.has(tag)) findings.push(`${describe(el)} element`)
      // the kit's own inputs: a form card's text field, and the file choosers of the composer and of a
      // lost upload (type=file, nothing a message can put there)
      const kitFileInput = el.getAttribute('type') === 'file' && (el.classList.contains('kefu-composer__file') || el.classList.contains('kefu-upload__input'))
      if (tag === 'input' && !el.classList.contains('kefu-form__input') && !kitFileInput) findings.push(`${describe(el)} element (not the kit's form input)`)
      if (tag === 'textarea' && el.classList.contains('kefu-composer__input')) findings.pop()
      for (const a of Array.from(el.attributes)) {
        const n = a.name.toLowerCase()
        if (n.startsWith('on')) findings.push(`${describe(el)} has the event-handler attribute ${n}="${a.value.slice(0, 60)}"`)
        if (n === 'srcdoc') findings.push(`${describe(el)} has srcdoc`)
        if (n === 'srcset' || n === 'imagesrcset') {
          for (const part of a.value.split(',')) {
            const u = part.trim().split(/\s+/)[0]
            if (u) check(el, n, u, IMG_OK)
          }
        }
        if (n === 'style' && /url\s*\(|expression\s*\(|javascript:|@import|behavior\s*:|-moz-binding/i.test(a.value)) findings.push(`${describe(el)} style="${a.value.slice(0, 80)}"`)
        if (n === 'target' && a.value !== '_blank') findings.push(`${describe(el)} target="${a.value}" (only _blank is expected)`)
        if (n === 'autofocus') findings.push(`${describe(el)} has autofocus`)
        if (n === 'id' || n === 'name') {
          // DOM clobbering: an id / name from content shadowing a global or a document property
          const v = a.value
          if (v in window || v in document || /^__/.test(v)) {
            if (!/^kefu-/.test(v)) findings.push(`${describe(el)} ${n}="${v}" shadows a global`)
          }
        }
        if (URL_ATTRS.has(n)) {
          const isImage = (tag === 'img' || tag === 'image') && (n === 'src' || n === 'href' || n === 'xlink:href')
          check(el, n, a.value, isImage ? IMG_OK : LINK_OK)
        }
      }
      if (tag === 'a' && el.hasAttribute('href')) {
        const rel = (el.getAttribute('rel') || '').split(/\s+/)
        if (!rel.includes('noopener')) findings.push(`${describe(el)} href without rel=noopener`)
      }
    }
  }
  if (!wholeDocument) return findings
  // anything that escaped the root: handlers or scripts elsewhere in the document
  for (const el of document.querySelectorAll('*')) {
    for (const a of Array.from(el.attributes)) {
      if (a.name.toLowerCase().startsWith('on')) findings.push(`document: ${describe(el)} has ${a.name}`)
    }
  }
  const scripts = Array.from(document.querySelectorAll('script')).filter((s) => !window.__e2eInitialScripts || !window.__e2eInitialScripts.includes(s))
  for (const s of scripts) findings.push(`document: a <script> appeared (${(s.src || s.textContent || '').slice(0, 60)})`)
  for (const f of document.querySelectorAll('iframe, frame, object, embed')) findings.push(`document: ${describe(f)} appeared`)
  return findings
}

/** Remembers the scripts the page loaded with (they are the app, not content). */
export async function rememberInitialScripts(page) {
  await page.evaluate(() => {
    window.__e2eInitialScripts = Array.from(document.querySelectorAll('script'))
  })
}

/**
 * Hovers, focuses and clicks every link, button, radio and focusable element under `rootSelector`
 * (a hostile `javascript:` href, an onclick, onmouseover or onfocus would run now). Links with an
 * href get a real (trusted) click, so their activation behaviour runs exactly as for a customer;
 * everything else gets its events dispatched in the page. Returns how many elements it used.
 */
export async function poke(page, rootSelector) {
  const used = await page.evaluate((sel) => {
    let n = 0
    for (const root of document.querySelectorAll(sel)) {
      for (const el of root.querySelectorAll('a, button, [role="button"], [role="radio"], [tabindex], input, img')) {
        if (!el.isConnected) continue
        for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'mousemove']) {
          el.dispatchEvent(new MouseEvent(type, { bubbles: type !== 'mouseenter' && type !== 'pointerenter', cancelable: true }))
        }
        if (el.tagName === 'IMG') continue
        try { el.focus() } catch { /* not focusable */ }
        if (!(el.tagName === 'A' && el.hasAttribute('href')) && !el.disabled) el.click()
        try { el.blur() } catch { /* ignore */ }
        n++
      }
    }
    return n
  }, rootSelector)
  const links = page.locator(`${rootSelector} a[href]`)
  const count = await links.count()
  for (let i = 0; i < count && i < 40; i++) {
    await links.nth(i).click({ timeout: 1500, force: true, noWaitAfter: true }).catch(() => undefined)
  }
  return used
}

/** The tripwire hits so far. */
export async function xssHits(page) {
  return page.evaluate(() => (window.__xssHits || []).slice())
}
