import { describe, expect, it } from 'vitest'
import { TextMessage } from './TextMessage'
import { fixtureMessage } from '../_shared/fixture'
import { all, mountRenderer, unmount } from '../../testing/renderers'
import { vueLabel } from '../../testing/mount'
import { captureWarnings } from '../../testing/console'

const text = (t: string, extra = {}) => fixtureMessage('t1', { kind: 'text', text: t }, extra)

describe(`given a text message (${vueLabel})`, () => {
  it('draws the text with its line breaks', () => {
    const w = mountRenderer(TextMessage, text('第一行\n第二行'))
    expect(w.find('p.kefu-text').element.textContent).toBe('第一行\n第二行')
    unmount(w)
  })

  it('draws markup as text, never as HTML', () => {
    const w = mountRenderer(TextMessage, text('<img src=x onerror=alert(1)><b>x</b>'))
    expect(w.find('img').exists()).toBe(false)
    expect(w.find('b').exists()).toBe(false)
    expect(w.text()).toContain('<img src=x onerror=alert(1)>')
    unmount(w)
  })

  it('turns http(s) URLs into links that open in a new tab without an opener', () => {
    const w = mountRenderer(TextMessage, text('详见https://cloud.tencent.com/document/product/269，谢谢'))
    const links = all(w, 'a')
    expect(links).toHaveLength(1)
    expect(links[0].attributes('href')).toBe('https://cloud.tencent.com/document/product/269')
    expect(links[0].attributes('target')).toBe('_blank')
    expect(links[0].attributes('rel')).toBe('noopener noreferrer')
    // screen readers are told it opens a new tab
    expect(links[0].text()).toContain('(opens in a new tab)')
    expect(w.text()).toContain('，谢谢')
    unmount(w)
  })

  it('leaves javascript: and data: URLs as text', () => {
    const w = mountRenderer(TextMessage, text('javascript:alert(1) data:text/html,x'))
    expect(w.find('a').exists()).toBe(false)
    unmount(w)
  })

  it('shows a muted placeholder for empty text', () => {
    const w = mountRenderer(TextMessage, text('  \n '))
    expect(w.find('.kefu-text--empty').text()).toBe('(empty message)')
    unmount(w)
  })

  it('updates when the message changes', async () => {
    const w = mountRenderer(TextMessage, text('old'))
    await w.setProps({ message: text('new https://example.com') })
    expect(w.text()).toContain('new')
    expect(w.find('a').attributes('href')).toBe('https://example.com/')
    unmount(w)
  })

  describe('handed another kind', () => {
    const warnings = captureWarnings()
    it('draws the unsupported placeholder, and tells the developer the src', () => {
      const w = mountRenderer(TextMessage, fixtureMessage('x', { kind: 'unknown', src: '77' }))
      expect(w.text()).toContain('This message type is not supported')
      expect(w.find('.kefu-unsupported').attributes('data-kefu-src')).toBe('77')
      expect(warnings()).toEqual([expect.stringContaining("has src 77, which no renderer draws")])
      unmount(w)
    })
  })

  it('draws a link\'s text in its own <bdi>', () => {
    const w = mountRenderer(TextMessage, text('\u202Esee https://example.com/exe.cod now'))
    const bdi = w.find('a.kefu-text__link bdi')
    expect(bdi.exists()).toBe(true)
    expect(bdi.text()).toBe('https://example.com/exe.cod')
    unmount(w)
  })
})
