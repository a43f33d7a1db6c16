// The `form` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { payloadOf, str } from '../_shared/context'
import { collapse } from '../_shared/plainText'

/** 'form': drawn by FormMessage as a bubble. */
export const formKind = defineMessageKind({
  kinds: ['form'],
  // drawn rarely (a few times a session at most): loaded when the first one is drawn
  load: () => import('../rareCards').then((m) => m.FormMessage),
  layout: 'bubble',
  summary: (m, { t }) => t('messages.summary.form', { header: collapse(str(payloadOf(m, 'form')?.header)) }),
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.formFixtures),
})

/**
 * The kit's `form` renderer (rendererProps), loaded on first use: the component the list draws for
 * this kind. It draws a placeholder with the message's summary until `formKind.load()` resolves.
 */
export const FormMessage = formKind.component
