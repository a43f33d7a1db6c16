// What the gallery and the inspector did with the engine: each action a renderer called, what the
// engine answered, and the OutgoingMessages that went to the (recording) transport because of it.
import { shallowReactive } from 'vue'
import type { OutgoingMessage } from 'kefu-kit/protocol'

export interface ActionRecord {
  seq: number
  /** the gallery fixture id, or `inspector` */
  source: string
  /** `chooseBranchItem`, `submitRating`, `retry`, … */
  action: string
  args: unknown[]
  ok: boolean
  /** the refusal, when the engine refused */
  error?: { code: string; message: string }
  /** what the engine handed to the transport for this action (filled in as it happens) */
  sent: OutgoingMessage[]
  at: number
}

let seq = 0

/** Every record of this page visit, newest last (capped). */
export const actionLog = shallowReactive<ActionRecord[]>([])

const MAX_RECORDS = 200

export function addAction(record: Omit<ActionRecord, 'seq' | 'at' | 'sent'>): ActionRecord {
  const full = shallowReactive<ActionRecord>({ ...record, seq: ++seq, at: Date.now(), sent: shallowReactive([]) })
  actionLog.push(full)
  if (actionLog.length > MAX_RECORDS) actionLog.splice(0, actionLog.length - MAX_RECORDS)
  return full
}

export function clearActions(): void {
  actionLog.splice(0, actionLog.length)
}
