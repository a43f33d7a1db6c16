// The H5 page's settings, from its address: ?locale=en&theme=dark&title=…&backend=simulator, the
// Tencent parameters (SDKAppID, userID, userSig, serviceUserID), and `origin`, the pages allowed
// to drive it through postMessage when it is in an iframe.
import type { EmbedOptions } from '../embed/mount'

export interface H5Config {
  options: EmbedOptions
  /** exact origins (`https://shop.example`) allowed to talk to the page; `*` for any */
  origins: string[]
  /** the document's title (the `title` parameter, else the default) */
  documentTitle: string
}

const THEMES = ['light', 'dark', 'auto']

/** `https://shop.example` from `https://shop.example/` or `https://shop.example:443`; null if not an origin. */
export function normalizeOrigin(value: string): string | null {
  const v = value.trim()
  if (v === '*') return '*'
  try {
    const u = new URL(v)
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null
    if (u.username || u.password || (u.pathname !== '/' && u.pathname !== '') || u.search || u.hash) return null
    return u.origin
  } catch {
    return null
  }
}

/** Reads the page's address. Never throws: an unusable value is left out (with a console warning). */
export function parseH5Config(search: string): H5Config {
  const q = new URLSearchParams(search)
  const get = (...names: string[]) => {
    for (const n of names) {
      const v = q.get(n)
      if (v !== null && v.trim() !== '') return v.trim()
    }
    return undefined
  }
  const options: EmbedOptions = { launcher: false }
  const locale = get('locale', 'lang')
  if (locale) options.locale = locale
  const theme = get('theme')
  if (theme && THEMES.includes(theme)) options.theme = theme as EmbedOptions['theme']
  const title = get('title')
  if (title) options.title = title.slice(0, 200)
  const avatar = get('avatar')
  if (avatar && /^https?:\/\//i.test(avatar)) options.avatar = avatar
  const backend = get('backend') ?? (get('SDKAppID', 'sdkappid') ? 'tencent' : 'simulator')
  if (backend === 'tencent') {
    options.backend = {
      tencent: {
        SDKAppID: get('SDKAppID', 'sdkappid', 'sdkAppID') ?? '',
        userID: get('userID', 'userid', 'user-id') ?? '',
        userSig: get('userSig', 'usersig', 'user-sig') ?? '',
        serviceUserID: get('serviceUserID', 'serviceuserid', 'service-user-id'),
      },
    }
  } else {
    if (backend !== 'simulator') console.warn(`[kefu-kit] unknown backend ${JSON.stringify(backend)}: using the simulator`)
    options.backend = 'simulator'
  }
  const open = get('open')
  if (open === '0' || open === 'false') options.open = false
  const storageKey = get('storageKey', 'storage-key')
  if (storageKey) options.storageKey = storageKey
  const origins: string[] = []
  for (const raw of q.getAll('origin').flatMap((v) => v.split(/[\s,]+/)).filter(Boolean)) {
    const o = normalizeOrigin(raw)
    if (o) origins.push(o)
    else console.warn(`[kefu-kit] origin ${JSON.stringify(raw)} is not an origin (https://host[:port]); ignored`)
  }
  return { options, origins, documentTitle: options.title ?? 'Customer service' }
}
