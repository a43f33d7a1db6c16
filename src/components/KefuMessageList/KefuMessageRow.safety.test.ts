import { describe, expect, it } from 'vitest'
import { KefuMessageRow } from './KefuMessageRow'
import { TextMessage } from '../../messages/text/TextMessage'
import { fixtureMessage } from '../../messages/_shared/fixture'
import { makeContext, unmount } from '../../testing/renderers'
import { mountCompat, vueLabel } from '../../testing/mount'
import type { ChatMessage } from '../../protocol/engine/types'

function mountRow(message: ChatMessage, extra: Record<string, unknown> = {}) {
  const host = document.createElement('div')
  document.body.appendChild(host)
  return mountCompat(KefuMessageRow, {
    props: { message, renderer: TextMessage, defaultRenderer: TextMessage, context: makeContext(), groupStart: true, ...extra },
    attachTo: host,
  })
}

describe(`KefuMessageRow names and avatars (${vueLabel})`, () => {
  it('shows a sender name with a right-to-left override isolated and without the override', () => {
    const w = mountRow(fixtureMessage('r1', { kind: 'text', text: 'hi' }, { senderName: '\u202Eexe.cod\u2066x\u2069' }))
    const name = w.find('.kefu-row__name')
    expect(name.element.tagName).toBe('BDI')
    expect(name.text()).toBe('exe.codx')
    expect(w.find('.kefu-row__avatar--initial').text()).toBe('e')
    unmount(w)
  })

  it('loads an avatar only through the URL rule: a refused one falls back to the service avatar, then to the initial', () => {
    const msg = (avatar: string) => fixtureMessage('r2', { kind: 'text', text: 'hi' }, { senderName: 'Ann', avatar })
    let w = mountRow(msg('javascript:alert(1)'), { serviceAvatar: 'https://example.com/service.png' })
    expect(w.find('img.kefu-row__avatar').attributes('src')).toBe('https://example.com/service.png')
    unmount(w)
    w = mountRow(msg('data:image/svg+xml,<svg onload=alert(1)>'), { serviceAvatar: 'data:image/png;base64,AAAA' })
    expect(w.find('img.kefu-row__avatar').exists()).toBe(false)
    expect(w.find('.kefu-row__avatar--initial').text()).toBe('A')
    unmount(w)
    w = mountRow(msg('https://user:pass@example.com/ann.png'))
    expect(w.find('img.kefu-row__avatar').attributes('src')).toBe('https://example.com/ann.png')
    unmount(w)
  })
})
