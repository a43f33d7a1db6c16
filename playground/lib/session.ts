// The live conversation of the chat page: a transport (the simulator, or Tencent Cloud Chat) wrapped
// so that everything crossing it is recorded, and the conversation engine over it. The records are
// what the browser tests assert on: the page shows them in [data-testid="transport-log"] and
// exposes them as `window.__kefu = { sent, received, simulator, engine, transport }`.
import { shallowReactive, shallowRef } from 'vue'
import { createConversation, createIndexedDbStorage, createLocalStorage } from 'kefu-kit/protocol'
import type {
  ConversationEngine,
  KefuStorage,
  NoticeTemplates,
  OutgoingMessage,
  SendReceipt,
  Transport,
  TransportEvent,
} from 'kefu-kit/protocol'
import { createSimulator } from 'kefu-kit/simulator'
import type { Simulator, SimulatorLocale, SimulatorOptions, SimulatorTexts } from 'kefu-kit/simulator'

export type TransportKind = 'simulator' | 'tencent'
export type SimulatorMode = 'auto' | 'manual'

export interface LogEntry {
  seq: number
  at: number
  /** `out`: the engine handed this to the transport; `in`: the transport pushed this event */
  dir: 'out' | 'in'
  /** outgoing: the message; incoming: the TransportEvent */
  record: OutgoingMessage | TransportEvent
  /** outgoing only: how the send ended (filled in when it does) */
  outcome?: { ok: true; receipt: SendReceipt } | { ok: false; code: string; message: string }
}

export interface ChatSession {
  id: number
  kind: TransportKind
  transport: Transport & { inject(event: TransportEvent): number }
  simulator: Simulator | null
  engine: ConversationEngine
  /** every OutgoingMessage the engine handed to the transport (each attempt), oldest first */
  sent: OutgoingMessage[]
  /** every TransportEvent the transport pushed, oldest first */
  received: TransportEvent[]
  /** both of the above, interleaved, for the page (reactive) */
  log: LogEntry[]
  /** what this session was made from, so "reset" can make the same again */
  options: { mode: SimulatorMode; locale: SimulatorLocale }
  /** a label for the header of the chat */
  label: string
  /** subscribes the recorder of received events (after window.__kefu is set) */
  startRecording(): void
  dispose(): void
}

declare global {
  interface Window {
    __kefu?: {
      sent: OutgoingMessage[]
      received: TransportEvent[]
      simulator: Simulator | null
      engine: ConversationEngine
      transport: Transport
      session: ChatSession
      /** pushes a TransportEvent to the engine as if the backend had sent it; returns the listener count */
      inject(event: TransportEvent): number
    }
  }
}

let sessionSeq = 0

/**
 * The playground keeps its conversation in localStorage: the engine's unsent messages, draft and
 * last messages, and the simulator's session, so a reload of the page continues the conversation.
 */
export const playgroundStorage: KefuStorage = withFiles(createLocalStorage('kefu-playground:'))

/**
 * The texts stay in localStorage (tests read them there); the bytes of attachments still to
 * upload go to IndexedDB, so a reload sends them instead of asking to choose them again.
 */
function withFiles(texts: KefuStorage): KefuStorage {
  const files = createIndexedDbStorage({ database: 'kefu-playground' })
  return { ...texts, getBlob: (k) => files.getBlob!(k), setBlob: (k, v) => files.setBlob!(k, v), removeBlob: (k) => files.removeBlob!(k) }
}

/** Forgets a stored conversation (a reset, or a restart with other settings). */
function forgetStored(key: string): void {
  for (const part of ['sim', 'outbox', 'recent', 'draft']) void playgroundStorage.remove(`${key}:${part}`)
}

/** Wraps `inner` so every send and every event is recorded into `session`. */
function recorded(
  inner: Transport,
  sent: OutgoingMessage[],
  log: LogEntry[],
  nextSeq: () => number,
): Transport & { inject(event: TransportEvent): number } {
  const listeners = new Set<(event: TransportEvent) => void>()
  const wrapped: Transport & { inject(event: TransportEvent): number } = {
    get status() {
      return inner.status
    },
    connect: () => inner.connect(),
    disconnect: () => inner.disconnect(),
    get capabilities() {
      return inner.capabilities
    },
    async send(message, context) {
      const copy = recordOf(message)
      sent.push(copy)
      const entry = shallowReactive<LogEntry>({ seq: nextSeq(), at: Date.now(), dir: 'out', record: copy })
      log.push(entry)
      try {
        const receipt = await inner.send(message, context)
        entry.outcome = { ok: true, receipt }
        return receipt
      } catch (e) {
        const err = e as { code?: string; message?: string }
        entry.outcome = { ok: false, code: String(err?.code ?? 'error'), message: String(err?.message ?? e) }
        throw e
      }
    },
    subscribe(listener) {
      listeners.add(listener)
      const off = inner.subscribe(listener)
      return () => {
        listeners.delete(listener)
        off()
      }
    },
    // pushes an event to the engine (and the recorder) as if the backend had sent it
    inject(event) {
      for (const l of [...listeners]) l(event)
      return listeners.size
    },
  }
  if (inner.loadHistory) wrapped.loadHistory = (o) => inner.loadHistory!(o)
  if (inner.markRead) wrapped.markRead = () => inner.markRead!()
  return wrapped
}

