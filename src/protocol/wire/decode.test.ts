import { describe, expect, it } from 'vitest'
import { decode, defaultDecodeLimits } from './decode'
import { docExamples, edgeExamples } from './examples'
import type { DecodedPayload } from '../types'

const RATING_MENU = [
  { id: '101', content: '非常不满意' },
  { id: '102', content: '不满意' },
  { id: '103', content: '一般' },
  { id: '104', content: '满意' },
  { id: '105', content: '非常满意' },
]
const BRANCH_ITEMS = [
  { content: '人工', desc: '' },
  { content: '表单选项分支', desc: '' },
  { content: '表单输入', desc: '' },
  { content: '返回', desc: '' },
]

/** A customer-service message with the given src and extra fields, as JSON. */
const msg = (src: string | number, fields: Record<string, unknown> = {}): string =>
  JSON.stringify({ customerServicePlugin: 0, src, ...fields })

function expectInvalid(result: DecodedPayload, reason: RegExp | string, src?: string): void {
  expect(result.kind).toBe('invalid')
  if (result.kind !== 'invalid') return
  if (typeof reason === 'string') expect(result.reason).toBe(reason)
  else expect(result.reason).toMatch(reason)
  expect(result.src).toBe(src)
}

describe('decode: the documented examples', () => {
  const cases: Record<keyof typeof docExamples & string, DecodedPayload> = {
    branchIntro: { kind: 'branch', src: '15', header: '请输入您想接入的功能', items: BRANCH_ITEMS, tail: '' },
    start: { kind: 'start', src: '7' },
    rating: {
      kind: 'rating',
      src: '9',
      head: '感谢您使用我们的服务，请对此次服务进行评价！',
      tail: '感谢您对此次服务作出评价，祝您生活愉快，再见！',
      menu: RATING_MENU,
      type: 2,
      sessionId: '7a67f6bb-8fac-41e5-8bab-78c0259ae5a9',
      effectiveHour: 12,
      expireTime: 1691074320,
      selected: { id: '105', content: '非常满意' },
    },
    ratingSubmit: { kind: 'ratingSubmit', src: '10', menuSelected: { id: 'id', content: 'content', sessionId: 'sessionId' } },
    typing: { kind: 'typing', src: '12' },
    branch: {
      kind: 'branch', src: '15', header: '请输入您想接入的功能', items: BRANCH_ITEMS, tail: '', selected: { content: '人工' },
    },
    sessionEnd: { kind: 'sessionEnd', src: '19' },
    sessionTimeout: { kind: 'sessionTimeout', src: '20' },
    formOptions: {
      kind: 'form',
      src: '21',
      header: '你喜欢吃什么?',
      type: 1,
      items: [{ content: '苹果', desc: '' }, { content: '西瓜', desc: '' }, { content: '草莓', desc: '' }],
      selected: { content: '苹果' },
    },
    formText: { kind: 'form', src: '21', header: '你喜欢吃什么？', type: 0, items: [], selected: { content: '桃子' } },
    product: {
      kind: 'product',
      src: '22',
      header: '这里是标题',
      desc: '这里是描述',
      pic: 'https://cloudcache.tencent-cloud.com/qcloud/portal/kit/images/presale.a4955999.jpeg',
      url: 'https://www.qcloud.com/',
    },
    ratingRules: { kind: 'ratingRules', src: '23', menuSendRuleFlag: 7 },
    ratingRequest: { kind: 'ratingRequest', src: '24' },
    seatStatus: { kind: 'seatStatus', src: '26', inSeat: true },
    endSession: { kind: 'endSession', src: '27' },
    order: {
      kind: 'order',
      src: '28',
      guide: '引导标题',
      name: '订单名称',
      desc: '描述',
      pic: 'https://cloudcache.tencent-cloud.com/qcloud/portal/kit/images/presale.a49',
      customField: [
        { name: '订单状态：', value: '已完成', customerValue: 'customerValue' },
        { name: '订单金额：', value: '1000元', customerValue: 'customerValue' },
      ],
    },
    welcome: {
      kind: 'welcome',
      src: '29',
      subtype: 'welcome_msg',
      title: '猜你想问',
      content: '',
      items: ['智能客服提供哪些功能', '如何修改机器人知识库', '客服在哪里收发消息', '如何设置工作时间', '是否支持发送满意度评价', '机器人功能可以关闭吗', '支持哪些消息渠道', '什么情况会进入排队'].map((content) => ({ content })),
    },
    clarify: {
      kind: 'clarify',
      src: '29',
      subtype: 'clarify_msg',
      title: '您可能想问:',
      content: '您可能想问:',
      items: ['客服要怎么服务用户?', '支持哪些用户咨询渠道?', '智能客服提供哪些功能', '怎么实现所有的问题都由客服回复', '智能客服是什么'].map((content) => ({ content })),
    },
    richText: {
      kind: 'richText',
      src: '30',
      content: '这是我们的配置信息\\n\\n![] (https://im-console-chatbot-1303031839.cos.ap-guangzhou.myqcloud.com/example.png)',
    },
  }

  it('covers every documented example', () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(docExamples).sort())
  })

  for (const [name, expected] of Object.entries(cases)) {
    it(`decodes ${name}`, () => {
      expect(decode(docExamples[name])).toStrictEqual(expected)
    })
  }

  it('decodes the same whether given the JSON string or the parsed object', () => {
    for (const data of Object.values(docExamples)) {
      expect(decode(JSON.parse(data))).toStrictEqual(decode(data))
    }
  })
})

