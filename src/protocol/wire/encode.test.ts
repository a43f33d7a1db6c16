import { describe, expect, it } from 'vitest'
import {
  encodeEndSession,
  encodeOrder,
  encodePayload,
  encodeProduct,
  encodeRatingRequest,
  encodeRatingSubmit,
  encodeStart,
  encodeText,
  type OutgoingDraft,
  type RatingSubmission,
} from './encode'
import { decode } from './decode'
import { docExamples } from './examples'
import type { DecodedPayload, OrderContent, ProductContent } from '../types'

const dataOf = (draft: OutgoingDraft): unknown => {
  if (draft.body.type !== 'custom') throw new Error('not a custom body')
  return JSON.parse(draft.body.data)
}

describe('customer builders', () => {
  it('encodeText sends plain text, not a flag', () => {
    expect(encodeText('人工')).toStrictEqual({ body: { type: 'text', text: '人工' } })
  })

  it('encodeStart sends src 7 as a flag', () => {
    expect(encodeStart()).toStrictEqual({
      body: { type: 'custom', data: '{"customerServicePlugin":0,"src":"7"}' },
      options: { onlineUserOnly: true },
    })
  })

  it('encodeRatingSubmit sends src 10 as a flag', () => {
    expect(encodeRatingSubmit({ id: '105', content: '非常满意', sessionId: '7a67f6bb' })).toStrictEqual({
      body: {
        type: 'custom',
        data: '{"customerServicePlugin":0,"src":"10","menuSelected":{"id":"105","content":"非常满意","sessionId":"7a67f6bb"}}',
      },
      options: { onlineUserOnly: true },
    })
  })

  it('encodeRatingSubmit writes only the three documented fields', () => {
    const extra = { id: '1', content: 'c', sessionId: 's', secret: 'x' } as RatingSubmission
    expect(dataOf(encodeRatingSubmit(extra))).toStrictEqual({
      customerServicePlugin: 0, src: '10', menuSelected: { id: '1', content: 'c', sessionId: 's' },
    })
  })

  it('encodeRatingSubmit refuses an empty selection, naming what is missing', () => {
    expect(() => encodeRatingSubmit({ id: '', content: 'c', sessionId: 's' })).toThrow('encodeRatingSubmit: selected must not be empty (missing id)')
    expect(() => encodeRatingSubmit({ id: '1', content: '  ', sessionId: '' })).toThrow('(missing content, sessionId)')
    expect(() => encodeRatingSubmit({ id: 105, content: 'c', sessionId: 's' } as unknown as RatingSubmission)).toThrow('(missing id)')
    expect(() => encodeRatingSubmit(undefined as unknown as RatingSubmission)).toThrow('(missing id, content, sessionId)')
  })

  it('encodeRatingRequest sends src 24 as a flag', () => {
    expect(encodeRatingRequest()).toStrictEqual({
      body: { type: 'custom', data: '{"customerServicePlugin":0,"src":"24"}' },
      options: { onlineUserOnly: true },
    })
  })

  it('encodeEndSession sends src 27 as a flag', () => {
    expect(encodeEndSession()).toStrictEqual({
      body: { type: 'custom', data: '{"customerServicePlugin":0,"src":"27"}' },
      options: { onlineUserOnly: true },
    })
  })

  it('encodeProduct sends src 22, stored (not a flag), with only the card fields', () => {
    const card = { header: '高级版智能客服', desc: '描述', pic: 'https://p/x.jpg', url: 'https://www.qcloud.com/', price: 9 } as ProductContent
    const draft = encodeProduct(card)
    expect(draft).toStrictEqual({
      body: {
        type: 'custom',
        data: '{"customerServicePlugin":0,"src":"22","content":{"header":"高级版智能客服","desc":"描述","pic":"https://p/x.jpg","url":"https://www.qcloud.com/"}}',
      },
    })
    expect(draft).not.toHaveProperty('options')
  })

  it('encodeOrder sends src 28, stored, keeping customerValue only when present', () => {
    const order: OrderContent = {
      guide: '引导标题',
      name: '订单名称',
      desc: '描述',
      pic: 'https://p/o.jpg',
      customField: [{ name: '订单状态：', value: '已完成', customerValue: 'done' }, { name: '订单金额：', value: '1000元' }],
    }
    const draft = encodeOrder(order)
    expect(draft).not.toHaveProperty('options')
    expect(dataOf(draft)).toStrictEqual({ customerServicePlugin: 0, src: '28', content: order })
    expect(draft.body.type === 'custom' && draft.body.data).toBe(
      '{"customerServicePlugin":0,"src":"28","content":{"guide":"引导标题","name":"订单名称","desc":"描述","pic":"https://p/o.jpg",'
      + '"customField":[{"name":"订单状态：","value":"已完成","customerValue":"done"},{"name":"订单金额：","value":"1000元"}]}}',
    )
  })

  it('every flag carries onlineUserOnly, and nothing else does', () => {
    const flags = [encodeStart(), encodeRatingSubmit({ id: '1', content: 'c', sessionId: 's' }), encodeRatingRequest(), encodeEndSession()]
    for (const draft of flags) expect(draft.options).toStrictEqual({ onlineUserOnly: true })
    const stored = [encodeText('x'), encodeProduct({ header: 'h', desc: '', pic: '', url: '' }), encodeOrder({ guide: 'g', name: '', desc: '', pic: '', customField: [] })]
    for (const draft of stored) expect(draft.options).toBeUndefined()
  })

  it('decodes back to what was built', () => {
    expect(decode((encodeStart().body as { data: string }).data)).toStrictEqual({ kind: 'start', src: '7' })
    expect(decode((encodeRatingRequest().body as { data: string }).data)).toStrictEqual({ kind: 'ratingRequest', src: '24' })
    expect(decode((encodeEndSession().body as { data: string }).data)).toStrictEqual({ kind: 'endSession', src: '27' })
  })
})

