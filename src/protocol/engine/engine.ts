// The conversation engine: folds transport events into one immutable ConversationState and turns
// the customer's actions into outgoing messages. Framework-free; the Vue layer subscribes to it.
//
// This file opens and closes the conversation and composes the parts, each with one job:
//   session.ts    the session rules, a pure reducer (connection, phase, serving, queue, typing)
//   publisher.ts  when subscribers get a new snapshot (batched under a flood of events)
//   identity.ts   server id / client id / revoked maps
//   live.ts       live transport events into the list
//   history.ts    paging back, merging pages, the catch-up after a reconnect
//   delivery.ts   the customer's messages through the outbox, receipts, retry
//   choices.ts    answers to cards, their locking and release
//   actions.ts    the customer's actions and the one guard for their shared refusals
//   reads.ts      unread service messages, read reporting while a view shows the chat, events
//   desk.ts       the newer Desk protocol: task flows (32–34), transfer to an agent (39),
//                 feedback (43), the thinking indicator (35), the UI locale
import type { ConnectionStatus, TransportEvent } from '../transport'
import { encodeStart } from '../wire/encode'
import { createActions } from './actions'
import { Choices } from './choices'
import { ServerClock } from './clock'
import { ok, reasonOf, refuse, type Core, type EngineConfig } from './core'
import { Delivery } from './delivery'
import { Desk, languageResult } from './desk'
import { History } from './history'
import { Identity } from './identity'
import { checkIncoming } from './incoming'
import { Live } from './live'
import { createMediaActions } from './uploads'
import { resolveTemplates } from './notices'
import { OrderedMessages } from './ordering/list'
import { DEFAULT_SEND_TIMEOUT, Outbox } from './outbox'
import { Persistence } from './persist'
import { createWebLocks, defaultStorage } from '../storage/storage'
import { Publisher, report } from './publisher'
import { Reads } from './reads'
import { initialSession, reduceSession, type SessionEvent, type SessionState } from './session'
import type { ActionResult, ConversationEngine, ConversationOptions, ConversationState } from './types'

const DEFAULT_TYPING_TIMEOUT = 5000
const DEFAULT_TRANSFER_KEYWORD = '转人工'
const DEFAULT_MAX_TEXT_LENGTH = 5000
const DEFAULT_HISTORY_PAGE_SIZE = 20

let fallbackIds = 0
const NO_FEEDBACK: ConversationState['feedback'] = Object.freeze({})

