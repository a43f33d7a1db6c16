import { describe, expect, it } from 'vitest'
import { NoticeMessage } from './NoticeMessage'
import { fixtureMessage } from '../_shared/fixture'
import { all, mountRenderer, unmount } from '../../testing/renderers'
import { vueLabel } from '../../testing/mount'
import type { NoticePayload } from '../../protocol/types'

const notice = (p: Partial<NoticePayload>) => fixtureMessage('n1', { kind: 'notice', notice: 'info', text: '提示', ...p })

describe(`given a notice (${vueLabel})`, () => {
  it('shows a queue notice with its position and the people ahead', () => {
    const w = mountRenderer(NoticeMessage, notice({ notice: 'queue', text: '您排在第 3 位', position: 3, waitNo: 2 }))
    expect(w.find('.kefu-notice').classes()).toContain('kefu-notice--queue')
    expect(w.find('.kefu-notice__text').text()).toBe('您排在第 3 位')
    expect(all(w, '.kefu-notice__badge').map((b) => b.text())).toEqual(['Position in queue: 3', '2 people ahead of you'])
    unmount(w)
  })

  it('shows no figures the template did not carry', () => {
    const w = mountRenderer(NoticeMessage, notice({ notice: 'queue', text: '排队中' }))
    expect(w.find('.kefu-notice__badges').exists()).toBe(false)
    unmount(w)
  })

  it.each(['transferSucceeded', 'transferFailed', 'offHours', 'info'] as const)('draws %s centred with its type', (type) => {
    const w = mountRenderer(NoticeMessage, notice({ notice: type, text: 'x', position: 4 }))
    expect(w.find('.kefu-notice').classes()).toContain(`kefu-notice--${type}`)
    expect(w.find('.kefu-notice__badge').exists()).toBe(false)
    unmount(w)
  })
})
