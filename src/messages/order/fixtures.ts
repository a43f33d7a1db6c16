import type { GalleryFixture } from '../gallery'
import { fixtureMessage } from '../_shared/fixture'
import { docPayload, edgePayload } from '../_shared/wireFixture'

// built in a pure IIFE so a bundle that does not use the gallery drops it (and the decoder calls)
export const orderFixtures: GalleryFixture[] = /* @__PURE__ */ (() => [
  {
    id: 'order-doc-example',
    kind: 'order',
    title: 'Order card sent by the customer (documentation example)',
    message: fixtureMessage('order-doc-example', docPayload('order'), { from: 'customer' }),
  },
  {
    id: 'order-service',
    kind: 'order',
    title: 'Order card from the service',
    message: fixtureMessage('order-service', {
      kind: 'order', src: '28', guide: '您最近的订单', name: '即时通信 IM 旗舰版', desc: '1 年 · 自动续费',
      pic: 'https://cloudcache.tencent-cloud.com/qcloud/portal/kit/images/presale.a4955999.jpeg',
      customField: [
        { name: '订单号：', value: '20250115-0042' },
        { name: '订单状态：', value: '待发货' },
        { name: '订单金额：', value: '¥ 1,000.00' },
      ],
    }),
  },
  {
    id: 'order-fields-only',
    kind: 'order',
    title: 'Order card with custom fields only',
    message: fixtureMessage('order-fields-only', edgePayload('orderFieldsOnly'), { from: 'customer' }),
  },
  {
    id: 'order-hostile-pic',
    kind: 'order',
    title: 'Order card with a data: picture',
    note: 'The picture is refused; a fallback is shown.',
    message: fixtureMessage('order-hostile-pic', {
      kind: 'order', src: '28', guide: '', name: '测试订单', desc: '', pic: 'data:image/svg+xml,<svg onload=alert(1)>',
      customField: [{ name: '状态', value: '已完成' }],
    }, { from: 'customer' }),
  },
])()
