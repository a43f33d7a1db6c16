import { describe, expect, it, vi, beforeAll } from 'vitest'
import { defineComponent, effectScope, onErrorCaptured, shallowRef } from 'vue-demi'
import { all, host, mountCompat, realEngine, sentSrcs, settle, unmount } from '../testing/shell'
import { translate } from '../i18n'
import { vueLabel } from '../testing/mount'
import { hc } from './compat'
import { createKefuContext, describeActionError, provideKefu, useKefu, type KefuContext } from './context'
import { useConversation } from './useConversation'
import { loadLocale as preloadLocale } from '../i18n'

// the Chinese dictionaries are lazily loaded chunks: load them before the tests read them
beforeAll(() => Promise.all([preloadLocale('zh-CN'), preloadLocale('zh-TW')]))

describe(`useKefu / createKefuContext on ${vueLabel}`, () => {
  it('throws a clear error outside a provider', () => {
    const errors: unknown[] = []
    const Orphan = defineComponent({ setup() { useKefu(); return () => hc('i') } })
    const Host = defineComponent({
      setup() {
        onErrorCaptured((e) => { errors.push(e); return false })
        return () => hc('div', {}, [hc(Orphan)])
      },
    })
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const w = mountCompat(Host)
    warn.mockRestore()
    error.mockRestore()
    expect(errors).toHaveLength(1)
    expect(String(errors[0])).toMatch(/inside <KefuProvider>/)
    unmount(w)
  })

  it('provides a reactive locale, translated strings with overrides, and a stable render context', async () => {
    const { engine } = realEngine({ history: false })
    const locale = shallowRef('zh-CN')
    let ctx!: KefuContext
    const Child = defineComponent({
      setup() {
        const c = useKefu()
        return () => hc('p', {}, `${c.t('composer.send')}|${c.renderContext.locale}|${c.t('composer.placeholder')}`)
      },
    })
    const Root = defineComponent({
      setup() {
        const { state } = useConversation(engine)
        ctx = createKefuContext({
          engine,
          state,
          locale: () => locale.value,
          theme: shallowRef('light'),
          strings: () => ({ en: { 'composer.placeholder': 'Ask us' } }),
        })
        provideKefu(ctx)
        return () => hc('div', {}, [hc(Child)])
      },
    })
    const w = mountCompat(Root)
    expect(w.find('p').text()).toBe(`发送|zh-CN|${translate('zh-CN', 'composer.placeholder')}`)
    const rc = ctx.renderContext
    locale.value = 'en-US'
    await settle()
    expect(w.find('p').text()).toBe('Send|en|Ask us')
    expect(ctx.renderContext).toBe(rc)
    expect(ctx.locale.value).toBe('en')
    unmount(w)
  })

  it('binds the renderer actions to the engine', async () => {
    const { engine, transport } = realEngine({ history: false })
    await engine.start()
    const scope = effectScope()
    const ctx = scope.run(() => createKefuContext({ engine, state: shallowRef(engine.getState()), locale: () => 'en', theme: shallowRef('light') }))!
    const { sendText } = ctx.renderContext.actions
    const r = sendText('detached call still works')
    expect(r.ok).toBe(true)
    await settle()
    expect(transport.deliveredTexts()).toEqual(['detached call still works'])
    scope.stop()
  })

  it('describes refusals in the UI language, never with the engine\'s developer message', () => {
    const t = (k: string, p?: Record<string, string | number>) => translate('en', k, p)
    expect(describeActionError({ code: 'tooLong', message: 'x' }, t, { max: 10 })).toBe('That message is too long (at most 10 characters).')
    expect(describeActionError({ code: 'tooLong', message: 'x' }, t)).toBe('That is too long. Please shorten it.')
    expect(describeActionError({ code: 'unavailable', message: 'loading' }, t)).toBe(translate('en', 'actionError.unavailable'))
    expect(describeActionError({ code: 'brandNew' as any, message: 'engine says no' }, t)).toBe(translate('en', 'actionError.unknown'))
    expect(describeActionError({ code: 'brandNew' as any, message: '' }, t)).toBe(translate('en', 'actionError.unknown'))
  })
})

describe(`useConversation on ${vueLabel}`, () => {
  it('follows the engine state and unsubscribes when the component unmounts', async () => {
    const { engine, transport } = realEngine({ history: false })
    const subscribe = engine.subscribe
    let unsubscribed = 0
    engine.subscribe = (listener) => {
      const off = subscribe(listener)
      return () => { unsubscribed++; off() }
    }
    const Comp = defineComponent({
      setup() {
        const { state } = useConversation(engine)
        return () => hc('ul', {}, state.value.messages.map((m) => hc('li', { key: m.id }, m.payload.kind === 'text' ? m.payload.text : m.payload.kind)))
      },
    })
    const w = mountCompat(Comp)
    await engine.start()
    transport.receiveText('one')
    transport.receiveText('two')
    await settle()
    expect(all(w, 'li').map((li) => li.text())).toEqual(['one', 'two'])
    expect(unsubscribed).toBe(0)
    unmount(w)
    expect(unsubscribed).toBe(1)
    // the engine was the host's: still running
    expect(engine.getState().phase).toBe('active')
    await engine.stop()
  })

  it('creates, starts and stops an engine from options', async () => {
    const { transport } = realEngine({ history: false })
    const Comp = defineComponent({
      setup() {
        const { state } = useConversation({ transport }, { autoStart: true })
        return () => hc('p', {}, state.value.connection)
      },
    })
    const w = mountCompat(Comp, { attachTo: host() })
    await settle()
    expect(sentSrcs(transport)).toEqual(['7'])
    expect(w.find('p').text()).toBe('online')
    expect(transport.listenerCount).toBe(1)
    unmount(w)
    await settle()
    expect(transport.disconnectCalls).toBe(1)
    expect(transport.listenerCount).toBe(0)
  })

  it('leaves an engine it was given running', async () => {
    const { engine, transport } = realEngine({ history: false })
    const scope = effectScope()
    const { state } = scope.run(() => useConversation(engine))!
    await engine.start()
    expect(state.value.connection).toBe('online')
    scope.stop()
    await settle()
    expect(transport.disconnectCalls).toBe(0)
    // and no longer follows it
    transport.receiveText('after')
    expect(state.value.messages).toHaveLength(0)
  })
})
