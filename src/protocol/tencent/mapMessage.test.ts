import {
  CLIENT_ID_KEY,
  UNSUPPORTED_SRC_PREFIX,
  isDeliveredMessage,
  isInConversation,
  isMessageLike,
  readClientId,
  senderOf,
  toImageBody,
  toIncomingMessage,
  toWireBody,
  writeCloudCustomData,
  type TencentMapContext,
} from './mapMessage'
import { TENCENT_TYPES, resolveTencentConstants } from './sdk'
import { TencentChatStandIn } from '../../testing/tencentStandIn'
import { aiLabelOf } from '../wire/meta'

const sdk = new TencentChatStandIn()
const constants = resolveTencentConstants()
const ctx: TencentMapContext = {
  serviceUserID: sdk.serviceUserID,
  conversationID: `C2C${sdk.serviceUserID}`,
  constants,
}

describe('toIncomingMessage', () => {
  it('maps a service text: id, ms time, sender, name and avatar', () => {
    const m = sdk.text('您好', { time: 1_700_000_000, nick: '小助手', avatar: 'https://a/b.png' })
    expect(toIncomingMessage(m, ctx)).toEqual({
      id: m.ID,
      time: 1_700_000_000_000,
      from: 'service',
      senderName: '小助手',
      avatar: 'https://a/b.png',
      body: { type: 'text', text: '您好' },
    })
  })

  it('leaves seq out (C2C sequences are per sender and do not order a conversation)', () => {
    const m = sdk.text('a', { sequence: 99 })
    expect(toIncomingMessage(m, ctx)).not.toHaveProperty('seq')
  })

  it('gives the customer’s own echoed message its client id from cloudCustomData', () => {
    const m = sdk.text('hi', { flow: 'out', cloudCustomData: writeCloudCustomData('c-1') })
    const incoming = toIncomingMessage(m, ctx)
    expect(incoming.from).toBe('customer')
    expect(incoming.clientId).toBe('c-1')
  })

  it('ignores a client id on a service message (only customer echoes carry one)', () => {
    const m = sdk.text('hi', { cloudCustomData: writeCloudCustomData('c-1') })
    expect(toIncomingMessage(m, ctx).clientId).toBeUndefined()
  })

  it('passes a custom message’s data through untouched, for the decoder', () => {
    const data = '{"customerServicePlugin":0,"src":"15","content":{"header":"选择","items":[]}}'
    expect(toIncomingMessage(sdk.custom(data), ctx).body).toEqual({ type: 'custom', data })
    // not JSON, or missing: still delivered, the decoder turns it into a placeholder
    expect(toIncomingMessage(sdk.custom('not json'), ctx).body).toEqual({ type: 'custom', data: 'not json' })
    expect(toWireBody(sdk.message({ type: TENCENT_TYPES.MSG_CUSTOM, payload: null }), constants)).toEqual({ type: 'custom', data: undefined })
  })

  it('maps an image to original url, thumbnail, and the original’s size', () => {
    const m = sdk.image({ original: 'https://i/o.png', large: 'https://i/l.png', thumb: 'https://i/t.png', width: 1080, height: 1920 })
    expect(toIncomingMessage(m, ctx).body).toEqual({
      type: 'image',
      url: 'https://i/o.png',
      thumbUrl: 'https://i/t.png',
      width: 1080,
      height: 1920,
    })
  })

  it.each([
    ['group tip', TENCENT_TYPES.MSG_GRP_TIP, { operatorID: 'u', operationType: 1 }],
    ['group system notice', TENCENT_TYPES.MSG_GRP_SYS_NOTICE, { operationType: 4, groupProfile: { name: 'g' } }],
  ])('maps a %s message to the unsupported placeholder, with its plain fields', (_name, type, payload) => {
    const body = toIncomingMessage(sdk.message({ type, payload }), ctx).body
    const plain = Object.fromEntries(Object.entries(payload).filter(([, v]) => typeof v !== 'object'))
    expect(body).toEqual({
      type: 'custom',
      data: { customerServicePlugin: 0, src: `${UNSUPPORTED_SRC_PREFIX}${type}`, content: plain },
    })
  })

  it.each([
    ['sound', TENCENT_TYPES.MSG_AUDIO, { url: 'https://s/a.mp3', remoteAudioUrl: 'https://s/r.mp3', second: 3, size: 100, downloadFlag: 2, uuid: 'u' },
      { type: 'audio', url: 'https://s/r.mp3', duration: 3, size: 100 }],
    ['sound still uploading', TENCENT_TYPES.MSG_AUDIO, { url: 'https://s/a.mp3', remoteAudioUrl: '', second: '4' },
      { type: 'audio', url: 'https://s/a.mp3', duration: 4 }],
    ['file', TENCENT_TYPES.MSG_FILE, { fileName: 'a.pdf', fileUrl: 'https://f/a.pdf', remoteFileUrl: 'https://f/r.pdf', fileSize: 10, uuid: 'u' },
      { type: 'file', url: 'https://f/r.pdf', name: 'a.pdf', size: 10 }],
    ['video', TENCENT_TYPES.MSG_VIDEO, {
      videoUrl: 'https://v/a.mp4', remoteVideoUrl: '', videoSecond: 5, videoSize: 2048, videoFormat: 'mp4',
      snapshotUrl: 'https://v/a.jpg', thumbUrl: 'https://v/t.jpg', snapshotWidth: 720, snapshotHeight: 1280,
    }, { type: 'video', url: 'https://v/a.mp4', posterUrl: 'https://v/a.jpg', duration: 5, size: 2048, width: 720, height: 1280, mime: 'video/mp4' }],
    ['video with a thumbnail only', TENCENT_TYPES.MSG_VIDEO, { videoUrl: 'https://v/a.mp4', thumbUrl: 'https://v/t.jpg', thumbWidth: 320, thumbHeight: 240, videoFormat: '../x' },
      { type: 'video', url: 'https://v/a.mp4', posterUrl: 'https://v/t.jpg', width: 320, height: 240 }],
    ['face with a key', TENCENT_TYPES.MSG_FACE, { index: 1, data: 'tt00' }, { type: 'face', index: 1, name: 'tt00' }],
    ['face with an image URL', TENCENT_TYPES.MSG_FACE, { index: -1, data: 'https://f/s.png' }, { type: 'face', url: 'https://f/s.png' }],
    ['location', TENCENT_TYPES.MSG_LOCATION, { description: '深圳', longitude: 114.1, latitude: 22.5 },
      { type: 'location', name: '深圳', latitude: 22.5, longitude: 114.1 }],
    ['merger', TENCENT_TYPES.MSG_MERGER, { title: '聊天记录', abstractList: ['a: b', 7, 'c: d'], compatibleText: 'x', messageList: [{}, {}, {}], downloadKey: '' },
      { type: 'merger', title: '聊天记录', lines: ['a: b', 'c: d'], count: 3 }],
    ['merger with only a compatible text', TENCENT_TYPES.MSG_MERGER, { title: 't', compatibleText: 'please upgrade' },
      { type: 'merger', title: 't', lines: ['please upgrade'] }],
  ])('maps a %s element to its media body', (_name, type, payload, expected) => {
    expect(toIncomingMessage(sdk.message({ type, payload }), ctx).body).toEqual(expected)
  })

  it.each([
    [TENCENT_TYPES.MSG_AUDIO, { type: 'audio', url: '' }],
    [TENCENT_TYPES.MSG_VIDEO, { type: 'video', url: '' }],
    [TENCENT_TYPES.MSG_FILE, { type: 'file', url: '', name: '' }],
    [TENCENT_TYPES.MSG_LOCATION, { type: 'location', latitude: Number.NaN, longitude: Number.NaN }],
    [TENCENT_TYPES.MSG_FACE, { type: 'face' }],
    [TENCENT_TYPES.MSG_MERGER, { type: 'merger', title: '', lines: [] }],
  ])('maps a hostile %s payload to a body the engine refuses visibly, without throwing', (type, expected) => {
    for (const payload of [undefined, null, 'x', 42, { url: 5, second: -1, fileSize: Infinity, latitude: '90x', index: 1.5, abstractList: 'a' }]) {
      const body = toWireBody(sdk.message({ type, payload }), constants)
      expect(body.type).toBe(expected.type)
    }
    expect(toWireBody(sdk.message({ type, payload: {} }), constants)).toEqual(expected)
  })

  it('maps a message of a type it has never heard of to the placeholder too', () => {
    const body = toWireBody(sdk.message({ type: 'TIMFutureElem', payload: 'x' }), constants)
    expect(body).toEqual({ type: 'custom', data: { customerServicePlugin: 0, src: 'tim:TIMFutureElem', content: {} } })
    const untyped = toWireBody({ ...sdk.text('x'), type: undefined } as never, constants)
    expect(untyped).toMatchObject({ data: { src: 'tim:unknown' } })
  })

  it('survives hostile payloads: text that is not a string, a missing time', () => {
    const m = sdk.message({ type: TENCENT_TYPES.MSG_TEXT, payload: { text: 42 }, time: 0 })
    const before = Date.now()
    const incoming = toIncomingMessage(m, ctx)
    expect(incoming.body).toEqual({ type: 'text', text: '' })
    expect(incoming.time).toBeGreaterThanOrEqual(before)
  })
})

