// bindMessageActions: the renderers' actions are the engine's own methods; an engine without the
// Desk actions (a team's own, written before them) refuses those instead of throwing.
import { describe, expect, it, vi } from 'vitest'
import type { ConversationEngine } from '../protocol/engine/types'
import { bindMessageActions } from './types'

const sent = { ok: true as const, value: { id: 'm1' } }

function engineWith(methods: Record<string, unknown>): ConversationEngine {
  return methods as unknown as ConversationEngine
}

describe('bindMessageActions', () => {
  it('calls the engine’s Desk methods with the arguments, on the engine, and returns their result', () => {
    const calls: unknown[][] = []
    const engine = engineWith({
      chooseTaskBranchItem: vi.fn(function (this: unknown, ...args: unknown[]) {
        calls.push([this === engine, ...args])
        return sent
      }),
      submitTaskForm: vi.fn(() => sent),
      sendFeedback: vi.fn(() => sent),
    })
    const actions = bindMessageActions(engine)
    expect(actions.chooseTaskBranchItem('t1', 'A')).toBe(sent)
    expect(calls).toEqual([[true, 't1', 'A']])
    expect(actions.submitTaskForm('f1', { name: 'Ann' })).toBe(sent)
    expect(engine.submitTaskForm).toHaveBeenCalledWith('f1', { name: 'Ann' })
    expect(actions.sendFeedback('a1', { helpful: false, reasons: ['wrong'] })).toBe(sent)
    expect(engine.sendFeedback).toHaveBeenCalledWith('a1', { helpful: false, reasons: ['wrong'] })
  })

  it('an engine without the Desk actions refuses them with unsupported, and the other actions still work', () => {
    const engine = engineWith({ sendText: vi.fn(() => sent), retry: vi.fn(() => sent) })
    const actions = bindMessageActions(engine)
    for (const result of [actions.chooseTaskBranchItem('t1', 'A'), actions.submitTaskForm('f1', {}), actions.sendFeedback('a1', { helpful: true })]) {
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error.code).toBe('unsupported')
    }
    expect(actions.sendText('hi')).toBe(sent)
    expect(actions.retry('m1')).toBe(sent)
  })
})
