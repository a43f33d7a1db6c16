import { describe, expect, it } from 'vitest'
import { OrderMessage } from './OrderMessage'
import { fixtureMessage } from '../_shared/fixture'
import { all, mountRenderer, unmount } from '../../testing/renderers'
import { vueLabel } from '../../testing/mount'
import type { OrderPayload } from '../../protocol/types'

const order = (p: Partial<OrderPayload> = {}, extra = {}) => fixtureMessage('o1', {
  kind: 'order', src: '28', guide: '引导标题', name: '订单名称', desc: '描述', pic: 'https://example.com/o.jpg',
  customField: [
    { name: '订单状态：', value: '已完成', customerValue: 'customerValue' },
    { name: '订单金额:', value: '1000元' },
  ],
  ...p,
}, extra)

describe(`given an order card (${vueLabel})`, () => {
  it('draws guide, name, description, picture and the fields as a description list', () => {
    const w = mountRenderer(OrderMessage, order({}, { from: 'customer' }))
    expect(w.find('.kefu-order__guide').text()).toBe('引导标题')
    expect(w.find('.kefu-order__name').text()).toBe('订单名称')
    expect(w.find('.kefu-order__desc').text()).toBe('描述')
    expect(w.find('img').attributes('src')).toBe('https://example.com/o.jpg')
    expect(w.find('img').attributes('alt')).toBe('')
    expect(all(w, 'dl dt').map((d) => d.text())).toEqual(['订单状态', '订单金额'])
    expect(all(w, 'dl dd').map((d) => d.text())).toEqual(['已完成', '1000元'])
    expect(w.text()).not.toContain('customerValue')
    expect(w.find('.kefu-order').classes()).toContain('kefu-order--customer')
    unmount(w)
  })

  it('refuses a data: picture with a fallback', () => {
    const w = mountRenderer(OrderMessage, order({ pic: 'data:image/svg+xml,<svg onload=alert(1)>' }))
    expect(w.find('img').exists()).toBe(false)
    expect(w.find('.kefu-image-fallback').exists()).toBe(true)
    unmount(w)
  })

  it('draws only what it has: fields alone, blank fields skipped', () => {
    const w = mountRenderer(OrderMessage, order({ guide: '', name: '', desc: '', pic: '', customField: [{ name: '订单号', value: '42' }, { name: ' ', value: '' }] }))
    expect(w.find('.kefu-order__guide').exists()).toBe(false)
    expect(w.find('.kefu-order__main').exists()).toBe(false)
    expect(all(w, 'dt')).toHaveLength(1)
    unmount(w)
  })

  it('has no links at all', () => {
    const w = mountRenderer(OrderMessage, order())
    expect(w.find('a').exists()).toBe(false)
    unmount(w)
  })

  it('shows its name and field names without direction controls, each in its own <bdi>', () => {
    const rlo = '\u202Eexe.cod'
    const w = mountRenderer(OrderMessage, order({ name: rlo, customField: [{ name: rlo, value: `\u2066${rlo}\u2069` }] }))
    for (const sel of ['.kefu-order__name', '.kefu-order__field-name', '.kefu-order__field-value']) {
      expect(w.find(`${sel} bdi`).exists(), sel).toBe(true)
      expect(w.find(sel).text(), sel).toBe('exe.cod')
    }
    expect(w.html()).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
    unmount(w)
  })
})
