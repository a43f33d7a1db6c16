// kefu-kit/pinia: a Pinia store that mirrors one conversation, for hosts that use Pinia (an app
// header can show the unread count from anywhere; Vue devtools see the conversation). Optional:
// nothing else in the kit imports Pinia, and without this entry nothing changes.
//
// const engine = createConversation({ transport })
// bindKefuStore(engine)                       // mirror it into useKefuStore()
// <KefuLauncher :engine="engine" />           // the launcher / chat draw the same conversation
// const kefu = useKefuStore(); kefu.unread     // anywhere in the app
import { defineStore, type Pinia } from 'pinia'
import { computed, shallowRef } from 'vue-demi'
import type { ConnectionStatus } from '../protocol/transport'
import type {
  ActionResult, ChatMessage, ConversationEngine, ConversationState, QueueState, SessionPhase,
} from '../protocol/engine/types'

/** The id of the default store (`useKefuStore`). */
export const KEFU_STORE_ID = 'kefu'

const NOT_BOUND = 'No conversation is bound to the kefu store yet (call bindKefuStore(engine)).'

function notBound<T>(): ActionResult<T> {
  return { ok: false, error: { code: 'notStarted', message: NOT_BOUND } }
}

function kefuStoreSetup() {
  /** the engine is kept out of the state: devtools must not walk (or proxy) it */
  let engine: ConversationEngine | null = null
  let unsubscribe: (() => void) | null = null

  const messages = shallowRef<readonly ChatMessage[]>([])
  const unread = shallowRef(0)
  const newestUnreadId = shallowRef<string | null>(null)
  const connection = shallowRef<ConnectionStatus>('idle')
  const phase = shallowRef<SessionPhase>('idle')
  const humanServing = shallowRef(false)
  const typing = shallowRef(false)
  const queue = shallowRef<QueueState | null>(null)
  const hasMoreHistory = shallowRef(false)
  const bound = shallowRef(false)

  function mirror(state: ConversationState): void {
    messages.value = state.messages
    unread.value = state.unread ?? 0
    newestUnreadId.value = state.newestUnreadId ?? null
    connection.value = state.connection
    phase.value = state.phase
    humanServing.value = state.humanServing
    typing.value = state.typing
    queue.value = state.queue
    hasMoreHistory.value = state.hasMoreHistory
  }

  /** Mirrors `next` from now on (replacing any engine bound before); returns the unbind function. */
  function bind(next: ConversationEngine): () => void {
    unbind()
    engine = next
    bound.value = true
    mirror(next.getState())
    unsubscribe = next.subscribe(mirror)
    return () => {
      if (engine === next) unbind()
    }
  }

  /** Stops mirroring (the state keeps its last values). */
  function unbind(): void {
    unsubscribe?.()
    unsubscribe = null
    engine = null
    bound.value = false
  }

  const newestUnread = computed<ChatMessage | null>(() => {
    const id = newestUnreadId.value
    if (id === null) return null
    const list = messages.value
    for (let i = list.length - 1; i >= 0; i--) if ((list[i] as ChatMessage).id === id) return list[i] as ChatMessage
    return null
  })

  /** The engine's own result, or a `notStarted` refusal while none is bound. */
  const call = <T>(run: (e: ConversationEngine) => ActionResult<T>): ActionResult<T> => (engine ? run(engine) : notBound<T>())

  return {
    messages, unread, newestUnreadId, connection, phase, humanServing, typing, queue, hasMoreHistory, bound,
    newestUnread,
    bind,
    unbind,
    /** the bound engine (null before `bind`), for anything the store does not expose */
    engine: () => engine,
    start: (): Promise<ActionResult<undefined>> => (engine ? engine.start() : Promise.resolve(notBound<undefined>())),
    stop: (): Promise<void> => (engine ? engine.stop() : Promise.resolve()),
    sendText: (text: string) => call((e) => e.sendText(text)),
    retry: (messageId: string) => call((e) => e.retry(messageId)),
    chooseBranchItem: (...args: Parameters<ConversationEngine['chooseBranchItem']>) => call((e) => e.chooseBranchItem(...args)),
    chooseSuggestion: (...args: Parameters<ConversationEngine['chooseSuggestion']>) => call((e) => e.chooseSuggestion(...args)),
    answerForm: (messageId: string, answer: string) => call((e) => e.answerForm(messageId, answer)),
    submitRating: (messageId: string, optionId: string) => call((e) => e.submitRating(messageId, optionId)),
    requestRating: () => call((e) => e.requestRating()),
    endHumanSession: () => call((e) => e.endHumanSession()),
    transferToHuman: (text?: string) => call((e) => e.transferToHuman(text)),
    sendProduct: (...args: Parameters<ConversationEngine['sendProduct']>) => call((e) => e.sendProduct(...args)),
    sendOrder: (...args: Parameters<ConversationEngine['sendOrder']>) => call((e) => e.sendOrder(...args)),
    loadOlder: (): Promise<ActionResult<{ hasMore: boolean }>> => (engine ? engine.loadOlder() : Promise.resolve(notBound<{ hasMore: boolean }>())),
    /** reports everything read and sets `unread` to 0 */
    markRead: (): void => engine?.markRead(),
  }
}

/**
 * A store definition for one conversation under `id` (several conversations: one store each).
 * `useKefuStore` is `defineKefuStore('kefu')`.
 */
export function defineKefuStore(id: string) {
  return defineStore(id, kefuStoreSetup)
}

/** The default conversation store: `messages`, `unread`, `connection`, `phase`, … and the engine's actions. */
export const useKefuStore = defineKefuStore(KEFU_STORE_ID)

/** What `useKefuStore()` returns. */
export type KefuStore = ReturnType<typeof useKefuStore>

/**
 * Mirrors `engine` into the default store (`useKefuStore`); pass `pinia` outside a component
 * (before `app.use(pinia)` made it active). Returns the unbind function.
 */
export function bindKefuStore(engine: ConversationEngine, pinia?: Pinia): () => void {
  return useKefuStore(pinia).bind(engine)
}
