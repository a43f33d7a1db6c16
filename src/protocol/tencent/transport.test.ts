import type { Message } from '@tencentcloud/chat'
import { TransportError, type IncomingMessage, type OutgoingMessage, type TransportEvent } from '../transport'
import { TENCENT_ERROR_CODE as C } from './errors'
import { CLIENT_ID_KEY, writeCloudCustomData } from './mapMessage'
import { TENCENT_EVENT, TENCENT_TYPES, type TencentChat } from './sdk'
import { TencentChatStandIn, TencentStandInError, type TencentChatStandInOptions } from '../../testing/tencentStandIn'
import { DEFAULT_SERVICE_USER_ID, createTencentChatTransport, type TencentChatTransportOptions } from './transport'

const SERVER_TIME = 1_700_000_000

function setup(
  opts: { standIn?: TencentChatStandInOptions; transport?: Partial<TencentChatTransportOptions> } = {},
) {
  const sdk = new TencentChatStandIn({ now: () => SERVER_TIME * 1000, ...opts.standIn })
  const transport = createTencentChatTransport({ chat: sdk, ...opts.transport })
  const events: TransportEvent[] = []
  transport.subscribe((e) => events.push(e))
  const of = <T extends TransportEvent['type']>(type: T) =>
    events.filter((e): e is Extract<TransportEvent, { type: T }> => e.type === type)
  return {
    sdk,
    transport,
    events,
    statuses: () => of('status').map((e) => e.status),
    incoming: () => of('message').map((e) => e.message),
    of,
  }
}

const text = (clientId: string, t = 'hello'): OutgoingMessage => ({ clientId, body: { type: 'text', text: t } })
const custom = (clientId: string, data: string, onlineUserOnly?: boolean): OutgoingMessage => ({
  clientId,
  body: { type: 'custom', data },
  ...(onlineUserOnly ? { options: { onlineUserOnly } } : {}),
})
const flag = (src: number) => JSON.stringify({ customerServicePlugin: 0, src: String(src) })

describe('createTencentChatTransport: options', () => {
  it('talks to @customer_service_account by default', () => {
    const { transport } = setup()
    expect(DEFAULT_SERVICE_USER_ID).toBe('@customer_service_account')
    expect(transport.serviceUserID).toBe('@customer_service_account')
    expect(transport.conversationID).toBe('C2C@customer_service_account')
  })

  it('refuses something that is not an SDK instance, naming what is missing', () => {
    expect(() => createTencentChatTransport({ chat: undefined as never })).toThrow(TypeError)
    const partial = { isReady: () => true, on() {}, off() {} } as unknown as TencentChat
    expect(() => createTencentChatTransport({ chat: partial })).toThrow(/createTextMessage.*resendMessage/)
  })

  it('refuses an empty service user ID', () => {
    expect(() => createTencentChatTransport({ chat: new TencentChatStandIn(), serviceUserID: ' ' })).toThrow(TypeError)
  })

  it('listens under the host SDK’s own event names when its statics are passed', async () => {
    const sdk = new TencentChatStandIn({ now: () => SERVER_TIME * 1000 })
    const renamed = { ...TENCENT_EVENT, MESSAGE_RECEIVED: 'renamedReceived' }
    const transport = createTencentChatTransport({
      chat: sdk,
      TencentCloudChat: { EVENT: renamed, TYPES: TENCENT_TYPES } as never,
    })
    const got: TransportEvent[] = []
    transport.subscribe((e) => got.push(e))
    await transport.connect()
    expect(sdk.listenerCount('renamedReceived')).toBe(1)
    expect(sdk.listenerCount(TENCENT_EVENT.MESSAGE_RECEIVED)).toBe(0)
    sdk.emit('renamedReceived', [sdk.text('hi')])
    expect(got.filter((e) => e.type === 'message')).toHaveLength(1)
  })
})

