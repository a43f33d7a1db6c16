// State of a conversation as a Vue ref, for hosts that draw their own UI (no shell) and for the
// shell itself. The engine is plain TypeScript; this is the thin bridge into Vue reactivity.
import { getCurrentScope, onMounted, onScopeDispose, getCurrentInstance, shallowRef, type Ref } from 'vue-demi'
import { createConversation } from '../protocol/engine'
import type { ConversationEngine, ConversationOptions, ConversationState } from '../protocol/engine/types'

export interface UseConversationOptions {
  /**
   * Call `engine.start()` (connect, send src 7): on mount when called inside a component's
   * setup, otherwise at once.
   * @default false
   */
  autoStart?: boolean
}

export interface UseConversationReturn {
  engine: ConversationEngine
  /**
   * The engine's latest state. A shallow ref: the engine replaces the state object on every
   * change, so nothing inside it is made deeply reactive (10,000 messages stay cheap).
   */
  state: Readonly<Ref<ConversationState>>
  /** Stops listening; also stops the engine when this call created it. Runs by itself on unmount. */
  dispose: () => void
}

/** Whether the argument is an engine (has the engine's methods) rather than engine options. */
export function isConversationEngine(x: unknown): x is ConversationEngine {
  return !!x && typeof (x as ConversationEngine).getState === 'function' && typeof (x as ConversationEngine).subscribe === 'function'
}

/**
 * Follows a conversation engine's state. Pass an engine you created, or `ConversationOptions`
 * (with a `transport`) to have one created and owned here: an owned engine is stopped when the
 * calling component unmounts (or its effect scope is disposed).
 *
 * @example
 * const { state, engine } = useConversation({ transport }, { autoStart: true })
 * // state.value.messages, state.value.connection, engine.sendText('hi')
 */
export function useConversation(source: ConversationEngine | ConversationOptions, options: UseConversationOptions = {}): UseConversationReturn {
  const owned = !isConversationEngine(source)
  const engine = owned ? createConversation(source as ConversationOptions) : (source as ConversationEngine)
  const state = shallowRef<ConversationState>(engine.getState())
  const unsubscribe = engine.subscribe((s) => { state.value = s })
  // The state may have moved between getState() and subscribe() in an engine that emits synchronously.
  state.value = engine.getState()

  let disposed = false
  const dispose = () => {
    if (disposed) return
    disposed = true
    unsubscribe()
    // stop() is async; a failing disconnect must not surface as an unhandled rejection on unmount
    if (owned) engine.stop().catch(() => undefined)
  }
  if (getCurrentScope()) onScopeDispose(dispose)

  if (options.autoStart) {
    const start = () => { if (!disposed) engine.start().catch(() => undefined) }
    if (getCurrentInstance()) onMounted(start)
    else start()
  }
  return { engine, state, dispose }
}
