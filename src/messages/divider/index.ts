// The `divider` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { DividerMessage } from './DividerMessage'

export { DividerMessage } from './DividerMessage'

/** 'sessionEnd', 'sessionTimeout': drawn by DividerMessage as a system line. */
export const dividerKind = defineMessageKind({
  kinds: ['sessionEnd', 'sessionTimeout'],
  component: DividerMessage,
  layout: 'system',
  summary: (m, { t }) => t(m.payload.kind === 'sessionTimeout' ? 'messages.divider.sessionTimeout' : 'messages.divider.sessionEnd'),
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.dividerFixtures),
})