describe('toImageBody', () => {
  it('reads the roles from sizeType (1 original, 2 large, 3 thumb) before the swapped `type`', () => {
    const body = toImageBody({
      imageInfoArray: [
        { sizeType: 3, type: 0, url: 'T', width: 198, height: 352 },
        { sizeType: 1, type: 1, url: 'O', width: 1080, height: 1920 },
        { sizeType: 2, type: 2, url: 'L', width: 720, height: 1280 },
      ],
    })
    expect(body).toEqual({ type: 'image', url: 'O', thumbUrl: 'T', width: 1080, height: 1920 })
  })

  it('falls back to the access-side `type` (0 original, 1 thumb, 2 large) and to `imageUrl`', () => {
    const body = toImageBody({
      imageInfoArray: [
        { type: 2, imageUrl: 'L' },
        { type: 1, imageUrl: 'T' },
        { type: 0, imageUrl: 'O', width: 10, height: 20 },
      ],
    })
    expect(body).toEqual({ type: 'image', url: 'O', thumbUrl: 'T', width: 10, height: 20 })
  })

  it('uses large when there is no original, and large as the thumbnail when there is no thumbnail', () => {
    expect(toImageBody({ imageInfoArray: [{ sizeType: 2, url: 'L', width: 720, height: 360 }] })).toEqual({
      type: 'image',
      url: 'L',
      width: 720,
      height: 360,
    })
    expect(toImageBody({ imageInfoArray: [{ sizeType: 1, url: 'O' }, { sizeType: 2, url: 'L' }] })).toEqual({
      type: 'image',
      url: 'O',
      thumbUrl: 'L',
    })
  })

  it('takes the size from a smaller rendition when the original has none', () => {
    expect(toImageBody({ imageInfoArray: [{ sizeType: 1, url: 'O' }, { sizeType: 3, url: 'T', width: 198, height: 99 }] })).toEqual({
      type: 'image',
      url: 'O',
      thumbUrl: 'T',
      width: 198,
      height: 99,
    })
  })

  it('returns null without any URL, so the message becomes the placeholder, not a broken image', () => {
    expect(toImageBody({ imageInfoArray: [{ sizeType: 1, url: '' }, { sizeType: 3 }] })).toBeNull()
    expect(toImageBody({})).toBeNull()
    expect(toImageBody(null)).toBeNull()
    const m = sdk.image({ original: '' })
    expect(toWireBody(m, constants)).toMatchObject({ type: 'custom', data: { src: 'tim:TIMImageElem' } })
  })

  it('ignores junk entries and unknown roles but still uses an unlabelled URL', () => {
    expect(toImageBody({ imageInfoArray: [null, 3, { url: 'X', width: -1, height: Number.NaN }] })).toEqual({ type: 'image', url: 'X' })
  })
})

