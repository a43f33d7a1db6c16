// The conversation engine: folds transport events into one immutable ConversationState and turns
// the customer's actions into outgoing messages. Framework-free; the Vue layer subscribes to it.
import { FLAG_KINDS } from '../types'
import type { MenuItem, OrderContent, OrderPayload, Payload, ProductContent, ProductPayload } from '../types'
import type { ConnectionStatus, IncomingMessage, SendReceipt, TransportEvent } from '../transport'
import {
  encodeEndSession,
  encodeOrder,
  encodeProduct,
  encodeRatingRequest,
  encodeRatingSubmit,
  encodeStart,
  encodeText,
} from '../wire/encode'
import {
  checkIncoming,
  isOpenStream,
  isSelectable,
  payloadOf,
  ratingRulesOf,
  serverIdOf,
  toChatMessage,
  withoutSelected,
  type CheckedIncoming,
} from './incoming'
import { resolveTemplates } from './notices'
import { OrderedMessages, type PlacedMessage } from './ordering/list'
import { Outbox, type OutboxItem, type OutgoingDraft, type SendFailure } from './outbox'
import type {
  ActionError,
  ActionErrorCode,
  ActionResult,
  ChatMessage,
  ConversationEngine,
  ConversationOptions,
  ConversationState,
  QueueState,
  RatingRules,
  SessionPhase,
} from './types'

const DEFAULT_TYPING_TIMEOUT = 5000
const DEFAULT_TRANSFER_KEYWORD = '转人工'
const DEFAULT_MAX_TEXT_LENGTH = 5000
const DEFAULT_HISTORY_PAGE_SIZE = 20

let fallbackIds = 0

/** A client id unique enough to dedupe on: a UUID where the platform has one. */
/** how long after a reconnect the engine fetches the newest history page (see scheduleCatchUp) */
const CATCH_UP_DELAY = 1000

