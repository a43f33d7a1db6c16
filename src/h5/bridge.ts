// The postMessage bridge of the H5 page inside an iframe. The page around it (an allowed origin)
// sends {type: 'kefu:open'} or {type: 'kefu:close'} (also 'kefu:toggle'); the H5 page posts
// {type: 'kefu:ready'}, {type: 'kefu:unread', count}, {type: 'kefu:open'} and {type: 'kefu:close'}
// to its parent, each with `source: 'kefu-kit'`. Only origins in the allowlist are heard or
// told anything; with no allowlist the bridge is off.
import type { KefuKitInstance } from '../embed/mount'

export type BridgeOut =
  | { source: 'kefu-kit'; type: 'kefu:ready'; open: boolean; unread: number }
  | { source: 'kefu-kit'; type: 'kefu:unread'; count: number }
  | { source: 'kefu-kit'; type: 'kefu:open' }
  | { source: 'kefu-kit'; type: 'kefu:close' }

export interface BridgeOptions {
  /** the H5 page's window */
  self: Pick<Window, 'addEventListener' | 'removeEventListener'>
  /** where messages go and come from (window.parent) */
  parent: Pick<Window, 'postMessage'> | null
  /** allowed origins (exact), or ['*'] */
  origins: readonly string[]
  chat: Pick<KefuKitInstance, 'open' | 'close' | 'toggle' | 'on' | 'isOpen' | 'unread'>
}

/** Starts the bridge; returns the function that stops it. Does nothing without a parent or an allowlist. */
export function startBridge(o: BridgeOptions): () => void {
  const { self, parent, origins, chat } = o
  if (!parent || origins.length === 0) return () => undefined
  const any = origins.includes('*')
  const post = (message: BridgeOut) => {
    for (const origin of any ? ['*'] : origins) {
      try {
        parent.postMessage(message, origin)
      } catch {
        // a malformed origin cannot reach anyone
      }
    }
  }
  const onMessage = (e: MessageEvent) => {
    if (e.source !== parent) return
    if (!any && !origins.includes(e.origin)) return
    const data: unknown = e.data
    const type = data && typeof data === 'object' ? (data as { type?: unknown }).type : undefined
    if (type === 'kefu:open') chat.open()
    else if (type === 'kefu:close') chat.close()
    else if (type === 'kefu:toggle') chat.toggle()
  }
  self.addEventListener('message', onMessage as EventListener)
  const offs = [
    chat.on('unread', (count) => post({ source: 'kefu-kit', type: 'kefu:unread', count })),
    chat.on('open', () => post({ source: 'kefu-kit', type: 'kefu:open' })),
    chat.on('close', () => post({ source: 'kefu-kit', type: 'kefu:close' })),
  ]
  post({ source: 'kefu-kit', type: 'kefu:ready', open: chat.isOpen, unread: chat.unread })
  return () => {
    self.removeEventListener('message', onMessage as EventListener)
    for (const off of offs) off()
  }
}