describe('connection status', () => {
  it('is idle until connect, then online when the SDK is ready', async () => {
    const { transport, statuses, sdk } = setup()
    expect(transport.status).toBe('idle')
    await transport.connect()
    expect(transport.status).toBe('online')
    expect(statuses()).toEqual(['online'])
    // ready, not-ready, net state, kicked, received, modified, revoked
    expect(sdk.listenerCount()).toBe(7)
  })

  it('is connecting until the SDK becomes ready (the host is still logging in)', async () => {
    const { transport, statuses, sdk } = setup({ standIn: { ready: false } })
    await transport.connect()
    expect(transport.status).toBe('connecting')
    sdk.emit(TENCENT_EVENT.SDK_NOT_READY) // e.g. a first login attempt failed: still not connected
    expect(transport.status).toBe('connecting')
    sdk.setReady(true)
    expect(statuses()).toEqual(['connecting', 'online'])
  })

  it('goes offline when the SDK stops being ready after it was', async () => {
    const { transport, sdk, statuses } = setup()
    await transport.connect()
    sdk.setReady(false)
    expect(transport.status).toBe('offline')
    sdk.setReady(true)
    expect(statuses()).toEqual(['online', 'offline', 'online'])
  })

  it('follows the network state', async () => {
    const { transport, sdk, statuses } = setup()
    await transport.connect()
    sdk.setNetState(TENCENT_TYPES.NET_STATE_DISCONNECTED)
    expect(transport.status).toBe('offline')
    sdk.setNetState(TENCENT_TYPES.NET_STATE_CONNECTING)
    expect(transport.status).toBe('connecting')
    sdk.setNetState(TENCENT_TYPES.NET_STATE_CONNECTED)
    expect(transport.status).toBe('online')
    sdk.setNetState('somethingNew')
    sdk.emit(TENCENT_EVENT.NET_STATE_CHANGE) // no data at all
    expect(statuses()).toEqual(['online', 'offline', 'connecting', 'online'])
  })

  it('says connecting, not online, when the network is back but the SDK is not ready', async () => {
    const { transport, sdk } = setup({ standIn: { ready: false } })
    await transport.connect()
    sdk.setNetState(TENCENT_TYPES.NET_STATE_CONNECTED)
    expect(transport.status).toBe('connecting')
  })

  it('stays kicked through the SDK’s own logout and network noise, until a new login', async () => {
    const { transport, sdk, statuses } = setup()
    await transport.connect()
    sdk.kickOut(TENCENT_TYPES.KICKED_OUT_MULT_DEVICE)
    expect(transport.status).toBe('kicked')
    sdk.setNetState(TENCENT_TYPES.NET_STATE_DISCONNECTED)
    sdk.emit(TENCENT_EVENT.SDK_NOT_READY)
    expect(transport.status).toBe('kicked')
    sdk.setReady(true)
    expect(statuses()).toEqual(['online', 'offline', 'kicked', 'online'])
  })

  it('reports each change once', async () => {
    const { transport, sdk, statuses } = setup()
    await transport.connect()
    await transport.connect()
    sdk.setNetState(TENCENT_TYPES.NET_STATE_CONNECTED)
    sdk.emit(TENCENT_EVENT.SDK_READY)
    expect(statuses()).toEqual(['online'])
  })

  it('disconnect removes every SDK listener, goes idle, and does not touch the login', async () => {
    const { transport, sdk, events, statuses } = setup()
    await transport.connect()
    await transport.disconnect()
    expect(sdk.listenerCount()).toBe(0)
    expect(transport.status).toBe('idle')
    expect(sdk.isReady()).toBe(true)
    const before = events.length
    sdk.receive(sdk.text('after disconnect'))
    sdk.kickOut()
    expect(events.length).toBe(before)
    expect(statuses()).toEqual(['online', 'idle'])
  })

  it('attaches its listeners once however often connect is called, and again after disconnect', async () => {
    const { transport, sdk, incoming } = setup()
    await transport.connect()
    await transport.connect()
    sdk.receive(sdk.text('one'))
    await transport.disconnect()
    await transport.connect()
    sdk.receive(sdk.text('two'))
    expect(incoming().map((m) => (m.body as { text: string }).text)).toEqual(['one', 'two'])
    expect(sdk.listenerCount()).toBe(7)
  })
})

