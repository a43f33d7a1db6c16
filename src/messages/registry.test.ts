import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue-demi'
import { createRendererRegistry } from './registry'
import { defaultRenderers } from './defaults'
import { FLAG_KINDS } from '../protocol/types'
import { fixtureMessage } from './_shared/fixture'
import { SuggestionMessage } from './suggestion/SuggestionMessage'
import { DividerMessage } from './divider/DividerMessage'
import { UnsupportedMessage } from './unsupported/UnsupportedMessage'
import { TextMessage } from './text/TextMessage'

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
    expect(text?.component).toBe(Mine)
    expect(text?.defaultRenderer).toBe(TextMessage)
    expect(registry.resolve(fixtureMessage('b', { kind: 'unknown', src: '99' }))?.component).toBe(Mine)
    expect(registry.resolve(fixtureMessage('c', { kind: 'image', url: 'https://e.x/a.png' }))).toBeNull()
  })
})
