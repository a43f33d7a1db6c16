// A realistic online shop's knowledge base, in Chinese and English (what the demo shows of it also
// in the kit's other languages, ../locales): orders (with an order-card
// task flow), shipping, refunds and returns, exchanges, invoices, account, payment, prices,
// promotions, warranty, and "help". The playground's default, so a developer sees the kit the way
// a shop's customers would.
//
// shop.questions.ts holds 80 customer questions written before this library; shop.test.ts
// reports the share this library answers with the right entry.
import type { KnowledgeBase, KnowledgeEntry, SimulatorLocale, SmallTalkEntry, TaskFlow } from '../types'
import { localePack } from '../locales'
import { SHOP_SMALL_TALK, type FeaturedShopIntent, type ShopLocaleTexts } from '../locales/types'

type Lang = 'zh' | 'en'
const LOCALE: Record<Lang, SimulatorLocale> = { zh: 'zh-CN', en: 'en' }

/** One intent in both languages: [question, similar, answer]. */
interface Intent {
  id: string
  featured?: boolean
  zh: [string, string[], KnowledgeEntry['answer']]
  en: [string, string[], KnowledgeEntry['answer']]
}

const INTENTS: Intent[] = [
  {
    id: 'order-status',
    featured: true,
    zh: ['查询订单物流', ['查物流', '物流查询', '快递还没到', '物流到哪了', '货还没到', '快递什么时候到', '我的订单到哪里了', '物流信息', '查快递', '快递到哪了', '包裹什么时候到', '订单状态', '查订单', '快递一直没到', '物流不动了', '还没收到货'], { kind: 'flow', flowId: 'shop-order-zh' }],
    en: ['Where is my order', ['Track my parcel', 'Track package', 'Parcel not arrived yet', 'Where is my delivery', 'Track my order', 'Order status', 'Where is my package', 'Tracking number', 'My parcel has not arrived', 'Has my order shipped', 'Delivery status', 'I have not received my order'], { kind: 'flow', flowId: 'shop-order-en' }],
  },
  {
    id: 'shipping-time',
    zh: ['多久发货', ['多久能到货', '什么时候能发货', '多久能收到', '几天发货', '发货要多久', '收到货要几天', '什么时候发货', '几天能到', '下单后多久到货', '配送需要多长时间', '发货时间', '多久能送到'], '现货商品 48 小时内发货；江浙沪一般 1–2 天送达，其他地区 2–5 天，偏远地区 5–7 天。'],
    en: ['How long does shipping take', ['When do you ship', 'When does my order ship', 'How many days until it arrives', 'How soon will I receive it', 'When will my order be shipped', 'Delivery time', 'How many days for delivery', 'When will it arrive', 'How fast is shipping'], 'In-stock items ship within 48 hours. Delivery takes 1–2 days in major cities, 2–5 days elsewhere and up to 7 days in remote areas.'],
  },
  {
    id: 'shipping-cost',
    zh: ['运费怎么算', ['运费多少', '运费是多少', '邮费怎么收', '包邮', '邮费多少', '包不包邮', '免运费吗', '满多少包邮', '快递费'], '订单满 99 元包邮；不满 99 元收取 8 元运费，偏远地区另行计算。'],
    en: ['How much does shipping cost', ['How much is shipping', 'Shipping price', 'Shipping fee', 'Is shipping free', 'Free delivery', 'Delivery charge', 'Postage'], 'Shipping is free on orders over ¥99; below that it is ¥8. Remote areas may cost more.'],
  },
  {
    id: 'refund',
    featured: true,
    zh: ['如何申请退款', ['钱什么时候退', '退的钱什么时候到', '我想退款', '申请退款', '退款多久到账', '退款进度', '钱退到哪里', '什么时候退钱', '退款还没到'], {
      kind: 'markdown',
      markdown: '申请退款：\n\n1. 打开 **我的订单**，找到该订单\n2. 点击 **申请退款**，选择原因并提交\n\n审核通过后，退款 *1–3 个工作日* 原路退回（信用卡可能需要 7 个工作日）。',
    }],
    en: ['How do I get a refund', ['Request a refund', 'Refund status', 'How long does a refund take', 'Where is my refund', 'Money back', 'Refund my order'], {
      kind: 'markdown',
      markdown: 'To request a refund:\n\n1. Open **My orders** and find the order\n2. Tap **Request a refund**, pick a reason and submit\n\nOnce approved, the money goes back to your original payment method within *1–3 working days* (credit cards can take up to 7).',
    }],
  },
  {
    id: 'return',
    featured: true,
    zh: ['如何退货', ['商品有质量问题', '质量有问题要退货', '收到的东西有问题', '退货流程', '我要退货', '商品坏了想退', '七天无理由退货', '退货政策', '退货运费谁出', '质量问题退货'], '签收后 7 天内可无理由退货（商品完好、不影响二次销售）。在订单详情点击“申请退货”，按提示寄回即可；质量问题的退货运费由我们承担。'],
    en: ['How do I return an item', ['It arrived damaged', 'Item arrived broken', 'Damaged product', 'Return policy', 'Send it back', 'I want to return my order', 'The item is broken', 'Damaged item', 'Who pays for return shipping'], 'You can return unused items within 7 days of delivery. Open the order, tap "Return item" and follow the steps; we pay the return postage for faulty or damaged items.'],
  },
  {
    id: 'exchange',
    zh: ['如何换货', ['尺码不合适', '能换个尺码吗', '可以换货吗', '换尺码', '换颜色', '换一个颜色', '大小不合适', '尺码不对想换', '换个型号'], '签收后 15 天内可以换尺码或颜色（商品完好）。在订单详情点击“申请换货”，选择新的规格，寄回后我们会发出新商品。'],
    en: ['Can I exchange an item', ['Exchange for a different size', 'Too small', 'Too big', 'Swap it for another size', 'Exchange for another size', 'Change the colour', 'Swap for a different colour', 'Wrong size', 'It does not fit', 'Exchange policy'], 'You can exchange an item for another size or colour within 15 days of delivery. Open the order, tap "Exchange", pick the new option and send the item back; we ship the new one when it arrives.'],
  },
  {
    id: 'cancel',
    zh: ['如何取消订单', ['订单能不能取消', '还能取消吗', '取消订单', '不想要了', '订单能取消吗', '撤销订单', '拍错了想取消'], '订单发货前可以在“我的订单”中直接取消，款项原路退回；已发货的订单请拒收或在签收后申请退货。'],
    en: ['How do I cancel my order', ['Is it too late to cancel', 'Can I cancel my order', 'Cancel order', 'I do not want it anymore', 'Can I still cancel', 'Ordered by mistake'], 'Before it ships you can cancel the order in My orders and the payment is refunded. Once shipped, refuse the delivery or return it after it arrives.'],
  },
  {
    id: 'change-address',
    zh: ['如何修改收货地址', ['地址填错了', '收货地址错了', '改地址', '地址写错了', '更换收货地址', '换个地址', '收货人信息修改'], '订单发货前可在订单详情里修改收货地址；已发货的订单请联系人工客服，我们会尽量帮您联系快递改派。'],
    en: ['How do I change the delivery address', ['Update my address', 'Wrong address', 'Change shipping address', 'Deliver to a different address'], 'Before the order ships you can edit the address in the order details. After that, contact an agent and we will ask the courier to redirect it.'],
  },
  {
    id: 'invoice',
    featured: true,
    zh: ['如何开发票', ['增值税专用发票', '发票什么时候寄出', '发票多久能收到', '开具发票', '要发票', '电子发票', '增值税发票', '专票', '发票抬头', '补开发票', '发票寄送'], { kind: 'flow', flowId: 'shop-invoice-zh' }],
    en: ['How do I get an invoice', ['Download receipt', 'Where is my receipt', 'Invoice', 'Receipt', 'VAT invoice', 'Company invoice', 'Download invoice', 'Tax receipt'], { kind: 'flow', flowId: 'shop-invoice-en' }],
  },
  {
    id: 'login',
    zh: ['忘记密码怎么办', ['登录不上', '登不上去', '找回密码', '重置密码', '登录不了', '无法登录', '登不上', '账号登录失败', '验证码收不到'], '在登录页点击“忘记密码”，用绑定的手机号接收验证码即可重置。若收不到验证码，请检查短信拦截或稍后再试。'],
    en: ['I forgot my password', ["I can't sign in", "Can't log in", 'Reset password', 'Cannot log in', 'Login problem', 'Unable to sign in', 'Locked out of my account'], 'On the sign-in page tap "Forgot password" and we will send a reset link to your email. Check your spam folder if it does not arrive.'],
  },
  {
    id: 'account',
    zh: ['如何修改账号信息', ['换绑手机号', '修改手机号码', '修改昵称', '注销账号', '删除账号', '修改邮箱'], '在“我的 → 账号设置”中可以修改昵称、手机号和邮箱；注销账号也在此处，注销后订单记录将无法找回。'],
    en: ['How do I change my account details', ['Update my email address', 'Change email address', 'Change my email', 'Update phone number', 'Delete my account', 'Close account', 'Edit profile'], 'Go to Me → Account settings to change your name, phone number or email. You can also close your account there; order history cannot be recovered afterwards.'],
  },
  {
    id: 'payment-methods',
    zh: ['支持哪些支付方式', ['付款方式有哪些', '能刷信用卡吗', '怎么付款', '能用微信支付吗', '支付宝可以吗', '信用卡支付', '可以货到付款吗', '花呗分期'], '支持微信支付、支付宝、银联卡和主流信用卡，部分商品支持花呗分期；暂不支持货到付款。'],
    en: ['Which payment methods do you accept', ['How can I pay', 'Credit card', 'PayPal', 'Apple Pay', 'Cash on delivery', 'Pay in instalments'], 'We accept Visa, Mastercard, American Express, PayPal and Apple Pay. Cash on delivery is not available.'],
  },
  {
    id: 'payment-failed',
    zh: ['支付失败怎么办', ['订单显示未支付', '已经付款了订单还是未支付', '付了钱显示未付款', '付款失败', '付不了款', '扣款了订单没变', '重复扣款', '付款成功但显示未付款'], '支付失败时款项不会扣除，请稍后重试或更换支付方式。若已扣款但订单仍显示未付款，一般 30 分钟内自动同步；重复扣款会在 3 个工作日内自动退回。'],
    en: ['My payment did not go through', ['Payment failed', 'Card declined', 'Charged twice', 'Double charge', 'Paid but order shows unpaid'], 'A failed payment is not charged; try again or use another method. If you were charged but the order still says unpaid, it usually updates within 30 minutes, and a double charge is refunded automatically within 3 working days.'],
  },
  {
    id: 'price',
    zh: ['商品价格是多少', ['这款多少钱', '卖多少钱', '多少钱', '价格', '怎么卖', '售价', '贵不贵', '会降价吗', '价保'], '商品价格以详情页为准。购买后 7 天内如遇降价，可在订单详情申请价保，差价退回原支付账户。'],
    en: ['How much does it cost', ['What is the price', "What's the cost", 'Price', 'How much is it', 'Cost', 'Is it expensive', 'Price match', 'Will the price drop'], 'The price is on each product page. If the price drops within 7 days of your purchase, request a price adjustment from the order and we refund the difference.'],
  },
  {
    id: 'discount',
    zh: ['有什么优惠活动', ['有什么活动', '有没有优惠券', '最近有什么活动', '有活动吗', '优惠券', '打折', '促销活动', '满减', '折扣码', '新人优惠', '会员优惠'], '新用户注册即送 20 元无门槛券；本月全场满 299 减 30。优惠券在“我的 → 优惠券”中查看，下单时自动抵扣。'],
    en: ['Are there any discounts', ['Coupon', 'Promo code', 'Discount code', 'Sale', 'Special offers', 'Voucher'], 'New customers get ¥20 off their first order, and this month every order over ¥299 gets ¥30 off. Your coupons are under Me → Coupons and apply at checkout.'],
  },
  {
    id: 'warranty',
    zh: ['保修政策是什么', ['保修多长时间', '坏了可以修吗', '能维修吗', '保修期多久', '质保', '维修', '坏了怎么修', '售后保修', '三包'], '电子产品享受 1 年保修，保修期内非人为损坏免费维修。请在订单详情点击“申请售后”并描述问题。'],
    en: ['What is the warranty', ['What is covered by the warranty', 'Warranty coverage', 'Warranty period', 'Repair', 'Guarantee', 'It is broken, can you fix it', 'Stopped working'], 'Electronics come with a one-year warranty covering faults that are not accidental damage. Open the order, tap "After-sales service" and describe the problem.'],
  },
  {
    id: 'help',
    featured: true,
    zh: ['帮助', ['你能帮我做什么', '能做什么', '有什么功能', '怎么用', '使用帮助', '菜单'], {
      kind: 'markdown',
      markdown: '我可以帮您：\n\n- **查订单**：物流进度、修改地址、取消订单\n- **售后**：退款、退货、换货、保修\n- **发票与支付**：开票、支付方式、支付问题\n- **账号**：登录、修改信息\n\n直接输入问题即可，或发送“转人工”联系人工客服。',
    }],
    en: ['Help', ['What can you help with', 'What can you do', 'What can you do', 'How does this work', 'Menu', 'What can I ask', 'I need help'], {
      kind: 'markdown',
      markdown: 'I can help with:\n\n- **Orders**: tracking, changing the address, cancelling\n- **After-sales**: refunds, returns, exchanges, warranty\n- **Invoices and payment**: invoices, payment methods, payment problems\n- **Account**: signing in, changing your details\n\nJust type your question, or send "human" to talk to an agent.',
    }],
  },
  {
    // a "model" answer: generated by the LLM, so the thinking indicator (35) comes first
    id: 'gift',
    zh: ['推荐一款礼物', ['送什么礼物好', '帮我推荐礼物', '礼物推荐', '送女朋友什么', '送男朋友什么', '生日礼物推荐'], {
      kind: 'model',
      stream: true,
      markdown: '根据店里的热销商品，为您推荐：\n\n1. **无线降噪耳机**：通勤、学习都合适，¥599\n2. **智能手环**：运动与睡眠监测，¥199\n3. **香薰礼盒**：包装精美，适合生日，¥129\n\n告诉我预算或对方的喜好，我可以推荐得更准确。',
    }],
    en: ['Recommend a gift', ['What should I buy as a gift', 'Gift ideas', 'Gift for my girlfriend', 'Gift for my boyfriend', 'Birthday present ideas', 'Suggest a present'], {
      kind: 'model',
      stream: true,
      markdown: 'Based on what sells best in the shop, you could try:\n\n1. **Wireless noise-cancelling headphones**: great for commuting and study, ¥599\n2. **Smart band**: tracks workouts and sleep, ¥199\n3. **Scented candle gift box**: beautifully wrapped, ideal for birthdays, ¥129\n\nTell me the budget or what they like and I can narrow it down.',
    }],
  },
]

