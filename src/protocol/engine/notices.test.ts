import { describe, expect, it } from 'vitest'
import { DEFAULT_TEMPLATES, fillTemplate } from '../templates'
import { recognizeNotice, resolveTemplates } from './notices'

const defaults = resolveTemplates(undefined)

describe('recognizeNotice', () => {
  it('reads queue position and people ahead from the default templates (both languages)', () => {
    for (const template of DEFAULT_TEMPLATES.queue) {
      const text = fillTemplate(template, { QueuePosition: 3, WaitNo: 2 })
      expect(recognizeNotice(text, defaults)).toEqual({ kind: 'notice', notice: 'queue', text, position: 3, waitNo: 2 })
    }
  })

  it('recognises transfer success with any staff name, failure and off hours', () => {
    const ok = fillTemplate(DEFAULT_TEMPLATES.transferSucceeded[0], { StaffName: '小李' })
    expect(recognizeNotice(ok, defaults)).toEqual({ kind: 'notice', notice: 'transferSucceeded', text: ok })
    expect(recognizeNotice(DEFAULT_TEMPLATES.transferFailed[1], defaults)?.notice).toBe('transferFailed')
    expect(recognizeNotice(DEFAULT_TEMPLATES.offHours[0], defaults)?.notice).toBe('offHours')
  })

  it('leaves ordinary texts alone, including near misses', () => {
    expect(recognizeNotice('你好', defaults)).toBeNull()
    expect(recognizeNotice('当前排队人数较多，您排在第x位，前面还有2人，请耐心等待。', defaults)).toBeNull()
    expect(recognizeNotice(`引用：${DEFAULT_TEMPLATES.transferFailed[0]}`, defaults)).toBeNull()
  })

  it('uses a team’s own templates per key and keeps the defaults for keys it did not set', () => {
    const custom = resolveTemplates({ queue: ['Position ${QueuePosition}'] })
    expect(recognizeNotice('Position 7', custom)).toEqual({ kind: 'notice', notice: 'queue', text: 'Position 7', position: 7 })
    expect(recognizeNotice(fillTemplate(DEFAULT_TEMPLATES.queue[0], { QueuePosition: 1, WaitNo: 0 }), custom)).toBeNull()
    expect(recognizeNotice(DEFAULT_TEMPLATES.offHours[0], custom)?.notice).toBe('offHours')
  })

  it('an empty template list switches recognition of that notice off', () => {
    const none = resolveTemplates({ transferFailed: [] })
    expect(recognizeNotice(DEFAULT_TEMPLATES.transferFailed[0], none)).toBeNull()
  })
})
