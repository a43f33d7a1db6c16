// The `form` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { payloadOf, str } from '../_shared/context'
import { collapse } from '../_shared/plainText'
import { FormMessage } from './FormMessage'

export { FormMessage } from './FormMessage'

/** 'form': drawn by FormMessage as a bubble. */
export const formKind = defineMessageKind({
  kinds: ['form'],
  component: FormMessage,
  layout: 'bubble',
  summary: (m, { t }) => t('messages.summary.form', { header: collapse(str(payloadOf(m, 'form')?.header)) }),
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.formFixtures),
})