describe('decode: identification', () => {
  it('accepts customerServicePlugin 0 as a number or a string', () => {
    expect(decode({ customerServicePlugin: 0, src: '12' })).toStrictEqual({ kind: 'typing', src: '12' })
    expect(decode(edgeExamples.stringMarker)).toStrictEqual({ kind: 'sessionEnd', src: '19' })
  })

  it('accepts chatbotPlugin 1 as a number or a string', () => {
    expect(decode(edgeExamples.chatbotMarker).kind).toBe('clarify')
    expect(decode({ chatbotPlugin: '1', src: '99' })).toStrictEqual({ kind: 'unknown', src: '99', data: { chatbotPlugin: '1', src: '99' } })
  })

  it('accepts a numeric src', () => {
    expect(decode(edgeExamples.numericSrc)).toStrictEqual({
      kind: 'branch', src: '15', header: '请选择', items: [{ content: '人工' }, { content: '返回' }], tail: '',
    })
    expect(decode(edgeExamples.numericEverything)).toStrictEqual({ kind: 'seatStatus', src: '26', inSeat: false })
    expect(decode(msg(7))).toStrictEqual({ kind: 'start', src: '7' })
  })

  it('trims whitespace around a string src', () => {
    expect(decode(msg(' 20 '))).toStrictEqual({ kind: 'sessionTimeout', src: '20' })
  })

  it('decodes a known src without a marker', () => {
    expect(decode(edgeExamples.missingMarker)).toStrictEqual({
      kind: 'product', src: '22', header: '高级版智能客服', desc: '', pic: '', url: 'https://www.qcloud.com/',
    })
    expect(decode({ src: 19 })).toStrictEqual({ kind: 'sessionEnd', src: '19' })
  })

  it('treats other marker values like a missing marker', () => {
    expect(decode({ customerServicePlugin: 1, src: '19' })).toStrictEqual({ kind: 'sessionEnd', src: '19' })
    expectInvalid(decode({ customerServicePlugin: 1, src: '99' }), /not a customer-service message/)
    // '' and false coerce to 0 in loose comparisons; they are not markers.
    expectInvalid(decode({ customerServicePlugin: '', src: '99' }), /not a customer-service message/)
    expectInvalid(decode({ customerServicePlugin: false, src: '99' }), /not a customer-service message/)
    expectInvalid(decode({ customerServicePlugin: null, src: '99' }), /not a customer-service message/)
  })

  it('refuses a message with neither marker nor known src', () => {
    expectInvalid(decode(edgeExamples.notOurs), 'not a customer-service message (no customerServicePlugin: 0 or chatbotPlugin: 1, and no known src)')
    expectInvalid(decode({}), /not a customer-service message/)
  })

  it('refuses a marked message without a usable src', () => {
    expectInvalid(decode(edgeExamples.markerNoSrc), 'customer-service message has no src')
    expectInvalid(decode(msg('')), 'src must be a non-empty string or an integer')
    expectInvalid(decode(msg('   ')), 'src must be a non-empty string or an integer')
    expectInvalid(decode({ customerServicePlugin: 0, src: 1.5 }), 'src must be a non-empty string or an integer')
    expectInvalid(decode({ customerServicePlugin: 0, src: { v: 15 } }), 'src must be a non-empty string or an integer')
    expectInvalid(decode({ customerServicePlugin: 0, src: 'x'.repeat(65) }), 'src must be a non-empty string or an integer')
  })

  it('returns unknown with a copy of the top-level fields for an unknown src', () => {
    expect(decode(edgeExamples.unknownSrc)).toStrictEqual({
      kind: 'unknown',
      src: '99',
      data: { customerServicePlugin: 0, src: '99', content: { anything: ['goes', 1, true] } },
    })
    // 14 is one of the numbers no kit defines (5 is a Desk channel code now, decoded as `silent`)
    expect(decode({ customerServicePlugin: 0, src: 14 })).toStrictEqual({ kind: 'unknown', src: '14', data: { customerServicePlugin: 0, src: 14 } })
    expect(decode({ customerServicePlugin: 0, src: 5 })).toStrictEqual({ kind: 'silent', src: '5' })
  })

  it('refuses bad JSON, non-objects and wrong data types', () => {
    expectInvalid(decode(edgeExamples.badJson), 'data is not valid JSON')
    expectInvalid(decode(edgeExamples.emptyString), 'data is not valid JSON')
    expectInvalid(decode(edgeExamples.notAnObject), 'data must be a JSON object')
    expectInvalid(decode(edgeExamples.jsonNull), 'data must be a JSON object')
    expectInvalid(decode('"15"'), 'data must be a JSON object')
    expectInvalid(decode([{ customerServicePlugin: 0, src: '15' }]), 'data must be a JSON object')
    for (const data of [undefined, null, 15, true, () => ({}), Symbol('x'), 10n]) {
      expectInvalid(decode(data), 'data must be a JSON string or an object')
    }
  })
})

