// The one guard every action's shared refusals come from.
import { describe, expect, it } from 'vitest'
import { guard } from './actions'
import { setup } from './engine.fixtures'
import type { ChatMessage } from './types'

const card: ChatMessage = { id: 'm1', from: 'service', time: 1, status: 'sent', payload: { kind: 'text', text: 'x' } }
const find = (id: unknown) => (id === 'm1' ? card : undefined)

describe('guard', () => {
  it('refuses notStarted first, whatever the message', () => {
    expect(guard(false)).toMatchObject({ ok: false, error: { code: 'notStarted' } })
    expect(guard(false, 'm1', find)).toMatchObject({ ok: false, error: { code: 'notStarted' } })
  })

  it('refuses notFound for an unknown or malformed id, naming it', () => {
    const r = guard(true, 'nope', find)
    expect(r).toMatchObject({ ok: false, error: { code: 'notFound' } })
    expect(!r.ok && r.error.message).toContain('nope')
    expect(guard(true, 42, find)).toMatchObject({ ok: false, error: { code: 'notFound' } })
  })

  it('passes the message through when started and found', () => {
    expect(guard(true)).toEqual({ ok: true, value: undefined })
    expect(guard(true, 'm1', find)).toEqual({ ok: true, value: card })
  })

  it('every message action of the engine refuses through it the same way', async () => {
    const h = await setup({ start: false })
    const calls = [
      () => h.engine.sendText('x'),
      () => h.engine.chooseBranchItem('m', 'a'),
      () => h.engine.chooseSuggestion('m', 'a'),
      () => h.engine.answerForm('m', 'a'),
      () => h.engine.submitRating('m', '101'),
      () => h.engine.requestRating(),
      () => h.engine.endHumanSession(),
      () => h.engine.transferToHuman(),
      () => h.engine.sendProduct({ header: 'h', desc: 'd', pic: 'p', url: 'u' }),
      () => h.engine.sendOrder({ guide: 'g', name: 'n', desc: 'd', pic: 'p', customField: [] }),
      () => h.engine.retry('m'),
    ]
    const notStarted = guard(false)
    for (const call of calls) expect(call()).toEqual(notStarted)
    await h.engine.start()
    for (const call of calls.slice(1, 5).concat(calls.slice(-1))) expect(call()).toEqual(guard(true, 'm', () => undefined))
  })
})
