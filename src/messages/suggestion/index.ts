// The `suggestion` kind, declared once: the list, the live region, the gallery and the defaults read this.
import { defineMessageKind } from '../kind'
import { arr, payloadOf, str } from '../_shared/context'
import { collapse } from '../_shared/plainText'
import { SuggestionMessage } from './SuggestionMessage'

export { SuggestionMessage, SUGGESTION_PAGE_SIZE, SUGGESTION_MAX_ITEMS } from './SuggestionMessage'

/** 'welcome', 'clarify': drawn by SuggestionMessage as a bubble. */
export const suggestionKind = defineMessageKind({
  kinds: ['welcome', 'clarify'],
  component: SuggestionMessage,
  layout: 'bubble',
  summary: (m, { t }) => {
    const p = payloadOf(m, 'welcome', 'clarify')
    return t('messages.summary.suggestion', { title: collapse(str(p?.title)), count: arr(p?.items).length })
  },
  // a chunk of its own: an app that never shows a gallery never loads these
  fixtures: () => import('./fixtures').then((m) => m.suggestionFixtures),
})
