// Tells the backend the customer has read the conversation, but only while they can see it:
// a chat in a background tab must not mark agent replies read (agents rely on read receipts).
import { onBeforeUnmount, onMounted } from 'vue-demi'
import type { ConversationEngine } from '../protocol/engine/types'

function pageVisible(): boolean {
  return typeof document === 'undefined' || document.visibilityState !== 'hidden'
}

/**
 * Reports read whenever the conversation comes online (the provider starts the engine after this
 * view mounts), on every new incoming message while visible, and when the page becomes visible.
 */
export function useReadReporting(engine: ConversationEngine): void {
  let stopIncoming: (() => void) | null = null
  let stopState: (() => void) | null = null
  const report = () => {
    if (pageVisible()) engine.markRead()
  }
  onMounted(() => {
    let online = engine.getState().connection === 'online'
    if (online) report()
    stopState = engine.subscribe((state) => {
      const now = state.connection === 'online'
      if (now && !online) report()
      online = now
    })
    stopIncoming = engine.onIncoming(report)
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', report)
  })
  onBeforeUnmount(() => {
    stopIncoming?.()
    stopState?.()
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', report)
  })
}
