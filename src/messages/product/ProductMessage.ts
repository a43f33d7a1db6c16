// Product card (src 22), sent by either side: header, description, picture. The whole card is
// one link — opening in a new tab with `rel="noopener noreferrer"` — only when its URL passes
// the URL rule; otherwise it is plain content and not clickable at all (the official plugin
// passed `javascript:` straight to window.open).
import { defineComponent } from 'vue-demi'
import { hc } from '../../vue/compat'
import { rendererProps } from '../types'
import { payloadOf, str } from '../_shared/context'
import { safeLinkUrl } from '../_shared/url'
import { SafeImage } from '../_shared/SafeImage'
import { isolated } from '../_shared/bidi'
import { externalIcon } from '../_shared/icons'
import { renderUnsupported } from '../unsupported/UnsupportedMessage'
import './product.css'

/** Draws a `product` message (src 22). */
export const ProductMessage = defineComponent({
  name: 'KefuProductMessage',
  props: rendererProps,
  setup(props) {
    return () => {
      const t = props.context.t
      const p = payloadOf(props.message, 'product')
      if (!p) return renderUnsupported(props.message, t)
      const header = str(p.header).trim()
      const desc = str(p.desc).trim()
      const pic = str(p.pic).trim()
      const href = safeLinkUrl(p.url)
      const from = props.message.from === 'customer' ? 'kefu-product--customer' : 'kefu-product--service'

      const body = [
        pic
          // decorative: the header next to it names the product; a link would read it twice
          ? hc(SafeImage, { class: ['kefu-thumb', 'kefu-product__pic'], props: { src: pic, alt: '', fallbackText: t('messages.image.failed') } })
          : null,
        hc('span', { class: 'kefu-product__text' }, [
          header ? isolated(header, 'kefu-product__header') : null,
          desc ? hc('span', { class: 'kefu-product__desc' }, desc) : null,
          href
            ? hc('span', { class: 'kefu-product__external' }, [externalIcon(), hc('span', { class: 'kefu-sr-only' }, t('messages.link.newTab'))])
            : null,
        ]),
      ]
      if (!href) return hc('div', { class: ['kefu-product', from], attrs: { 'data-kefu-link': 'none' } }, body)
      return hc('a', {
        class: ['kefu-product', 'kefu-product--link', from],
        attrs: { href, target: '_blank', rel: 'noopener noreferrer' },
      }, body)
    }
  },
})
