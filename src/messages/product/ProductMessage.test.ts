import { describe, expect, it } from 'vitest'
import { ProductMessage } from './ProductMessage'
import { fixtureMessage } from '../_shared/fixture'
import { mountRenderer, unmount } from '../../testing/renderers'
import { vueLabel } from '../../testing/mount'
import type { ProductPayload } from '../../protocol/types'

const product = (p: Partial<ProductPayload> = {}, extra = {}) => fixtureMessage('p1', {
  kind: 'product', src: '22', header: '这里是标题', desc: '这里是描述', pic: 'https://example.com/p.jpg', url: 'https://www.qcloud.com/', ...p,
}, extra)

describe(`given a product card (${vueLabel})`, () => {
  it('is one link to its URL, opening a new tab without an opener', () => {
    const w = mountRenderer(ProductMessage, product())
    const a = w.find('a')
    expect(a.attributes('href')).toBe('https://www.qcloud.com/')
    expect(a.attributes('target')).toBe('_blank')
    expect(a.attributes('rel')).toBe('noopener noreferrer')
    expect(a.find('.kefu-product__header').text()).toBe('这里是标题')
    expect(a.find('.kefu-product__desc').text()).toBe('这里是描述')
    expect(a.text()).toContain('(opens in a new tab)')
    const img = a.find('img')
    expect(img.attributes('src')).toBe('https://example.com/p.jpg')
    // decorative: the header right next to it names the product
    expect(img.attributes('alt')).toBe('')
    expect(img.attributes('loading')).toBe('lazy')
    unmount(w)
  })

  it('is not clickable at all when its URL fails the URL rule', () => {
    for (const url of ['javascript:alert(document.cookie)', 'data:text/html,x', '//evil.example', '']) {
      const w = mountRenderer(ProductMessage, product({ url }))
      expect(w.find('a').exists()).toBe(false)
      expect(w.find('[href]').exists()).toBe(false)
      expect(w.find('.kefu-product').attributes('data-kefu-link')).toBe('none')
      unmount(w)
    }
  })

  it('refuses a hostile picture and draws a hostile header as text', () => {
    const w = mountRenderer(ProductMessage, product({ header: '<img src=x onerror=alert(1)>', pic: 'javascript:alert(1)' }))
    expect(w.find('img').exists()).toBe(false)
    expect(w.find('.kefu-image-fallback').exists()).toBe(true)
    expect(w.find('.kefu-product__header').text()).toBe('<img src=x onerror=alert(1)>')
    unmount(w)
  })

  it('draws no picture when there is none', () => {
    const w = mountRenderer(ProductMessage, product({ pic: '' }))
    expect(w.find('img').exists()).toBe(false)
    expect(w.find('.kefu-image-fallback').exists()).toBe(false)
    unmount(w)
  })

  it('marks who sent it', () => {
    const w = mountRenderer(ProductMessage, product({}, { from: 'customer' }))
    expect(w.find('.kefu-product').classes()).toContain('kefu-product--customer')
    unmount(w)
  })
})
