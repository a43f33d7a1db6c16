import { afterEach, describe, expect, it, vi, beforeAll } from 'vitest'
import { defineComponent, onErrorCaptured, shallowRef } from 'vue-demi'
import { vueLabel } from '../../testing/mount'
import { hc } from '../../vue/compat'
import { useKefu } from '../../vue/context'
import { host, mountCompat, realEngine, sentSrcs, settle, unmount } from '../../testing/shell'
import { KefuProvider } from './KefuProvider'
import { loadLocale as preloadLocale } from '../../i18n'

// the Chinese dictionaries are lazily loaded chunks: load them before the tests read them
beforeAll(() => Promise.all([preloadLocale('zh-CN'), preloadLocale('zh-TW')]))

/** Shows what a child sees through the context. */
const Probe = defineComponent({
  setup() {
    const { t, state, theme } = useKefu()
    return () => hc('p', { class: 'probe' }, `${t('composer.send')}|${state.value.connection}|${theme.value}`)
  },
})

function mountProvider(props: Record<string, unknown>) {
  const locale = shallowRef(props.locale as string | undefined)
  const theme = shallowRef((props.theme as string | undefined) ?? 'light')
  const autoStart = shallowRef(props.autoStart ?? true)
  const Host = defineComponent({
    setup() {
      return () => hc(KefuProvider, {
        props: { ...props, locale: locale.value, theme: theme.value, autoStart: autoStart.value },
        slots: { default: () => hc(Probe) },
      })
    },
  })
  const w = mountCompat(Host, { attachTo: host() })
  return { w, locale, theme, autoStart }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe(`KefuProvider on ${vueLabel}`, () => {
  it('refuses to run without a transport or an engine, with a clear error', () => {
    const errors: unknown[] = []
    const Host = defineComponent({
      setup() {
        onErrorCaptured((e) => { errors.push(e); return false })
        return () => hc('div', {}, [hc(KefuProvider, { props: { locale: 'en' } })])
      },
    })
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const w = mountCompat(Host)
    warn.mockRestore()
    error.mockRestore()
    expect(errors).toHaveLength(1)
    expect(String(errors[0])).toMatch(/needs a `transport` or an `engine`/)
    unmount(w)
  })

  it('creates the engine from a transport, starts it (src 7), and stops it on unmount', async () => {
    const { transport } = realEngine({ history: false })
    const { w } = mountProvider({ transport, locale: 'en' })
    await settle()
    expect(sentSrcs(transport)).toEqual(['7'])
    expect(w.find('.probe').text()).toBe('Send|online|light')
    unmount(w)
    await settle()
    expect(transport.disconnectCalls).toBe(1)
    expect(transport.listenerCount).toBe(0)
  })

  it('adopts a given engine, starts it once, and never stops it', async () => {
    const { engine, transport } = realEngine({ history: false })
    const { w } = mountProvider({ engine, locale: 'en' })
    await settle()
    expect(sentSrcs(transport)).toEqual(['7'])
    unmount(w)
    await settle()
    expect(transport.disconnectCalls).toBe(0)
    expect(engine.getState().phase).toBe('active')
    // a second provider over the same running engine does not open the conversation again
    const again = mountProvider({ engine, locale: 'en' })
    await settle()
    expect(sentSrcs(transport)).toEqual(['7'])
    unmount(again.w)
  })

  it('waits with autoStart=false, and starts when it turns true', async () => {
    const { transport } = realEngine({ history: false })
    const { w, autoStart } = mountProvider({ transport, locale: 'en', autoStart: false })
    await settle()
    expect(transport.sent).toHaveLength(0)
    expect(w.find('.probe').text()).toBe('Send|idle|light')
    autoStart.value = true
    await settle()
    expect(sentSrcs(transport)).toEqual(['7'])
    unmount(w)
  })

  it('draws .kefu-root with the theme and language, and switches both at runtime', async () => {
    const { transport } = realEngine({ history: false })
    const { w, locale, theme } = mountProvider({ transport, locale: 'zh-CN', theme: 'light' })
    await settle()
    const root = w.find('.kefu-root')
    expect(root.attributes('data-kefu-theme')).toBe('light')
    expect(root.attributes('lang')).toBe('zh-CN')
    expect(w.find('.probe').text()).toBe('发送|online|light')
    locale.value = 'zh-Hant'
    theme.value = 'dark'
    await settle()
    expect(root.attributes('lang')).toBe('zh-TW')
    expect(root.attributes('data-kefu-theme')).toBe('dark')
    expect(w.find('.probe').text()).toBe('傳送|online|dark')
    unmount(w)
  })

  it('follows the system colour scheme with theme="auto"', async () => {
    const listeners: Array<(e: { matches: boolean }) => void> = []
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('dark'),
      addEventListener: (_: string, fn: any) => listeners.push(fn),
      removeEventListener: (_: string, fn: any) => listeners.splice(listeners.indexOf(fn), 1),
    }))
    const { transport } = realEngine({ history: false })
    const { w } = mountProvider({ transport, locale: 'en', theme: 'auto' })
    await settle()
    expect(w.find('.kefu-root').attributes('data-kefu-theme')).toBe('dark')
    listeners.forEach((fn) => fn({ matches: false }))
    await settle()
    expect(w.find('.kefu-root').attributes('data-kefu-theme')).toBe('light')
    unmount(w)
    expect(listeners).toHaveLength(0)
  })

  it('defaults the locale to the browser language', async () => {
    vi.stubGlobal('navigator', { language: 'zh-TW', languages: ['zh-TW'] })
    const { transport } = realEngine({ history: false })
    const { w } = mountProvider({ transport })
    await settle()
    expect(w.find('.kefu-root').attributes('lang')).toBe('zh-TW')
    unmount(w)
  })

  it('falls back to the default locale (English) when the browser says nothing', async () => {
    vi.stubGlobal('navigator', { language: '', languages: [] })
    const { transport } = realEngine({ history: false })
    const { w } = mountProvider({ transport })
    await settle()
    expect(w.find('.kefu-root').attributes('lang')).toBe('en')
    unmount(w)
  })
})
