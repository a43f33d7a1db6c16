// A tiny in-page Transport for the gallery and the inspector: it delivers a fixed set of service
// messages on connect, and records (never sends) whatever the conversation engine would put on
// the wire, so the page can show the exact OutgoingMessage JSON an interaction produces.
import { TransportError } from 'kefu-kit/protocol'
import type {
  ConnectionStatus,
  IncomingMessage,
  OutgoingMessage,
  SendReceipt,
  Transport,
  TransportEvent,
  TransportListener,
} from 'kefu-kit/protocol'

export interface RecordingTransport extends Transport {
  /** everything sent so far, oldest first */
  readonly sent: OutgoingMessage[]
  /** called after each recorded send */
  onSend(listener: (message: OutgoingMessage) => void): () => void
  /** the next `n` sends are refused with `code` (to show a failed message and its retry) */
  failNext(n: number, code?: 'rejected' | 'timeout' | 'offline'): void
  /** delivers a service-side event now */
  emit(event: TransportEvent): void
}

export function createRecordingTransport(seed: IncomingMessage[] = []): RecordingTransport {
  let status: ConnectionStatus = 'idle'
  let seeded = false
  let counter = 0
  let failures = 0
  let failCode: 'rejected' | 'timeout' | 'offline' = 'rejected'
  const listeners = new Set<TransportListener>()
  const sendListeners = new Set<(message: OutgoingMessage) => void>()
  const sent: OutgoingMessage[] = []

  const emit = (event: TransportEvent) => {
    for (const l of [...listeners]) l(event)
  }

  return {
    get status() {
      return status
    },
    sent,
    async connect() {
      status = 'online'
      emit({ type: 'status', status })
      if (!seeded) {
        seeded = true
        for (const message of seed) emit({ type: 'message', message })
      }
    },
    async disconnect() {
      status = 'idle'
      emit({ type: 'status', status })
    },
    async send(message: OutgoingMessage): Promise<SendReceipt> {
      if (failures > 0) {
        failures--
        throw new TransportError(failCode, `The playground refused this send (${failCode}) on purpose.`, {
          retryable: failCode !== 'rejected',
        })
      }
      // a copy, so later mutations by the engine cannot change the record
      const record = JSON.parse(JSON.stringify(message)) as OutgoingMessage
      sent.push(record)
      for (const l of [...sendListeners]) l(record)
      counter++
      return { id: `recorded-${counter}`, time: Date.now() }
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    onSend(listener) {
      sendListeners.add(listener)
      return () => sendListeners.delete(listener)
    },
    failNext(n, code = 'rejected') {
      failures = Math.max(0, n)
      failCode = code
    },
    emit,
  }
}