/** The shop's flows, small talk, name and greeting in Chinese and English (the other languages: ../locales). */
type BaseTexts = Omit<ShopLocaleTexts, 'questions' | 'answers'>
const BASE: Record<Lang, BaseTexts> = {
  zh: {
    serviceName: '商城客服',
    welcome: '您好，我是商城智能客服，可以帮您查订单、物流、退款、发票和账号问题。',
    orderPrompt: '请输入您的订单号（例如 20250115-0042）',
    order: {
      keywords: ['查订单', '查物流'],
      guide: '为您查到以下订单：',
      name: '订单 {orderNo}',
      desc: '无线降噪耳机 × 1',
      fields: [['订单状态：', '运输中'], ['物流：', '顺丰速运 SF1234567890'], ['预计送达：', '明天 18:00 前']],
      header: '还需要什么帮助？',
      tail: '点击选项或直接输入问题',
      address: ['修改收货地址', '订单 {orderNo} 已发货，我们会联系快递改派，请留意短信通知。'],
      chase: ['催一下快递', '已为订单 {orderNo} 催件，快递会优先派送。'],
      agent: '联系人工客服',
    },
    invoice: {
      keywords: ['申请发票', '开发票'],
      header: '请选择发票类型',
      electronic: ['电子普通发票', '1–2 个工作日发到邮箱'],
      special: ['增值税专用发票', '需人工审核'],
      tip: '填写开票信息',
      title: ['抬头', '个人姓名或公司名称'],
      taxNumber: ['税号', '公司开票必填，个人可不填'],
      email: ['邮箱', '接收电子发票的邮箱'],
      type: ['类型', '个人', '公司'],
      done: '已为您提交开票申请：抬头“{抬头}”（{类型}）。电子发票将在 1–2 个工作日内发送到 {邮箱}。',
    },
    smallTalk: {
      hello: ['你好', ['您好', '在吗', '哈喽', '嗨'], '您好！请问有什么可以帮您？'],
      thanks: ['谢谢', ['谢谢你', '多谢', '感谢'], '不客气，很高兴能帮到您！'],
      bye: ['再见', ['拜拜', '没有问题了'], '再见，祝您购物愉快！'],
      who: ['你是谁', ['你是机器人吗'], '我是商城的智能客服，随时为您解答。'],
    },
  },
  en: {
    serviceName: 'Shop Assistant',
    welcome: 'Hi, I am the shop assistant. Ask about orders, shipping, refunds, invoices or your account.',
    orderPrompt: 'Please send your order number (for example 20250115-0042)',
    order: {
      keywords: ['track order', 'order status'],
      guide: 'Here is your order:',
      name: 'Order {orderNo}',
      desc: 'Wireless noise-cancelling headphones × 1',
      fields: [['Status:', 'In transit'], ['Courier:', 'SF Express SF1234567890'], ['Expected:', 'tomorrow by 6 pm']],
      header: 'Anything else about this order?',
      tail: 'Pick one, or just type your question',
      address: ['Change the address', 'Order {orderNo} has shipped; we will ask the courier to redirect it and text you.'],
      chase: ['Chase the courier', 'We have chased the courier for order {orderNo}.'],
      agent: 'Talk to an agent',
    },
    invoice: {
      keywords: ['apply for an invoice', 'request invoice'],
      header: 'Which invoice do you need?',
      electronic: ['Electronic invoice', 'Emailed within 1–2 working days'],
      special: ['VAT special invoice', 'Checked by an agent'],
      tip: 'Invoice details',
      title: ['Title', 'Your name or the company name'],
      taxNumber: ['TaxNumber', 'Needed for a company invoice'],
      email: ['Email', 'Where to send the e-invoice'],
      type: ['Type', 'Personal', 'Company'],
      done: 'Your invoice request is in: "{Title}" ({Type}). The e-invoice will reach {Email} within 1–2 working days.',
    },
    smallTalk: {
      hello: ['Hello', ['Hi', 'Hey', 'Good morning', 'Anyone there'], 'Hello! How can I help you?'],
      thanks: ['Thanks', ['Thank you', 'Thanks a lot', 'Cheers'], 'You are welcome, glad to help!'],
      bye: ['Goodbye', ['Bye', 'See you', 'That is all'], 'Goodbye, happy shopping!'],
      who: ['Who are you', ['Are you a bot'], 'I am the shop assistant, here to answer your questions.'],
    },
  },
}