describe('incoming messages', () => {
  it('delivers text, image and custom messages of the service conversation, in order', async () => {
    const { transport, sdk, incoming } = setup()
    await transport.connect()
    const data = flag(26)
    const msgs = [
      sdk.text('您好', { nick: '客服小王' }),
      sdk.image({ original: 'https://i/o.jpg', thumb: 'https://i/t.jpg', width: 800, height: 600 }),
      sdk.custom(data),
    ]
    sdk.receive(...msgs)
    expect(incoming()).toEqual<IncomingMessage[]>([
      { id: msgs[0].ID, time: SERVER_TIME * 1000, from: 'service', senderName: '客服小王', body: { type: 'text', text: '您好' } },
      {
        id: msgs[1].ID,
        time: SERVER_TIME * 1000,
        from: 'service',
        body: { type: 'image', url: 'https://i/o.jpg', thumbUrl: 'https://i/t.jpg', width: 800, height: 600 },
      },
      { id: msgs[2].ID, time: SERVER_TIME * 1000, from: 'service', body: { type: 'custom', data } },
    ])
  })

  it('delivers other SDK types as the unsupported placeholder', async () => {
    const { transport, sdk, incoming } = setup()
    await transport.connect()
    sdk.receive(sdk.message({ type: TENCENT_TYPES.MSG_AUDIO, payload: { url: 'https://s/a.mp3', second: 4 } }))
    expect(incoming()[0].body).toEqual({
      type: 'custom',
      data: { customerServicePlugin: 0, src: 'tim:TIMSoundElem', content: { url: 'https://s/a.mp3', second: 4 } },
    })
  })

  it('ignores other conversations, and keeps the service messages of a mixed batch', async () => {
    const { transport, sdk, incoming } = setup()
    await transport.connect()
    const mine = sdk.text('for me')
    sdk.receive(
      sdk.text('from a friend', { from: 'friend_1' }),
      mine,
      sdk.text('group', { conversationID: 'GROUPg1', conversationType: 'GROUP' as never }),
    )
    expect(incoming().map((m) => m.id)).toEqual([mine.ID])
  })

  it('delivers the customer’s messages from another device as customer messages with their client id', async () => {
    const { transport, sdk, incoming } = setup()
    await transport.connect()
    sdk.receive(sdk.text('sent on my phone', { flow: 'out', cloudCustomData: writeCloudCustomData('phone-1') }))
    expect(incoming()[0]).toMatchObject({ from: 'customer', clientId: 'phone-1' })
  })

  it('skips deleted messages and survives malformed event data', async () => {
    const { transport, sdk, incoming } = setup()
    await transport.connect()
    sdk.emit(TENCENT_EVENT.MESSAGE_RECEIVED, { not: 'an array' })
    sdk.emit(TENCENT_EVENT.MESSAGE_RECEIVED)
    sdk.emit(TENCENT_EVENT.MESSAGE_RECEIVED, [null, 'x', { ID: 3 }, sdk.text('gone', { isDeleted: true })])
    expect(incoming()).toEqual([])
  })

  it('turns revocations into revoked events, for this conversation only', async () => {
    const { transport, sdk, of } = setup()
    await transport.connect()
    const a = sdk.text('a')
    const other = sdk.text('b', { from: 'friend_1' })
    sdk.store(a, other)
    sdk.revoke(a.ID, other.ID)
    expect(of('revoked')).toEqual([{ type: 'revoked', id: a.ID }])
  })

  it('turns modifications into modified events carrying the new content', async () => {
    const { transport, sdk, of } = setup()
    await transport.connect()
    const menu = sdk.custom(JSON.stringify({ customerServicePlugin: 0, src: '15', content: { header: 'h', items: [] } }))
    sdk.receive(menu)
    const filled = JSON.stringify({ customerServicePlugin: 0, src: '15', content: { header: 'h', items: [], selected: { content: 'x' } } })
    sdk.modify(menu.ID, { payload: { data: filled, description: '', extension: '' } })
    // a modification that deletes the message is not news the view can show
    sdk.modify(menu.ID, { isDeleted: true })
    expect(of('modified')).toEqual([{ type: 'modified', message: expect.objectContaining({ id: menu.ID, body: { type: 'custom', data: filled } }) }])
  })

  it('keeps delivering to the other listeners when one throws, and rethrows asynchronously', async () => {
    const { transport, sdk, incoming } = setup()
    const thrown = new Error('listener bug')
    const deferred: Array<() => void> = []
    const spy = vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((cb) => void deferred.push(cb))
    try {
      transport.subscribe(() => {
        throw thrown
      })
      const later: TransportEvent[] = []
      transport.subscribe((e) => later.push(e))
      await transport.connect()
      sdk.receive(sdk.text('x'))
      expect(incoming()).toHaveLength(1)
      expect(later.filter((e) => e.type === 'message')).toHaveLength(1)
      expect(deferred.length).toBeGreaterThan(0)
      expect(() => deferred[0]()).toThrow(thrown)
    } finally {
      spy.mockRestore()
    }
  })

  it('stops delivering to an unsubscribed listener', async () => {
    const { transport, sdk } = setup()
    const got: TransportEvent[] = []
    const off = transport.subscribe((e) => got.push(e))
    await transport.connect()
    off()
    sdk.receive(sdk.text('x'))
    expect(got).toEqual([{ type: 'status', status: 'online' }])
  })
})