describe('encodePayload', () => {
  const wire = (p: DecodedPayload): unknown => JSON.parse(encodePayload(p))

  it('writes the rating inside menuContent', () => {
    expect(wire({
      kind: 'rating', src: '9', head: 'h', tail: 't', menu: [{ id: '101', content: '差' }], type: 1, sessionId: 's', effectiveHour: 12, expireTime: 100, selected: { id: '101', content: '差' },
    })).toStrictEqual({
      customerServicePlugin: 0,
      src: '9',
      menuContent: { head: 'h', tail: 't', menu: [{ id: '101', content: '差' }], type: 1, sessionId: 's', effectiveHour: 12, expireTime: 100, selected: { id: '101', content: '差' } },
    })
  })

  it('omits optional rating fields that are absent', () => {
    expect(wire({ kind: 'rating', src: '9', head: '', tail: '', menu: [{ id: '1', content: 'a' }], type: 2, sessionId: '' })).toStrictEqual({
      customerServicePlugin: 0, src: '9', menuContent: { head: '', tail: '', menu: [{ id: '1', content: 'a' }], type: 2, sessionId: '' },
    })
  })

  it('writes branch, form, product, order, rules and seat status inside content', () => {
    expect(wire({ kind: 'branch', src: '15', header: 'h', items: [{ content: 'a', desc: 'd' }, { content: 'b' }], tail: 't', selected: { content: 'a' } })).toStrictEqual({
      customerServicePlugin: 0, src: '15', content: { header: 'h', items: [{ content: 'a', desc: 'd' }, { content: 'b' }], tail: 't', selected: { content: 'a' } },
    })
    expect(wire({ kind: 'form', src: '21', header: 'h', type: 0, items: [] })).toStrictEqual({
      customerServicePlugin: 0, src: '21', content: { header: 'h', type: 0 },
    })
    expect(wire({ kind: 'form', src: '21', header: 'h', type: 1, items: [{ content: 'x' }], selected: { content: 'x' } })).toStrictEqual({
      customerServicePlugin: 0, src: '21', content: { header: 'h', type: 1, items: [{ content: 'x' }], selected: { content: 'x' } },
    })
    expect(wire({ kind: 'product', src: '22', header: 'h', desc: 'd', pic: 'p', url: 'u' })).toStrictEqual({
      customerServicePlugin: 0, src: '22', content: { header: 'h', desc: 'd', pic: 'p', url: 'u' },
    })
    expect(wire({ kind: 'ratingRules', src: '23', menuSendRuleFlag: 5 })).toStrictEqual({ customerServicePlugin: 0, src: '23', content: { menuSendRuleFlag: 5 } })
    expect(wire({ kind: 'seatStatus', src: '26', inSeat: false })).toStrictEqual({
      customerServicePlugin: 0, src: '26', content: { command: 'updateSeatStatus', content: 'outSeat' },
    })
    expect(wire({ kind: 'order', src: '28', guide: 'g', name: 'n', desc: 'd', pic: 'p', customField: [] })).toStrictEqual({
      customerServicePlugin: 0, src: '28', content: { guide: 'g', name: 'n', desc: 'd', pic: 'p', customField: [] },
    })
  })

  it('writes src 29 with its subtype', () => {
    expect(wire({ kind: 'welcome', src: '29', subtype: 'welcome_msg', title: 't', content: '', items: [{ content: 'q' }] })).toStrictEqual({
      customerServicePlugin: 0, src: '29', subtype: 'welcome_msg', content: { title: 't', content: '', items: [{ content: 'q' }] },
    })
    expect(wire({ kind: 'clarify', src: '29', subtype: 'clarify_msg', title: 't', content: 'c', items: [{ content: 'q' }] })).toMatchObject({ subtype: 'clarify_msg' })
  })

  it("writes src 31 at the top level with a numeric isFinished (the official plugin's shape)", () => {
    expect(wire({ kind: 'stream', src: '31', chunks: ['a', 'b'], isFinished: true })).toStrictEqual({
      customerServicePlugin: 0, src: '31', chunks: ['a', 'b'], isFinished: 1,
    })
    expect(wire({ kind: 'stream', src: '31', chunks: [], isFinished: false })).toMatchObject({ isFinished: 0 })
  })

  it('writes the bodiless kinds, rich text and rating submission', () => {
    expect(wire({ kind: 'typing', src: '12' })).toStrictEqual({ customerServicePlugin: 0, src: '12' })
    expect(wire({ kind: 'sessionEnd', src: '19' })).toStrictEqual({ customerServicePlugin: 0, src: '19' })
    expect(wire({ kind: 'sessionTimeout', src: '20' })).toStrictEqual({ customerServicePlugin: 0, src: '20' })
    expect(wire({ kind: 'richText', src: '30', content: '# hi' })).toStrictEqual({ customerServicePlugin: 0, src: '30', content: '# hi' })
    expect(wire({ kind: 'ratingSubmit', src: '10', menuSelected: { id: '1', content: 'c', sessionId: 's' } })).toStrictEqual({
      customerServicePlugin: 0, src: '10', menuSelected: { id: '1', content: 'c', sessionId: 's' },
    })
  })

  it('writes a bot command into its body', () => {
    expect(wire({ kind: 'botCommand', src: '13', command: 'feedback', content: { command: 'feedback', id: 1 } })).toStrictEqual({
      customerServicePlugin: 0, src: '13', content: { command: 'feedback', id: 1 },
    })
    expect(wire({ kind: 'botCommand', src: '13', command: 'feedback' })).toStrictEqual({ customerServicePlugin: 0, src: '13', content: { command: 'feedback' } })
    expect(wire({ kind: 'botCommand', src: '13', command: '' })).toStrictEqual({ customerServicePlugin: 0, src: '13' })
    expect(wire({ kind: 'botCommand', src: '13', command: '', content: [1] })).toStrictEqual({ customerServicePlugin: 0, src: '13', content: [1] })
  })

  it('uses the kind, not a mismatched src, and ignores extra properties', () => {
    const odd = { kind: 'typing', src: '99', extra: true } as unknown as DecodedPayload
    expect(wire(odd)).toStrictEqual({ customerServicePlugin: 0, src: '12' })
  })

  it('refuses unknown and invalid payloads', () => {
    expect(() => encodePayload({ kind: 'unknown', src: '99' })).toThrow(/cannot encode an unknown payload \(src 99\)/)
    expect(() => encodePayload({ kind: 'invalid', reason: 'bad' })).toThrow(/cannot encode an invalid payload \(bad\)/)
  })

  it('round-trips every documented example through decode', () => {
    for (const [name, data] of Object.entries(docExamples)) {
      const decoded = decode(data)
      expect(decoded.kind, name).not.toBe('invalid')
      expect(decode(encodePayload(decoded)), name).toStrictEqual(decoded)
    }
  })

  it('moves the documented rating example into menuContent', () => {
    const wireRating = JSON.parse(encodePayload(decode(docExamples.rating))) as Record<string, unknown>
    expect(Object.keys(wireRating)).toEqual(['customerServicePlugin', 'src', 'menuContent'])
    expect(Object.keys(wireRating.menuContent as object)).toEqual(['head', 'tail', 'menu', 'type', 'sessionId', 'effectiveHour', 'expireTime', 'selected'])
  })
})
