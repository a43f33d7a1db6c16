// Every URL the kit puts in the DOM goes through the one URL rule (src/messages/_shared/url.ts).
// For every gallery fixture, every URL in it (URL fields, URLs inside text and Markdown, the
// message's avatar and the list's service avatar) is replaced by a hostile one, the message is
// drawn the way the list draws it (KefuMessageRow, with avatar and name), and no `javascript:`,
// `data:` or other non-http(s)/mailto/tel URL may reach any attribute. The rule allows no `data:`
// at all, not even a raster `data:image/png` (see IMAGE_PROTOCOLS in url.ts).
import { describe, expect, it } from 'vitest'
import { galleryFixtures } from './gallery'
import { createRendererRegistry } from './registry'
import { KefuMessageRow } from '../components/KefuMessageList/KefuMessageRow'
import { makeContext, unmount } from '../testing/renderers'
import { mountCompat, vueLabel } from '../testing/mount'
import { captureWarnings } from '../testing/console'
import type { ChatMessage } from '../protocol/engine/types'

const HOSTILE = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'data:image/png;base64,iVBORw0KGgo=',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
]

/** Keys that hold a URL in some payload; added where missing so optional fields are covered too. */
const URL_KEYS = ['url', 'thumbUrl', 'pic', 'avatar', 'href', 'link', 'image', 'imageUrl', 'poster']
const URL_IN_TEXT = /\bhttps?:\/\/[^\s)\]"'<>]+/g

function hostile(value: unknown, bad: string, key = ''): unknown {
  if (typeof value === 'string') {
    if (URL_KEYS.includes(key) || /^https?:\/\//.test(value.trim())) return bad
    return value.replace(URL_IN_TEXT, bad)
  }
  if (Array.isArray(value)) return value.map((v) => hostile(v, bad))
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = hostile(v, bad, k)
    return out
  }
  return value
}

function withHostileUrls(m: ChatMessage, bad: string): ChatMessage {
  const payload = hostile(m.payload, bad) as Record<string, unknown>
  if (['product', 'order', 'image'].includes(payload.kind as string)) {
    for (const k of ['url', 'thumbUrl', 'pic']) if (!(k in payload)) payload[k] = bad
  }
  // Markdown: a link and an image with the hostile URL, whatever the fixture had
  if (payload.kind === 'richText' || payload.kind === 'stream') {
    for (const k of ['content', 'text', 'markdown']) {
      if (typeof payload[k] === 'string') payload[k] = `${payload[k]}\n\n[x](${bad}) ![y](${bad}) <a href="${bad}">z</a> <img src="${bad}">`
    }
  }
  return { ...m, payload: payload as never, avatar: bad, from: m.from === 'customer' ? m.from : 'service' }
}

const URL_ATTRS = ['src', 'href', 'poster', 'srcset', 'xlink:href', 'action', 'formaction', 'background', 'style', 'data']

function unsafeAttributes(root: Element): string[] {
  const found: string[] = []
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const name of URL_ATTRS) {
      const v = el.getAttribute(name)
      if (v === null) continue
      if (/(javascript|vbscript|data)\s*:/i.test(v.replace(/[\s\u0000-\u001f]/g, ''))) found.push(`<${el.tagName.toLowerCase()} ${name}="${v}">`)
      else if ((name === 'src' || name === 'href') && v && !/^(https?:\/\/|mailto:|tel:)/.test(v)) found.push(`<${el.tagName.toLowerCase()} ${name}="${v}"> (not an allowed absolute URL)`)
    }
  }
  return found
}

describe(`every URL in the DOM goes through the URL rule (${vueLabel})`, () => {
  const registry = createRendererRegistry()
  // the placeholders' developer warnings (unknown src, bad payload) are expected, and only those
  const warnings = captureWarnings()

  it.each(galleryFixtures.map((f) => [f.id, f] as const))('%s, with each hostile URL in every URL', (_id, fixture) => {
    for (const bad of HOSTILE) {
      const message = withHostileUrls(fixture.message, bad)
      const resolved = registry.resolve(message)
      expect(resolved).not.toBeNull()
      const host = document.createElement('div')
      document.body.appendChild(host)
      const w = mountCompat(KefuMessageRow, {
        props: { message, renderer: resolved!.component, defaultRenderer: resolved!.component, context: makeContext(), groupStart: true, serviceAvatar: bad },
        attachTo: host,
      })
      expect(unsafeAttributes(w.element), bad).toEqual([])
      unmount(w)
      host.remove()
    }
    for (const line of warnings()) expect(line).toMatch(new RegExp(`^\\[kefu-kit\\] message ${fixture.id} .*"not supported" placeholder`))
  })

  it('the check itself catches an avatar that bypasses the rule', () => {
    const el = document.createElement('div')
    el.innerHTML = '<img src="javascript:alert(1)"><a href="data:text/html,x">x</a><img src="relative.png">'
    expect(unsafeAttributes(el)).toHaveLength(3)
  })
})
