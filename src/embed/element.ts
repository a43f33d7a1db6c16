// <kefu-chat backend="simulator" locale="en" title="Support"></kefu-chat>: the same as
// KefuKit.mount, from attributes. Attribute changes apply live; removing the element destroys it.
//
// The class lives in the classic loader (kefu-kit.js) too, where the kit's code arrives later: it
// then mounts through `mountWhenLoaded`: the chat is there at once, and attribute changes made
// while the code loads are replayed on it (a backend change starts another). No Vue in here.
import type { EmbedBackend } from './backend'
import { checkBackend, showEmbedError } from './errors'
import type { EmbedEventName, EmbedOptions, KefuKitInstance } from './mount'
import { mountWhenLoaded, type EmbedCore } from './pending'

/** The kit's code: at hand (the ES module), or loaded on first use (the classic loader). @internal */
export type EmbedCoreSource = Pick<EmbedCore, 'mountInto'> | (() => Promise<EmbedCore>)

/** The element's name. */
export const ELEMENT_TAG = 'kefu-chat'

/** Attributes that change the chat in place. */
const LIVE = ['locale', 'theme', 'title', 'avatar', 'position', 'notifications', 'strings', 'open', 'height'] as const
/** Attributes that mean another conversation: the chat is mounted again. */
const REMOUNT = ['backend', 'launcher', 'storage-key', 'sdkappid', 'user-id', 'user-sig', 'service-user-id'] as const

function parseBool(v: string | null): boolean | undefined {
  if (v === null) return undefined
  return !(v === 'false' || v === '0' || v === 'off' || v === 'no')
}

/** `notifications="true"` (the title count), `"title sound system"`, or `"false"`. */
export function parseNotifications(v: string | null): EmbedOptions['notifications'] {
  if (v === null) return undefined
  const s = v.trim().toLowerCase()
  if (s === '' || s === 'true' || s === 'on') return true
  if (s === 'false' || s === 'off' || s === 'none') return false
  const parts = s.split(/[\s,]+/)
  return { title: parts.includes('title'), sound: parts.includes('sound'), system: parts.includes('system') }
}

function parseStrings(v: string | null): EmbedOptions['strings'] {
  if (!v) return undefined
  try {
    const parsed: unknown = JSON.parse(v)
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as EmbedOptions['strings']) : undefined
  } catch {
    console.warn('[kefu-kit] <kefu-chat strings> must be JSON, e.g. {"en":{"composer.placeholder":"Ask us"}}')
    return undefined
  }
}

function backendOf(el: HTMLElement): EmbedBackend | undefined {
  const b = (el.getAttribute('backend') || 'simulator').trim()
  if (b === 'simulator') return 'simulator'
  if (b === 'tencent') {
    return {
      tencent: {
        SDKAppID: el.getAttribute('sdkappid') ?? '',
        userID: el.getAttribute('user-id') ?? '',
        userSig: el.getAttribute('user-sig') ?? '',
        serviceUserID: el.getAttribute('service-user-id') || undefined,
      },
    }
  }
  return b as EmbedBackend
}

/** The options an element's attributes describe. */
export function optionsFromAttributes(el: HTMLElement): EmbedOptions {
  const attr = (n: string) => el.getAttribute(n) ?? undefined
  return {
    backend: backendOf(el),
    locale: attr('locale'),
    theme: attr('theme') as EmbedOptions['theme'],
    title: attr('title'),
    avatar: attr('avatar'),
    launcher: parseBool(el.getAttribute('launcher')) ?? true,
    position: attr('position') as EmbedOptions['position'],
    notifications: parseNotifications(el.getAttribute('notifications')),
    strings: parseStrings(el.getAttribute('strings')),
    open: parseBool(el.getAttribute('open')),
    storageKey: attr('storage-key'),
  }
}

type Listener = (value: unknown) => void

