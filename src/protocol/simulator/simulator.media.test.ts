// The simulator accepts the customer's uploads: capabilities with limits, progress at the
// configured rate, cancellation, an injected failure, and what the agent console sees.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { isTransportError, type OutgoingMessage, type TransportError } from '../transport'
import { createSimulator } from './simulator'
import { open, say } from './simulator.fixtures'
import type { Simulator, SimulatorOptions } from './types'

const tick = (ms = 0): Promise<void> => vi.advanceTimersByTimeAsync(ms + 5).then(() => undefined)

async function online(options: SimulatorOptions = {}): Promise<Simulator> {
  const sim = createSimulator({ latency: 0, connectDelay: 0, ...options })
  const p = sim.connect()
  await tick()
  await p
  return sim
}

function media(size: number, name = 'shot.png', type: 'image' | 'file' = 'image', mime = 'image/png'): OutgoingMessage {
  return { clientId: `c-${name}-${size}`, body: { type, file: new Blob([new Uint8Array(size)], { type: mime }), name, size, mime } }
}

async function rejection(p: Promise<unknown>): Promise<TransportError> {
  try {
    await p
  } catch (e) {
    expect(isTransportError(e)).toBe(true)
    return e as TransportError
  }
  throw new Error('expected a rejection')
}

beforeEach(() => { vi.useFakeTimers() })
afterEach(() => { vi.useRealTimers() })

describe('uploads', () => {
  it('declares image, file, video and audio with limits; `media: false` declares nothing', () => {
    expect(Object.keys(createSimulator().capabilities?.media ?? {}).sort()).toEqual(['audio', 'file', 'image', 'video'])
    expect(createSimulator({ media: { image: { maxBytes: 10 } } }).capabilities).toEqual({ media: { image: { maxBytes: 10 } } })
    expect(createSimulator({ media: false }).capabilities).toBeUndefined()
  })

  it('reports progress at the configured rate and stores the message with a URL', async () => {
    const sim = await online({ uploadRate: 1000, uploadTick: 100 })
    const seen: number[] = []
    const sending = sim.send(media(400), { onProgress: (f) => seen.push(f) })
    await tick(100)
    expect(seen).toEqual([0, 0.25])
    await tick(300)
    const receipt = await sending
    expect(seen.at(-1)).toBe(1)
    expect(seen).toHaveLength(5)
    const stored = sim.messages.find((m) => m.id === receipt.id)!
    expect(stored.body).toMatchObject({ type: 'image' })
    expect(typeof (stored.body as { url: string }).url).toBe('string')
    expect((stored.body as { url: string }).url).not.toBe('')
  })

  it('stops on the abort signal with `cancelled`, storing nothing', async () => {
    const sim = await online({ uploadRate: 1000, uploadTick: 100 })
    const controller = new AbortController()
    const before = sim.messages.length
    const sending = sim.send(media(1000), { signal: controller.signal })
    await tick(200)
    controller.abort()
    expect((await rejection(sending)).code).toBe('cancelled')
    await tick(2000)
    expect(sim.messages).toHaveLength(before)
  })

  it('refuses a type it does not accept and a file over its limit (rejected, not retryable)', async () => {
    const sim = await online({ media: { image: { maxBytes: 100 } } })
    const big = await rejection(sim.send(media(101)))
    expect(big).toMatchObject({ code: 'rejected', retryable: false })
    const pdf = await rejection(sim.send(media(10, 'a.pdf', 'file', 'application/pdf')))
    expect(pdf).toMatchObject({ code: 'rejected', retryable: false })
  })

  it('failNextUploads fails the next upload halfway; the retry under the same client id goes through once', async () => {
    const sim = await online({ uploadRate: 1000, uploadTick: 100 })
    sim.failNextUploads()
    const seen: number[] = []
    const message = media(400)
    const first = rejection(sim.send(message, { onProgress: (f) => seen.push(f) }))
    await tick(400)
    const error = await first
    expect(error).toMatchObject({ code: 'unknown', retryable: false })
    expect(seen.at(-1)).toBe(0.5)
    const second = sim.send(message)
    await tick(500)
    const receipt = await second
    expect(sim.messages.filter((m) => m.clientId === message.clientId).map((m) => m.id)).toEqual([receipt.id])
  })

  it('the serving agent sees "[image]" and "[file] name"', async () => {
    const { sim, c, agentEvents: events } = await open({ mode: 'manual' })
    await say(c, '转人工', 5000)
    expect(sim.acceptNext().ok).toBe(true)
    await tick()
    expect(sim.session.phase).toBe('inSeat')
    const image = sim.send(media(10))
    await tick(10)
    await image
    const file = sim.send(media(10, 'invoice.pdf', 'file', 'application/pdf'))
    await tick(10)
    await file
    const texts = events.flatMap((e) => (e.type === 'customerMessage' && e.payload.kind === 'text' ? [e.payload.text] : []))
    expect(texts).toEqual(expect.arrayContaining(['[image]', '[file] invoice.pdf']))
  })
})