describe('decode: src 9 rating', () => {
  it('reads everything from menuContent', () => {
    expect(decode(edgeExamples.ratingInMenuContent)).toStrictEqual({
      kind: 'rating', src: '9', head: '请对本次服务进行评价', tail: '感谢您的评价', menu: RATING_MENU, type: 1, sessionId: 's-1', effectiveHour: 12, expireTime: 4102444800,
    })
  })

  it('falls back to the top level, with no menuContent at all', () => {
    expect(decode(edgeExamples.ratingTopLevel)).toStrictEqual({
      kind: 'rating', src: '9', head: '请评价', tail: '', menu: RATING_MENU, type: 1, sessionId: 's-2',
    })
  })

  it('prefers menuContent field by field, and falls back where menuContent has junk', () => {
    const r = decode(msg('9', {
      menuContent: { head: 'inner', menu: 'not a menu', type: 1 },
      head: 'outer', tail: 'outer tail', menu: RATING_MENU, type: 2, sessionId: 's',
    }))
    expect(r).toMatchObject({ kind: 'rating', head: 'inner', tail: 'outer tail', type: 1, menu: RATING_MENU, sessionId: 's' })
  })

  it('fills a selection with only an id from the menu', () => {
    expect(decode(edgeExamples.ratingSelectedById)).toMatchObject({ kind: 'rating', selected: { id: '104', content: '满意' } })
    expect(decode(msg('9', { menuContent: { menu: RATING_MENU, sessionId: 's', selected: '103' } }))).toMatchObject({ selected: { id: '103', content: '一般' } })
    expect(decode(msg('9', { menuContent: { menu: RATING_MENU, sessionId: 's', selected: 102 } }))).toMatchObject({ selected: { id: '102', content: '不满意' } })
  })

  it('keeps a selection the menu does not know, so the card still locks', () => {
    expect(decode(msg('9', { menuContent: { menu: RATING_MENU, sessionId: 's', selected: { id: '999' } } }))).toMatchObject({ selected: { id: '999', content: '' } })
    expect(decode(msg('9', { menuContent: { menu: RATING_MENU, sessionId: 's', selected: { id: '999', content: '其他' } } }))).toMatchObject({ selected: { id: '999', content: '其他' } })
  })

  it('finds the id of a selection given only by its text', () => {
    expect(decode(msg('9', { menuContent: { menu: RATING_MENU, sessionId: 's', selected: { content: '满意' } } }))).toMatchObject({ selected: { id: '104', content: '满意' } })
    expect(decode(msg('9', { menuContent: { menu: RATING_MENU, sessionId: 's', selected: { content: '别的' } } }))).toMatchObject({ selected: { id: '', content: '别的' } })
  })

  it('treats an empty selection as no selection', () => {
    for (const selected of [{}, null, '', { id: '', content: '  ' }, [], true]) {
      const r = decode(msg('9', { menuContent: { menu: RATING_MENU, sessionId: 's', selected } }))
      expect(r.kind).toBe('rating')
      expect(r).not.toHaveProperty('selected')
    }
  })

  it('reads numeric strings and numeric ids (an expired card)', () => {
    expect(decode(edgeExamples.ratingExpired)).toStrictEqual({
      kind: 'rating', src: '9', head: '请评价', tail: '', menu: [{ id: '101', content: '不满意' }, { id: '105', content: '满意' }], type: 1, sessionId: 's-4', effectiveHour: 12, expireTime: 1691074320,
    })
  })

  it('maps type 1 to stars and anything else to numbers', () => {
    const typeOf = (type: unknown): unknown => {
      const r = decode(msg('9', { menuContent: { menu: RATING_MENU, sessionId: 's', type } }))
      return r.kind === 'rating' ? r.type : r.kind
    }
    expect(typeOf(1)).toBe(1)
    expect(typeOf('1')).toBe(1)
    expect(typeOf(2)).toBe(2)
    expect(typeOf(3)).toBe(2)
    expect(typeOf('stars')).toBe(2)
    expect(typeOf(undefined)).toBe(2)
  })

  it('drops times that are not numbers', () => {
    const r = decode(msg('9', { menuContent: { menu: RATING_MENU, sessionId: 's', effectiveHour: 'soon', expireTime: '' } }))
    expect(r.kind).toBe('rating')
    expect(r).not.toHaveProperty('effectiveHour')
    expect(r).not.toHaveProperty('expireTime')
    expect(decode(msg('9', { menuContent: { menu: RATING_MENU, expireTime: '0x10' } }))).not.toHaveProperty('expireTime')
    expect(decode(msg('9', { menuContent: { menu: RATING_MENU, expireTime: '1e9' } }))).not.toHaveProperty('expireTime')
    expect(decode(msg('9', { menuContent: { menu: RATING_MENU, expireTime: ' 1691074320 ' } }))).toMatchObject({ expireTime: 1691074320 })
  })

  it('defaults missing texts and sessionId to empty strings', () => {
    expect(decode(msg('9', { menuContent: { menu: RATING_MENU } }))).toStrictEqual({
      kind: 'rating', src: '9', head: '', tail: '', menu: RATING_MENU, type: 2, sessionId: '',
    })
  })

  it('drops unusable options and duplicate ids', () => {
    const r = decode(msg('9', {
      menuContent: {
        sessionId: 's',
        menu: [{ id: '101', content: '差' }, { id: '101', content: '重复' }, { id: '', content: '无 id' }, { id: '103' }, 'bare', null, { id: 105, content: '好' }],
      },
    }))
    expect(r).toMatchObject({ kind: 'rating', menu: [{ id: '101', content: '差' }, { id: '105', content: '好' }] })
  })

  it('is invalid without a usable menu', () => {
    const reason = 'src 9: menuContent.menu must be a non-empty array of {id, content}'
    expectInvalid(decode(edgeExamples.ratingNoMenu), reason, '9')
    expectInvalid(decode(msg('9', { menuContent: { menu: [] } })), reason, '9')
    expectInvalid(decode(msg('9', { menuContent: { menu: [{ content: 'no id' }] } })), reason, '9')
    expectInvalid(decode(msg('9')), reason, '9')
    expectInvalid(decode(msg('9', { menuContent: 'text' })), reason, '9')
  })
})

