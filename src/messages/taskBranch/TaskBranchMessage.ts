// Task-flow branch menu (src 32): the header as the bubble, the items as real buttons under it.
// `optionType` 0 (quick options): the buttons vanish once one is chosen, or when the node is
// closed (`status` ≠ 0), leaving the choice in words. `optionType` 1 (fixed buttons): the buttons
// stay, locked once chosen or closed. An item without text is drawn as the "content is abnormal"
// notice and cannot be chosen. Choosing goes through `chooseTaskBranchItem` (the engine sends the
// item's text, with the node's `taskInfo` as metadata for fixed buttons).
import { defineComponent, ref } from 'vue-demi'
import { hc } from '../../vue/compat'
import { rendererProps } from '../types'
import type { MenuItem } from '../../protocol/types'
import { actionErrorText, arr, payloadOf, runAction, str } from '../_shared/context'
import { renderCardError, renderChoiceStatus, sameChoice } from '../_shared/choices'
import { checkIcon } from '../_shared/icons'
import { uniqueId } from '../_shared/ids'
import { renderUnsupported } from '../unsupported/UnsupportedMessage'
import './taskBranch.css'
import { laterEnglish } from '../../i18n/enLater'

// the English strings this part draws come with it (see i18n/enLater.ts)
laterEnglish()

/** Draws a `taskBranch` message (src 32). */
export const TaskBranchMessage = defineComponent({
  name: 'KefuTaskBranchMessage',
  props: rendererProps,
  setup(props) {
    const headerId = uniqueId('task-branch')
    const error = ref('')

    function choose(item: MenuItem): void {
      const result = runAction(() => props.context.actions.chooseTaskBranchItem(props.message.id, item))
      error.value = result.ok ? '' : actionErrorText(props.context.t, result.error)
    }

    return () => {
      const t = props.context.t
      const p = payloadOf(props.message, 'taskBranch')
      if (!p) return renderUnsupported(props.message, t)
      const chosen = p.selected && str(p.selected.content).trim() ? str(p.selected.content) : undefined
      const pending = !!props.message.pendingChoice
      const closed = typeof p.status === 'number' ? p.status !== 0 : false
      const fixed = p.optionType === 1
      const locked = closed || chosen !== undefined || pending
      // quick options go away once the node is answered or closed
      const showItems = fixed || !locked
      const header = str(p.header).trim()
      const tail = str(p.tail).trim()
      const items = arr(p.items)

      const list = showItems && items.length
        ? hc('ul', {
          class: ['kefu-choices', 'kefu-task-branch__items', fixed ? 'kefu-task-branch__items--fixed' : 'kefu-task-branch__items--quick'],
          attrs: { role: 'list', 'aria-labelledby': header ? headerId : undefined },
        }, items.map((item, index) => {
          const label = str(item && item.content).trim()
          if (!label) {
            return hc('li', { key: index, class: 'kefu-choices__item' }, [
              hc('p', { class: 'kefu-task-branch__abnormal', attrs: { 'data-kefu-abnormal': index } }, t('desk.taskBranch.abnormal')),
            ])
          }
          const isChosen = chosen !== undefined && sameChoice(item.content, chosen)
          const desc = str(item.desc).trim()
          return hc('li', { key: index, class: 'kefu-choices__item' }, [
            hc('button', {
              class: ['kefu-choice', { 'kefu-choice--chosen': isChosen, 'kefu-choice--pending': isChosen && pending }],
              attrs: { type: 'button', disabled: locked || undefined, 'data-kefu-choice': index },
              on: { click: () => { if (!locked) choose(item) } },
            }, [
              hc('span', { class: 'kefu-choice__label', attrs: { dir: 'auto' } }, str(item.content)),
              desc ? hc('span', { class: 'kefu-choice__desc', attrs: { dir: 'auto' } }, desc) : null,
              isChosen
                ? hc('span', { class: 'kefu-choice__mark' }, [
                  checkIcon(),
                  hc('span', { class: 'kefu-sr-only' }, t(pending ? 'messages.choice.pendingMark' : 'messages.choice.chosenMark')),
                ])
                : null,
            ]),
          ])
        }))
        : null

      return hc('div', {
        class: ['kefu-card', 'kefu-task-branch', { 'kefu-task-branch--locked': locked, 'kefu-task-branch--fixed': fixed }],
        attrs: { role: 'group', 'aria-labelledby': header ? headerId : undefined, 'data-kefu-option-type': fixed ? 1 : 0 },
      }, [
        header ? hc('p', { class: 'kefu-card__header', attrs: { id: headerId, dir: 'auto' } }, header) : null,
        list,
        tail && showItems ? hc('p', { class: 'kefu-card__tail', attrs: { dir: 'auto' } }, tail) : null,
        chosen !== undefined
          ? renderChoiceStatus(t, chosen, pending)
          : closed ? hc('p', { class: 'kefu-choice-status kefu-task-branch__closed' }, t('desk.taskBranch.closed')) : null,
        error.value && !locked ? renderCardError(error.value) : null,
      ])
    }
  },
})
