import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { UnsupportedMessage } from './UnsupportedMessage'
import { MessageErrorPlaceholder } from './MessageErrorPlaceholder'
import { RevokedMessage } from './RevokedMessage'
import { fixtureMessage } from '../_shared/fixture'
import { makeContext, mountRenderer, unmount } from '../../testing/renderers'
import { mountCompat, vueLabel } from '../../testing/mount'

describe(`given messages the kit cannot draw (${vueLabel})`, () => {
  let warn: MockInstance
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  })
  afterEach(() => {
    warn.mockRestore()
  })
  const warnings = () => warn.mock.calls.map((c) => String(c[0]))

  it('shows the customer a plain sentence for an unknown src, and tells the developer the src once', () => {
    const w = mountRenderer(UnsupportedMessage, fixtureMessage('u1', { kind: 'unknown', src: '99' }))
    expect(w.text()).toBe('This message type is not supported')
    expect(w.find('.kefu-placeholder__details').exists()).toBe(false)
    expect(w.attributes('data-kefu-src')).toBe('99')
    expect(warnings()).toEqual([expect.stringContaining("message u1 has src 99, which no renderer draws (register one under 'src:99')")])
    unmount(w)
  })

  it('keeps the decode reason away from the customer: console (once per message) and a data attribute', () => {
    const reason = 'src 9: menuContent.menu must be a non-empty array' + 'x'.repeat(500)
    const message = fixtureMessage('u2', { kind: 'invalid', src: '9', reason })
    const w = mountRenderer(UnsupportedMessage, message)
    expect(w.text()).toBe('This message type is not supported')
    expect(w.text()).not.toContain('menuContent')
    expect(w.attributes('data-kefu-reason')).toContain('src 9: menuContent.menu must be a non-empty array')
    expect(warnings()).toHaveLength(1)
    expect(warnings()[0]).toContain('message u2 could not be decoded (src 9): src 9: menuContent.menu must be a non-empty array')
    // drawn again (a re-render, a second mount of the same message): no second warning
    const again = mountRenderer(UnsupportedMessage, message)
    expect(warnings()).toHaveLength(1)
    // another message with the same problem is another warning
    const other = mountRenderer(UnsupportedMessage, fixtureMessage('u3', { kind: 'invalid', src: '9', reason }))
    expect(warnings()).toHaveLength(2)
    unmount(w)
    unmount(again)
    unmount(other)
  })

  it('shows bad JSON the same plain way', () => {
    const w = mountRenderer(UnsupportedMessage, fixtureMessage('u4', { kind: 'invalid', reason: 'data is not valid JSON' }))
    expect(w.text()).toBe('This message type is not supported')
    expect(w.attributes('data-kefu-reason')).toBe('data is not valid JSON')
    expect(warnings()[0]).toContain('message u4 could not be decoded: data is not valid JSON')
    unmount(w)
  })
})

describe(`given a renderer that threw (${vueLabel})`, () => {
  it('shows a placeholder without the error text', () => {
    const message = fixtureMessage('e1', { kind: 'text', text: 'x' })
    const w = mountCompat(MessageErrorPlaceholder, { props: { message, context: makeContext(), error: new TypeError('secret internals') } })
    expect(w.text()).toBe('This message could not be displayed')
    expect(w.html()).not.toContain('secret internals')
    expect(w.attributes('data-kefu-error')).toBe('TypeError')
    expect(w.attributes('data-kefu-message-id')).toBe('e1')
    unmount(w)
  })
})

describe(`given a withdrawn message (${vueLabel})`, () => {
  it('says who withdrew it', () => {
    const service = mountRenderer(RevokedMessage, fixtureMessage('r1', { kind: 'text', text: 'secret' }, { revoked: true }))
    expect(service.text()).toBe('A message was withdrawn')
    unmount(service)
    const mine = mountRenderer(RevokedMessage, fixtureMessage('r2', { kind: 'text', text: 'secret' }, { revoked: true, from: 'customer' }))
    expect(mine.text()).toBe('You withdrew a message')
    expect(mine.html()).not.toContain('secret')
    unmount(mine)
  })
})