describe('decode: src 10 rating submitted', () => {
  it('reads menuSelected, with numeric values as strings', () => {
    expect(decode(msg(10, { menuSelected: { id: 105, content: '非常满意', sessionId: 's' } }))).toStrictEqual({
      kind: 'ratingSubmit', src: '10', menuSelected: { id: '105', content: '非常满意', sessionId: 's' },
    })
    expect(decode(msg(10, { menuSelected: { id: '105', sessionId: 's' } }))).toMatchObject({ menuSelected: { content: '' } })
  })

  it('is invalid when the backend would void it', () => {
    expectInvalid(decode(msg(10)), 'src 10: menuSelected must be an object', '10')
    expectInvalid(decode(msg(10, { menuSelected: { content: 'x', sessionId: 's' } })), 'src 10: menuSelected.id must be a non-empty string', '10')
    expectInvalid(decode(msg(10, { menuSelected: { id: '105', content: 'x', sessionId: '' } })), 'src 10: menuSelected.sessionId must be a non-empty string', '10')
  })
})

describe('decode: src 13 bot command', () => {
  it('reads content.command and keeps the body', () => {
    expect(decode(edgeExamples.botFeedback)).toStrictEqual({
      kind: 'botCommand', src: '13', command: 'feedback', content: { command: 'feedback', feedbackId: 'f-1' },
    })
    expect(decode(edgeExamples.botUpdateStatus)).toMatchObject({ command: 'updateBotStatus' })
  })

  it("defaults the command to ''", () => {
    expect(decode(msg(13))).toStrictEqual({ kind: 'botCommand', src: '13', command: '' })
    expect(decode(msg(13, { content: 'text' }))).toStrictEqual({ kind: 'botCommand', src: '13', command: '', content: 'text' })
    expect(decode(msg(13, { content: { command: { nested: true } } }))).toMatchObject({ command: '' })
  })

  it('keeps a bounded copy, not the input graph', () => {
    const content: Record<string, unknown> = { command: 'x', list: Array.from({ length: 500 }, (_, i) => i) }
    content.self = content
    const r = decode({ customerServicePlugin: 0, src: '13', content })
    expect(r.kind).toBe('botCommand')
    if (r.kind !== 'botCommand') return
    expect(r.content).not.toBe(content)
    const copy = r.content as Record<string, unknown>
    expect((copy.list as unknown[]).length).toBe(defaultDecodeLimits.maxItems)
    // the cycle is cut by the depth bound, not followed forever
    let depth = 0
    let node: unknown = copy
    while (node && typeof node === 'object' && 'self' in node) {
      node = (node as { self: unknown }).self
      depth++
    }
    expect(depth).toBeLessThan(defaultDecodeLimits.maxDepth)
  })
})

