// The `branch` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { arr, payloadOf, str } from '../_shared/context'
import { collapse } from '../_shared/plainText'
import { BranchMessage } from './BranchMessage'

export { BranchMessage } from './BranchMessage'

/** 'branch': drawn by BranchMessage as a bubble. */
export const branchKind = defineMessageKind({
  kinds: ['branch'],
  component: BranchMessage,
  layout: 'bubble',
  summary: (m, { t }) => {
    const p = payloadOf(m, 'branch')
    return t('messages.summary.branch', { header: collapse(str(p?.header)), count: arr(p?.items).length })
  },
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.branchFixtures),
})