/** The shop's name, greeting, flows and small talk in the simulator's Chinese or English. */
export function shopBaseTexts(lang: Lang): BaseTexts {
  return BASE[lang]
}

/** Asks for the order number, shows the order card (src 28), then what to do next. */
function orderFlow(lang: Lang, t: BaseTexts): TaskFlow {
  const o = t.order
  const base = BASE[lang].order
  return {
    id: `shop-order-${lang}`,
    keywords: [...new Set([...o.keywords, ...base.keywords])],
    start: 'number',
    steps: {
      number: { kind: 'form', header: t.orderPrompt, variable: 'orderNo', next: 'card' },
      card: {
        kind: 'answer',
        answer: {
          kind: 'card',
          card: {
            kind: 'order', src: '28',
            guide: o.guide,
            name: o.name,
            desc: o.desc,
            pic: '',
            customField: o.fields.map(([name, value]) => ({ name, value })),
          },
        },
        next: 'more',
      },
      more: {
        kind: 'branch',
        header: o.header,
        tail: o.tail,
        items: [
          { content: o.address[0], next: { kind: 'answer', answer: o.address[1] } },
          { content: o.chase[0], next: { kind: 'answer', answer: o.chase[1] } },
          { content: o.agent, next: { kind: 'transfer' } },
        ],
      },
    },
  }
}

