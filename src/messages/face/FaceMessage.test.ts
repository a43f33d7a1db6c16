import { describe, expect, it } from 'vitest'
import { FaceMessage } from './FaceMessage'
import { faceKind } from './index'
import { fixtureMessage } from '../_shared/fixture'
import { mountRenderer, unmount } from '../../testing/renderers'
import { vueLabel } from '../../testing/mount'
import { translate } from '../../i18n'
import type { FacePayload } from '../../protocol/types'

const face = (p: Partial<FacePayload>) => fixtureMessage('s1', { kind: 'face', ...p })

describe(`given a sticker message (${vueLabel})`, () => {
  it('draws the sticker picture with its name as alt text', () => {
    const w = mountRenderer(FaceMessage, face({ url: 'https://example.com/s.png', name: '点赞' }))
    expect(w.find('img').attributes('src')).toBe('https://example.com/s.png')
    expect(w.find('img').attributes('alt')).toBe('Sticker: 点赞')
    unmount(w)
  })

  it('draws a labelled placeholder from the name or the index when there is no picture', () => {
    const named = mountRenderer(FaceMessage, face({ name: '[微笑]' }))
    expect(named.find('.kefu-face--placeholder').attributes('role')).toBe('img')
    expect(named.find('.kefu-face--placeholder').attributes('aria-label')).toBe('Sticker: [微笑]')
    expect(named.text()).toContain('[微笑]')
    unmount(named)
    const numbered = mountRenderer(FaceMessage, face({ index: 42 }))
    expect(numbered.find('[role="img"]').attributes('aria-label')).toBe('Sticker 42')
    unmount(numbered)
  })

  it('refuses a data: picture and shows the placeholder', () => {
    const w = mountRenderer(FaceMessage, face({ url: 'data:image/svg+xml,<svg onload=alert(1)>', name: 'x' }))
    expect(w.find('img').exists()).toBe(false)
    expect(w.find('.kefu-face--placeholder').exists()).toBe(true)
    unmount(w)
  })

  it('summarises as a sticker', () => {
    expect(faceKind.summary!(face({ name: 'ok' }), { t: (k, p) => translate('en', k, p) })).toBe('[Sticker] ok')
  })
})