describe('decode: src 15 branch menu', () => {
  it('takes string and numeric items, and drops blank ones', () => {
    expect(decode(edgeExamples.branchLooseItems)).toStrictEqual({
      kind: 'branch', src: '15', header: '请选择', items: [{ content: '退款' }, { content: '2' }], tail: '',
    })
  })

  it('falls back to title for the header and keeps the selection', () => {
    expect(decode(edgeExamples.branchTitleSelected)).toStrictEqual({
      kind: 'branch',
      src: '15',
      header: '请选择业务',
      items: [{ content: '退款', desc: '7 天内' }, { content: '换货' }],
      tail: '以上都不是请输入“人工”',
      selected: { content: '换货' },
    })
  })

  it('defaults missing strings, and accepts a bare-string selection', () => {
    expect(decode(msg(15, { content: { items: ['a'], selected: 'a' } }))).toStrictEqual({
      kind: 'branch', src: '15', header: '', items: [{ content: 'a' }], tail: '', selected: { content: 'a' },
    })
  })

  it('ignores an unusable selection and non-string desc', () => {
    const r = decode(msg(15, { content: { items: [{ content: 'a', desc: { x: 1 } }], selected: { content: '' } } }))
    expect(r).toStrictEqual({ kind: 'branch', src: '15', header: '', items: [{ content: 'a' }], tail: '' })
  })

  it('is invalid when nothing can be chosen', () => {
    expectInvalid(decode(edgeExamples.branchNoItems), 'src 15: content.items has no item with a usable content', '15')
    expectInvalid(decode(edgeExamples.branchItemsNotArray), 'src 15: content.items must be an array', '15')
    expectInvalid(decode(msg(15, { content: { items: [null, {}, { content: '' }, { content: true }] } })), 'src 15: content.items has no item with a usable content', '15')
    expectInvalid(decode(msg(15)), 'src 15: content must be an object', '15')
    expectInvalid(decode(msg(15, { content: ['a'] })), 'src 15: content must be an object', '15')
  })
})

describe('decode: src 21 form', () => {
  it('reads an answered text form', () => {
    expect(decode(edgeExamples.formTextAnswered)).toStrictEqual({
      kind: 'form', src: '21', header: '请输入您的手机号', type: 0, items: [], selected: { content: '13800000000' },
    })
  })

  it("reads an open options form with type '1'", () => {
    expect(decode(edgeExamples.formOptionsOpen)).toStrictEqual({
      kind: 'form', src: '21', header: '请选择城市', type: 1, items: [{ content: '北京' }, { content: '上海' }, { content: '深圳' }],
    })
  })

  it('infers the type from the items when it is missing or odd', () => {
    expect(decode(msg(21, { content: { header: 'h', items: ['a'] } }))).toMatchObject({ type: 1, items: [{ content: 'a' }] })
    expect(decode(msg(21, { content: { header: 'h', type: 'text' } }))).toMatchObject({ type: 0, items: [] })
    expect(decode(msg(21, { content: { header: 'h', type: '0', items: ['a'] } }))).toMatchObject({ type: 0, items: [{ content: 'a' }] })
  })

  it('is invalid for an options form without options', () => {
    expectInvalid(decode(edgeExamples.formOptionsEmpty), 'src 21: content.items has no item with a usable content (options form, type 1)', '21')
    expectInvalid(decode(msg(21, { content: { type: 1 } })), 'src 21: content.items must be an array for an options form (type 1)', '21')
    expectInvalid(decode(msg(21, { content: 'form' })), 'src 21: content must be an object', '21')
  })
})

describe('decode: src 22 product and src 28 order', () => {
  it('keeps hostile URLs as text (the renderer judges schemes)', () => {
    expect(decode(edgeExamples.productHostileUrl)).toMatchObject({ kind: 'product', url: 'javascript:alert(document.cookie)' })
  })

  it('defaults missing fields and converts numbers', () => {
    expect(decode(msg(22, { content: { header: 42 } }))).toStrictEqual({ kind: 'product', src: '22', header: '42', desc: '', pic: '', url: '' })
  })

  it('is invalid for a product card with nothing to show', () => {
    expectInvalid(decode(msg(22, { content: { header: ' ', desc: '', pic: null } })), 'src 22: content has none of header, desc, pic, url', '22')
    expectInvalid(decode(msg(22)), 'src 22: content must be an object', '22')
  })

  it('reads an order with fields only, and drops empty fields', () => {
    expect(decode(edgeExamples.orderFieldsOnly)).toStrictEqual({
      kind: 'order', src: '28', guide: '', name: '', desc: '', pic: '', customField: [{ name: '订单号：', value: '20240501-001' }],
    })
    expect(decode(msg(28, { content: { name: 'n', customField: [{}, 'x', { name: '', value: 3 }] } }))).toMatchObject({
      customField: [{ name: '', value: '3' }],
    })
    expect(decode(msg(28, { content: { name: 'n', customField: 'none' } }))).toMatchObject({ customField: [] })
  })

  it('is invalid for an order card with nothing to show', () => {
    expectInvalid(decode(edgeExamples.orderEmpty), 'src 28: content has none of guide, name, desc, pic, customField', '28')
    expectInvalid(decode(msg(28, { content: null })), 'src 28: content must be an object', '28')
  })
})