/**
 * The Desk task flow: a task-flow menu (src 32, fixed buttons) picks the invoice type, a task-flow
 * form (src 33) collects the details, and the answer uses them. Also reachable with
 * `engine.transferToTaskFlow('shop-invoice-en')` (src 34).
 */
function invoiceFlow(lang: Lang, t: BaseTexts): TaskFlow {
  const v = t.invoice
  return {
    id: `shop-invoice-${lang}`,
    keywords: [...new Set([...v.keywords, ...BASE[lang].invoice.keywords])],
    start: 'type',
    steps: {
      type: {
        kind: 'taskBranch',
        optionType: 1,
        header: v.header,
        items: [
          { content: v.electronic[0], desc: v.electronic[1], next: 'details' },
          { content: v.special[0], desc: v.special[1], next: { kind: 'transfer' } },
        ],
      },
      details: {
        kind: 'taskForm',
        tip: v.tip,
        fields: [
          { name: v.title[0], placeholder: v.title[1], required: true },
          { name: v.taxNumber[0], placeholder: v.taxNumber[1] },
          { name: v.email[0], placeholder: v.email[1], required: true },
          { name: v.type[0], options: [v.type[1], v.type[2]], value: v.type[1], required: true },
        ],
        next: { kind: 'answer', answer: v.done },
      },
    },
  }
}

