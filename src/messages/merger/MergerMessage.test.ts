import { describe, expect, it } from 'vitest'
import { MergerMessage, MERGER_VISIBLE_LINES } from './MergerMessage'
import { mergerKind } from './index'
import { fixtureMessage } from '../_shared/fixture'
import { all, makeContext, mountRenderer, unmount } from '../../testing/renderers'
import { vueLabel } from '../../testing/mount'
import { translate } from '../../i18n'
import type { MergerPayload } from '../../protocol/types'

const record = (p: Partial<MergerPayload>) => fixtureMessage('m1', { kind: 'merger', title: 'Chat of A and B', lines: ['A: hi', 'B: hello'], ...p })

describe(`given a forwarded chat record (${vueLabel})`, () => {
  it('draws the title, the summary lines and the count', () => {
    const w = mountRenderer(MergerMessage, record({ count: 12 }))
    expect(w.find('.kefu-merger__title').text()).toBe('Chat of A and B')
    expect(all(w, '.kefu-merger__line').map((l) => l.text())).toEqual(['A: hi', 'B: hello'])
    expect(w.find('.kefu-merger__footer').text()).toBe('Chat history · 12 messages')
    unmount(w)
  })

  it('shows at most a few lines, and counts the lines when no count is given', () => {
    const lines = Array.from({ length: 9 }, (_, i) => `line ${i}`)
    const w = mountRenderer(MergerMessage, record({ lines }))
    expect(all(w, '.kefu-merger__line')).toHaveLength(MERGER_VISIBLE_LINES)
    expect(w.find('.kefu-merger__footer').text()).toContain('9 messages')
    unmount(w)
  })

  it('falls back to a default title, isolates and strips direction overrides, and escapes markup', () => {
    const w = mountRenderer(MergerMessage, record({ title: '', lines: ['<img src=x onerror=alert(1)>', 'a\u202Eb'] }), makeContext())
    expect(w.find('.kefu-merger__title').text()).toBe('Chat history')
    expect(w.find('img').exists()).toBe(false)
    expect(all(w, '.kefu-merger__line')[1].text()).toBe('ab')
    unmount(w)
  })

  it('summarises with the title', () => {
    expect(mergerKind.summary!(record({}), { t: (k, p) => translate('en', k, p) })).toBe('[Chat history] Chat of A and B')
  })
})