describe('decode: flags 23 and 26', () => {
  it('reads the rating rules, numeric strings included', () => {
    expect(decode(edgeExamples.ratingRulesString)).toStrictEqual({ kind: 'ratingRules', src: '23', menuSendRuleFlag: 3 })
    expect(decode(msg(23, { content: { menuSendRuleFlag: 0 } }))).toStrictEqual({ kind: 'ratingRules', src: '23', menuSendRuleFlag: 0 })
  })

  it('is invalid for a missing or nonsensical rule flag', () => {
    const reason = 'src 23: content.menuSendRuleFlag must be a non-negative integer'
    expectInvalid(decode(edgeExamples.ratingRulesMissing), reason, '23')
    for (const flag of [-1, 1.5, 'seven', '', true, null]) {
      expectInvalid(decode(msg(23, { content: { menuSendRuleFlag: flag } })), reason, '23')
    }
    expectInvalid(decode(msg(23)), reason, '23')
  })

  it('reads the seat status', () => {
    expect(decode(edgeExamples.seatOut)).toStrictEqual({ kind: 'seatStatus', src: '26', inSeat: false })
    expect(decode(msg(26, { content: 'inSeat' }))).toStrictEqual({ kind: 'seatStatus', src: '26', inSeat: true })
  })

  it('is invalid for any other seat status', () => {
    const reason = 'src 26: content.content must be "inSeat" or "outSeat"'
    expectInvalid(decode(edgeExamples.seatUnknown), reason, '26')
    expectInvalid(decode(msg(26, { content: { content: 'InSeat' } })), reason, '26')
    expectInvalid(decode(msg(26)), reason, '26')
  })

  it('ignores the body of bodiless flags', () => {
    expect(decode(msg(24, { content: { anything: 1 } }))).toStrictEqual({ kind: 'ratingRequest', src: '24' })
    expect(decode(msg(27, { content: 'x' }))).toStrictEqual({ kind: 'endSession', src: '27' })
  })
})

describe('decode: src 29 suggestions', () => {
  it('maps unknown or missing subtypes to clarify, like the official plugin', () => {
    const items = [{ content: 'q' }]
    expect(decode(msg(29, { subtype: 'other_msg', content: { items } }))).toStrictEqual({
      kind: 'clarify', src: '29', subtype: 'clarify_msg', title: '', content: '', items,
    })
    expect(decode(msg(29, { content: { items } }))).toMatchObject({ kind: 'clarify', subtype: 'clarify_msg' })
  })

  it('is invalid without a question to offer', () => {
    expectInvalid(decode(msg(29, { subtype: 'welcome_msg', content: { title: 't', items: [] } })), 'src 29: content.items has no item with a usable content', '29')
    expectInvalid(decode(msg(29, { subtype: 'welcome_msg', content: { title: 't' } })), 'src 29: content.items must be an array', '29')
    expectInvalid(decode(msg(29, { subtype: 'welcome_msg' })), 'src 29: content must be an object', '29')
  })
})

describe('decode: src 30 rich text', () => {
  it('keeps Markdown as given, hostile or not (the renderer sanitises)', () => {
    expect(decode(edgeExamples.richTextMarkdown)).toMatchObject({ kind: 'richText', content: expect.stringContaining('## 工作时间\n\n') })
    expect(decode(edgeExamples.richTextHostile)).toMatchObject({ kind: 'richText', content: expect.stringContaining('onerror') })
    expect(decode(msg(30, { content: '' }))).toStrictEqual({ kind: 'richText', src: '30', content: '' })
  })

  it('is invalid when the content is not a string', () => {
    expectInvalid(decode(edgeExamples.richTextNotString), 'src 30: content must be a Markdown string', '30')
    expectInvalid(decode(msg(30, { content: 42 })), 'src 30: content must be a Markdown string', '30')
  })
})

describe('decode: src 31 stream', () => {
  it("reads the official plugin's top-level shape", () => {
    expect(decode(edgeExamples.streamPartial)).toStrictEqual({ kind: 'stream', src: '31', chunks: ['您好，', '智能客服'], isFinished: false })
    expect(decode(edgeExamples.streamFinished)).toMatchObject({ isFinished: true })
  })

  it('reads the fields nested in content', () => {
    expect(decode(edgeExamples.streamInContent)).toStrictEqual({ kind: 'stream', src: '31', chunks: ['第一段', '第二段'], isFinished: true })
  })

  it('prefers the top level field by field', () => {
    expect(decode(msg(31, { chunks: ['top'], content: { chunks: ['inner'], isFinished: 1 } }))).toStrictEqual({
      kind: 'stream', src: '31', chunks: ['top'], isFinished: true,
    })
    expect(decode(msg(31, { chunks: 5, content: { chunks: ['inner'] } }))).toMatchObject({ chunks: ['inner'], isFinished: false })
  })

  it('wraps a single string', () => {
    expect(decode(edgeExamples.streamSingleString)).toStrictEqual({ kind: 'stream', src: '31', chunks: ['整段文本'], isFinished: true })
  })

  it('reads isFinished leniently', () => {
    const finished = (isFinished: unknown): unknown => {
      const r = decode(msg(31, { chunks: [], isFinished }))
      return r.kind === 'stream' ? r.isFinished : r.kind
    }
    expect([1, '1', true, 'true'].map(finished)).toEqual([true, true, true, true])
    expect([0, '0', false, 'false', undefined, null, 2, 'yes'].map(finished)).toEqual(Array(8).fill(false))
  })

  it('drops chunks that are not text and keeps empty ones', () => {
    expect(decode(msg(31, { chunks: ['a', '', null, 7, { t: 'x' }, 'b'] }))).toMatchObject({ chunks: ['a', '', '7', 'b'] })
  })

  it('is invalid without chunks', () => {
    expectInvalid(decode(msg(31, { isFinished: 1 })), 'src 31: chunks must be an array of strings', '31')
    expectInvalid(decode(msg(31, { chunks: { 0: 'a' } })), 'src 31: chunks must be an array of strings', '31')
  })
})

