// Branch menu (src 15): a header, items as real buttons (with their description), a tail.
// Choosing sends the item's text (the backend matches it exactly) through `chooseBranchItem`;
// once chosen — by this customer now, or earlier as recorded in `selected` — the menu says which
// item and locks, so the flow cannot be forked twice.
import { defineComponent, ref } from 'vue-demi'
import { hc } from '../../vue/compat'
import { rendererProps } from '../types'
import type { MenuItem } from '../../protocol/types'
import { actionErrorText, arr, payloadOf, runAction, str } from '../_shared/context'
import { renderCardError, renderChoiceList, renderChoiceStatus } from '../_shared/choices'
import { uniqueId } from '../_shared/ids'
import { renderUnsupported } from '../unsupported/UnsupportedMessage'
import './branch.css'

/** Draws a `branch` message (src 15). */
export const BranchMessage = defineComponent({
  name: 'KefuBranchMessage',
  props: rendererProps,
  setup(props) {
    const headerId = uniqueId('branch')
    /** the refusal of the last attempt, shown until the next one */
    const error = ref('')

    function choose(item: MenuItem): void {
      const result = runAction(() => props.context.actions.chooseBranchItem(props.message.id, item))
      error.value = result.ok ? '' : actionErrorText(props.context.t, result.error)
    }

    return () => {
      const t = props.context.t
      const p = payloadOf(props.message, 'branch')
      if (!p) return renderUnsupported(props.message, t)
      const chosen = p.selected && str(p.selected.content).trim() ? str(p.selected.content) : undefined
      const pending = !!props.message.pendingChoice
      const locked = chosen !== undefined || pending
      const header = str(p.header).trim()
      const tail = str(p.tail).trim()
      return hc('div', {
        class: ['kefu-card', 'kefu-branch', { 'kefu-branch--locked': locked }],
        attrs: { role: 'group', 'aria-labelledby': header ? headerId : undefined },
      }, [
        header ? hc('p', { class: 'kefu-card__header', attrs: { id: headerId, dir: 'auto' } }, header) : null,
        renderChoiceList({
          items: arr(p.items),
          chosen,
          pending,
          locked,
          labelledBy: header ? headerId : undefined,
          className: 'kefu-branch__items',
          t,
          onChoose: choose,
        }),
        tail ? hc('p', { class: 'kefu-card__tail', attrs: { dir: 'auto' } }, tail) : null,
        chosen !== undefined ? renderChoiceStatus(t, chosen, pending) : null,
        error.value && !locked ? renderCardError(error.value) : null,
      ])
    }
  },
})
