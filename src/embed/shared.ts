// What the loader (kefu-kit.js) and the ES entry (kefu-kit.mjs) carry anyway and the chat's code
// (kefu-kit.core.js) needs too: the error class and checks (errors.ts), the stylesheet (styles.ts)
// and the stand-in (standIn.ts). Whichever of the two runs first puts them on the page once; the
// embed build makes the core's imports of those modules read them from there at run time
// (vite.embed.config.ts, `sharedFromLoader`) instead of shipping a second copy. From source (tests,
// the library build) every module imports them as usual.
import { checkBackend, EmbedConfigError, isTransport, resolveTarget, showEmbedError, tencentStatics } from './errors'
import { addEmbedCss, adoptStyles } from './styles'
import { standInFor } from './standIn'

/** Where the page keeps them (a name no page uses by accident). */
export const EMBED_SHARED_KEY = '__kefuKitShared'

/** What the core takes from the page. @internal */
export interface EmbedShared {
  EmbedConfigError: typeof EmbedConfigError
  checkBackend: typeof checkBackend
  isTransport: typeof isTransport
  resolveTarget: typeof resolveTarget
  showEmbedError: typeof showEmbedError
  tencentStatics: typeof tencentStatics
  addEmbedCss: typeof addEmbedCss
  adoptStyles: typeof adoptStyles
  standInFor: typeof standInFor
}

/** Puts them on the page, unless a copy that ran before already did. @internal */
export function provideEmbedShared(): void {
  const g = globalThis as { [EMBED_SHARED_KEY]?: EmbedShared }
  g[EMBED_SHARED_KEY] ??= { EmbedConfigError, checkBackend, isTransport, resolveTarget, showEmbedError, tencentStatics, addEmbedCss, adoptStyles, standInFor }
}
