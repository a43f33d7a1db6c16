import { describe, expect, it } from 'vitest'
import { LocationMessage, createLocationMessage, openStreetMapUrl } from './LocationMessage'
import { createLocationKind, locationKind } from './index'
import { fixtureMessage } from '../_shared/fixture'
import { mountRenderer, unmount } from '../../testing/renderers'
import { vueLabel } from '../../testing/mount'
import { translate } from '../../i18n'
import type { LocationPayload } from '../../protocol/types'

const place = (p: Partial<LocationPayload> = {}) => fixtureMessage('l1', { kind: 'location', latitude: 22.5228, longitude: 113.9353, ...p })

describe(`given a location message (${vueLabel})`, () => {
  it('draws the name, the address, the coordinates and an OpenStreetMap link', () => {
    const w = mountRenderer(LocationMessage, place({ name: '腾讯大厦', address: '深圳南山' }))
    expect(w.find('.kefu-location__name').text()).toBe('腾讯大厦')
    expect(w.find('.kefu-location__name').element.tagName).toBe('BDI')
    expect(w.find('.kefu-location__address').text()).toBe('深圳南山')
    expect(w.find('.kefu-location__coords').text()).toBe('22.5228, 113.9353')
    const a = w.find('a.kefu-location__map')
    expect(a.attributes('href')).toBe('https://www.openstreetmap.org/?mlat=22.522800&mlon=113.935300#map=16/22.522800/113.935300')
    expect(a.attributes('target')).toBe('_blank')
    expect(a.attributes('rel')).toBe('noopener noreferrer')
    expect(a.text()).toContain('Open in map')
    unmount(w)
  })

  it('names a location without a name', () => {
    const w = mountRenderer(LocationMessage, place())
    expect(w.find('.kefu-location__name').text()).toBe('Location')
    unmount(w)
  })

  it('links to another map service when configured, still through the URL rule', () => {
    const amap = createLocationMessage(({ latitude, longitude }) => `https://uri.amap.com/marker?position=${longitude},${latitude}`)
    const w = mountRenderer(amap, place())
    expect(w.find('a').attributes('href')).toBe('https://uri.amap.com/marker?position=113.9353,22.5228')
    unmount(w)
    const evil = createLocationMessage(() => 'javascript:alert(1)')
    const e = mountRenderer(evil, place())
    expect(e.find('a').exists()).toBe(false)
    expect(e.find('.kefu-location').attributes('data-kefu-link')).toBe('none')
    unmount(e)
    expect(createLocationKind({ mapUrl: () => 'x' }).component).not.toBe(LocationMessage)
  })

  it('draws a placeholder instead of a link for coordinates out of range', () => {
    const w = mountRenderer(LocationMessage, place({ latitude: 123 }))
    expect(w.find('a').exists()).toBe(false)
    expect(w.find('.kefu-location').exists()).toBe(false)
    unmount(w)
  })

  it('summarises with the name, else the address', () => {
    const t = (k: string, p?: Record<string, string | number>) => translate('en', k, p)
    expect(locationKind.summary!(place({ name: 'HQ' }), { t })).toBe('[Location] HQ')
    expect(locationKind.summary!(place({ address: 'Main St' }), { t })).toBe('[Location] Main St')
    expect(openStreetMapUrl({ latitude: 1, longitude: 2 })).toContain('mlat=1.000000&mlon=2.000000')
  })
})
