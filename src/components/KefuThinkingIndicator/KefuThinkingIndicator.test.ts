import { describe, expect, it } from 'vitest'
import { defineComponent, shallowRef } from 'vue-demi'
import { vueLabel } from '../../testing/mount'
import { hc } from '../../vue/compat'
import { host, mountCompat, realEngine, settle, unmount } from '../../testing/shell'
import { createKefuContext, provideKefu } from '../../vue/context'
import { KefuThinkingIndicator, isThinking } from './KefuThinkingIndicator'

describe(`KefuThinkingIndicator on ${vueLabel}`, () => {
  it('is drawn only while state.thinking is true, as a status with animated dots hidden from readers', async () => {
    const { engine } = realEngine({ history: false })
    const state = shallowRef<any>({ ...engine.getState(), thinking: false })
    const Host = defineComponent({
      setup() {
        provideKefu(createKefuContext({ engine, state, locale: () => 'en', theme: shallowRef('light') }))
        return () => hc('div', {}, [hc(KefuThinkingIndicator)])
      },
    })
    const w = mountCompat(Host, { attachTo: host() })
    expect(w.find('[data-kefu-thinking]').exists()).toBe(false)
    state.value = { ...state.value, thinking: true }
    await settle()
    const el = w.find('[data-kefu-thinking]')
    expect(el.attributes('role')).toBe('status')
    expect(el.text()).toBe('Thinking…')
    expect(el.find('.kefu-thinking__dots').attributes('aria-hidden')).toBe('true')
    state.value = { ...state.value, thinking: false }
    await settle()
    expect(w.find('[data-kefu-thinking]').exists()).toBe(false)
    unmount(w)
  })

  it('reads the field defensively', () => {
    expect(isThinking(null)).toBe(false)
    expect(isThinking({ thinking: 'yes' })).toBe(false)
    expect(isThinking({ thinking: true })).toBe(true)
  })
})
