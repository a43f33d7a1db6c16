import { describe, expect, it } from 'vitest'
import { SystemLineMessage } from './SystemLineMessage'
import { fixtureMessage } from '../_shared/fixture'
import { makeContext, mountRenderer, unmount } from '../../testing/renderers'
import { vueLabel } from '../../testing/mount'
import { loadLocale, translate } from '../../i18n'
import { createMessageRegistry } from '../registry'

describe(`given Desk system lines and flags (${vueLabel})`, () => {
  it('36 is a fixed localized line whatever its payload', async () => {
    await loadLocale('zh-CN')
    const w = mountRenderer(SystemLineMessage, fixtureMessage('c', { kind: 'concurrencyLimit', src: '36' }))
    expect(w.text()).toBe('There are currently too many users accessing the service. Please try again later')
    unmount(w)
    const zh = mountRenderer(SystemLineMessage, fixtureMessage('c', { kind: 'concurrencyLimit', src: '36' }),
      makeContext({ t: (k: string, p?: any) => translate('zh-CN', k, p), locale: 'zh-CN' }))
    expect(zh.text()).toBe('当前咨询人数较多，请稍后再试')
    unmount(zh)
  })

  it('37 shows its plain-string content as text, or a localized fallback when empty', () => {
    const w = mountRenderer(SystemLineMessage, fixtureMessage('t', { kind: 'timeoutWarning', src: '37', content: '<b>Closing</b> soon' }))
    expect(w.find('.kefu-system-line__text').text()).toBe('<b>Closing</b> soon')
    expect(w.find('b').exists()).toBe(false)
    unmount(w)
    const empty = mountRenderer(SystemLineMessage, fixtureMessage('t', { kind: 'timeoutWarning', src: '37', content: '' }))
    expect(empty.text()).toBe('You have not replied for a while; this conversation will close soon')
    unmount(empty)
  })

  it('the registry lays 36/37 out as system lines and never draws 34/35/38/39/40/42/43/silent', () => {
    const registry = createMessageRegistry()
    for (const payload of [{ kind: 'concurrencyLimit', src: '36' }, { kind: 'timeoutWarning', src: '37', content: 'x' }] as const) {
      expect(registry.resolve(fixtureMessage('m', payload as any))?.layout).toBe('system')
    }
    for (const kind of ['thinking', 'transferToTaskFlow', 'agentTips', 'transferToHuman', 'sessionRestarted', 'feedbackMenu', 'feedback', 'silent']) {
      expect(registry.resolve(fixtureMessage('m', { kind, src: '38' } as any)), kind).toBeNull()
    }
    expect(registry.resolve(fixtureMessage('m', { kind: 'taskBranch', src: '32', status: 0, optionType: 0, header: '', items: [], tail: '' }))?.layout).toBe('bubble')
  })
})
