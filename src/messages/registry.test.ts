import { describe, expect, it } from 'vitest'
import { defineComponent, nextTick } from 'vue-demi'
import { createMessageRegistry, createRendererRegistry, defineRendererWrapper, type RendererMiddleware } from './registry'
import { defineMessageKind } from './kind'
import { builtInKinds } from './kinds'
import { rendererProps } from './types'
import { hc } from '../vue/compat'
import { makeContext, mountRenderer, unmount } from '../testing/renderers'
import { defaultRenderers } from './defaults'
import { FLAG_KINDS } from '../protocol/types'
import { fixtureMessage } from './_shared/fixture'
import { SuggestionMessage } from './suggestion/SuggestionMessage'
import { DividerMessage } from './divider/DividerMessage'
import { UnsupportedMessage } from './unsupported/UnsupportedMessage'
import { TextMessage } from './text/TextMessage'
import { withErrorBoundary } from './boundary'

describe('given the default renderers', () => {
  it('draw every kind that is not a flag', () => {
    const drawn = ['text', 'image', 'branch', 'form', 'rating', 'product', 'order', 'welcome', 'clarify', 'richText', 'stream', 'sessionEnd', 'sessionTimeout', 'notice', 'unknown', 'invalid'] as const
    for (const kind of drawn) expect(defaultRenderers[kind], kind).toBeTruthy()
    for (const kind of FLAG_KINDS) expect(defaultRenderers[kind], kind).toBeUndefined()
    expect(defaultRenderers.welcome).toBe(SuggestionMessage)
    expect(defaultRenderers.clarify).toBe(SuggestionMessage)
    expect(defaultRenderers.sessionEnd).toBe(DividerMessage)
    expect(defaultRenderers.sessionTimeout).toBe(DividerMessage)
    expect(defaultRenderers.unknown).toBe(UnsupportedMessage)
    expect(defaultRenderers.invalid).toBe(UnsupportedMessage)
  })

  it('resolve through the registry, with overrides winning and the default handed along', () => {
    const Mine = defineComponent({ name: 'Mine', setup: () => () => null })
    const registry = createRendererRegistry({ text: Mine, 'src:99': Mine, image: false })
    const text = registry.resolve(fixtureMessage('a', { kind: 'text', text: 'x' }))
    // drawn behind the chain's first layer, the error boundary
    expect(text?.component).toBe(withErrorBoundary(Mine))
    expect(text?.defaultRenderer).toBe(TextMessage)
    expect(registry.resolve(fixtureMessage('b', { kind: 'unknown', src: '99' }))?.component).toBe(withErrorBoundary(Mine))
    expect(registry.resolve(fixtureMessage('c', { kind: 'image', url: 'https://e.x/a.png' }))).toBeNull()
  })
})

describe('given the registry as a chain of layers', () => {
  const frame = (cls: string) => defineRendererWrapper(cls, (Inner, props) => hc('div', { class: cls }, [hc(Inner, { props })]))
  const wrapAll = (cls: string): RendererMiddleware => {
    const wrap = frame(cls)
    return (next) => (m) => {
      const c = next(m)
      return c && wrap(c)
    }
  }
  const text = fixtureMessage('t', { kind: 'text', text: 'hello' })

  it('lets two layers that do not know each other compose: the later one wraps the earlier', () => {
    const plugin = wrapAll('plugin-frame')
    const app = wrapAll('app-frame')
    const registry = createMessageRegistry({ renderers: [plugin, app] })
    const w = mountRenderer(registry.resolve(text)!.component, text, makeContext())
    expect(w.find('.app-frame > .plugin-frame > .kefu-text').exists()).toBe(true)
    expect(w.text()).toContain('hello')
    unmount(w)
    // the same component for the same message on every resolve (rows keep their state)
    expect(registry.resolve(text)!.component).toBe(registry.resolve({ ...text })!.component)
  })

  it('lets a layer hide, replace or pass, with a map as the shorthand for a layer', () => {
    const Mine = defineComponent({ name: 'Mine', props: rendererProps, setup: () => () => hc('p', { class: 'mine' }, 'mine') })
    const hideImages: RendererMiddleware = (next) => (m) => (m.payload.kind === 'image' ? false : next(m))
    const registry = createMessageRegistry({ renderers: [{ text: Mine }, hideImages, wrapAll('app-frame')] })
    expect(registry.resolve(fixtureMessage('i', { kind: 'image', url: 'https://e.x/a.png' }))).toBeNull()
    const w = mountRenderer(registry.resolve(text)!.component, text, makeContext())
    expect(w.find('.app-frame > .mine').exists()).toBe(true)
    unmount(w)
  })

  it('puts the error boundary first: a throwing layer costs one message, not the list', async () => {
    const Broken = defineComponent({ name: 'Broken', props: rendererProps, setup: () => () => { throw new Error('boom') } })
    const registry = createMessageRegistry({ renderers: [(next) => (m) => (m.payload.kind === 'text' ? Broken : next(m))] })
    const w = mountRenderer(registry.resolve(text)!.component, text, makeContext())
    await nextTick()
    expect(w.find('.kefu-render-error').exists()).toBe(true)
    unmount(w)
  })

  it('draws a declared custom kind with its layout and summary; a hidden kind is not drawn', () => {
    const Coupon = defineComponent({ name: 'Coupon', props: rendererProps, setup: () => () => hc('p', {}, 'coupon') })
    const coupon = defineMessageKind({ src: '1001', component: Coupon, layout: 'system', summary: () => '  Coupon\u202e  SAVE10 ' })
    const secret = defineMessageKind({ src: '1002', component: Coupon, layout: 'hidden' })
    const registry = createMessageRegistry({ kinds: [coupon, secret] })
    const m = fixtureMessage('c', { kind: 'unknown', src: '1001', data: {} })
    const resolved = registry.resolve(m)!
    expect(resolved.layout).toBe('system')
    expect(resolved.defaultRenderer).toBe(Coupon)
    // cleaned like every summary: no bidi override, folded whitespace
    expect(registry.summarize!(m, (k) => k)).toBe('Coupon SAVE10')
    expect(registry.resolve(fixtureMessage('s', { kind: 'unknown', src: '1002' }))).toBeNull()
    // an undeclared src still degrades to the kit's placeholder
    expect(registry.resolve(fixtureMessage('u', { kind: 'unknown', src: '1003' }))!.defaultRenderer).toBe(UnsupportedMessage)
  })

  it('never draws a flag kind', () => {
    expect(createMessageRegistry().resolve(fixtureMessage('f', { kind: 'ratingRules', src: '23', menuSendRuleFlag: 1 }))).toBeNull()
  })

  it('reads every built-in layout from the declarations', () => {
    const registry = createMessageRegistry()
    expect(registry.resolve(fixtureMessage('n', { kind: 'notice', text: 'x' } as any))!.layout).toBe('system')
    expect(registry.resolve(fixtureMessage('d', { kind: 'sessionEnd', src: '19' }))!.layout).toBe('system')
    expect(registry.resolve(text)!.layout).toBe('bubble')
    // hidden kinds (the Desk flags) have no default renderer: they are never drawn
    for (const k of builtInKinds) for (const kind of k.kinds) expect(defaultRenderers[kind]).toBe(k.layout === 'hidden' ? undefined : k.component)
  })

  it('refuses a declaration without a kind or with an unknown layout', () => {
    expect(() => defineMessageKind({ component: TextMessage })).toThrow(/kinds/)
    expect(() => defineMessageKind({ src: '1', component: TextMessage, layout: 'floating' as any })).toThrow(/layout/)
  })
})
