// Realistic customer questions for the shop knowledge base, with the intent each should reach.
// Written BEFORE the shop library (see git history) so the match rate measures the library
// against questions it was not tuned to, not the other way round. Do not edit these to make the
// rate go up: add phrasings to the library instead.
//
// An intent is the library entry's id without its `shop-<lang>-` prefix.

export type ShopIntent =
  | 'order-status'
  | 'shipping-time'
  | 'shipping-cost'
  | 'refund'
  | 'return'
  | 'exchange'
  | 'cancel'
  | 'change-address'
  | 'invoice'
  | 'login'
  | 'account'
  | 'payment-methods'
  | 'payment-failed'
  | 'price'
  | 'discount'
  | 'warranty'
  | 'help'

export const SHOP_QUESTIONS_ZH: ReadonlyArray<readonly [string, ShopIntent]> = [
  ['我的订单到哪了', 'order-status'],
  ['快递怎么还没到', 'order-status'],
  ['查一下物流', 'order-status'],
  ['我买的东西什么时候发货', 'shipping-time'],
  ['下单后多久能收到', 'shipping-time'],
  ['发货要几天', 'shipping-time'],
  ['运费多少钱', 'shipping-cost'],
  ['包邮吗', 'shipping-cost'],
  ['我要退款', 'refund'],
  ['退款多久到账', 'refund'],
  ['钱什么时候退回来', 'refund'],
  ['怎么退货', 'return'],
  ['收到的商品有质量问题想退', 'return'],
  ['支持七天无理由退货吗', 'return'],
  ['能换颜色吗', 'exchange'],
  ['尺码不合适可以换吗', 'exchange'],
  ['怎么换货', 'exchange'],
  ['我想取消订单', 'cancel'],
  ['订单还能取消吗', 'cancel'],
  ['怎么修改收货地址', 'change-address'],
  ['地址填错了怎么办', 'change-address'],
  ['怎么开发票', 'invoice'],
  ['可以开增值税专用发票吗', 'invoice'],
  ['发票什么时候寄', 'invoice'],
  ['忘记密码了', 'login'],
  ['登录不上去', 'login'],
  ['怎么修改手机号', 'account'],
  ['怎么注销账号', 'account'],
  ['支持哪些付款方式', 'payment-methods'],
  ['可以用信用卡吗', 'payment-methods'],
  ['支付失败了怎么办', 'payment-failed'],
  ['付款了但订单显示未支付', 'payment-failed'],
  ['这个多少钱', 'price'],
  ['价格是多少', 'price'],
  ['有优惠券吗', 'discount'],
  ['现在有什么活动', 'discount'],
  ['保修多久', 'warranty'],
  ['坏了能修吗', 'warranty'],
  ['帮助', 'help'],
  ['你能做什么', 'help'],
]

export const SHOP_QUESTIONS_EN: ReadonlyArray<readonly [string, ShopIntent]> = [
  ['Where is my order?', 'order-status'],
  ['Track my package', 'order-status'],
  ["My parcel hasn't arrived yet", 'order-status'],
  ['When will my order ship?', 'shipping-time'],
  ['How long does delivery take?', 'shipping-time'],
  ['How many days until I receive it', 'shipping-time'],
  ['How much is shipping?', 'shipping-cost'],
  ['Do you offer free shipping?', 'shipping-cost'],
  ['I want a refund', 'refund'],
  ['When will I get my money back?', 'refund'],
  ['How long do refunds take', 'refund'],
  ['How do I return an item?', 'return'],
  ['The product arrived damaged', 'return'],
  ['What is your return policy', 'return'],
  ['Can I change the color?', 'exchange'],
  ['Can I exchange it for a different size?', 'exchange'],
  ['The shoes are too small, can I swap them', 'exchange'],
  ['Cancel my order', 'cancel'],
  ['Is it too late to cancel my order?', 'cancel'],
  ['How do I change my shipping address?', 'change-address'],
  ['I entered the wrong address', 'change-address'],
  ['Can I get an invoice?', 'invoice'],
  ['I need a VAT invoice for my company', 'invoice'],
  ['Where can I download my receipt', 'invoice'],
  ['I forgot my password', 'login'],
  ["I can't log in", 'login'],
  ['How do I update my email address', 'account'],
  ['How do I delete my account', 'account'],
  ['What payment methods do you accept?', 'payment-methods'],
  ['Can I pay with PayPal?', 'payment-methods'],
  ['My payment failed', 'payment-failed'],
  ['I was charged twice', 'payment-failed'],
  ['How much does it cost?', 'price'],
  ["What's the price", 'price'],
  ['Do you have any discount codes?', 'discount'],
  ['Is there a sale on', 'discount'],
  ['What does the warranty cover?', 'warranty'],
  ['It stopped working, can you repair it', 'warranty'],
  ['help', 'help'],
  ['What can you do?', 'help'],
]