describe('sending', () => {
  it('sends text to the service account with the client id in cloudCustomData', async () => {
    const { transport, sdk } = setup({ transport: { cloudCustomData: { shop: 'A', [CLIENT_ID_KEY]: 'ignored' } } })
    await transport.connect()
    const receipt = await transport.send(text('c-1', '你好'))
    expect(sdk.calls.createTextMessage).toEqual([
      {
        to: '@customer_service_account',
        conversationType: 'C2C',
        payload: { text: '你好' },
        cloudCustomData: JSON.stringify({ shop: 'A', [CLIENT_ID_KEY]: 'c-1' }),
      },
    ])
    const [call] = sdk.calls.sendMessage
    expect(call.options).toBeUndefined()
    expect(receipt).toEqual({ id: call.message.ID, time: SERVER_TIME * 1000 })
    expect(sdk.stored).toContain(call.message)
  })

  it('sends custom messages with the data as given, and empty description/extension', async () => {
    const { transport, sdk } = setup()
    await transport.connect()
    const data = JSON.stringify({ customerServicePlugin: 0, src: '22', content: { header: 'h', desc: 'd', pic: 'p', url: 'u' } })
    await transport.send(custom('c-2', data))
    expect(sdk.calls.createCustomMessage[0].payload).toEqual({ data, description: '', extension: '' })
    expect(sdk.calls.sendMessage[0].options).toBeUndefined()
  })

  it.each([7, 10, 24, 27])('sends flag %i with onlineUserOnly, so it is not stored', async (src) => {
    const { transport, sdk } = setup()
    await transport.connect()
    await transport.send(custom(`f-${src}`, flag(src), true))
    const [call] = sdk.calls.sendMessage
    expect(call.options).toEqual({ onlineUserOnly: true })
    expect(JSON.parse(call.message.payload.data)).toMatchObject({ src: String(src) })
    expect(sdk.stored).not.toContain(call.message)
  })

  it.each([
    [C.NETWORK_ERROR, 'offline', true],
    [C.NO_NETWORK, 'offline', true],
    [C.NETWORK_TIMEOUT, 'timeout', true],
    [C.OVER_FREQUENCY_LIMIT, 'rateLimited', true],
    [C.ERR_SVR_COMM_SENSITIVE_TEXT, 'rejected', false],
    [C.ERR_SVR_COMM_BODY_SIZE_LIMIT, 'rejected', false],
    [C.ERR_SVR_MSG_PUSH_DENY, 'rejected', false],
    [120_005, 'rejected', false],
    [C.KEY_EXPIRED, 'unauthorized', false],
    [C.ERR_SVR_INTERNAL_ERROR, 'unknown', true],
    [9_999_999, 'unknown', true],
  ] as const)('maps a send failing with %i to %s (retryable: %s)', async (code, expected, retryable) => {
    const { transport, sdk } = setup()
    await transport.connect()
    sdk.failNextSend(code, 'from the SDK')
    const error = await transport.send(text('c-err')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TransportError)
    expect(error).toMatchObject({ code: expected, retryable, backendCode: code, message: 'from the SDK' })
    expect((error as TransportError).cause).toBeInstanceOf(TencentStandInError)
  })

  it('retries with the SDK’s resend of the same message, never a second message', async () => {
    const { transport, sdk } = setup()
    await transport.connect()
    sdk.failNextSend(C.NETWORK_ERROR)
    sdk.failNextSend(C.NETWORK_TIMEOUT)
    await expect(transport.send(custom('c-7', flag(7), true))).rejects.toMatchObject({ code: 'offline' })
    await expect(transport.send(custom('c-7', flag(7), true))).rejects.toMatchObject({ code: 'timeout' })
    const receipt = await transport.send(custom('c-7', flag(7), true))
    expect(sdk.calls.createCustomMessage).toHaveLength(1)
    expect(sdk.calls.sendMessage).toHaveLength(1)
    expect(sdk.calls.resendMessage).toHaveLength(2)
    const first = sdk.calls.sendMessage[0].message
    for (const call of sdk.calls.resendMessage) {
      expect(call.message).toBe(first)
      // a flag stays a flag on every attempt
      expect(call.options).toEqual({ onlineUserOnly: true })
    }
    expect(receipt.id).toBe(first.ID)
  })

  it('answers a retry after a success with the first receipt and no SDK call', async () => {
    const { transport, sdk } = setup()
    await transport.connect()
    const first = await transport.send(text('c-3'))
    const again = await transport.send(text('c-3'))
    expect(again).toEqual(first)
    expect(sdk.calls.sendMessage).toHaveLength(1)
    expect(sdk.calls.resendMessage).toHaveLength(0)
  })

  it('makes one SDK send when the same message is sent again while still on its way', async () => {
    const { transport, sdk } = setup()
    await transport.connect()
    const release = sdk.pauseSends()
    const a = transport.send(text('c-4'))
    const b = transport.send(text('c-4'))
    release()
    const [ra, rb] = await Promise.all([a, b])
    expect(ra).toEqual(rb)
    expect(sdk.calls.sendMessage).toHaveLength(1)
    expect(sdk.calls.resendMessage).toHaveLength(0)
  })

  it('keeps the send map across disconnect, so a retry after reconnecting still resends', async () => {
    const { transport, sdk } = setup()
    await transport.connect()
    sdk.failNextSend(C.NETWORK_ERROR)
    await expect(transport.send(text('c-5'))).rejects.toBeInstanceOf(TransportError)
    await transport.disconnect()
    await transport.connect()
    await transport.send(text('c-5'))
    expect(sdk.calls.createTextMessage).toHaveLength(1)
    expect(sdk.calls.resendMessage).toHaveLength(1)
  })

  it('refuses to send while the SDK is not ready, offline and retryable, creating nothing', async () => {
    const { transport, sdk } = setup({ standIn: { ready: false } })
    await transport.connect()
    await expect(transport.send(text('c-6'))).rejects.toMatchObject({ code: 'offline', retryable: true })
    expect(sdk.calls.createTextMessage).toHaveLength(0)
    sdk.setReady(true)
    await expect(transport.send(text('c-6'))).resolves.toMatchObject({ time: SERVER_TIME * 1000 })
  })

  it('refuses to send after a kick as unauthorized', async () => {
    const { transport, sdk } = setup()
    await transport.connect()
    sdk.kickOut()
    await expect(transport.send(text('c-8'))).rejects.toMatchObject({ code: 'unauthorized', retryable: false })
  })

  it('maps the SDK’s own not-ready rejection (a race with a logout) through the error table', async () => {
    const { transport, sdk } = setup()
    await transport.connect()
    const release = sdk.pauseSends()
    const sending = transport.send(text('c-9'))
    sdk.kickOut(TENCENT_TYPES.KICKED_OUT_USERSIG_EXPIRED)
    release()
    await expect(sending).rejects.toMatchObject({ code: 'unauthorized', backendCode: C.KICKED_OUT_USERSIG_EXPIRED })
  })

  it('treats a factory that returns a promise (the real SDK before login) as offline, and handles that promise', async () => {
    const sdk = new TencentChatStandIn()
    // A thenable standing for the SDK's rejected promise: whoever handles it must call `then`.
    const then = vi.fn()
    const chat: TencentChat = Object.assign(Object.create(sdk) as TencentChatStandIn, {
      createTextMessage: () => ({ then }) as unknown as Message,
    })
    const transport = createTencentChatTransport({ chat })
    await expect(transport.send(text('c-10'))).rejects.toMatchObject({ code: 'offline', retryable: true })
    await Promise.resolve()
    expect(then).toHaveBeenCalledWith(expect.any(Function), expect.any(Function))
    expect(sdk.calls.sendMessage).toHaveLength(0)
  })

  it('reports an empty factory result or a throwing SDK as errors, not crashes', async () => {
    const sdk = new TencentChatStandIn()
    const empty: TencentChat = Object.assign(Object.create(sdk) as TencentChatStandIn, {
      createCustomMessage: () => ({}) as Message,
    })
    await expect(createTencentChatTransport({ chat: empty }).send(custom('c-11', '{}'))).rejects.toMatchObject({
      code: 'unknown',
    })
    const throwing: TencentChat = Object.assign(Object.create(sdk) as TencentChatStandIn, {
      createTextMessage: () => {
        throw Object.assign(new Error('bad options'), { code: C.MSG_INVALID_CONV_TYPE })
      },
    })
    const t = createTencentChatTransport({ chat: throwing })
    await expect(t.send(text('c-12'))).rejects.toMatchObject({ code: 'rejected', backendCode: C.MSG_INVALID_CONV_TYPE })
    const throwingSend: TencentChat = Object.assign(Object.create(sdk) as TencentChatStandIn, {
      sendMessage: () => {
        throw Object.assign(new Error('sync'), { code: C.MSG_INSTANCE_REQUIRED })
      },
    })
    await expect(createTencentChatTransport({ chat: throwingSend }).send(text('c-13'))).rejects.toMatchObject({
      code: 'rejected',
      backendCode: C.MSG_INSTANCE_REQUIRED,
    })
  })

  it('builds the receipt from the sent message when the SDK answers without one', async () => {
    const sdk = new TencentChatStandIn({ now: () => SERVER_TIME * 1000 })
    let created: Message | undefined
    const chat: TencentChat = Object.assign(Object.create(sdk) as TencentChatStandIn, {
      createTextMessage: (o: Parameters<TencentChat['createTextMessage']>[0]) => (created = sdk.createTextMessage(o)),
      sendMessage: async () => ({ code: 0 }),
    })
    const receipt = await createTencentChatTransport({ chat }).send(text('c-14'))
    expect(created).toBeDefined()
    expect(receipt).toEqual({ id: created?.ID, time: SERVER_TIME * 1000 })
  })

  it.each([
    ['no client id', { clientId: '', body: { type: 'text', text: 'x' } }],
    ['an image body', { clientId: 'x', body: { type: 'image', url: 'u' } }],
    ['custom data that is not a string', { clientId: 'x', body: { type: 'custom', data: { src: '7' } } }],
    ['no body', { clientId: 'x' }],
  ])('rejects %s without calling the SDK', async (_name, message) => {
    const { transport, sdk } = setup()
    await transport.connect()
    await expect(transport.send(message as never)).rejects.toMatchObject({ code: 'rejected', retryable: false })
    expect(sdk.calls.sendMessage).toHaveLength(0)
  })
})

