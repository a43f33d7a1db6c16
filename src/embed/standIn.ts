// The stand-in for an object whose code is still loading (the simulator, in the embed).
import { EmbedConfigError } from './errors'

/**
 * Until `loaded` resolves with the object: every method waits for it, then calls the real one
 * (and returns a promise of the result). `idle()` on the simulator's stand-in therefore waits for
 * the simulator's file.
 */
export function standInFor<T extends object>(loaded: Promise<T | undefined>, what: string): T {
  return new Proxy({} as T, {
    get(_target, key) {
      if (key === 'then') return undefined // not a thenable itself
      return (...args: unknown[]) => loaded.then((s) => {
        const member = s ? (s as Record<PropertyKey, unknown>)[key] : undefined
        if (typeof member !== 'function') throw new EmbedConfigError(`the ${what} has no method ${String(key)}`)
        return (member as (...a: unknown[]) => unknown).apply(s, args)
      })
    },
  })
}