describe('conversation and sender', () => {
  it('keeps only the one-to-one conversation with the service account', () => {
    expect(isInConversation(sdk.text('a'), ctx)).toBe(true)
    expect(isInConversation(sdk.text('a', { flow: 'out' }), ctx)).toBe(true)
    expect(isInConversation(sdk.text('a', { from: 'someone_else' }), ctx)).toBe(false)
    expect(isInConversation(sdk.text('a', { conversationID: 'GROUP@customer_service_account' }), ctx)).toBe(false)
  })

  it('derives the conversation from from/to when conversationID is missing, C2C only', () => {
    expect(isInConversation({ ...sdk.text('a'), conversationID: '' }, ctx)).toBe(true)
    expect(isInConversation({ ...sdk.text('a', { from: 'x', to: 'y' }), conversationID: '' }, ctx)).toBe(false)
    expect(isInConversation({ ...sdk.text('a'), conversationID: '', conversationType: 'GROUP' as never }, ctx)).toBe(false)
  })

  it('takes the sender from flow, or from the from field when flow is missing', () => {
    expect(senderOf(sdk.text('a'), ctx)).toBe('service')
    expect(senderOf(sdk.text('a', { flow: 'out' }), ctx)).toBe('customer')
    expect(senderOf({ ...sdk.text('a'), flow: '' }, ctx)).toBe('service')
    expect(senderOf({ ...sdk.text('a', { from: 'customer_1' }), flow: '' }, ctx)).toBe('customer')
  })

  it('treats deleted, revoked and this device’s failed or unsent attempts as not delivered', () => {
    expect(isDeliveredMessage(sdk.text('a'))).toBe(true)
    expect(isDeliveredMessage(sdk.text('a', { isDeleted: true }))).toBe(false)
    expect(isDeliveredMessage(sdk.text('a', { isRevoked: true }))).toBe(false)
    expect(isDeliveredMessage(sdk.text('a', { status: 'fail' }))).toBe(false)
    expect(isDeliveredMessage(sdk.text('a', { status: 'unSend' }))).toBe(false)
  })

  it('recognises message-like values only', () => {
    expect(isMessageLike(sdk.text('a'))).toBe(true)
    expect(isMessageLike({ ID: 5 })).toBe(false)
    expect(isMessageLike(null)).toBe(false)
    expect(isMessageLike('x')).toBe(false)
  })
})