describe('message-level metadata (Desk)', () => {
  const TASK_INFO = { taskID: 4182, nodeID: 'node-7f3a', env: 'prod' }

  it('sends a message’s cloudCustomData merged with the host’s fields and the client id', async () => {
    const { transport, sdk } = setup({ transport: { cloudCustomData: { shop: 'A' } } })
    await transport.connect()
    await transport.send({ ...text('c-32', 'An older order'), cloudCustomData: { BranchOptionInfo: TASK_INFO, [CLIENT_ID_KEY]: 'spoofed' } })
    const [created] = sdk.calls.createTextMessage as { cloudCustomData: string }[]
    expect(JSON.parse(created.cloudCustomData)).toStrictEqual({ shop: 'A', BranchOptionInfo: TASK_INFO, [CLIENT_ID_KEY]: 'c-32' })
  })

  it('keeps deduplication: a retry resends the same SDK message, and the echo is matched by client id with its metadata', async () => {
    const { transport, sdk, incoming } = setup()
    await transport.connect()
    sdk.failNextSend(C.NETWORK_ERROR)
    const out = { ...text('c-33', 'An older order'), cloudCustomData: { BranchOptionInfo: TASK_INFO } }
    await expect(transport.send(out)).rejects.toMatchObject({ code: 'offline' })
    const receipt = await transport.send(out)
    expect(sdk.calls.createTextMessage).toHaveLength(1)
    expect(sdk.calls.resendMessage).toHaveLength(1)
    const sent = sdk.calls.sendMessage[0].message
    expect(receipt.id).toBe(sent.ID)
    // the same message seen from another device / history: client id and metadata both come back
    sdk.receive({ ...sent, flow: 'out' })
    const [echo] = incoming()
    expect(echo.clientId).toBe('c-33')
    expect(echo.cloudCustomData?.data).toStrictEqual({ BranchOptionInfo: TASK_INFO })
    const page = await transport.loadHistory({ limit: 10 })
    expect(page.messages.find((m) => m.clientId === 'c-33')?.cloudCustomData?.data).toStrictEqual({ BranchOptionInfo: TASK_INFO })
  })

  it('delivers the AI-answer metadata of service messages, live and from history', async () => {
    const { transport, sdk, incoming } = setup()
    await transport.connect()
    const answer = sdk.custom('{"customerServicePlugin":0,"src":"30","content":"**hi**"}', { cloudCustomData: '{"role":"robot","messageType":"faq"}' })
    sdk.receive(answer)
    expect(incoming()[0].cloudCustomData).toStrictEqual({ raw: '{"role":"robot","messageType":"faq"}', data: { role: 'robot', messageType: 'faq' } })
    sdk.store(answer)
    const page = await transport.loadHistory({ limit: 10 })
    expect(page.messages[0].cloudCustomData?.data).toStrictEqual({ role: 'robot', messageType: 'faq' })
  })
})

