// The session rules without a transport: (state, event) => state.
import { describe, expect, it } from 'vitest'
import type { Payload } from '../types'
import { initialSession, isQueueUpdate, reduceSession, type SessionEvent, type SessionState } from './session'

const active = (over: Partial<SessionState> = {}): SessionState => ({ ...initialSession('online'), phase: 'active', ...over })
const flag = (payload: Payload): SessionEvent => ({ type: 'flag', payload })
const service = (payload: Payload): SessionEvent => ({ type: 'serviceMessage', payload })
const fold = (state: SessionState, ...events: SessionEvent[]) => events.reduce(reduceSession, state)

const typing = flag({ kind: 'typing', src: '12' } as Payload)
const inSeat = flag({ kind: 'seatStatus', src: '26', inSeat: true } as Payload)
const outSeat = flag({ kind: 'seatStatus', src: '26', inSeat: false } as Payload)
const end = service({ kind: 'sessionEnd', src: '19' } as Payload)
const timeout = service({ kind: 'sessionTimeout', src: '20' } as Payload)
const queue = (position: number): SessionEvent => service({ kind: 'notice', notice: 'queue', text: `#${position}`, position, waitNo: position - 1 })
const text = service({ kind: 'text', text: 'hi' })

describe('reduceSession', () => {
  it('starts idle with the transport status, opens active and closes idle', () => {
    const s0 = initialSession('idle')
    expect(s0).toEqual({ connection: 'idle', phase: 'idle', humanServing: false, ratingRules: null, typing: false, queue: null })
    const s1 = reduceSession(s0, { type: 'opened', connection: 'connecting' })
    expect(s1).toMatchObject({ phase: 'active', connection: 'connecting' })
    expect(reduceSession(fold(s1, typing), { type: 'closed', connection: 'idle' })).toMatchObject({ phase: 'idle', typing: false, connection: 'idle' })
  })

  it('returns the same object when nothing changes', () => {
    const s = active()
    expect(reduceSession(s, { type: 'status', status: 'online' })).toBe(s)
    expect(reduceSession(s, text)).toBe(s)
    expect(reduceSession(s, { type: 'customerSent' })).toBe(s)
    expect(reduceSession(s, flag({ kind: 'botCommand', src: '13' } as unknown as Payload))).toBe(s)
    const q = fold(s, queue(2))
    expect(reduceSession(q, queue(2))).toBe(q)
  })

  it('the queue follows the latest position; a seat, an end or a transfer result clears it', () => {
    const q = fold(active(), queue(3), queue(1))
    expect(q.queue).toEqual({ text: '#1', position: 1, waitNo: 0 })
    expect(fold(q, inSeat).queue).toBeNull()
    expect(fold(q, end).queue).toBeNull()
    expect(fold(q, service({ kind: 'notice', notice: 'transferFailed', text: 'x' })).queue).toBeNull()
    expect(fold(q, service({ kind: 'notice', notice: 'info', text: 'x' })).queue).toEqual(q.queue)
    expect(isQueueUpdate({ kind: 'notice', notice: 'queue', text: 'x' })).toBe(true)
    expect(isQueueUpdate({ kind: 'notice', notice: 'offHours', text: 'x' })).toBe(false)
  })

  it('serving: in seat re-opens an ended session; out of seat and the end stop serving', () => {
    expect(fold(active(), inSeat)).toMatchObject({ humanServing: true })
    expect(fold(active(), inSeat, outSeat)).toMatchObject({ humanServing: false, phase: 'active' })
    expect(fold(active(), inSeat, end)).toMatchObject({ humanServing: false, phase: 'ended' })
    expect(fold(active(), timeout, inSeat)).toMatchObject({ humanServing: true, phase: 'active' })
  })

  it('rating rules are decoded bit by bit', () => {
    const s = fold(active(), flag({ kind: 'ratingRules', src: '23', menuSendRuleFlag: 5 } as Payload))
    expect(s.ratingRules).toEqual({ flag: 5, sendOnEnd: true, agentMayInvite: false, customerMayRequest: true })
  })

  it('typing: a flag sets it, a service message or the timeout clears it', () => {
    expect(fold(active(), typing).typing).toBe(true)
    expect(fold(active(), typing, text).typing).toBe(false)
    expect(fold(active(), typing, { type: 'typingExpired' }).typing).toBe(false)
  })

  it('after the end typing clears, and a late typing flag does not show typing', () => {
    expect(fold(active(), typing, end).typing).toBe(false)
    const ended = fold(active(), end)
    expect(reduceSession(ended, typing)).toBe(ended)
    expect(fold(active(), timeout, typing).typing).toBe(false)
    // a new session (the customer writes again, or an agent takes the seat) shows typing again
    expect(fold(ended, { type: 'customerSent' }, typing)).toMatchObject({ phase: 'active', typing: true })
    expect(fold(ended, inSeat, typing).typing).toBe(true)
  })

  it('is pure: the input state is never changed', () => {
    const s = Object.freeze(active({ queue: Object.freeze({ text: '#2', position: 2 }) }))
    expect(() => fold(s, typing, inSeat, queue(1), end, { type: 'customerSent' }, { type: 'closed', connection: 'offline' })).not.toThrow()
    expect(s).toEqual(active({ queue: { text: '#2', position: 2 } }))
  })
})
