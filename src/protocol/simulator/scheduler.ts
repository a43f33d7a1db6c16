// Scheduling: every service message goes through one scheduler whose cursor only moves forward,
// so replies arrive in the order they were decided even when latency is random.
//
// Why two clocks: timers run on the REAL clock (global setTimeout and Date.now) while message
// timestamps, rating expiry and working hours use the injectable `now`. The injected `now` is a
// statement about *what time it is* (a test pins it to a Monday 09:00, or to a rating's expiry),
// not a driver of time: nothing advances it, so scheduling on it would either never fire or fire
// everything at once. Real timers keep working under vitest's fake timers too (they patch the
// global setTimeout and Date.now together), which is how the tests step through latency and
// timeouts. The engine follows the same rule (global setTimeout plus a `now` option).
export interface Scheduler {
  /**
   * Runs `fn` after `delay`, but never before anything scheduled earlier: `from: 'cursor'` counts
   * the delay from the last scheduled item (the gap inside one reply), `'now'` from now.
   * idle() waits for it.
   */
  schedule(delay: number, fn: () => void, from?: 'now' | 'cursor'): void
  /** A timer outside the message order (timeouts, virtual customers): not waited for by idle(). */
  timer(ms: number, fn: () => void): ReturnType<typeof setTimeout>
  cancel(handle: ReturnType<typeof setTimeout> | undefined): void
  /** resolves once nothing scheduled is pending */
  idle(): Promise<void>
  readonly disposed: boolean
  /** clears every timer and releases idle() waiters; nothing runs afterwards */
  dispose(): void
}

export function createScheduler(): Scheduler {
  const clock = (): number => Date.now()
  const timers = new Set<ReturnType<typeof setTimeout>>()
  let cursor = 0
  let pending = 0
  let idleWaiters: Array<() => void> = []
  let disposed = false

  const releaseWaiters = (): void => {
    const waiters = idleWaiters
    idleWaiters = []
    for (const w of waiters) w()
  }

  return {
    schedule(delay, fn, from = 'now') {
      const t = clock()
      const at = from === 'cursor' ? Math.max(cursor, t) + delay : Math.max(t + delay, cursor)
      cursor = at
      pending++
      const handle = setTimeout(() => {
        timers.delete(handle)
        pending--
        if (!disposed) fn()
        if (pending === 0) releaseWaiters()
      }, at - t)
      timers.add(handle)
    },
    timer(ms, fn) {
      const handle = setTimeout(() => {
        timers.delete(handle)
        if (!disposed) fn()
      }, ms)
      timers.add(handle)
      return handle
    },
    cancel(handle) {
      if (handle === undefined) return
      clearTimeout(handle)
      timers.delete(handle)
    },
    idle() {
      if (pending === 0) return Promise.resolve()
      return new Promise<void>((resolve) => idleWaiters.push(resolve))
    },
    get disposed() { return disposed },
    dispose() {
      disposed = true
      for (const t of timers) clearTimeout(t)
      timers.clear()
      pending = 0
      releaseWaiters()
    },
  }
}