/** Builds the element class (a function, so nothing touches `HTMLElement` where there is none). @internal */
export function createKefuChatElement(source: EmbedCoreSource): CustomElementConstructor {
  return class KefuChatElement extends HTMLElement {
    static get observedAttributes(): string[] {
      return [...LIVE, ...REMOUNT]
    }

    private chat: KefuKitInstance | null = null
    private scheduled = false
    private forwards: Array<() => void> = []
    private pending = new Map<EmbedEventName, Set<Listener>>()

    /** the mounted chat (null before it is connected, or after a configuration error) */
    get instance(): KefuKitInstance | null {
      return this.chat
    }

    /** the built-in simulator when it is the backend */
    get simulator() {
      return this.chat?.simulator
    }

    open(): void { this.chat?.open() }
    close(): void { this.chat?.close() }
    toggle(): void { this.chat?.toggle() }

    /** like KefuKit's `on`; survives a re-mount (a backend change). Returns the unsubscribe. */
    on(event: EmbedEventName, listener: Listener): () => void {
      let set = this.pending.get(event)
      if (!set) this.pending.set(event, (set = new Set()))
      set.add(listener)
      const off = this.chat?.on(event, listener)
      return () => { set!.delete(listener); off?.() }
    }

    connectedCallback(): void {
      this.schedule()
    }

    disconnectedCallback(): void {
      // a move (removed and inserted again in the same task) keeps the conversation
      queueMicrotask(() => { if (!this.isConnected) this.teardown() })
    }

    attributeChangedCallback(name: string, oldValue: string | null, value: string | null): void {
      if (oldValue === value || !this.chat) return
      if ((REMOUNT as readonly string[]).includes(name)) {
        this.teardown()
        this.schedule()
        return
      }
      if (name === 'open') {
        if (parseBool(value)) this.chat.open()
        else this.chat.close()
        return
      }
      if (name === 'height') {
        this.applyHeight()
        return
      }
      const o = optionsFromAttributes(this)
      this.chat.update({ [name]: o[name as keyof EmbedOptions] } as Partial<EmbedOptions>)
    }

    private schedule(): void {
      if (this.scheduled) return
      this.scheduled = true
      // after the parser (or the script that created it) has set every attribute
      queueMicrotask(() => {
        this.scheduled = false
        if (this.isConnected && !this.chat) this.build()
      })
    }

    private applyHeight(): void {
      const h = this.getAttribute('height')
      if (h) this.style.setProperty('--kefu-embed-height', /^\d+(\.\d+)?$/.test(h) ? `${h}px` : h)
      else this.style.removeProperty('--kefu-embed-height')
    }

    private build(): void {
      this.applyHeight()
      try {
        const options = optionsFromAttributes(this)
        if (typeof source === 'function') {
          checkBackend(options.backend)
          const chat: KefuKitInstance = mountWhenLoaded(this, options, false, source, () => {
            if (this.chat === chat) this.teardown()
          })
          this.chat = chat
        } else {
          this.chat = source.mountInto(this, options, false)
        }
      } catch (e) {
        this.showError(e)
        return
      }
      for (const event of ['message', 'unread', 'open', 'close'] as const) {
        this.forwards.push(this.chat.on(event, (detail) => {
          this.dispatchEvent(new CustomEvent(event, { detail }))
        }))
        for (const fn of this.pending.get(event) ?? []) this.forwards.push(this.chat.on(event, fn))
      }
    }

    private teardown(): void {
      for (const off of this.forwards) off()
      this.forwards = []
      this.chat?.destroy()
      this.chat = null
    }

    private showError(e: unknown): void {
      console.error(e)
      showEmbedError(this, e)
    }
  }
}

/** Defines `<kefu-chat>` over `source` (once; a second call, or a second copy of the script, keeps the first). @internal */
export function defineElementWith(source: EmbedCoreSource, registry: CustomElementRegistry | undefined = globalThis.customElements): void {
  if (!registry || registry.get(ELEMENT_TAG)) return
  registry.define(ELEMENT_TAG, createKefuChatElement(source))
}