/**
 * The shop knowledge base, in Chinese and English. With a kit locale whose texts are loaded
 * (loadSimulatorLocale: zh-TW, ja, ko, vi, th, id, ms, fil, es, fr, de, pt-BR, ar), what the demo
 * shows of the simulator language that locale runs on (zh-CN for zh-TW, en for the others) asks and
 * answers in that locale instead: the welcome card's questions and their answers, the order and
 * invoice flows, the small talk. A clicked question matches exactly, and the original wording stays
 * a variant so typing it still works.
 */
export function shopKnowledgeBase(locale?: string): KnowledgeBase {
  const entries: KnowledgeEntry[] = []
  const tr = localePack(locale)?.shop
  const trLang: Lang = locale?.startsWith('zh') ? 'zh' : 'en'
  const textsOf = (lang: Lang): BaseTexts => (tr && lang === trLang ? tr : BASE[lang])
  const smallTalk: SmallTalkEntry[] = []
  for (const lang of ['zh', 'en'] as const) {
    for (const intent of INTENTS) {
      const [question, similar, answer] = intent[lang]
      const e: KnowledgeEntry = { id: `shop-${lang}-${intent.id}`, locale: LOCALE[lang], question, similar, answer }
      if (intent.featured) {
        e.featured = true
        if (tr && lang === trLang) {
          const id = intent.id as FeaturedShopIntent
          e.question = tr.questions[id]
          e.similar = [question, ...similar]
          // order-status keeps its flow, whose texts are translated below
          if (id !== 'order-status' && id !== 'invoice') {
            const text = tr.answers[id]
            e.answer = id === 'refund' || id === 'help' ? { kind: 'markdown', markdown: text } : text
          }
        }
      }
      entries.push(e)
    }
    const t = textsOf(lang)
    for (const id of SHOP_SMALL_TALK) {
      const [question, similar, answer] = t.smallTalk[id]
      const [q0, s0] = BASE[lang].smallTalk[id]
      const variants = t === BASE[lang] ? similar : [...similar, q0, ...s0]
      smallTalk.push({ id: `shop-${lang}-${id}`, locale: LOCALE[lang], question, similar: variants, answer })
    }
  }
  const flows = [orderFlow('zh', textsOf('zh')), orderFlow('en', textsOf('en')), invoiceFlow('zh', textsOf('zh')), invoiceFlow('en', textsOf('en'))]
  // a fresh copy each time, so one simulator's edits never leak into another
  return JSON.parse(JSON.stringify({ entries, smallTalk, flows })) as KnowledgeBase
}