function defaultCreateId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto
  if (c && typeof c.randomUUID === 'function') return c.randomUUID()
  fallbackIds++
  return `c-${Date.now().toString(36)}-${fallbackIds.toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

function refuse(code: ActionErrorCode, message: string): { ok: false; error: ActionError } {
  return { ok: false, error: { code, message } }
}

function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value }
}

function reasonOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error)
}

/** Errors in listeners or in our own handlers must not stop the conversation, nor vanish. */
function report(error: unknown): void {
  queueMicrotask(() => {
    throw error
  })
}

/**
 * Creates the customer side of one service conversation over `options.transport`.
 *
 * Nothing happens until `start()`: it subscribes to the transport, connects it if it is idle and
 * sends the start flag (src 7). Every customer message goes through a serial outbox that keeps
 * the order, waits while offline and retries with backoff under the same client id, so nothing
 * the customer typed is lost or delivered twice.
 *
 * @example
 * const engine = createConversation({ transport })
 * engine.subscribe((state) => render(state))
 * await engine.start()
 * engine.sendText('你好')
 */
export function createConversation(options: ConversationOptions): ConversationEngine {
  const transport = options?.transport
  if (!transport) throw new TypeError('createConversation: options.transport is required')
  const now = options.now ?? (() => Date.now())
  const createId = options.createId ?? defaultCreateId
  const typingTimeout = Math.max(0, options.typingTimeout ?? DEFAULT_TYPING_TIMEOUT)
  const transferKeyword = options.transferKeyword || DEFAULT_TRANSFER_KEYWORD
  const maxTextLength = options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH
  const historyPageSize = Math.max(1, Math.floor(options.historyPageSize ?? DEFAULT_HISTORY_PAGE_SIZE))
  const templates = resolveTemplates(options.templates)
  const canLoadHistory = typeof transport.loadHistory === 'function'

  const list = new OrderedMessages()
  /** server id → list id; several server ids point at one entry when a stream is assembled */
  const byServerId = new Map<string, string>()
  /** client id → list id, for the customer's messages (ours and other devices') */
  const byClientId = new Map<string, string>()
  /** what each undelivered customer message sends, so retry() resends exactly that */
  const drafts = new Map<string, OutgoingDraft>()
  /** answer message id → the branch/form card it answers, until the answer is delivered */
  const answers = new Map<string, string>()
  /** revoked server ids, kept in case the message itself arrives later (history) */
  const revokedIds = new Set<string>()

  let started = false
  /** subscribed and allowed to send; false while a start waits for a previous stop */
  let open = false
  let opening = 0
  let startPromise: Promise<ActionResult<undefined>> | null = null
  let stopping: Promise<void> | null = null
  let unsubscribe: (() => void) | null = null
  let startClientId: string | null = null
  /** the start flag finally failed in this opening: send it again on the next reconnect */
  let startFlagFailed = false

  let connection: ConnectionStatus = transport.status
  let phase: SessionPhase = 'idle'
  let humanServing = false
  let ratingRules: RatingRules | null = null
  let typing = false
  let typingTimer: ReturnType<typeof setTimeout> | null = null
  let queue: QueueState | null = null
  let hasMoreHistory = canLoadHistory
  let loadingHistory = false
  let historyRequest: Promise<ActionResult<{ hasMore: boolean }>> | null = null
  /**
   * The oldest server id history has given us. Not simply the oldest entry's id: a page's oldest
   * message may have been folded into a newer entry (stream parts) or skipped (flags), and asking
   * again "before" a newer id would return the same page forever.
   */
  let historyCursor: string | null = null
  /** whether this opening has been online once, so a later 'online' is a reconnect */
  let beenOnline = false
  let catchUpTimer: ReturnType<typeof setTimeout> | null = null
  let anonymous = 0

  const stateListeners = new Set<(state: ConversationState) => void>()
  const incomingListeners = new Set<(message: ChatMessage) => void>()
  let announce: ChatMessage[] = []
  let dirty = false
  let listVersion = list.version
  let state = buildState()

  const outbox = new Outbox({ transport, retry: options.retry, isActive: () => open })

  // --- state ------------------------------------------------------------------------------------

  function buildState(): ConversationState {
    return {
      connection,
      phase,
      messages: list.snapshot(),
      humanServing,
      ratingRules,
      typing,
      queue,
      hasMoreHistory,
      loadingHistory,
      can: {
        transferToHuman: started && !humanServing && queue === null,
        requestRating: started && humanServing && ratingRules !== null && ratingRules.customerMayRequest,
        endHumanSession: started && humanServing,
      },
    }
  }

  function touch(): void {
    dirty = true
  }

  /** Publishes a new state if anything changed, then announces new incoming messages. */
  function commit(): void {
    if (dirty || list.version !== listVersion) {
      dirty = false
      listVersion = list.version
      const snapshot = (state = buildState())
      for (const listener of [...stateListeners]) {
        // a listener that acted re-entrantly already published a newer state to everyone
        if (state !== snapshot) break
        try {
          listener(snapshot)
        } catch (error) {
          report(error)
        }
      }
    }
    if (announce.length > 0) {
      const batch = announce
      announce = []
      for (const message of batch) {
        for (const listener of [...incomingListeners]) {
          try {
            listener(message)
          } catch (error) {
            report(error)
          }
        }
      }
    }
  }

  function find(id: string): ChatMessage | undefined {
    if (typeof id !== 'string') return undefined
    const direct = list.get(id)
    if (direct) return direct
    // the view keys by list id, but a host may hold the server's id: accept both
    const viaServer = byServerId.get(id)
    return viaServer === undefined ? undefined : list.get(viaServer)
  }

  function newClientId(): string {
    let id = createId()
    // a broken generator must not merge two messages into one entry
    for (let n = 1; typeof id !== 'string' || id === '' || list.has(id) || byClientId.has(id); n++) {
      id = `${String(id)}~${n}`
    }
    return id
  }

  // --- typing -----------------------------------------------------------------------------------

  function startTyping(): void {
    if (typingTimer !== null) clearTimeout(typingTimer)
    typing = true
    touch()
    typingTimer = setTimeout(() => {
      typingTimer = null
      typing = false
      touch()
      commit()
    }, typingTimeout)
  }

  function stopTyping(): void {
    if (typingTimer !== null) {
      clearTimeout(typingTimer)
      typingTimer = null
    }
    if (typing) {
      typing = false
      touch()
    }
  }

  // --- incoming ---------------------------------------------------------------------------------

  function check(raw: unknown): CheckedIncoming | null {
    return checkIncoming(raw, { now, anonymousId: () => `anonymous-${++anonymous}` })
  }

  function onEvent(event: TransportEvent): void {
    if (!open) return
    try {
      switch (event?.type) {
        case 'message':
          onMessage(event.message)
          break
        case 'modified':
          onModified(event.message)
          break
        case 'revoked':
          onRevoked(event.id)
          break
        case 'status':
          onStatus(event.status)
          break
        default:
          // an event type from a newer transport: nothing to do with it
          break
      }
    } catch (error) {
      report(error)
    }
    commit()
  }

  function onMessage(raw: IncomingMessage): void {
    const m = check(raw)
    if (!m) return
    if (byServerId.has(m.id)) return
    if (m.clientId !== undefined) {
      const own = byClientId.get(m.clientId)
      if (own !== undefined) {
        confirmOwn(own, m)
        return
      }
    }
    const payload = payloadOf(m.body, m.from, templates)
    if (FLAG_KINDS.has(payload.kind)) {
      // the customer's own flags echoed back (7, 10, 24, 27) change nothing
      if (m.from === 'service') foldFlag(payload)
      return
    }
    if (m.from === 'service') {
      stopTyping()
      if (payload.kind === 'stream') {
        const latest = list.findLast((x) => x.from === 'service')
        if (latest && isOpenStream(latest)) {
          // the same stream grew: same entry, same id, so the view keeps the bubble
          list.replace({ ...latest, payload })
          byServerId.set(m.id, latest.id)
          return
        }
      }
    }
    const message = addIncoming(m, payload)
    if (m.from === 'service') {
      applySessionEffects(message.payload)
      announce.push(message)
    }
  }

  function addIncoming(m: CheckedIncoming, payload: Payload): ChatMessage {
    const message = toChatMessage(m, listIdFor(m.id), payload, revokedIds.has(m.id))
    list.insert(message, { time: m.time, seq: m.seq })
    index(m, message.id)
    return message
  }

  function listIdFor(serverId: string): string {
    // list ids are client ids for our messages and server ids otherwise; never let them collide
    let id = serverId
    for (let n = 1; list.has(id); n++) id = `${serverId}#${n}`
    return id
  }

  function index(m: CheckedIncoming, listId: string): void {
    byServerId.set(m.id, listId)
    if (m.clientId !== undefined && !byClientId.has(m.clientId)) byClientId.set(m.clientId, listId)
  }

  function foldFlag(payload: Payload): void {
    switch (payload.kind) {
      case 'ratingRules':
        ratingRules = ratingRulesOf(payload)
        touch()
        break
      case 'seatStatus':
        humanServing = payload.inSeat
        if (payload.inSeat) {
          queue = null
          // an agent picking the customer up is a live session, whatever ended before
          if (phase === 'ended' || phase === 'timedOut') phase = 'active'
        }
        touch()
        break
      case 'typing':
        startTyping()
        break
      default:
        // 13 (bot commands) and the customer-side flags: nothing for the customer to see
        break
    }
  }

  function applySessionEffects(payload: Payload): void {
    switch (payload.kind) {
      case 'sessionEnd':
      case 'sessionTimeout':
        phase = payload.kind === 'sessionEnd' ? 'ended' : 'timedOut'
        humanServing = false
        queue = null
        stopTyping()
        touch()
        break
      case 'notice':
        if (payload.notice === 'queue') {
          const next: QueueState = { text: payload.text }
          if (payload.position !== undefined) next.position = payload.position
          if (payload.waitNo !== undefined) next.waitNo = payload.waitNo
          queue = next
          touch()
        } else if (payload.notice !== 'info') {
          // transferred, refused or off hours: in each case the customer is no longer waiting
          queue = null
          touch()
        }
        break
      default:
        break
    }
  }

  function onModified(raw: IncomingMessage): void {
    const m = check(raw)
    if (!m) return
    const listId = byServerId.get(m.id)
    const current = listId === undefined ? undefined : list.get(listId)
    // a change to a message we never showed: history will bring it in its final form
    if (!current) return
    const payload = payloadOf(m.body, current.from, templates)
    if (FLAG_KINDS.has(payload.kind)) return
    const next: ChatMessage = { ...current, payload }
    if (current.pendingChoice) {
      const mine = current.payload
      if (isSelectable(payload) && isSelectable(mine) && payload.kind === mine.kind && !payload.selected && mine.selected) {
        // the server has not seen the choice yet: keep showing it rather than unlocking the card
        next.payload = { ...payload, selected: mine.selected } as Payload
      } else {
        delete next.pendingChoice
      }
    }
    if (isSelectable(payload) && payload.selected) delete next.error
    list.replace(next)
  }

  function onRevoked(id: unknown): void {
    if (typeof id !== 'string' || id === '') return
    revokedIds.add(id)
    const listId = byServerId.get(id)
    const current = listId === undefined ? undefined : list.get(listId)
    if (current && !current.revoked) list.replace({ ...current, revoked: true })
  }

  function onStatus(status: ConnectionStatus): void {
    if (typeof status !== 'string') return
    const previous = connection
    if (status !== previous) {
      connection = status
      touch()
    }
    if (status !== 'online') return
    if (previous !== 'online') {
      if (beenOnline && started) scheduleCatchUp()
      beenOnline = true
      // a real reconnect: a 7 that failed gets another chance, and a running backoff is cut short
      if (startFlagFailed) {
        startFlagFailed = false
        enqueueStart(opening)
      }
      outbox.online()
    } else {
      // A repeated "online" only resumes a queue that waits for the connection (the transport
      // may have dropped without telling us), so a chatty transport cannot burn attempts faster.
      outbox.pump()
    }
  }

  /**
   * Our own message is confirmed: by the send receipt, by an echo carrying its client id, or by
   * history. Idempotent, because all three can happen for one message.
   */
  function confirmOwn(listId: string, receipt: Partial<SendReceipt>): void {
    const current = list.get(listId)
    if (!current) return
    const serverId = typeof receipt.id === 'string' && receipt.id !== '' ? receipt.id : undefined
    const time = typeof receipt.time === 'number' && Number.isFinite(receipt.time) ? receipt.time : undefined
    const seq = typeof receipt.seq === 'number' && Number.isFinite(receipt.seq) ? receipt.seq : undefined
    if (current.status === 'sent' && current.serverId === serverId && (time === undefined || current.time === time)) return
    if (serverId !== undefined) {
      // the same message already drawn under its server id (an echo without the client id)
      const other = byServerId.get(serverId)
      if (other !== undefined && other !== listId) list.remove(other)
      byServerId.set(serverId, listId)
    }
    const next: ChatMessage = { ...current, status: 'sent' }
    delete next.error
    if (serverId !== undefined) next.serverId = serverId
    if (serverId !== undefined && revokedIds.has(serverId)) next.revoked = true
    if (time !== undefined) {
      next.time = time
      if (seq !== undefined) next.seq = seq
      list.move(next, { time, seq })
    } else {
      list.replace(next)
    }
    if (current.clientId !== undefined) {
      drafts.delete(current.clientId)
      outbox.settle(current.clientId)
    }
    answerSettled(listId, true)
  }

  // --- customer messages ------------------------------------------------------------------------

  function checkText(text: unknown): ActionError | null {
    if (typeof text !== 'string' || text.trim() === '') return { code: 'empty', message: 'The message is empty.' }
    if (text.length > maxTextLength) {
      return { code: 'tooLong', message: `The message is ${text.length} characters long; the limit is ${maxTextLength}.` }
    }
    return null
  }

  function notStarted(): ActionError | null {
    return started ? null : { code: 'notStarted', message: 'The conversation has not been started: call start() first.' }
  }

  /** Draws a customer message at once (status `sending`) and queues it. */
  function queueCustomer(payload: Payload, draft: OutgoingDraft, beforeCommit?: (message: ChatMessage) => void): ChatMessage {
    const clientId = newClientId()
    const time = now()
    const message: ChatMessage = { id: clientId, clientId, from: 'customer', time, status: 'sending', payload }
    // Placed after everything shown, whatever the local clock says: a clock running behind the
    // server's must not bury what the customer just typed above older messages.
    list.insert(message, { time: Math.max(time, list.newestTime()) })
    byClientId.set(clientId, clientId)
    drafts.set(clientId, draft)
    if (phase === 'ended' || phase === 'timedOut') {
      phase = 'active'
      touch()
    }
    beforeCommit?.(message)
    commit()
    outbox.enqueue(outboxItemFor(clientId, draft))
    return list.get(clientId) ?? message
  }

  function outboxItemFor(listId: string, draft: OutgoingDraft): OutboxItem {
    return {
      clientId: listId,
      draft,
      onDelivered(receipt) {
        confirmOwn(listId, receipt ?? {})
        commit()
      },
      onRetrying(failure) {
        const current = list.get(listId)
        if (current && current.status === 'sending') {
          list.replace({ ...current, error: failure })
          commit()
        }
      },
      onFailed(failure) {
        const current = list.get(listId)
        // an echo may have confirmed it while the last attempt was failing
        if (current && current.status !== 'sent') {
          list.replace({ ...current, status: 'failed', error: failure })
          answerSettled(listId, false)
          commit()
        }
      },
    }
  }

  /** Queues a flag (never drawn). */
  function queueFlag(draft: OutgoingDraft, handlers: { delivered?: () => void; failed?: (f: SendFailure) => void } = {}): string {
    const clientId = newClientId()
    outbox.enqueue({
      clientId,
      draft,
      onDelivered: () => handlers.delivered?.(),
      onFailed: (failure) => handlers.failed?.(failure),
    })
    return clientId
  }

  function enqueueStart(forOpening: number): void {
    const clientId = newClientId()
    startClientId = clientId
    outbox.enqueueFront({
      clientId,
      draft: encodeStart(),
      onDelivered: () => {},
      onFailed: () => {
        // retried on the next reconnect: without 7 the backend never starts the flow
        if (opening === forOpening && started) startFlagFailed = true
      },
    })
  }

  /**
   * A branch/form answer was delivered (the card's choice is settled) or finally failed (the card
   * is unlocked so the customer can choose again; the failed bubble still offers retry).
   */
  function answerSettled(answerId: string, delivered: boolean): void {
    const cardId = answers.get(answerId)
    if (cardId === undefined) return
    const card = list.get(cardId)
    const answer = list.get(answerId)
    if (!card || !answer || answer.payload.kind !== 'text' || (card.payload.kind !== 'branch' && card.payload.kind !== 'form')) {
      answers.delete(answerId)
      return
    }
    const text = answer.payload.text
    const selected = card.payload.selected
    if (delivered) {
      answers.delete(answerId)
      if (card.pendingChoice && selected?.content === text) {
        const next = { ...card }
        delete next.pendingChoice
        list.replace(next)
      } else if (!selected) {
        // delivered after all (a late echo) after the card had been unlocked
        list.replace({ ...card, payload: { ...card.payload, selected: { content: text } } })
      }
    } else if (card.pendingChoice && selected?.content === text) {
      const next: ChatMessage = { ...card, payload: withoutSelected(card.payload) }
      delete next.pendingChoice
      list.replace(next)
    }
  }

  /** Locks a branch/form card on the answer about to be sent. */
  function markAnswer(cardId: string, content: string, answer: ChatMessage): void {
    const card = list.get(cardId)
    if (!card || (card.payload.kind !== 'branch' && card.payload.kind !== 'form')) return
    list.replace({ ...card, payload: { ...card.payload, selected: { content } }, pendingChoice: true })
    answers.set(answer.id, card.id)
  }

  function itemContent(item: MenuItem | string): string | undefined {
    if (typeof item === 'string') return item
    if (item && typeof item === 'object' && typeof item.content === 'string') return item.content
    return undefined
  }

  // --- actions ----------------------------------------------------------------------------------

  function start(): Promise<ActionResult<undefined>> {
    if (started) return startPromise ?? Promise.resolve(ok(undefined))
    started = true
    const forOpening = ++opening
    startPromise = stopping ? stopping.then(() => openConversation(forOpening)) : openConversation(forOpening)
    return startPromise
  }

  // Runs synchronously up to its first await, so a plain start() subscribes and queues 7 at once.
  async function openConversation(forOpening: number): Promise<ActionResult<undefined>> {
    if (!started || opening !== forOpening) {
      return refuse('notStarted', 'stop() was called before the conversation had started.')
    }
    unsubscribe = transport.subscribe(onEvent)
    open = true
    connection = transport.status
    phase = 'active'
    startFlagFailed = false
    touch()
    enqueueStart(forOpening)
    commit()
    if (transport.status === 'idle') {
      try {
        await transport.connect()
      } catch (error) {
        if (opening === forOpening && started) close()
        commit()
        return refuse('unavailable', `Could not connect: ${reasonOf(error)}`)
      }
      if (opening !== forOpening || !started) return ok(undefined)
      onStatus(transport.status)
      commit()
    }
    outbox.pump()
    return ok(undefined)
  }

  /** Local teardown shared by stop() and a failed start(). Queued customer messages stay queued. */
  /**
   * After a reconnect, fetch the newest page of history: a backend that does not replay what it
   * pushed while we were away (Tencent only re-syncs some of it) would otherwise leave a gap.
   * It waits a moment so a transport that does replay delivers its live events first; those carry
   * live effects (seat, phase, typing) that history deliberately never applies. Merging dedupes.
   */
  function scheduleCatchUp(): void {
    const load = transport.loadHistory
    if (typeof load !== 'function' || catchUpTimer !== null) return
    catchUpTimer = setTimeout(() => {
      catchUpTimer = null
      if (!started || connection !== 'online') return
      load.call(transport, { limit: historyPageSize }).then(
        (page) => {
          if (!started) return
          mergeHistory(Array.isArray(page?.messages) ? page.messages : [])
          touch()
          commit()
        },
        // a failed catch-up is not an error the customer can act on: live events still flow
        () => undefined,
      )
    }, CATCH_UP_DELAY)
  }

  function markRead(): void {
    if (!started || typeof transport.markRead !== 'function') return
    try {
      transport.markRead()
    } catch (error) {
      report(error)
    }
  }

  function close(): void {
    if (catchUpTimer !== null) clearTimeout(catchUpTimer)
    catchUpTimer = null
    beenOnline = false
    started = false
    open = false
    startPromise = null
    unsubscribe?.()
    unsubscribe = null
    stopTyping()
    outbox.pause()
    // 7 belongs to one opening; the next opening sends its own
    if (startClientId !== null) outbox.settle(startClientId)
    startClientId = null
    startFlagFailed = false
    phase = 'idle'
    connection = transport.status
    touch()
  }

  function stop(): Promise<void> {
    if (!started) return stopping ?? Promise.resolve()
    close()
    commit()
    const done = (async () => {
      try {
        await transport.disconnect()
      } catch (error) {
        // stopping always succeeds locally; a transport that fails to disconnect is its problem
        report(error)
      }
      if (!started) {
        connection = transport.status
        touch()
        commit()
      }
    })()
    stopping = done
    void done.then(() => {
      if (stopping === done) stopping = null
    })
    return done
  }

  function sendText(text: string): ActionResult<ChatMessage> {
    const refused = notStarted() ?? checkText(text)
    if (refused) return { ok: false, error: refused }
    return ok(queueCustomer({ kind: 'text', text }, encodeText(text)))
  }

  function chooseBranchItem(messageId: string, item: MenuItem | string): ActionResult<ChatMessage> {
    const early = notStarted()
    if (early) return { ok: false, error: early }
    const card = find(messageId)
    if (!card) return refuse('notFound', `No message ${String(messageId)} in this conversation.`)
    const payload = card.payload
    if (payload.kind !== 'branch') return refuse('unsupported', `Message ${card.id} is not a branch menu.`)
    if (payload.selected) return refuse('alreadyChosen', `"${payload.selected.content}" was already chosen on this menu.`)
    const content = itemContent(item)
    if (content === undefined || !payload.items.some((i) => i.content === content)) {
      return refuse('invalidOption', `"${String(content)}" is not an item of this menu.`)
    }
    const invalid = checkText(content)
    if (invalid) return { ok: false, error: invalid }
    return ok(queueCustomer({ kind: 'text', text: content }, encodeText(content), (answer) => markAnswer(card.id, content, answer)))
  }

  function chooseSuggestion(messageId: string, item: MenuItem | string): ActionResult<ChatMessage> {
    const early = notStarted()
    if (early) return { ok: false, error: early }
    const card = find(messageId)
    if (!card) return refuse('notFound', `No message ${String(messageId)} in this conversation.`)
    const payload = card.payload
    if (payload.kind !== 'welcome' && payload.kind !== 'clarify') {
      return refuse('unsupported', `Message ${card.id} is not a suggestion card.`)
    }
    const content = itemContent(item)
    if (content === undefined || !payload.items.some((i) => i.content === content)) {
      return refuse('invalidOption', `"${String(content)}" is not one of this card's questions.`)
    }
    const invalid = checkText(content)
    if (invalid) return { ok: false, error: invalid }
    // suggestions stay usable: the customer may ask several of them
    return ok(queueCustomer({ kind: 'text', text: content }, encodeText(content)))
  }

  function answerForm(messageId: string, answer: string): ActionResult<ChatMessage> {
    const early = notStarted()
    if (early) return { ok: false, error: early }
    const card = find(messageId)
    if (!card) return refuse('notFound', `No message ${String(messageId)} in this conversation.`)
    const payload = card.payload
    if (payload.kind !== 'form') return refuse('unsupported', `Message ${card.id} is not a form.`)
    if (payload.selected) return refuse('alreadyChosen', `This form was already answered with "${payload.selected.content}".`)
    if (payload.type === 1 && !payload.items.some((i) => i.content === answer)) {
      return refuse('invalidOption', `"${String(answer)}" is not an option of this form.`)
    }
    const invalid = checkText(answer)
    if (invalid) return { ok: false, error: invalid }
    return ok(queueCustomer({ kind: 'text', text: answer }, encodeText(answer), (sent) => markAnswer(card.id, answer, sent)))
  }

  function submitRating(messageId: string, optionId: string): ActionResult<ChatMessage | undefined> {
    const early = notStarted()
    if (early) return { ok: false, error: early }
    const card = find(messageId)
    if (!card) return refuse('notFound', `No message ${String(messageId)} in this conversation.`)
    const payload = card.payload
    if (payload.kind !== 'rating') return refuse('unsupported', `Message ${card.id} is not a rating card.`)
    if (payload.selected) return refuse('alreadyRated', `This service was already rated "${payload.selected.content}".`)
    if (payload.expireTime !== undefined && now() > payload.expireTime * 1000) {
      return refuse('expired', 'This rating card has expired.')
    }
    const option = payload.menu.find((o) => o.id === optionId)
    if (!option) return refuse('invalidOption', `"${String(optionId)}" is not an option of this rating card.`)
    let draft: OutgoingDraft
    try {
      draft = encodeRatingSubmit({ id: option.id, content: option.content, sessionId: payload.sessionId })
    } catch (error) {
      // the card lacks what the backend needs (e.g. no sessionId): sending would be voided anyway
      return refuse('unsupported', `This rating card cannot be submitted (${reasonOf(error)}).`)
    }
    const next: ChatMessage = { ...card, payload: { ...payload, selected: { id: option.id, content: option.content } }, pendingChoice: true }
    delete next.error
    list.replace(next)
    commit()
    const cardId = card.id
    queueFlag(draft, {
      delivered: () => ratingSettled(cardId, option.id, null),
      failed: (failure) => ratingSettled(cardId, option.id, failure),
    })
    return ok(list.get(cardId) ?? next)
  }

  function ratingSettled(cardId: string, optionId: string, failure: SendFailure | null): void {
    const card = list.get(cardId)
    if (!card || card.payload.kind !== 'rating') return
    // the server's echo (modified) already settled it, or the customer's choice changed since
    if (!card.pendingChoice || card.payload.selected?.id !== optionId) return
    const next: ChatMessage = failure ? { ...card, payload: withoutSelected(card.payload), error: failure } : { ...card }
    delete next.pendingChoice
    list.replace(next)
    commit()
  }

  function requestRating(): ActionResult<undefined> {
    const early = notStarted()
    if (early) return { ok: false, error: early }
    if (!humanServing) return refuse('notInSeat', 'A rating can only be requested while a human agent is serving.')
    if (!ratingRules?.customerMayRequest) return refuse('notAllowed', 'The service does not let customers ask for the rating card.')
    queueFlag(encodeRatingRequest())
    return ok(undefined)
  }

  function endHumanSession(): ActionResult<undefined> {
    const early = notStarted()
    if (early) return { ok: false, error: early }
    if (!humanServing) return refuse('notInSeat', 'No human agent is serving, so there is no session to end.')
    queueFlag(encodeEndSession())
    return ok(undefined)
  }

  function transferToHuman(text?: string): ActionResult<ChatMessage> {
    const early = notStarted()
    if (early) return { ok: false, error: early }
    if (humanServing) return refuse('notAllowed', 'A human agent is already serving.')
    if (queue !== null) return refuse('notAllowed', 'Already waiting in the queue for a human agent.')
    return sendText(typeof text === 'string' && text.trim() ? text : transferKeyword)
  }

  function sendProduct(card: ProductContent): ActionResult<ChatMessage> {
    const early = notStarted()
    if (early) return { ok: false, error: early }
    if (typeof card !== 'object' || card === null) return refuse('empty', 'No product card given.')
    let draft: OutgoingDraft
    try {
      draft = encodeProduct(card)
    } catch (error) {
      return refuse('unsupported', `This product card cannot be sent (${reasonOf(error)}).`)
    }
    const payload: ProductPayload = { kind: 'product', src: '22', header: card.header, desc: card.desc, pic: card.pic, url: card.url }
    return ok(queueCustomer(payload, draft))
  }

  function sendOrder(order: OrderContent): ActionResult<ChatMessage> {
    const early = notStarted()
    if (early) return { ok: false, error: early }
    if (typeof order !== 'object' || order === null) return refuse('empty', 'No order card given.')
    let draft: OutgoingDraft
    try {
      draft = encodeOrder(order)
    } catch (error) {
      return refuse('unsupported', `This order card cannot be sent (${reasonOf(error)}).`)
    }
    const payload: OrderPayload = {
      kind: 'order',
      src: '28',
      guide: order.guide,
      name: order.name,
      desc: order.desc,
      pic: order.pic,
      customField: order.customField.map((f) => ({ ...f })),
    }
    return ok(queueCustomer(payload, draft))
  }

  function retry(messageId: string): ActionResult<ChatMessage> {
    const early = notStarted()
    if (early) return { ok: false, error: early }
    const message = find(messageId)
    if (!message) return refuse('notFound', `No message ${String(messageId)} in this conversation.`)
    const draft = message.clientId === undefined ? undefined : drafts.get(message.clientId)
    if (message.status !== 'failed' || draft === undefined || message.clientId === undefined) {
      return refuse('notFailed', 'Only a message that failed to send can be retried.')
    }
    const next: ChatMessage = { ...message, status: 'sending' }
    delete next.error
    // a resent message belongs at the end, where the customer now expects it
    list.moveToEnd(next, now())
    if (phase === 'ended' || phase === 'timedOut') {
      phase = 'active'
      touch()
    }
    const cardId = answers.get(message.id)
    const card = cardId === undefined ? undefined : list.get(cardId)
    if (card && (card.payload.kind === 'branch' || card.payload.kind === 'form') && !card.payload.selected && next.payload.kind === 'text') {
      list.replace({ ...card, payload: { ...card.payload, selected: { content: next.payload.text } }, pendingChoice: true })
    }
    commit()
    outbox.enqueue(outboxItemFor(message.id, draft))
    return ok(list.get(message.id) ?? next)
  }

  function loadOlder(): Promise<ActionResult<{ hasMore: boolean }>> {
    const load = transport.loadHistory
    if (typeof load !== 'function') {
      if (hasMoreHistory) {
        hasMoreHistory = false
        touch()
        commit()
      }
      return Promise.resolve(ok({ hasMore: false }))
    }
    if (historyRequest) return historyRequest
    if (!hasMoreHistory) return Promise.resolve(ok({ hasMore: false }))
    loadingHistory = true
    touch()
    commit()
    const before = historyCursor ?? list.findFirst((m) => m.serverId !== undefined)?.serverId
    const request = (async (): Promise<ActionResult<{ hasMore: boolean }>> => {
      try {
        const page = await load.call(transport, { before, limit: historyPageSize })
        const messages: unknown[] = Array.isArray(page?.messages) ? page.messages : []
        mergeHistory(messages)
        const oldestInPage = messages.length > 0 ? serverIdOf(messages[0]) : undefined
        if (oldestInPage !== undefined) historyCursor = oldestInPage
        // an empty page that claims more would have the view ask forever
        hasMoreHistory = page?.hasMore === true && messages.length > 0
        return ok({ hasMore: hasMoreHistory })
      } catch (error) {
        return refuse('unavailable', `Could not load older messages: ${reasonOf(error)}`)
      } finally {
        loadingHistory = false
        historyRequest = null
        touch()
        commit()
      }
    })()
    historyRequest = request
    return request
  }

  /**
   * Merges a page of history (oldest first). History never changes the live state (seat, queue,
   * phase, typing): it describes the past, and the backend re-sends the present after 7.
   */
  function mergeHistory(raw: readonly unknown[]): void {
    const entries: PlacedMessage[] = []
    /** the page's newest service entry so far, and every server id folded into it */
    let lastService: { entry: PlacedMessage; ids: string[] } | null = null
    for (const item of raw) {
      const m = check(item)
      if (!m || byServerId.has(m.id)) continue
      if (m.clientId !== undefined) {
        const own = byClientId.get(m.clientId)
        if (own !== undefined) {
          // one of ours whose receipt we may have missed: history proves it was delivered
          if (list.has(own)) confirmOwn(own, m)
          else byServerId.set(m.id, own)
          continue
        }
      }
      const payload = payloadOf(m.body, m.from, templates)
      if (FLAG_KINDS.has(payload.kind)) continue
      if (m.from === 'service' && payload.kind === 'stream' && lastService && isOpenStream(lastService.entry.message)) {
        lastService.entry.message = { ...lastService.entry.message, payload }
        lastService.ids.push(m.id)
        byServerId.set(m.id, lastService.entry.message.id)
        continue
      }
      const listId = listIdFor(m.id)
      const entry: PlacedMessage = { message: toChatMessage(m, listId, payload, revokedIds.has(m.id)), time: m.time }
      if (m.seq !== undefined) entry.seq = m.seq
      entries.push(entry)
      index(m, listId)
      if (m.from === 'service') lastService = { entry, ids: [m.id] }
    }
    // A stream cut by the page boundary: its later parts are already shown as the oldest service
    // message, which is the same stream, so the page's unfinished copy is dropped.
    if (lastService && isOpenStream(lastService.entry.message)) {
      const firstShown = list.findFirst((x) => x.from === 'service')
      if (firstShown && firstShown.payload.kind === 'stream' && firstShown.time >= lastService.entry.time) {
        const dropped = lastService.entry
        entries.splice(entries.indexOf(dropped), 1)
        for (const id of lastService.ids) byServerId.set(id, firstShown.id)
      }
    }
    list.insertMany(entries)
  }

  // --- the engine -------------------------------------------------------------------------------

  return {
    configuredTransferKeyword: options.transferKeyword || undefined,
    getState: () => state,
    subscribe(listener) {
      stateListeners.add(listener)
      return () => {
        stateListeners.delete(listener)
      }
    },
    onIncoming(listener) {
      incomingListeners.add(listener)
      return () => {
        incomingListeners.delete(listener)
      }
    },
    start,
    stop,
    sendText,
    chooseBranchItem,
    chooseSuggestion,
    answerForm,
    submitRating,
    requestRating,
    endHumanSession,
    transferToHuman,
    sendProduct,
    sendOrder,
    retry,
    loadOlder,
    markRead,
  }
}