/**
 * What `__kefu.sent` keeps of a send: a JSON copy, with a media upload's bytes replaced by what
 * is known about them (`file: { size, type }`), so tests see media sends beside the texts.
 */
function recordOf(message: OutgoingMessage): OutgoingMessage {
  const body = message.body as { type: string; file?: unknown }
  if (body.type === 'text' || body.type === 'custom' || typeof body.file !== 'object' || body.file === null) return clone(message)
  const file = body.file as Blob
  const copy = clone({ ...message, body: { ...message.body, file: undefined } }) as OutgoingMessage
  ;(copy.body as unknown as Record<string, unknown>).file = { size: file.size, type: file.type }
  return copy
}

function clone<T>(v: T): T {
  try {
    return JSON.parse(JSON.stringify(v)) as T
  } catch {
    return v
  }
}

/** Builds a session over `inner`. `simulator` is the same object when the transport is one. */
export function createSession(opts: {
  kind: TransportKind
  transport: Transport
  simulator?: Simulator | null
  options: ChatSession['options']
  label: string
  onDispose?: () => void
  /** keep the engine's outbox, draft and recent messages under this key of `playgroundStorage` */
  storageKey?: string
  /** the notice templates the engine recognises (createConversation's `templates`) */
  templates?: NoticeTemplates
}): ChatSession {
  const sent: OutgoingMessage[] = []
  const received: TransportEvent[] = []
  const log = shallowReactive<LogEntry[]>([])
  let seq = 0
  const nextSeq = () => ++seq
  const transport = recorded(opts.transport, sent, log, nextSeq)
  let offEvents: (() => void) | null = null
  // the UI locale goes out with src 7 (triggeredContent.language), as the Desk kits send it
  const language = opts.options.locale === 'en' ? 'en' : 'zh'
  const engine = createConversation({
    ...(opts.storageKey ? { transport, language, storage: playgroundStorage, storageKey: opts.storageKey } : { transport, language }),
    ...(opts.templates ? { templates: opts.templates } : {}),
  })
  const session: ChatSession = {
    id: ++sessionSeq,
    kind: opts.kind,
    transport,
    simulator: opts.simulator ?? null,
    engine,
    sent,
    received,
    log,
    options: opts.options,
    label: opts.label,
    startRecording() {
      // Through the wrapper, not the inner transport: whatever reaches the engine's listeners
      // (including events a test injects by wrapping `transport.subscribe`) is recorded.
      offEvents ??= transport.subscribe((event) => {
        const copy = clone(event)
        received.push(copy)
        log.push({ seq: nextSeq(), at: Date.now(), dir: 'in', record: copy })
      })
    },
    dispose() {
      offEvents?.()
      engine.stop().catch(() => undefined)
      opts.simulator?.dispose()
      opts.onDispose?.()
    },
  }
  return session
}

/**
 * Simulator knobs the chat page reads from its address (`#/chat?latency=0&history=10000`), and the
 * bot's library with its service name and texts (`kb=shop|kit`).
 */
export interface SimulatorTuning extends Pick<SimulatorOptions, 'knowledge' | 'serviceName' | 'texts' | 'agentScript' | 'groups' | 'noReplyTimeout' | 'noReplyWarningMs' | 'modelConcurrency' | 'uploadRate'> {
  /** bot/agent reply delay in ms (tests use 0 or a small number) */
  latency?: number
  /** pre-seeded history messages, e.g. 10000 to try the virtualised list */
  history?: number
  /** the demo texts in the kit's language (simulatorLocaleOptions), for the locales the simulator lacks */
  texts?: Partial<SimulatorTexts>
  /** the engine's notice templates (simulatorLocaleOptions), so the localized notices are recognised */
  templates?: NoticeTemplates
}

export function createSimulatorSession(
  mode: SimulatorMode,
  locale: SimulatorLocale,
  tuning: SimulatorTuning = {},
  persist: { key: string; fresh: boolean } | null = null,
): ChatSession {
  const key = persist ? `chat.${persist.key}` : undefined
  if (persist?.fresh && key) forgetStored(key)
  const { templates, ...simulatorTuning } = tuning
  const simulator = createSimulator({ locale, mode, ...simulatorTuning, ...(key ? { storage: playgroundStorage, storageKey: `${key}:sim` } : {}) })
  return createSession({
    templates,
    storageKey: key,
    kind: 'simulator',
    transport: simulator,
    simulator,
    options: { mode, locale },
    label: `Simulator (${mode === 'auto' ? 'scripted agents' : 'you are the agent'})`,
  })
}

/** The chat page's current session; replaced on reset or a transport switch. */
export const currentSession = shallowRef<ChatSession | null>(null)

export function useSession(session: ChatSession): void {
  const previous = currentSession.value
  if (previous && previous !== session) previous.dispose()
  currentSession.value = session
  window.__kefu = {
    sent: session.sent,
    received: session.received,
    simulator: session.simulator,
    engine: session.engine,
    transport: session.transport,
    session,
    inject: (event) => session.transport.inject(event),
  }
  session.startRecording()
}
