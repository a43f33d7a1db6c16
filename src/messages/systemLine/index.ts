// The Desk system lines (src 36 concurrency limit, src 37 timeout warning), declared once.
import { defineMessageKind } from '../kind'
import { payloadOf, str } from '../_shared/context'
import { SystemLineMessage } from './SystemLineMessage'

export { SystemLineMessage } from './SystemLineMessage'

/** 'concurrencyLimit' and 'timeoutWarning': drawn by SystemLineMessage as centred system lines. */
export const systemLineKind = defineMessageKind({
  kinds: ['concurrencyLimit', 'timeoutWarning'],
  component: SystemLineMessage,
  layout: 'system',
  summary: (m, { t }) => {
    const p = payloadOf(m, 'concurrencyLimit', 'timeoutWarning')
    if (!p || p.kind === 'concurrencyLimit') return t('desk.summary.concurrencyLimit')
    return str((p as { content?: unknown }).content).trim() || t('desk.timeoutWarning')
  },
  fixtures: () => import('./fixtures').then((m) => m.systemLineFixtures),
})
