// The classic script's logic (dist/embed/kefu-kit.js, entry src/embed/script.ts): a few KB with no
// Vue that defines `KefuKit` and <kefu-chat> at once and imports the kit's code — the ES module
// kefu-kit.core.js and the chunks next to it — from the folder the script itself was served from.
// `mount` returns its chat synchronously; what is done with it before the code has arrived is
// replayed (see pending.ts). If the code cannot be loaded, the chat's place shows the error.
import { defineElementWith } from './element'
import { checkBackend, EmbedConfigError, HOST_TAG, resolveTarget } from './errors'
import type { EmbedOptions, KefuKitInstance } from './mount'
import { mountWhenLoaded, type EmbedCore } from './pending'

/** The kit's code, next to kefu-kit.js. */
export const CORE_FILE = 'kefu-kit.core.js'

export interface KefuKitLoader {
  mount(options?: EmbedOptions): KefuKitInstance
  defineKefuChatElement(registry?: CustomElementRegistry): void
  /** imports the kit's code (once; after a failure the next call tries again) */
  load(): Promise<EmbedCore>
  /** the absolute URL of kefu-kit.core.js */
  readonly coreUrl: string
}

/**
 * The URL of kefu-kit.core.js next to the running script. A classic script's `import()` resolves
 * against the page, not the script, hence the absolute URL; `currentScript` is only set while the
 * script runs, so this is called then.
 */
export function coreUrlOf(script: Element | null | undefined, doc: Document): string {
  const src = script && typeof (script as HTMLScriptElement).src === 'string' ? (script as HTMLScriptElement).src : ''
  return new URL(CORE_FILE, src || doc.baseURI).href
}

export function createLoader(o: { coreUrl: string; importModule: (url: string) => Promise<unknown> }): KefuKitLoader {
  const { coreUrl } = o
  let core: EmbedCore | null = null
  let loading: Promise<EmbedCore> | null = null

  const load = (): Promise<EmbedCore> => {
    if (core) return Promise.resolve(core)
    if (!loading) {
      let imported: Promise<unknown>
      try {
        imported = Promise.resolve(o.importModule(coreUrl))
      } catch (e) {
        imported = Promise.reject(e)
      }
      const attempt: Promise<EmbedCore> = imported
        .then((m) => {
          const c = m as Partial<EmbedCore> | null
          if (!c || typeof c.mountInto !== 'function' || typeof c.mount !== 'function') throw new Error(`${CORE_FILE} has no mount`)
          core = c as EmbedCore
          return core
        })
        .catch((e: unknown) => {
          if (loading === attempt) loading = null
          throw new EmbedConfigError(
            `could not load the chat's code from ${coreUrl} (${CORE_FILE} and the files next to kefu-kit.js must be served from its folder): ${e instanceof Error ? e.message : String(e)}`,
          )
        })
      loading = attempt
    }
    return loading
  }

  return {
    coreUrl,
    load,
    mount(options: EmbedOptions = {}): KefuKitInstance {
      if (options === null || typeof options !== 'object') throw new EmbedConfigError('mount takes an options object.')
      if (core) return core.mount(options)
      checkBackend(options.backend)
      const target = resolveTarget(options.target)
      const host = target.ownerDocument.createElement(HOST_TAG)
      target.appendChild(host)
      return mountWhenLoaded(host, options, true, load)
    },
    defineKefuChatElement(registry?: CustomElementRegistry) {
      defineElementWith(load, registry)
    },
  }
}