describe('cloudCustomData', () => {
  it('round-trips the client id and keeps the host’s fields, the client id winning a clash', () => {
    const raw = writeCloudCustomData('c-9', { shop: 'A', [CLIENT_ID_KEY]: 'spoofed' })
    expect(JSON.parse(raw)).toEqual({ shop: 'A', [CLIENT_ID_KEY]: 'c-9' })
    expect(readClientId(raw)).toBe('c-9')
  })

  it.each([
    ['empty', ''],
    ['not JSON', '{oops'],
    ['not an object', '"c-1"'],
    ['an array', '["c-1"]'],
    ['a number id', '{"kefuClientId":5}'],
    ['an empty id', '{"kefuClientId":""}'],
    ['someone else’s data', '{"messageFeature":{"needTyping":1}}'],
  ])('reads no client id from %s', (_name, raw) => {
    expect(readClientId(raw)).toBeUndefined()
  })

  it('reads no client id from a non-string', () => {
    expect(readClientId(undefined)).toBeUndefined()
    expect(readClientId({ kefuClientId: 'x' })).toBeUndefined()
  })
})

describe('message-level metadata (Desk)', () => {
  const AI = '{"role":"robot","messageType":"aiReply"}'

  it('hands an incoming answer’s cloudCustomData over, raw and parsed, so the AI label can be read', () => {
    const m = sdk.custom('{"customerServicePlugin":0,"src":"30","content":"hi"}', { cloudCustomData: AI })
    const incoming = toIncomingMessage(m, ctx)
    expect(incoming.cloudCustomData).toStrictEqual({ raw: AI, data: { role: 'robot', messageType: 'aiReply' } })
    expect(aiLabelOf(incoming.cloudCustomData)).toBe(true)
  })

  it('keeps non-JSON metadata as raw only, and carries none when there is none', () => {
    expect(toIncomingMessage(sdk.text('a', { cloudCustomData: 'plain' }), ctx).cloudCustomData).toStrictEqual({ raw: 'plain' })
    expect(toIncomingMessage(sdk.text('a'), ctx)).not.toHaveProperty('cloudCustomData')
  })

  it('separates the kit’s client id from the message’s own metadata on a customer echo', () => {
    const raw = writeCloudCustomData('c-1', undefined, { BranchOptionInfo: { taskID: 1, nodeID: 'n', env: 'prod' } })
    const incoming = toIncomingMessage(sdk.text('An older order', { flow: 'out', cloudCustomData: raw }), ctx)
    expect(incoming.clientId).toBe('c-1')
    expect(incoming.cloudCustomData).toStrictEqual({ raw, data: { BranchOptionInfo: { taskID: 1, nodeID: 'n', env: 'prod' } } })
    // only the client id: no metadata to speak of
    expect(toIncomingMessage(sdk.text('hi', { flow: 'out', cloudCustomData: writeCloudCustomData('c-2') }), ctx)).not.toHaveProperty('cloudCustomData')
  })

  it('writes host fields, then the message’s metadata, then the client id (which always wins)', () => {
    const raw = writeCloudCustomData('c-9', { shop: 'A', role: 'host' }, { role: 'message', [CLIENT_ID_KEY]: 'spoofed' })
    expect(JSON.parse(raw)).toStrictEqual({ shop: 'A', role: 'message', [CLIENT_ID_KEY]: 'c-9' })
    expect(readClientId(raw)).toBe('c-9')
    // a non-object metadata value is ignored rather than spread
    expect(JSON.parse(writeCloudCustomData('c-1', undefined, 'x' as never))).toStrictEqual({ [CLIENT_ID_KEY]: 'c-1' })
  })
})
