// Bot suggestion cards (src 29). `welcome_msg` ("guess what you want to ask") pages through up
// to 20 questions, 5 at a time, with a labelled "another batch" button and a page indicator;
// `clarify_msg` ("did you mean") lists its questions. Each question is a button that asks it
// through `chooseSuggestion`. Unlike a branch menu, the card stays usable: a customer may ask
// several of its questions, one after the other.
import { defineComponent, ref, watch } from 'vue-demi'
import { hc } from '../../vue/compat'
import { rendererProps } from '../types'
import type { MenuItem } from '../../protocol/types'
import { actionErrorText, arr, payloadOf, runAction, str } from '../_shared/context'
import { renderCardError, renderChoiceList } from '../_shared/choices'
import { refreshIcon } from '../_shared/icons'
import { uniqueId } from '../_shared/ids'
import { renderUnsupported } from '../unsupported/UnsupportedMessage'
import './suggestion.css'

/** Questions per batch on the welcome card. */
export const SUGGESTION_PAGE_SIZE = 5
/** The welcome card shows at most this many questions (the product documents "up to 20"). */
export const SUGGESTION_MAX_ITEMS = 20

/** Draws `welcome` and `clarify` messages (src 29). */
export const SuggestionMessage = defineComponent({
  name: 'KefuSuggestionMessage',
  props: rendererProps,
  setup(props) {
    const titleId = uniqueId('suggestion')
    const pageId = `${titleId}-page`
    const page = ref(0)
    const error = ref('')
    // a different card in the same component (a list re-using it) starts on its first batch
    watch(() => props.message && props.message.id, () => { page.value = 0; error.value = '' })

    function ask(item: MenuItem): void {
      const result = runAction(() => props.context.actions.chooseSuggestion(props.message.id, item))
      error.value = result.ok ? '' : actionErrorText(props.context.t, result.error)
    }

    return () => {
      const t = props.context.t
      const p = payloadOf(props.message, 'welcome', 'clarify')
      if (!p) return renderUnsupported(props.message, t)
      const welcome = p.kind === 'welcome'
      const all = arr(p.items).filter((i) => i && str(i.content).trim())
      const items = welcome ? all.slice(0, SUGGESTION_MAX_ITEMS) : all
      const pages = welcome ? Math.max(1, Math.ceil(items.length / SUGGESTION_PAGE_SIZE)) : 1
      const current = Math.min(page.value, pages - 1)
      const shown = welcome ? items.slice(current * SUGGESTION_PAGE_SIZE, (current + 1) * SUGGESTION_PAGE_SIZE) : items
      const title = str(p.title).trim()
      const content = str(p.content).trim()
      const pending = !!props.message.pendingChoice

      return hc('div', {
        class: ['kefu-card', 'kefu-suggestion', welcome ? 'kefu-suggestion--welcome' : 'kefu-suggestion--clarify'],
        attrs: { role: 'group', 'aria-labelledby': title ? titleId : undefined },
      }, [
        title ? hc('p', { class: 'kefu-card__header', attrs: { id: titleId, dir: 'auto' } }, title) : null,
        // the docs' clarify example repeats the title as the content; say it once
        content && content !== title ? hc('p', { class: 'kefu-card__text', attrs: { dir: 'auto' } }, content) : null,
        renderChoiceList({
          items: shown,
          locked: pending,
          labelledBy: title ? titleId : undefined,
          className: 'kefu-suggestion__items',
          t,
          onChoose: ask,
        }),
        pages > 1
          ? hc('div', { class: 'kefu-suggestion__pager' }, [
            hc('span', { class: 'kefu-suggestion__page', attrs: { id: pageId, 'aria-live': 'polite' } },
              t('messages.suggestion.page', { page: current + 1, total: pages })),
            hc('button', {
              class: ['kefu-button', 'kefu-button--secondary', 'kefu-suggestion__next'],
              attrs: { type: 'button', 'aria-describedby': pageId },
              on: { click: () => { page.value = (current + 1) % pages } },
            }, [refreshIcon(), t('messages.suggestion.nextPage')]),
          ])
          : null,
        error.value ? renderCardError(error.value) : null,
      ])
    }
  },
})
