// The button list shared by branch menus, option forms and suggestion cards: real <button>s in a
// list, each with an optional description, the chosen one marked by a check and by text (not
// colour alone), all disabled once the card is locked.
import type { MenuItem } from '../../protocol/types'
import type { RenderContext } from '../types'
import { hc } from '../../vue/compat'
import { checkIcon } from './icons'
import { str } from './context'
import './choices.css'

/** Options of {@link renderChoiceList}. */
export interface ChoiceListOptions {
  items: readonly MenuItem[]
  /** the content of the chosen item, if any */
  chosen?: string
  /** the choice is on its way (pendingChoice): marked as being sent instead of chosen */
  pending?: boolean
  /** no more choosing: every button is disabled */
  locked: boolean
  /** id of the element naming the list (the card's header) */
  labelledBy?: string
  /** extra class for the list, e.g. `kefu-branch__items` */
  className?: string
  t: RenderContext['t']
  onChoose: (item: MenuItem, index: number) => void
}

/** Whether two item texts are the same choice (the backend matches texts exactly, bar padding). */
export function sameChoice(a: unknown, b: unknown): boolean {
  return str(a).trim() !== '' && str(a).trim() === str(b).trim()
}

/** Renders the list; call it inside a render function. */
export function renderChoiceList(o: ChoiceListOptions): any {
  return hc('ul', {
    class: ['kefu-choices', o.className],
    // list-style: none makes Safari drop the list role; say it explicitly
    attrs: { role: 'list', 'aria-labelledby': o.labelledBy },
  }, o.items.map((item, index) => {
    const chosen = o.chosen !== undefined && sameChoice(item.content, o.chosen)
    const desc = str(item.desc).trim()
    return hc('li', { key: index, class: 'kefu-choices__item' }, [
      hc('button', {
        class: ['kefu-choice', { 'kefu-choice--chosen': chosen, 'kefu-choice--pending': chosen && o.pending }],
        attrs: { type: 'button', disabled: o.locked || undefined, 'data-kefu-choice': index },
        on: { click: () => { if (!o.locked) o.onChoose(item, index) } },
      }, [
        hc('span', { class: 'kefu-choice__label', attrs: { dir: 'auto' } }, str(item.content)),
        desc ? hc('span', { class: 'kefu-choice__desc', attrs: { dir: 'auto' } }, desc) : null,
        chosen
          ? hc('span', { class: 'kefu-choice__mark' }, [
            checkIcon(),
            hc('span', { class: 'kefu-sr-only' }, o.t(o.pending ? 'messages.choice.pendingMark' : 'messages.choice.chosenMark')),
          ])
          : null,
      ]),
    ])
  }))
}

/**
 * The line under a locked card that says, in words, what was chosen (or that it is being sent),
 * so the state does not rest on the disabled buttons' styling.
 */
export function renderChoiceStatus(t: RenderContext['t'], choice: string, pending: boolean): any {
  return hc('p', { class: ['kefu-choice-status', { 'kefu-choice-status--pending': pending }] },
    t(pending ? 'messages.choice.sending' : 'messages.choice.chosen', { choice }))
}

/** A refusal or failure under a card, announced when it appears. */
export function renderCardError(text: string, id?: string): any {
  return hc('p', { class: 'kefu-card-error', attrs: { role: 'alert', id } }, text)
}
