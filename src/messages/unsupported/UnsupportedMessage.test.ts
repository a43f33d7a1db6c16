import { describe, expect, it } from 'vitest'
import { UnsupportedMessage } from './UnsupportedMessage'
import { MessageErrorPlaceholder } from './MessageErrorPlaceholder'
import { RevokedMessage } from './RevokedMessage'
import { fixtureMessage } from '../_shared/fixture'
import { makeContext, mountRenderer, unmount } from '../_shared/testing'
import { mountCompat, vueLabel } from '../../test-utils/mount'

describe(`given messages the kit cannot draw (${vueLabel})`, () => {
  it('shows an unknown src as unsupported, with the src', () => {
    const w = mountRenderer(UnsupportedMessage, fixtureMessage('u1', { kind: 'unknown', src: '99' }))
    expect(w.find('.kefu-placeholder__text').text()).toBe('This message type is not supported')
    expect(w.find('.kefu-placeholder__details').text()).toBe('Type 99')
    unmount(w)
  })

  it('shows an invalid payload with its src and reason, shortened', () => {
    const w = mountRenderer(UnsupportedMessage, fixtureMessage('u2', { kind: 'invalid', src: '15', reason: 'src 15: content.items must be an array' + 'x'.repeat(500) }))
    const details = w.find('.kefu-placeholder__details').text()
    expect(details).toContain('Type 15')
    expect(details).toContain('Reason: src 15: content.items must be an array')
    expect(details.length).toBeLessThan(200)
    unmount(w)
  })

  it('shows bad JSON without a src', () => {
    const w = mountRenderer(UnsupportedMessage, fixtureMessage('u3', { kind: 'invalid', reason: 'data is not valid JSON' }))
    expect(w.find('.kefu-placeholder__details').text()).toBe('Reason: data is not valid JSON')
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
