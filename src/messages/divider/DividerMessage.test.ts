import { describe, expect, it, beforeAll } from 'vitest'
import { DividerMessage } from './DividerMessage'
import { fixtureMessage } from '../_shared/fixture'
import { makeContext, mountRenderer, unmount } from '../../testing/renderers'
import { translate } from '../../i18n'
import { vueLabel } from '../../testing/mount'
import { loadLocale as preloadLocale } from '../../i18n'

// the Chinese dictionaries are lazily loaded chunks: load them before the tests read them
beforeAll(() => Promise.all([preloadLocale('zh-CN'), preloadLocale('zh-TW')]))

describe(`given the end of a session (${vueLabel})`, () => {
  it('draws src 19 as a labelled separator', () => {
    const w = mountRenderer(DividerMessage, fixtureMessage('d1', { kind: 'sessionEnd', src: '19' }))
    const sep = w.find('[role="separator"]')
    expect(sep.attributes('aria-label')).toBe('Conversation ended')
    expect(sep.text()).toBe('Conversation ended')
    unmount(w)
  })

  it('draws src 20 as "ended: no reply", translated', () => {
    const ctx = makeContext({ locale: 'zh-TW', t: (k, p) => translate('zh-TW', k, p) })
    const w = mountRenderer(DividerMessage, fixtureMessage('d2', { kind: 'sessionTimeout', src: '20' }), ctx)
    expect(w.find('[role="separator"]').text()).toBe('對話已結束：長時間未回覆')
    unmount(w)
  })
})
