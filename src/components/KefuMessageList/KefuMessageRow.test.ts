import { describe, expect, it, vi } from 'vitest'
import { TextMessage } from '../../messages/text/TextMessage'
import type { ChatMessage } from '../../protocol/engine/types'
import { makeContext } from '../../testing/renderers'
import { mountCompat, vueLabel } from '../../testing/mount'
import { KefuMessageRow } from './KefuMessageRow'

const message = (time: number): ChatMessage => ({ id: 'm1', serverId: 'm1', from: 'service', time, status: 'sent', payload: { kind: 'text', text: 'hello' } })

function mountRow(m: ChatMessage, context = makeContext(), onRenderError?: (error: unknown) => void, onLoadMissed?: () => void) {
  return mountCompat(KefuMessageRow, {
    props: { message: m, renderer: TextMessage, defaultRenderer: TextMessage, context, groupStart: true, onRenderError, onLoadMissed },
  })
}

describe(`KefuMessageRow on ${vueLabel}`, () => {
  it('draws a message whose time no Date can hold (1.7e18) instead of throwing', () => {
    const w = mountRow(message(1.7e18))
    expect(w.find('[data-kefu-row]').exists()).toBe(true)
    expect(w.text()).toContain('hello')
    expect(w.find('time').attributes('datetime')).toBeUndefined()
  })

  it('puts the whole row behind the boundary: chrome that throws draws the placeholder and is reported', () => {
    const onRenderError = vi.fn()
    // an invalid locale makes Intl throw inside the row's own time formatting, not the renderer
    const w = mountRow(message(Date.UTC(2025, 0, 15)), makeContext({ locale: 'not a locale!!' }), onRenderError)
    expect(w.find('[data-kefu-row]').attributes('data-kefu-id')).toBe('m1')
    expect(w.find('.kefu-render-error').exists()).toBe(true)
    expect(onRenderError).toHaveBeenCalledTimes(1)
  })
})

describe(`KefuMessageRow missed-messages control on ${vueLabel}`, () => {
  it('draws the notice with a working button only when onLoadMissed is given', async () => {
    const load = vi.fn()
    const w = mountRow(message(Date.UTC(2025, 0, 15)), makeContext(), undefined, load)
    expect(w.find('[data-kefu-missed]').text()).toContain('Some messages are not shown')
    await w.find('.kefu-row__missed-load').trigger('click')
    expect(load).toHaveBeenCalledTimes(1)
    expect(mountRow(message(Date.UTC(2025, 0, 15))).find('[data-kefu-missed]').exists()).toBe(false)
  })
})
