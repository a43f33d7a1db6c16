// Order card (src 28), usually sent by the customer and shown on both sides: a guide line, the
// order's name, description and picture, and its custom fields as a description list (name →
// value), which is what they are and how a screen reader can tell them apart.
import { defineComponent } from 'vue-demi'
import { hc } from '../../vue/compat'
import { rendererProps } from '../types'
import type { OrderField } from '../../protocol/types'
import { arr, payloadOf, str } from '../_shared/context'
import { SafeImage } from '../_shared/SafeImage'
import { isolated } from '../_shared/bidi'
import { renderUnsupported } from '../unsupported/UnsupportedMessage'
import './order.css'

/** Draws an `order` message (src 28). */
export const OrderMessage = defineComponent({
  name: 'KefuOrderMessage',
  props: rendererProps,
  setup(props) {
    return () => {
      const t = props.context.t
      const p = payloadOf(props.message, 'order')
      if (!p) return renderUnsupported(props.message, t)
      const guide = str(p.guide).trim()
      const name = str(p.name).trim()
      const desc = str(p.desc).trim()
      const pic = str(p.pic).trim()
      const fields = arr<OrderField>(p.customField).filter((f) => f && (str(f.name).trim() || str(f.value).trim()))
      const from = props.message.from === 'customer' ? 'kefu-order--customer' : 'kefu-order--service'
      return hc('div', { class: ['kefu-order', from] }, [
        guide ? hc('p', { class: 'kefu-order__guide' }, guide) : null,
        name || desc || pic
          ? hc('div', { class: 'kefu-order__main' }, [
            pic ? hc(SafeImage, { class: ['kefu-thumb', 'kefu-order__pic'], props: { src: pic, alt: '', fallbackText: t('messages.image.failed') } }) : null,
            hc('div', { class: 'kefu-order__text' }, [
              name ? hc('p', { class: 'kefu-order__name' }, [isolated(name)]) : null,
              desc ? hc('p', { class: 'kefu-order__desc' }, desc) : null,
            ]),
          ])
          : null,
        fields.length
          ? hc('dl', { class: 'kefu-order__fields' }, fields.map((f, i) =>
            hc('div', { key: i, class: 'kefu-order__field' }, [
              // the docs' names end in a colon ("订单状态："); the layout already separates them
              hc('dt', { class: 'kefu-order__field-name' }, [isolated(str(f.name).trim().replace(/[:：]\s*$/, ''))]),
              hc('dd', { class: 'kefu-order__field-value' }, [isolated(str(f.value))]),
            ])))
          : null,
      ])
    }
  },
})