describe('decode: hostile objects', () => {
  it('treats throwing getters as missing fields', () => {
    const content = {
      items: ['ok'],
      get header(): string { throw new Error('boom') },
    }
    const data = { customerServicePlugin: 0, src: '15', content, get tail(): string { throw new Error('boom') } }
    expect(decode(data)).toStrictEqual({ kind: 'branch', src: '15', header: '', items: [{ content: 'ok' }], tail: '' })
    const all = { get customerServicePlugin(): number { throw new Error('x') }, get src(): string { throw new Error('x') } }
    expectInvalid(decode(all), /not a customer-service message/)
  })

  it('survives proxies whose every trap throws, and revoked proxies', () => {
    const handler: ProxyHandler<object> = new Proxy({}, { get: () => () => { throw new Error('trap') } })
    expect(decode(new Proxy({}, handler)).kind).toBe('invalid')
    expect(decode({ customerServicePlugin: 0, src: '99', extra: new Proxy({}, handler) })).toStrictEqual({
      kind: 'unknown', src: '99', data: { customerServicePlugin: 0, src: '99', extra: {} },
    })
    const { proxy, revoke } = Proxy.revocable({ customerServicePlugin: 0, src: '15' }, {})
    revoke()
    expect(decode(proxy).kind).toBe('invalid')
    expect(decode({ customerServicePlugin: 0, src: '15', content: { items: proxy } })).toMatchObject({ kind: 'invalid', src: '15' })
  })

  it('reads through well-behaved proxies (e.g. Vue reactive objects)', () => {
    const raw = JSON.parse(docExamples.branch) as object
    expect(decode(new Proxy(raw, {}))).toStrictEqual(decode(docExamples.branch))
  })

  it('does not trust an array proxy that lies about its length', () => {
    const items = new Proxy(['a'], { get: (t, k) => (k === 'length' ? 1e15 : Reflect.get(t, k)) })
    const start = performance.now()
    const r = decode({ customerServicePlugin: 0, src: '15', content: { items } })
    expect(performance.now() - start).toBeLessThan(500)
    expect(r).toMatchObject({ kind: 'branch', items: [{ content: 'a' }] })
  })

  it('reads own properties only, so a polluted prototype cannot inject fields', () => {
    const proto = { customerServicePlugin: 0, src: '26', content: { content: 'inSeat' } }
    expectInvalid(decode(Object.create(proto) as object), /not a customer-service message/)
  })

  it('accepts null-prototype objects', () => {
    const data = Object.assign(Object.create(null) as object, { customerServicePlugin: 0, src: '26', content: Object.assign(Object.create(null) as object, { content: 'outSeat' }) })
    expect(decode(data)).toStrictEqual({ kind: 'seatStatus', src: '26', inSeat: false })
  })

  it('never turns a __proto__ key into a prototype', () => {
    const r = decode(edgeExamples.protoKey)
    expect(r).toStrictEqual({ kind: 'unknown', src: '99', data: { customerServicePlugin: 0, src: '99', content: 'x' } })
    if (r.kind !== 'unknown') return
    expect(Object.getPrototypeOf(r.data)).toBe(Object.prototype)
    expect(Object.assign({}, r.data)).not.toHaveProperty('polluted')
    // and a __proto__ key in a known body is just an unknown field
    expect(decode('{"customerServicePlugin":0,"src":"15","content":{"__proto__":{"items":["x"]}}}')).toMatchObject({ kind: 'invalid', src: '15' })
  })

  it('drops values JSON cannot hold from copies', () => {
    const r = decode({ customerServicePlugin: 0, src: '99', big: 10n, sym: Symbol('s'), fn: () => 1, nan: NaN, inf: -Infinity, undef: undefined, ok: 1 })
    expect(r).toStrictEqual({ kind: 'unknown', src: '99', data: { customerServicePlugin: 0, src: '99', ok: 1 } })
  })

  it('accepts BigInt ids', () => {
    expect(decode({ customerServicePlugin: 0, src: '10', menuSelected: { id: 105n, content: 'c', sessionId: 's' } })).toMatchObject({ menuSelected: { id: '105' } })
  })

  it('handles cyclic objects', () => {
    const data: Record<string, unknown> = { customerServicePlugin: 0, src: '99' }
    data.self = data
    const r = decode(data)
    expect(r.kind).toBe('unknown')
    expect(() => JSON.stringify(r)).not.toThrow()
  })

  it('copies a shared-reference graph within the value budget', () => {
    // 2^30 paths if walked naively
    let node: unknown = { leaf: 'x' }
    for (let i = 0; i < 30; i++) node = { a: node, b: node }
    const start = performance.now()
    const r = decode({ customerServicePlugin: 0, src: '99', node }, { maxDepth: 40 })
    expect(performance.now() - start).toBeLessThan(500)
    expect(JSON.stringify(r).length).toBeLessThan(100_000)
  })

  it('survives hostile limits', () => {
    expect(decode(docExamples.start, { maxInputLength: NaN, maxItems: -5 })).toStrictEqual({ kind: 'start', src: '7' })
    const limits = { get maxItems(): number { throw new Error('x') } }
    expect(decode(docExamples.branch, limits)).toStrictEqual(decode(docExamples.branch))
  })
})