describe('history', () => {
  /** n stored messages, alternating service / customer (customer ones with client ids), oldest first */
  function seed(sdk: TencentChatStandIn, n: number): Message[] {
    const list = Array.from({ length: n }, (_, i) =>
      i % 2 === 0
        ? sdk.text(`s${i}`, { time: 1000 + i })
        : sdk.text(`c${i}`, { time: 1000 + i, flow: 'out', cloudCustomData: writeCloudCustomData(`cid-${i}`) }),
    )
    sdk.store(...list)
    return list
  }
  const texts = (page: { messages: IncomingMessage[] }) => page.messages.map((m) => (m.body as { text: string }).text)

  it('pages through the SDK’s own cursor, oldest first, across SDK pages smaller than the limit', async () => {
    const { transport, sdk } = setup()
    await transport.connect()
    const all = seed(sdk, 40)
    const first = await transport.loadHistory({ limit: 20 })
    expect(texts(first)).toEqual(all.slice(20).map((m) => m.payload.text))
    expect(first.hasMore).toBe(true)
    expect(sdk.calls.getMessageList).toEqual([
      { conversationID: 'C2C@customer_service_account' },
      { conversationID: 'C2C@customer_service_account', nextReqMessageID: all[25].ID },
    ])
    const second = await transport.loadHistory({ before: first.messages[0].id, limit: 20 })
    expect(texts(second)).toEqual(all.slice(0, 20).map((m) => m.payload.text))
    expect(second.hasMore).toBe(false)
    expect(sdk.calls.getMessageList).toHaveLength(3)
  })

  it('gives customer messages their client id and times in ms', async () => {
    const { transport, sdk } = setup()
    await transport.connect()
    seed(sdk, 2)
    const page = await transport.loadHistory({ limit: 10 })
    expect(page.messages[0]).toMatchObject({ from: 'service', time: 1_000_000 })
    expect(page.messages[1]).toMatchObject({ from: 'customer', clientId: 'cid-1', time: 1_001_000 })
    expect(page.hasMore).toBe(false)
  })

  it('accepts the client id of the oldest message as `before`', async () => {
    const { transport, sdk } = setup()
    await transport.connect()
    const all = seed(sdk, 12)
    const first = await transport.loadHistory({ limit: 5 })
    expect(first.messages[0].clientId).toBe('cid-7')
    const second = await transport.loadHistory({ before: 'cid-7', limit: 5 })
    expect(texts(second)).toEqual(all.slice(2, 7).map((m) => m.payload.text))
    // continued from the buffer: no restart from the newest page
    expect(sdk.calls.getMessageList).toHaveLength(1)
  })

  it('starts from the newest and skips what the engine already holds when `before` is a live message', async () => {
    const { transport, sdk } = setup({ standIn: { pageSize: 4 } })
    await transport.connect()
    const all = seed(sdk, 20)
    // the engine only holds the last 6 (arrived live); it asks for what is older than all[14]
    const page = await transport.loadHistory({ before: all[14].ID, limit: 5 })
    expect(texts(page)).toEqual(all.slice(9, 14).map((m) => m.payload.text))
    expect(page.hasMore).toBe(true)
    const next = await transport.loadHistory({ before: page.messages[0].id, limit: 50 })
    expect(texts(next)).toEqual(all.slice(0, 9).map((m) => m.payload.text))
    expect(next.hasMore).toBe(false)
  })

  it('after a catch-up, continues below a revoked oldest message in a few calls (not a scan of everything)', async () => {
    const { transport, sdk } = setup({ standIn: { pageSize: 15 } })
    await transport.connect()
    const all = seed(sdk, 3000)
    const first = await transport.loadHistory({ limit: 20 })
    const oldest = first.messages[0]
    // the oldest message shown is withdrawn; then a reconnect's catch-up asks for the newest page
    sdk.revoke(all[2980].ID)
    expect(oldest.id).toBe(all[2980].ID)
    await transport.loadHistory({ limit: 20 })
    const calls = sdk.calls.getMessageList.length
    const older = await transport.loadHistory({ before: oldest.id, limit: 20 })
    expect(texts(older)).toEqual(all.slice(2960, 2980).map((m) => m.payload.text))
    expect(sdk.calls.getMessageList.length - calls).toBeLessThanOrEqual(3)
  })

  it('finds the place of a `before` it no longer stores by its time, in a few calls', async () => {
    const { transport, sdk } = setup({ standIn: { pageSize: 15 } })
    await transport.connect()
    const all = seed(sdk, 3000)
    const first = await transport.loadHistory({ limit: 20 })
    sdk.revoke(all[2980].ID)
    // a fresh transport state for the same ids: only the remembered time can place it
    await transport.loadHistory({ limit: 20 })
    await transport.loadHistory({ limit: 40 })
    await transport.loadHistory({ limit: 60 })
    await transport.loadHistory({ limit: 80 })
    const calls = sdk.calls.getMessageList.length
    const older = await transport.loadHistory({ before: first.messages[0].id, limit: 20 })
    expect(texts(older)).toEqual(all.slice(2960, 2980).map((m) => m.payload.text))
    expect(sdk.calls.getMessageList.length - calls).toBeLessThanOrEqual(4)
  })

  it('returns what it found when `before` is not in the stored history at all', async () => {
    const { transport, sdk } = setup({ standIn: { pageSize: 3 } })
    await transport.connect()
    const all = seed(sdk, 7)
    const page = await transport.loadHistory({ before: 'never-stored', limit: 4 })
    expect(texts(page)).toEqual(all.slice(3).map((m) => m.payload.text))
    expect(page.hasMore).toBe(true)
    const rest = await transport.loadHistory({ before: page.messages[0].id, limit: 4 })
    expect(texts(rest)).toEqual(all.slice(0, 3).map((m) => m.payload.text))
    expect(rest.hasMore).toBe(false)
  })

  it('leaves out revoked messages and this device’s failed attempts; online-only flags were never stored', async () => {
    const { transport, sdk } = setup()
    await transport.connect()
    const kept = sdk.text('kept')
    const withdrawn = sdk.text('withdrawn')
    sdk.store(kept, withdrawn)
    sdk.revoke(withdrawn.ID)
    sdk.failNextSend(C.ERR_SVR_COMM_SENSITIVE_TEXT)
    await expect(transport.send(text('bad', 'dirty word'))).rejects.toMatchObject({ code: 'rejected' })
    expect(sdk.stored.some((m) => m.status === 'fail')).toBe(true)
    await transport.send(custom('flag', flag(7), true))
    const page = await transport.loadHistory({ limit: 20 })
    expect(texts(page)).toEqual(['kept'])
  })

  it('maps SDK failures to TransportErrors and recovers on the next call', async () => {
    const { transport, sdk } = setup()
    await transport.connect()
    seed(sdk, 3)
    sdk.failNext('getMessageList', C.NETWORK_TIMEOUT)
    await expect(transport.loadHistory({ limit: 10 })).rejects.toMatchObject({ code: 'timeout', backendCode: C.NETWORK_TIMEOUT })
    await expect(transport.loadHistory({ limit: 10 })).resolves.toMatchObject({ hasMore: false })
  })

  it('refuses while the SDK is not ready', async () => {
    const { transport, sdk } = setup({ standIn: { ready: false } })
    await transport.connect()
    await expect(transport.loadHistory({ limit: 10 })).rejects.toMatchObject({ code: 'offline' })
    expect(sdk.calls.getMessageList).toHaveLength(0)
  })

  it('runs concurrent calls one after the other (they share the SDK cursor)', async () => {
    const { transport, sdk } = setup({ standIn: { pageSize: 2 } })
    await transport.connect()
    seed(sdk, 10)
    const a = transport.loadHistory({ limit: 3 })
    const b = transport.loadHistory({ limit: 3 })
    await Promise.all([a, b])
    const cursors = sdk.calls.getMessageList.map((c) => c.nextReqMessageID ?? 'newest')
    // each call restarts from the newest and takes two SDK pages; interleaving would mix them
    expect(cursors[0]).toBe('newest')
    expect(cursors[1]).not.toBe('newest')
    expect(cursors[2]).toBe('newest')
    expect(cursors[3]).not.toBe('newest')
  })

  it('stops when the SDK makes no progress instead of looping', async () => {
    const sdk = new TencentChatStandIn()
    let calls = 0
    const chat: TencentChat = Object.assign(Object.create(sdk) as TencentChatStandIn, {
      getMessageList: async () => {
        calls += 1
        // a loop made only of resolved promises would starve the test timeout: fail fast instead
        if (calls > 5) throw new Error('looped')
        return { code: 0, data: { messageList: [], nextReqMessageID: 'stuck', isCompleted: false } }
      },
    })
    const page = await createTencentChatTransport({ chat }).loadHistory({ limit: 10 })
    expect(page).toEqual({ messages: [], hasMore: false })
    expect(calls).toBe(2)
  })

  it('rejects an answer without a message list', async () => {
    const sdk = new TencentChatStandIn()
    const chat: TencentChat = Object.assign(Object.create(sdk) as TencentChatStandIn, {
      getMessageList: async () => ({ code: 0, data: {} }),
    })
    await expect(createTencentChatTransport({ chat }).loadHistory({ limit: 10 })).rejects.toMatchObject({ code: 'unknown' })
  })

  it('uses 20 for a limit that is not a positive number', async () => {
    const { transport, sdk } = setup()
    await transport.connect()
    seed(sdk, 30)
    expect((await transport.loadHistory({ limit: 0 })).messages).toHaveLength(20)
    expect((await transport.loadHistory({ limit: Number.NaN })).messages).toHaveLength(20)
  })

  it('forgets its cursor on disconnect', async () => {
    const { transport, sdk } = setup()
    await transport.connect()
    seed(sdk, 30)
    const first = await transport.loadHistory({ limit: 5 })
    await transport.disconnect()
    await transport.connect()
    sdk.calls.getMessageList.length = 0
    await transport.loadHistory({ before: first.messages[0].id, limit: 5 })
    expect(sdk.calls.getMessageList[0]).toEqual({ conversationID: 'C2C@customer_service_account' })
  })
})

