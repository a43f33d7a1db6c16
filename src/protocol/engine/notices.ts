// Recognising the backend's system texts. The real backend sends the queue position, the transfer
// result and the off-hours reply as plain text built from configurable templates, so the only way
// to show them as notices (and to know the customer is queued) is to match them back.
import { DEFAULT_TEMPLATES, matchTemplate } from '../templates'
import type { NoticePayload, NoticeType } from '../types'
import type { NoticeTemplates } from './types'

export type ResolvedTemplates = Required<NoticeTemplates>

/**
 * Fills in the defaults per key: a team that configured only its queue text still gets the
 * transfer and off-hours texts recognised.
 */
export function resolveTemplates(templates: NoticeTemplates | undefined): ResolvedTemplates {
  return {
    queue: templates?.queue ?? DEFAULT_TEMPLATES.queue,
    transferSucceeded: templates?.transferSucceeded ?? DEFAULT_TEMPLATES.transferSucceeded,
    transferFailed: templates?.transferFailed ?? DEFAULT_TEMPLATES.transferFailed,
    offHours: templates?.offHours ?? DEFAULT_TEMPLATES.offHours,
  }
}

const ORDER: readonly Exclude<NoticeType, 'info'>[] = ['queue', 'transferSucceeded', 'transferFailed', 'offHours']

/** Returns the notice a service text stands for, or null when it is an ordinary text. */
export function recognizeNotice(text: string, templates: ResolvedTemplates): NoticePayload | null {
  for (const notice of ORDER) {
    for (const template of templates[notice]) {
      const vars = matchTemplate(template, text)
      if (!vars) continue
      const payload: NoticePayload = { kind: 'notice', notice, text }
      if (notice === 'queue') {
        const position = toCount(vars.QueuePosition)
        const waitNo = toCount(vars.WaitNo)
        if (position !== undefined) payload.position = position
        if (waitNo !== undefined) payload.waitNo = waitNo
      }
      return payload
    }
  }
  return null
}

function toCount(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined
  const n = Number(raw)
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined
}