/** A client id unique enough to dedupe on: a UUID where the platform has one. */
function defaultCreateId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto
  if (c && typeof c.randomUUID === 'function') return c.randomUUID()
  fallbackIds++
  return `c-${Date.now().toString(36)}-${fallbackIds.toString(36)}-${Math.random().toString(36).slice(2, 10)}`
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
  const config: EngineConfig = {
    now,
    typingTimeout: Math.max(0, options.typingTimeout ?? DEFAULT_TYPING_TIMEOUT),
    transferKeyword: options.transferKeyword || DEFAULT_TRANSFER_KEYWORD,
    maxTextLength: options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH,
    historyPageSize: Math.max(1, Math.floor(options.historyPageSize ?? DEFAULT_HISTORY_PAGE_SIZE)),
    sendTimeout: options.sendTimeout ?? DEFAULT_SEND_TIMEOUT,
    templates: resolveTemplates(options.templates),
  }

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
  /** whether this opening has been online once, so a later 'online' is a reconnect */
  let beenOnline = false
  /** this opening follows an earlier one: catch up once online */
  let reopened = false
  let anonymous = 0
  let session: SessionState = initialSession(transport.status)
  let typingTimer: ReturnType<typeof setTimeout> | null = null

  const list = new OrderedMessages()
  const ids = new Identity(list, options.createId ?? defaultCreateId)
  const outbox = new Outbox({ transport, retry: options.retry, isActive: () => open, sendTimeout: config.sendTimeout })
  /** assigned below, once the modules it needs exist (buildState runs before that) */
  let history: History | undefined
  let deskPart: Desk | undefined
  let readsPart: Reads | undefined
  const publisher = new Publisher({
    build: buildState,
    listVersion: () => list.version,
    listSize: () => list.size,
    // counted before the publish that shows the message, so one change is one state
    announcing: (message) => readsPart?.arrived(message),
  })

  const clock = new ServerClock(now)
  const core: Core = {
    transport,
    config,
    list,
    ids,
    outbox,
    publisher,
    clock,
    session: () => session,
    dispatch,
    isStarted: () => started,
    check: (raw) => checkIncoming(raw, { now, anonymousId: () => `anonymous-${++anonymous}` }),
    commit: () => {
      publisher.commit()
      persisted.current?.changed()
    },
  }
  /** assigned below; commits before that have nothing to persist yet */
  const persisted: { current: Persistence | null } = { current: null }
  const reads = (readsPart = new Reads(core))
  // first, so the count is up to date when the host's onIncoming listeners run
  publisher.onIncoming((message) => reads.incoming(message))
  const choices = new Choices(list)
  const delivery = new Delivery(core, choices)
  const pages = (history = new History(core, delivery))
  const desk = (deskPart = new Desk(core, delivery, choices, options.language))
  const live = new Live(core, delivery, choices, desk)
  const actions = createActions(core, delivery, choices, () => desk.language)
  const deskActions = desk.createActions()
  const mediaActions = createMediaActions(core, delivery)
  const transportKey = (transport as { storageKey?: unknown }).storageKey
  const stored = new Persistence(core, delivery, pages, {
    storage: options.storage ?? defaultStorage(),
    locks: options.locks ?? createWebLocks(),
    key: options.storageKey || (typeof transportKey === 'string' && transportKey !== '' ? transportKey : 'default'),
  })
  persisted.current = stored

  function buildState(): ConversationState {
    const humanServing = session.humanServing
    // built on first read: a state published per history page costs nothing until it is drawn
    const messages = list.lazySnapshot()
    return {
      connection: session.connection,
      phase: session.phase,
      get messages() {
        return messages()
      },
      humanServing,
      ratingRules: session.ratingRules,
      typing: session.typing,
      // the desk part is created after the publisher's first build
      thinking: deskPart ? deskPart.thinking : false,
      feedback: deskPart ? deskPart.feedback : NO_FEEDBACK,
      queue: session.queue,
      unread: readsPart ? readsPart.unread : 0,
      newestUnreadId: readsPart ? readsPart.newestUnreadId : null,
      hasMoreHistory: history ? history.hasMore : typeof transport.loadHistory === 'function',
      loadingHistory: history ? history.loading : false,
      missedHistory: history?.missed ? { after: history.missed.after } : null,
      can: {
        transferToHuman: started && !humanServing && session.queue === null,
        requestRating: started && humanServing && session.ratingRules !== null && session.ratingRules.customerMayRequest,
        endHumanSession: started && humanServing,
      },
    }
  }

  /** Folds an event into the session and runs the typing timer it calls for. */
  function dispatch(event: SessionEvent): void {
    const next = reduceSession(session, event)
    if (next !== session) {
      session = next
      publisher.touch()
    }
    if (session.typing && event.type === 'flag' && event.payload.kind === 'typing') {
      // each flag restarts the timeout
      if (typingTimer !== null) clearTimeout(typingTimer)
      typingTimer = setTimeout(() => {
        typingTimer = null
        dispatch({ type: 'typingExpired' })
        core.commit()
      }, config.typingTimeout)
    } else if (!session.typing && typingTimer !== null) {
      clearTimeout(typingTimer)
      typingTimer = null
    }
  }

  function onEvent(event: TransportEvent): void {
    if (!open) return
    try {
      switch (event?.type) {
        case 'message':
          live.message(event.message)
          break
        case 'modified':
          live.modified(event.message)
          break
        case 'revoked':
          live.revoked(event.id)
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
    core.commit()
  }

  function onStatus(status: ConnectionStatus): void {
    if (typeof status !== 'string') return
    const previous = session.connection
    dispatch({ type: 'status', status })
    if (status !== 'online') return
    if (previous !== 'online') {
      // a reconnect, the first connection of an opening after stop() (what arrived in between was
      // never pushed to us), or the first online after a reload drew cached messages
      if ((beenOnline || reopened || stored.hadCache) && started) pages.scheduleCatchUp()
      beenOnline = true
      reads.online()
      // a real reconnect: a 7 that failed gets another chance, and a running backoff is cut short
      // (first, so an attempt cut off by the drop is given up on before 7 goes out)
      outbox.online()
      if (startFlagFailed) {
        startFlagFailed = false
        enqueueStart(opening)
      }
    } else {
      // A repeated "online" only resumes a queue that waits for the connection (the transport
      // may have dropped without telling us), so a chatty transport cannot burn attempts faster.
      outbox.pump()
    }
  }

  function enqueueStart(forOpening: number): void {
    const clientId = ids.newClientId()
    startClientId = clientId
    outbox.enqueueFront({
      clientId,
      draft: encodeStart({ language: desk.language }),
      // its receipt is the first time the server stamps: the clock offset starts from it
      onDelivered: (receipt) => clock.observe(receipt?.time),
      onFailed: () => {
        // retried on the next reconnect: without 7 the backend never starts the flow
        if (opening === forOpening && started) startFlagFailed = true
      },
    })
  }

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
    // not the first opening: what arrived while stopped was pushed to nobody
    reopened = forOpening > 1
    if (reopened && transport.status === 'online') {
      beenOnline = true
      pages.scheduleCatchUp()
    }
    dispatch({ type: 'opened', connection: transport.status })
    if (transport.status === 'online') reads.online()
    startFlagFailed = false
    publisher.touch()
    enqueueStart(forOpening)
    core.commit()
    if (transport.status === 'idle') {
      try {
        await transport.connect()
      } catch (error) {
        if (opening === forOpening && started) close()
        core.commit()
        return refuse('unavailable', `Could not connect: ${reasonOf(error)}`)
      }
      if (opening !== forOpening || !started) return ok(undefined)
      onStatus(transport.status)
      core.commit()
    }
    outbox.pump()
    return ok(undefined)
  }

  /** Local teardown shared by stop() and a failed start(). Queued customer messages stay queued. */
  function close(): void {
    pages.cancelCatchUp()
    live.stop()
    reads.stop()
    beenOnline = false
    started = false
    open = false
    startPromise = null
    unsubscribe?.()
    unsubscribe = null
    outbox.pause()
    // 7 belongs to one opening; the next opening sends its own
    if (startClientId !== null) outbox.settle(startClientId)
    startClientId = null
    startFlagFailed = false
    dispatch({ type: 'closed', connection: transport.status })
    desk.reset()
    publisher.touch()
  }

  function stop(): Promise<void> {
    if (!started) return stopping ?? Promise.resolve()
    close()
    core.commit()
    const done = (async () => {
      try {
        await transport.disconnect()
      } catch (error) {
        // stopping always succeeds locally; a transport that fails to disconnect is its problem
        report(error)
      }
      if (!started) {
        dispatch({ type: 'status', status: transport.status })
        core.commit()
      }
    })()
    stopping = done
    void done.then(() => {
      if (stopping === done) stopping = null
    })
    return done
  }

  function markRead(): void {
    reads.clear()
    reads.markReadNow()
  }

  return {
    configuredTransferKeyword: options.transferKeyword || undefined,
    getState: () => publisher.current(),
    subscribe: (listener) => publisher.subscribe(listener),
    onIncoming: (listener) => publisher.onIncoming(listener),
    start,
    stop,
    ...actions,
    ...deskActions,
    ...mediaActions,
    retry: (messageId) => (desk.owns(messageId) ? desk.retry(messageId) : actions.retry(messageId)),
    setLanguage: (language) => languageResult(desk, language),
    loadOlder: () => pages.loadOlder(),
    loadMissed: () => pages.loadMissed(),
    markRead,
    setViewing: (visible: boolean) => reads.setViewing(visible),
    isViewing: () => reads.viewing,
    on: (event, listener) => reads.on(event, listener),
    loadDraft: () => stored.loadDraft(),
    saveDraft: (text: string) => stored.saveDraft(text),
    flushStorage: () => stored.flushed(),
    serverNow: () => clock.now(),
  }
}
