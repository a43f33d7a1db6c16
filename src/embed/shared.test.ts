// The loader and kefu-kit.mjs put what they carry on the page once; the core (built with
// vite.embed.config.ts's sharedFromLoader) calls that copy instead of shipping its own.
import { afterEach, describe, expect, it } from 'vitest'
import { EMBED_SHARED_KEY, provideEmbedShared, type EmbedShared } from './shared'
import { EmbedConfigError, checkBackend } from './errors'
import { adoptStyles } from './styles'

const g = globalThis as { [EMBED_SHARED_KEY]?: EmbedShared }

describe('the embed modules shared with the core', () => {
  afterEach(() => {
    delete g[EMBED_SHARED_KEY]
  })

  it('puts the error class, the checks and the stylesheet on the page', () => {
    delete g[EMBED_SHARED_KEY]
    provideEmbedShared()
    const shared = g[EMBED_SHARED_KEY]!
    expect(shared.EmbedConfigError).toBe(EmbedConfigError)
    expect(shared.checkBackend).toBe(checkBackend)
    expect(shared.adoptStyles).toBe(adoptStyles)
    expect(() => shared.checkBackend('nope')).toThrow(EmbedConfigError)
  })

  it('keeps the first copy when a second one runs (two scripts on one page)', () => {
    const first = { marker: 1 } as unknown as EmbedShared
    g[EMBED_SHARED_KEY] = first
    provideEmbedShared()
    expect(g[EMBED_SHARED_KEY]).toBe(first)
  })
})