describe('read reporting', () => {
  it('marks the service conversation read', async () => {
    const { transport, sdk } = setup()
    await transport.connect()
    transport.markRead()
    expect(sdk.calls.setMessageRead).toEqual([{ conversationID: 'C2C@customer_service_account' }])
  })

  it('reports once the SDK is ready when asked while it was not', async () => {
    const { transport, sdk } = setup({ standIn: { ready: false } })
    await transport.connect()
    transport.markRead()
    transport.markRead()
    expect(sdk.calls.setMessageRead).toHaveLength(0)
    sdk.setReady(true)
    expect(sdk.calls.setMessageRead).toHaveLength(1)
    sdk.setReady(false)
    sdk.setReady(true)
    expect(sdk.calls.setMessageRead).toHaveLength(1)
  })

  it('hands failures to onError and tries again at the next ready', async () => {
    const onError = vi.fn(() => {
      throw new Error('a logging hook that throws is ignored')
    })
    const { transport, sdk } = setup({ transport: { onError } })
    await transport.connect()
    sdk.failNext('setMessageRead', C.ERR_SVR_INTERNAL_ERROR)
    transport.markRead()
    await vi.waitFor(() => expect(onError).toHaveBeenCalledTimes(1))
    expect(onError.mock.calls[0]).toEqual([expect.objectContaining({ code: 'unknown', backendCode: C.ERR_SVR_INTERNAL_ERROR })])
    sdk.setReady(false)
    sdk.setReady(true)
    expect(sdk.calls.setMessageRead).toHaveLength(2)
  })

  it('survives an SDK that throws instead of rejecting', async () => {
    const sdk = new TencentChatStandIn()
    const onError = vi.fn()
    const chat: TencentChat = Object.assign(Object.create(sdk) as TencentChatStandIn, {
      setMessageRead: () => {
        throw Object.assign(new Error('sync'), { code: C.USER_NOT_LOGGED_IN })
      },
    })
    createTencentChatTransport({ chat, onError }).markRead()
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'unauthorized' })))
  })
})

