import { describe, expect, it } from 'vitest'
import { effectScope, shallowRef } from 'vue-demi'
import { vueLabel } from '../testing/mount'
import { useResolvedTheme, type MatchMedia, type ThemeSetting } from './theme'

function fakeMedia(initial: boolean) {
  const listeners = new Set<(e: { matches: boolean }) => void>()
  const mql = {
    matches: initial,
    addEventListener: (_: string, fn: any) => listeners.add(fn),
    removeEventListener: (_: string, fn: any) => listeners.delete(fn),
  }
  const matchMedia: MatchMedia = () => mql as any
  return {
    matchMedia,
    listeners,
    set(matches: boolean) {
      mql.matches = matches
      listeners.forEach((fn) => fn({ matches }))
    },
  }
}

describe(`useResolvedTheme on ${vueLabel}`, () => {
  it('passes light and dark through and follows the system for auto, live', () => {
    const media = fakeMedia(false)
    const setting = shallowRef<ThemeSetting>('auto')
    const scope = effectScope()
    const theme = scope.run(() => useResolvedTheme(() => setting.value, media.matchMedia))!
    expect(theme.value).toBe('light')
    media.set(true)
    expect(theme.value).toBe('dark')
    setting.value = 'light'
    expect(theme.value).toBe('light')
    setting.value = 'dark'
    media.set(false)
    expect(theme.value).toBe('dark')
    scope.stop()
    expect(media.listeners.size).toBe(0)
  })

  it('falls back to light without matchMedia', () => {
    const scope = effectScope()
    const theme = scope.run(() => useResolvedTheme(() => 'auto', undefined))!
    expect(theme.value).toBe('light')
    scope.stop()
  })

  it('supports the old addListener API', () => {
    const listeners: any[] = []
    const mql = { matches: true, addListener: (fn: any) => listeners.push(fn), removeListener: (fn: any) => listeners.splice(listeners.indexOf(fn), 1) }
    const scope = effectScope()
    const theme = scope.run(() => useResolvedTheme(() => 'auto', () => mql as any))!
    expect(theme.value).toBe('dark')
    listeners[0]({ matches: false })
    expect(theme.value).toBe('light')
    scope.stop()
    expect(listeners).toHaveLength(0)
  })
})
