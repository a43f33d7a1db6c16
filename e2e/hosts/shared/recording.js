// What a host app might do to watch its own transport: wrap it, and keep a record of everything
// that crossed it. The browser tests read `window.__kefu.sent` / `.received` (the same shape as
// the playground's) and push hostile or broken events with `window.__kefu.inject(event)`.
export function recordTransport(inner) {
  const sent = []
  const received = []
  const listeners = new Set()
  const copy = (v) => JSON.parse(JSON.stringify(v))
  inner.subscribe((event) => received.push(copy(event)))
  const transport = {
    get status() {
      return inner.status
    },
    connect: () => inner.connect(),
    disconnect: () => inner.disconnect(),
    send(message) {
      sent.push(copy(message))
      return inner.send(message)
    },
    subscribe(listener) {
      listeners.add(listener)
      const off = inner.subscribe(listener)
      return () => {
        listeners.delete(listener)
        off()
      }
    },
  }
  if (inner.loadHistory) transport.loadHistory = (o) => inner.loadHistory(o)
  if (inner.markRead) transport.markRead = () => inner.markRead()
  const inject = (event) => {
    received.push(copy(event))
    for (const l of [...listeners]) l(event)
    return listeners.size
  }
  return { transport, sent, received, inject }
}

/** The simulator the host apps use: English, quick, with two virtual customers to queue behind. */
export function simulatorOptions(search) {
  const q = new URLSearchParams(search)
  return {
    locale: 'en',
    latency: { min: 80, max: 200 },
    rating: { type: q.get('rating') === 'numbers' ? 2 : 1 },
    agentScript: { typingMs: 700, acceptDelayMs: 300 },
    // when the customer asks for a human: Ann and Ben are busy and one customer waits ahead, so
    // the customer is number 2; Ann frees up after 2.5 s and takes that customer (number 1), and
    // after another 2 s takes ours
    virtualLoad: {
      occupiedBy: [
        { agentId: 'agent-ann', for: 2500 },
        { agentId: 'agent-ben', for: 600000 },
      ],
      waitingAhead: 1,
      serviceTime: 2000,
    },
  }
}