describe('storageKey: stored outboxes of different customers never mix', () => {
  it('is built from the SDKAppID, the logged-in user and the conversation', () => {
    const { transport } = setup({ standIn: { userID: 'alice' }, transport: { SDKAppID: 1400000001 } })
    expect(transport.storageKey).toBe('tencent:1400000001:alice:C2C%40customer_service_account')
  })

  it('differs per customer, per app and per service account; is stable for the same one', () => {
    const key = (userID: string, SDKAppID?: number, serviceUserID?: string) =>
      setup({ standIn: { userID }, transport: { SDKAppID, ...(serviceUserID ? { serviceUserID } : {}) } }).transport.storageKey
    const keys = [key('alice', 1), key('bob', 1), key('alice', 2), key('alice', 1, '@other_service'), key('alice:1', undefined), key('alice', undefined)]
    expect(new Set(keys).size).toBe(keys.length)
    expect(key('alice', 1)).toBe(key('alice', 1))
  })

  it('takes an explicit userID over the SDK’s login user', () => {
    const { transport } = setup({ standIn: { userID: 'alice' }, transport: { userID: 'carol', SDKAppID: 7 } })
    expect(transport.storageKey).toBe('tencent:7:carol:C2C%40customer_service_account')
  })

  it('an unknown customer (not logged in, no userID) gets a key of its own, never a shared one', () => {
    const anonymous = () => {
      const sdk = new TencentChatStandIn()
      ;(sdk as unknown as { getLoginUser: () => string }).getLoginUser = () => ''
      return createTencentChatTransport({ chat: sdk, SDKAppID: 7 })
    }
    const a = anonymous()
    const b = anonymous()
    expect(a.storageKey).toMatch(/^tencent:7:unknown-/)
    expect(a.storageKey).toBe(a.storageKey)
    expect(a.storageKey).not.toBe(b.storageKey)
    // an SDK without getLoginUser, or one that throws, counts as unknown too
    const bare = new TencentChatStandIn()
    ;(bare as unknown as { getLoginUser: () => string }).getLoginUser = () => {
      throw new Error('not logged in')
    }
    expect(createTencentChatTransport({ chat: bare }).storageKey).toMatch(/^tencent:-:unknown-/)
  })

  it('an engine over two customers’ transports keeps their outboxes apart in one storage', async () => {
    const { createConversation } = await import('../engine')
    const { createMemoryStorage, createNoLocks } = await import('../storage/storage')
    const storage = createMemoryStorage()
    const offline = (userID: string) => {
      const sdk = new TencentChatStandIn({ userID, ready: false, now: () => SERVER_TIME * 1000 })
      return createTencentChatTransport({ chat: sdk, SDKAppID: 7 })
    }
    const alice = createConversation({ transport: offline('alice'), storage, locks: createNoLocks() })
    await alice.start()
    expect(alice.sendText('from alice').ok).toBe(true)
    await alice.flushStorage?.()
    const bob = createConversation({ transport: offline('bob'), storage, locks: createNoLocks() })
    await bob.start()
    await bob.flushStorage?.()
    await new Promise((r) => setTimeout(r, 0))
    expect(bob.getState().messages.filter((m) => m.from === 'customer')).toEqual([])
    const aliceAgain = createConversation({ transport: offline('alice'), storage, locks: createNoLocks() })
    await aliceAgain.start()
    await aliceAgain.flushStorage?.()
    await new Promise((r) => setTimeout(r, 0))
    expect(aliceAgain.getState().messages.filter((m) => m.from === 'customer').map((m) => (m.payload.kind === 'text' ? m.payload.text : ''))).toEqual(['from alice'])
    for (const e of [alice, bob, aliceAgain]) await e.stop()
  })
})
