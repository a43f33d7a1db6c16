import type { GalleryFixture } from '../gallery'
import { fixtureMessage } from '../_shared/fixture'
import { docPayload, edgePayload } from '../_shared/wireFixture'

// built in a pure IIFE so a bundle that does not use the gallery drops it (and the decoder calls)
export const productFixtures: GalleryFixture[] = /* @__PURE__ */ (() => [
  {
    id: 'product-doc-example',
    kind: 'product',
    title: 'Product card (documentation example)',
    message: fixtureMessage('product-doc-example', docPayload('product')),
  },
  {
    id: 'product-customer',
    kind: 'product',
    title: 'Product card sent by the customer',
    message: fixtureMessage('product-customer', {
      kind: 'product', src: '22', header: '即时通信 IM 旗舰版（年包）', desc: '支持 10 万日活，含在线客服插件',
      pic: 'https://cloudcache.tencent-cloud.com/qcloud/portal/kit/images/presale.a4955999.jpeg', url: 'https://cloud.tencent.com/product/im',
    }, { from: 'customer' }),
  },
  {
    id: 'product-no-pic',
    kind: 'product',
    title: 'Product card without a picture',
    message: fixtureMessage('product-no-pic', edgePayload('missingMarker')),
  },
  {
    id: 'product-broken-pic',
    kind: 'product',
    title: 'Product card whose picture fails to load',
    message: fixtureMessage('product-broken-pic', {
      kind: 'product', src: '22', header: '无线耳机', desc: '降噪 · 续航 30 小时', pic: 'https://invalid.example/headphones.png', url: 'https://example.com/p/1',
    }),
  },
  {
    id: 'product-hostile-url',
    kind: 'product',
    title: 'Product card with javascript: URLs',
    note: 'Not clickable; the picture is refused; the header is text.',
    message: fixtureMessage('product-hostile-url', edgePayload('productHostileUrl')),
  },
  {
    id: 'product-long-text',
    kind: 'product',
    title: 'Product card with long texts',
    message: fixtureMessage('product-long-text', {
      kind: 'product', src: '22', header: '超长的商品标题'.repeat(8), desc: '超长的商品描述，'.repeat(20),
      pic: 'https://cloudcache.tencent-cloud.com/qcloud/portal/kit/images/presale.a4955999.jpeg', url: 'https://example.com/p/2',
    }),
  },
])()