describe('decode: bounds', () => {
  it('refuses a 10 MB string before parsing it', () => {
    const huge = msg(30, { content: 'x'.repeat(10_000_000) })
    const start = performance.now()
    expectInvalid(decode(huge), `data is too large (${huge.length} characters; the limit is 1000000)`)
    expect(performance.now() - start).toBeLessThan(50)
  })

  it('applies a custom input limit', () => {
    expectInvalid(decode(docExamples.start, { maxInputLength: 10 }), /too large/)
    expect(decode(docExamples.start, { maxInputLength: docExamples.start.length }).kind).toBe('start')
  })

  it('caps 100,000 items, from JSON and from objects', () => {
    // short items, so the JSON stays under the 1,000,000-character input limit
    const json = msg(15, { content: { items: Array.from({ length: 100_000 }, (_, i) => `${i % 10}`) } })
    expect(json.length).toBeLessThan(defaultDecodeLimits.maxInputLength)
    const fromJson = decode(json)
    expect(fromJson.kind === 'branch' && fromJson.items.length).toBe(100)
    const fromObject = decode({ customerServicePlugin: 0, src: '15', content: { items: Array.from({ length: 100_000 }, (_, i) => ({ content: `${i}` })) } })
    expect(fromObject.kind === 'branch' && fromObject.items.at(-1)).toEqual({ content: '99' })
    const custom = decode(json, { maxItems: 3 })
    expect(custom.kind === 'branch' && custom.items).toEqual([{ content: '0' }, { content: '1' }, { content: '2' }])
  })

  it('returns invalid quickly for 100,000-deep nesting', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000)
    const start = performance.now()
    expect(decode(deep).kind).toBe('invalid')
    const inField = `{"customerServicePlugin":0,"src":"13","content":${'['.repeat(100_000)}${']'.repeat(100_000)}}`
    const r = decode(inField)
    expect(['botCommand', 'invalid']).toContain(r.kind)
    expect(() => JSON.stringify(r)).not.toThrow()
    expect(performance.now() - start).toBeLessThan(2_000)
  })

  it('bounds deeply nested objects built in memory', () => {
    let node: unknown = 'bottom'
    for (let i = 0; i < 100_000; i++) node = { next: node }
    const r = decode({ customerServicePlugin: 0, src: '99', node })
    expect(r.kind).toBe('unknown')
    expect(JSON.stringify(r).split('next').length - 1).toBeLessThan(defaultDecodeLimits.maxDepth)
  })

  it('truncates a 1 MB field instead of rejecting the message', () => {
    const big = '长'.repeat(1_000_000)
    const fromObject = decode({ customerServicePlugin: 0, src: '22', content: { header: big, url: 'https://x' } })
    expect(fromObject.kind === 'product' && fromObject.header).toBe('长'.repeat(10_000))
    const rich = decode(msg(30, { content: 'x'.repeat(999_000) }))
    expect(rich.kind === 'richText' && rich.content.length).toBe(100_000)
  })

  it('never splits a surrogate pair when truncating', () => {
    const r = decode({ customerServicePlugin: 0, src: '15', content: { items: ['a😀😀'] } }, { maxStringLength: 4 })
    expect(r.kind === 'branch' && r.items[0]).toEqual({ content: 'a😀' })
  })

  it('caps the joined stream text and the chunk count', () => {
    const r = decode(msg(31, { chunks: ['abc', 'defg', 'hij'], isFinished: 1 }), { maxTextLength: 5 })
    expect(r).toStrictEqual({ kind: 'stream', src: '31', chunks: ['abc', 'de'], isFinished: true })
    const many = decode({ customerServicePlugin: 0, src: '31', chunks: Array.from({ length: 50_000 }, () => 'x') })
    expect(many.kind === 'stream' && many.chunks.length).toBe(defaultDecodeLimits.maxChunks)
  })

  it('caps copied keys per object', () => {
    const wide = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`k${i}`, i]))
    const r = decode({ customerServicePlugin: 0, src: '99', ...wide })
    expect(r.kind === 'unknown' && Object.keys(r.data ?? {}).length).toBe(defaultDecodeLimits.maxItems)
  })
})
