// Tells the engine whether the customer can see the conversation: a mounted chat view in a visible
// document. The engine then keeps `state.unread` and reports read through the transport (see
// engine.setViewing). A chat in a background tab must not mark agent replies read (agents rely
// on read receipts), and a closed launcher unmounts its view, so its messages count as unread.
import { onBeforeUnmount, onMounted } from 'vue-demi'
import type { ConversationEngine } from '../protocol/engine/types'

function pageVisible(): boolean {
  return typeof document === 'undefined' || document.visibilityState !== 'hidden'
}

/** views of each engine that are mounted and visible (two views of one engine share it) */
const visibleViews = new WeakMap<ConversationEngine, Set<object>>()

function update(engine: ConversationEngine, view: object, visible: boolean): void {
  let set = visibleViews.get(engine)
  if (!set) visibleViews.set(engine, (set = new Set()))
  if (visible) set.add(view)
  else set.delete(view)
  engine.setViewing!(set.size > 0)
}

/**
 * Marks the conversation as viewed while this view is mounted and the page visible. With an
 * engine without `setViewing` (a host's own), reports read on coming online, on every new
 * incoming message while visible, and when the page becomes visible.
 */
export function useReadReporting(engine: ConversationEngine): void {
  const view = {}
  let stopIncoming: (() => void) | null = null
  let stopState: (() => void) | null = null
  const viewing = typeof engine.setViewing === 'function'
  const report = () => {
    if (viewing) update(engine, view, pageVisible())
    else if (pageVisible()) engine.markRead()
  }
  onMounted(() => {
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', report)
    if (viewing) {
      report()
      // a page hidden without a visibilitychange yet: the batch's markRead is not sent. Only ever
      // to say "hidden" here: a message must not re-assert a view its host just closed (the
      // embed's close() says so before the view unmounts at the next render)
      stopIncoming = engine.onIncoming(() => { if (!pageVisible()) update(engine, view, false) })
      return
    }
    let online = engine.getState().connection === 'online'
    if (online) report()
    stopState = engine.subscribe((state) => {
      const now = state.connection === 'online'
      if (now && !online) report()
      online = now
    })
    stopIncoming = engine.onIncoming(report)
  })
  onBeforeUnmount(() => {
    stopIncoming?.()
    stopState?.()
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', report)
    if (viewing) update(engine, view, false)
  })
}
