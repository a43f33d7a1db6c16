// The `divider` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { DividerMessage } from './DividerMessage'
import { dividerFixtures } from './fixtures'

export { DividerMessage } from './DividerMessage'

/** 'sessionEnd', 'sessionTimeout': drawn by DividerMessage as a system line. */
export const dividerKind = defineMessageKind({
  kinds: ['sessionEnd', 'sessionTimeout'],
  component: DividerMessage,
  layout: 'system',
  summary: (m, { t }) => t(m.payload.kind === 'sessionTimeout' ? 'messages.divider.sessionTimeout' : 'messages.divider.sessionEnd'),
  fixtures: () => dividerFixtures,
})
