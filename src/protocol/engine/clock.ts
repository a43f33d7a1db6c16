// The server's clock, as seen from here: an offset learned from the times the server stamps on
// what it sends right now (send receipts, live messages). A rating card's expireTime is the
// server's time, so judging it on a client clock 15 minutes fast refuses a valid card, and on one
// 30 minutes slow "submits" an expired card the backend then silently drops.
import { MAX_FUTURE_TIME } from './incoming'

/** how many recent samples the offset is taken from */
const SAMPLES = 32

export class ServerClock {
  /** server time minus local time, per recent sample (newest last) */
  private readonly offsets: number[] = []
  private current = 0

  constructor(private readonly localNow: () => number) {}

  /**
   * A server time stamped on something that just arrived. Each sample is late by the network
   * delay (it makes the server look behind), and a replayed old message is very late, so the
   * estimate is the largest offset among the recent samples.
   */
  observe(serverTime: unknown): void {
    if (typeof serverTime !== 'number' || !Number.isFinite(serverTime) || serverTime <= 0) return
    const local = this.localNow()
    const offset = serverTime - local
    if (Math.abs(offset) > MAX_FUTURE_TIME) return
    this.offsets.push(offset)
    if (this.offsets.length > SAMPLES) this.offsets.shift()
    this.current = Math.max(...this.offsets)
  }

  /** server time minus local time, 0 until the server has stamped something */
  get offset(): number {
    return this.current
  }

  /** the server's time now, in ms */
  now(): number {
    return this.localNow() + this.current
  }
}
