// A location: a pin, the place's name and address (direction-isolated), and a link to a map built
// from the coordinates. The map link goes through the URL rule like every other link; the map
// service is configurable (`createLocationKind({ mapUrl })`), OpenStreetMap by default.
import { defineComponent, type PropType } from 'vue-demi'
import { hc } from '../../vue/compat'
import { formatNumber } from '../../i18n'
import { rendererProps } from '../types'
import { payloadOf, str } from '../_shared/context'
import { safeLinkUrl } from '../_shared/url'
import { isolated } from '../_shared/bidi'
import { externalIcon } from '../_shared/icons'
import { pinIcon } from '../_shared/lazyIcons'
import { renderUnsupported } from '../unsupported/UnsupportedMessage'
import { openStreetMapUrl, type MapUrlBuilder } from './mapUrl'
import './location.css'
import { laterEnglish } from '../../i18n/enLater'

// the English strings this part draws come with it (see i18n/enLater.ts)
laterEnglish()

export { openStreetMapUrl, type MapUrlBuilder } from './mapUrl'

const inRange = (n: unknown, max: number): n is number => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= max

/** Creates a location renderer that links to the map `mapUrl` builds. */
export function createLocationMessage(mapUrl: MapUrlBuilder = openStreetMapUrl) {
  return defineComponent({
    name: 'KefuLocationMessage',
    props: {
      ...rendererProps,
      mapUrl: { type: Function as PropType<MapUrlBuilder>, default: undefined },
    },
    setup(props) {
      return () => {
        const t = props.context.t
        const p = payloadOf(props.message, 'location')
        if (!p || !inRange(p.latitude, 90) || !inRange(p.longitude, 180)) return renderUnsupported(props.message, t)
        const name = str(p.name).trim()
        const address = str(p.address).trim()
        const coords = `${formatNumber(props.context.locale, p.latitude, { maximumFractionDigits: 5 })}, ${formatNumber(props.context.locale, p.longitude, { maximumFractionDigits: 5 })}`
        let href: string | null = null
        try {
          href = safeLinkUrl((props.mapUrl || mapUrl)({ latitude: p.latitude, longitude: p.longitude, name, address }))
        } catch {
          href = null
        }
        return hc('div', { class: 'kefu-location', attrs: { 'data-kefu-link': href ? 'map' : 'none' } }, [
          hc('span', { class: 'kefu-location__pin', attrs: { 'aria-hidden': 'true' } }, [pinIcon()]),
          hc('span', { class: 'kefu-location__text' }, [
            isolated(name || t('messages.location.unnamed'), 'kefu-location__name'),
            address ? isolated(address, 'kefu-location__address') : null,
            hc('span', { class: 'kefu-location__coords', attrs: { dir: 'ltr' } }, coords),
            href
              ? hc('a', {
                class: 'kefu-location__map',
                attrs: { href, target: '_blank', rel: 'noopener noreferrer' },
              }, [t('messages.location.open'), externalIcon(), hc('span', { class: 'kefu-sr-only' }, ' ' + t('messages.link.newTab'))])
              : null,
          ]),
        ])
      }
    },
  })
}

/** Draws a `location` message, linking to OpenStreetMap. */
export const LocationMessage = /* @__PURE__ */ createLocationMessage()
