// Outgoing media over Tencent Cloud Chat: the SDK's image / file / video factories (typed against
// the package's own declarations through `TencentChat`), upload progress, an abort that stops
// waiting, capabilities and limits, and a retry that resends the same SDK message.
import { describe, expect, it } from 'vitest'
import { isTransportError, type OutgoingMessage, type TransportError } from '../transport'
import { TENCENT_TYPES } from './sdk'
import { TencentChatStandIn } from '../../testing/tencentStandIn'
import { createTencentChatTransport, TENCENT_MEDIA } from './transport'

function setup(media?: Parameters<typeof createTencentChatTransport>[0]['media']) {
  const sdk = new TencentChatStandIn({ now: () => 1_700_000_000_000 })
  const transport = createTencentChatTransport({ chat: sdk, ...(media !== undefined ? { media } : {}) })
  return { sdk, transport }
}

const upload = (clientId: string, type: 'image' | 'file' | 'video' | 'audio', name: string, size = 100, mime = 'image/png'): OutgoingMessage => ({
  clientId,
  body: { type, file: new Blob([new Uint8Array(size)], { type: mime }), name, size, mime },
})

async function rejection(p: Promise<unknown>): Promise<TransportError> {
  try {
    await p
  } catch (e) {
    expect(isTransportError(e)).toBe(true)
    return e as TransportError
  }
  throw new Error('expected a rejection')
}

describe('Tencent transport: media', () => {
  it('declares image, file and video with the service limits (no audio: the SDK wants a recording)', async () => {
    const { transport } = setup()
    expect(transport.capabilities).toEqual({ media: TENCENT_MEDIA })
    expect(Object.keys(transport.capabilities!.media!).sort()).toEqual(['file', 'image', 'video'])
    expect(setup(false).transport.capabilities).toBeUndefined()
  })

  it('creates each kind with its own factory, the file named as chosen, to the service account, with the client id', async () => {
    const { sdk, transport } = setup()
    await transport.connect()
    await transport.send(upload('i1', 'image', 'shot.png'))
    await transport.send(upload('f1', 'file', 'invoice.pdf', 200, 'application/pdf'))
    await transport.send(upload('v1', 'video', 'clip.mp4', 300, 'video/mp4'))
    expect(sdk.calls.createMedia.map((c) => c.factory)).toEqual(['image', 'file', 'video'])
    const first = sdk.calls.createMedia[0]!.options
    expect(first.to).toBe('@customer_service_account')
    const file = (first.payload as { file: File }).file
    expect(file.name).toBe('shot.png')
    expect(file.size).toBe(100)
    expect(first.cloudCustomData).toContain('i1')
    expect(sdk.stored.map((m) => m.type)).toEqual([TENCENT_TYPES.MSG_IMAGE, TENCENT_TYPES.MSG_FILE, TENCENT_TYPES.MSG_VIDEO])
  })

  it('reports the SDK’s upload progress to the send’s onProgress', async () => {
    const { sdk, transport } = setup()
    sdk.uploadSteps = [0.25, 0.75, 1]
    await transport.connect()
    const seen: number[] = []
    await transport.send(upload('p1', 'image', 'a.png'), { onProgress: (f) => seen.push(f) })
    expect(seen).toEqual([0.25, 0.75, 1])
  })

  it('an abort rejects with `cancelled` at once; a later send of the same client id resends the same SDK message', async () => {
    const { sdk, transport } = setup()
    await transport.connect()
    let open!: () => void
    ;(sdk as unknown as { gate: Promise<void> | null }).gate = new Promise<void>((r) => (open = r))
    const controller = new AbortController()
    const sending = rejection(transport.send(upload('a1', 'file', 'big.pdf', 100, 'application/pdf'), { signal: controller.signal }))
    controller.abort()
    expect((await sending).code).toBe('cancelled')
    ;(sdk as unknown as { gate: Promise<void> | null }).gate = null
    open()
    const receipt = await transport.send(upload('a1', 'file', 'big.pdf', 100, 'application/pdf'))
    expect(receipt.id).toBe(sdk.stored.at(-1)!.ID)
    expect(sdk.calls.createMedia).toHaveLength(1)
  })

  it('refuses audio and files over the limit, without creating anything', async () => {
    const { sdk, transport } = setup({ image: { maxBytes: 50 } })
    await transport.connect()
    expect(await rejection(transport.send(upload('x1', 'image', 'big.png', 51)))).toMatchObject({ code: 'rejected', retryable: false })
    expect(await rejection(transport.send(upload('x2', 'audio', 'a.mp3', 10, 'audio/mpeg')))).toMatchObject({ code: 'rejected', retryable: false })
    expect(sdk.calls.createMedia).toHaveLength(0)
  })
})
