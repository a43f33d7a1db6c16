// The kit's copies of the SDK's constants against the real package, at runtime (the `satisfies`
// clauses in sdk.ts check the declarations at compile time; this checks the shipped bundle).
// Only the module's statics are read: `TencentCloudChat.create` would open a socket.
import TencentCloudChat from '@tencentcloud/chat'
import type { ChatSDK } from '@tencentcloud/chat'
import { TENCENT_EVENT, TENCENT_TYPES, resolveTencentConstants, type TencentChat } from './sdk'
import { TencentChatStandIn } from '../../testing/tencentStandIn'

describe('SDK constants', () => {
  it('every event name equals the installed SDK’s EVENT value', () => {
    for (const [key, value] of Object.entries(TENCENT_EVENT)) {
      expect(TencentCloudChat.EVENT[key as keyof typeof TencentCloudChat.EVENT], key).toBe(value)
    }
  })

  it('every type value equals the installed SDK’s TYPES value', () => {
    for (const [key, value] of Object.entries(TENCENT_TYPES)) {
      expect(TencentCloudChat.TYPES[key as keyof typeof TencentCloudChat.TYPES], key).toBe(value)
    }
  })

  it('uses the host’s statics when given, and the copies for anything missing or malformed', () => {
    const fromSdk = resolveTencentConstants(TencentCloudChat)
    expect(fromSdk.event).toEqual(TENCENT_EVENT)
    expect(fromSdk.types).toEqual(TENCENT_TYPES)

    const custom = resolveTencentConstants({
      EVENT: { ...TencentCloudChat.EVENT, MESSAGE_RECEIVED: 'renamedReceived', KICKED_OUT: '' },
      TYPES: { CONV_C2C: 'C2C' },
    } as unknown as typeof TencentCloudChat)
    expect(custom.event.MESSAGE_RECEIVED).toBe('renamedReceived')
    expect(custom.event.KICKED_OUT).toBe(TENCENT_EVENT.KICKED_OUT)
    expect(custom.types.MSG_TEXT).toBe(TENCENT_TYPES.MSG_TEXT)

    expect(resolveTencentConstants(undefined).event).toEqual(TENCENT_EVENT)
  })

  it('the real SDK class and the stand-in both fit the adapter’s SDK surface', () => {
    // Compile-time checks, kept in a test so they cannot be dropped silently.
    const fromSdk = (chat: ChatSDK): TencentChat => chat
    const standIn: TencentChat = new TencentChatStandIn()
    expect(typeof fromSdk).toBe('function')
    expect(standIn.isReady()).toBe(true)
  })
})

describe('TencentChatStandIn (its SDK-faithful behaviour, which the transport tests rely on)', () => {
  it('pages history newest-first with nextReqMessageID, each page oldest-first', async () => {
    const sdk = new TencentChatStandIn({ pageSize: 3 })
    const all = Array.from({ length: 7 }, (_, i) => sdk.text(`m${i}`, { time: 100 + i }))
    sdk.store(...all)
    const conversationID = `C2C${sdk.serviceUserID}`
    const p1 = await sdk.getMessageList({ conversationID })
    expect(p1.data.messageList.map((m) => m.payload.text)).toEqual(['m4', 'm5', 'm6'])
    expect(p1.data.isCompleted).toBe(false)
    expect(p1.data.nextReqMessageID).toBe(all[4].ID)
    const p2 = await sdk.getMessageList({ conversationID, nextReqMessageID: p1.data.nextReqMessageID })
    expect(p2.data.messageList.map((m) => m.payload.text)).toEqual(['m1', 'm2', 'm3'])
    const p3 = await sdk.getMessageList({ conversationID, nextReqMessageID: p2.data.nextReqMessageID })
    expect(p3.data.messageList.map((m) => m.payload.text)).toEqual(['m0'])
    expect(p3.data.isCompleted).toBe(true)
    expect(p3.data.nextReqMessageID).toBe('')
  })

  it('rejects calls while not ready with the not-ready reason, and foreign message objects', async () => {
    const sdk = new TencentChatStandIn({ ready: false })
    await expect(sdk.getMessageList({ conversationID: 'C2Cx' })).rejects.toMatchObject({ code: 2024 })
    sdk.setReady(true)
    const foreign = new TencentChatStandIn().text('x', { flow: 'out' })
    await expect(sdk.sendMessage(foreign)).rejects.toMatchObject({ code: 2105 })
    sdk.kickOut()
    await expect(sdk.setMessageRead({ conversationID: 'C2Cx' })).rejects.toMatchObject({ code: 3003 })
  })

  it('keeps a failed send in the local list as `fail`, keeps the ID on resend, never stores online-only', async () => {
    const sdk = new TencentChatStandIn()
    const m = sdk.createTextMessage({ to: sdk.serviceUserID, conversationType: TencentCloudChat.TYPES.CONV_C2C, payload: { text: 'hi' } })
    const id = m.ID
    sdk.failNextSend(2800)
    await expect(sdk.sendMessage(m)).rejects.toMatchObject({ code: 2800, data: { message: m } })
    expect(m.status).toBe('fail')
    expect(sdk.stored).toContain(m)
    const res = await sdk.resendMessage(m)
    expect(res.data.message.ID).toBe(id)
    expect(m.status).toBe('success')
    expect(sdk.stored.filter((s) => s === m)).toHaveLength(1)

    const flag = sdk.createCustomMessage({ to: sdk.serviceUserID, conversationType: TencentCloudChat.TYPES.CONV_C2C, payload: { data: '{}' } })
    await sdk.sendMessage(flag, { onlineUserOnly: true })
    expect(sdk.stored).not.toContain(flag)
  })

  it('fires the SDK’s payload shape { name, data } and stops after off()', () => {
    const sdk = new TencentChatStandIn()
    const seen: unknown[] = []
    const handler = (e: unknown) => seen.push(e)
    sdk.on(TencentCloudChat.EVENT.NET_STATE_CHANGE, handler)
    sdk.setNetState('connecting')
    sdk.off(TencentCloudChat.EVENT.NET_STATE_CHANGE, handler)
    sdk.setNetState('connected')
    expect(seen).toEqual([{ name: 'netStateChange', data: { state: 'connecting' } }])
  })
})
