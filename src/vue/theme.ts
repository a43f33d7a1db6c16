// Light / dark / auto. `auto` follows the OS setting through matchMedia and keeps following it,
// so a customer who switches their phone to dark mode mid-chat sees the widget switch too.
import { computed, getCurrentScope, onScopeDispose, shallowRef, type Ref } from 'vue-demi'

/** What a host asks for. */
export type ThemeSetting = 'light' | 'dark' | 'auto'
/** What is drawn: the value of `data-kefu-theme` on `.kefu-root`. */
export type ResolvedTheme = 'light' | 'dark'

/** The part of `window.matchMedia` the theme needs (injectable for tests and SSR). */
export type MatchMedia = (query: string) => Pick<MediaQueryList, 'matches'> & Partial<Pick<MediaQueryList, 'addEventListener' | 'removeEventListener' | 'addListener' | 'removeListener'>>

export const DARK_SCHEME_QUERY = '(prefers-color-scheme: dark)'

function defaultMatchMedia(): MatchMedia | undefined {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia.bind(window) : undefined
}

/**
 * Resolves a theme setting to `light` or `dark`. With `auto`, listens to
 * `(prefers-color-scheme: dark)`; the listener is removed when the calling scope (component)
 * is disposed. Without matchMedia (SSR, old browsers, jsdom) `auto` means `light`.
 */
export function useResolvedTheme(setting: () => ThemeSetting | string | undefined, matchMedia: MatchMedia | undefined = defaultMatchMedia()): Readonly<Ref<ResolvedTheme>> {
  const systemDark = shallowRef(false)
  if (matchMedia) {
    const mql = matchMedia(DARK_SCHEME_QUERY)
    systemDark.value = !!mql.matches
    const onChange = (e: { matches: boolean }) => { systemDark.value = !!e.matches }
    // Safari < 14 only has the deprecated addListener.
    if (mql.addEventListener) mql.addEventListener('change', onChange)
    else if (mql.addListener) mql.addListener(onChange)
    if (getCurrentScope()) {
      onScopeDispose(() => {
        if (mql.removeEventListener) mql.removeEventListener('change', onChange)
        else if (mql.removeListener) mql.removeListener(onChange)
      })
    }
  }
  return computed<ResolvedTheme>(() => {
    const s = setting()
    if (s === 'dark' || s === 'light') return s
    return s === 'auto' && systemDark.value ? 'dark' : 'light'
  })
}
