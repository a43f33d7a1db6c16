// Satisfaction rating (src 9): stars (type 1) or numbers (type 2) as a radio group.
//
// The official plugin drew these as clickable divs: no keyboard, hover-only preview, no names.
// Here each option is a `role="radio"` button with a roving tabindex (Tab enters the group once,
// the arrow keys move and choose, Home/End jump), an accessible name like "4 of 5: 满意", a
// hover *and* focus preview for stars, and a polite live region that announces the choice.
// Submitting is a separate, labelled button, so a stray arrow key never sends a rating.
//
// States, in the order they win: submitting (pendingChoice), submitted (`selected`), expired
// (`expireTime` passed: disabled with a notice), failed (`message.error`: the reason, and usable
// again), chosen-not-submitted, not chosen yet.
import { computed, defineComponent, onBeforeUnmount, ref, watch } from 'vue-demi'
import { hc } from '../../vue/compat'
import { rendererProps } from '../types'
import type { RatingOption } from '../../protocol/types'
import { ratingExpiresAt } from '../../protocol/engine/expiry'
import { actionErrorText, arr, payloadOf, runAction, sendErrorText, str } from '../_shared/context'
import { renderCardError } from '../_shared/choices'
import { starIcon } from '../_shared/lazyIcons'
import { uniqueId } from '../_shared/ids'
import { renderUnsupported } from '../unsupported/UnsupportedMessage'
import './rating.css'
import { byId } from '../_shared/dom'
import { laterEnglish } from '../../i18n/enLater'

// the English strings this part draws come with it (see i18n/enLater.ts)
laterEnglish()

/** setTimeout's ceiling; an expiry further away than ~24 days is checked on the next render */
const MAX_TIMER = 2 ** 31 - 1

/** Draws a `rating` message (src 9). */
export const RatingMessage = defineComponent({
  name: 'KefuRatingMessage',
  props: rendererProps,
  setup(props) {
    const groupId = uniqueId('rating')
    const headId = `${groupId}-head`
    const hintId = `${groupId}-hint`
    /** the option the customer picked here and has not submitted (or whose submission failed) */
    const choice = ref<string | null>(null)
    /** index under the pointer or keyboard focus, for the star preview; -1 for none */
    const preview = ref(-1)
    /** "choose first", or why the engine refused */
    const hint = ref('')
    /** bumped when the card expires while on screen, to re-render into the expired state */
    const expiryTick = ref(0)

    const payload = computed(() => payloadOf(props.message, 'rating'))

    let timer: ReturnType<typeof setTimeout> | undefined
    watch(() => ratingExpiresAt(props.message), (expiresAt) => {
      if (timer !== undefined) clearTimeout(timer)
      timer = undefined
      if (expiresAt === undefined) return
      const ms = expiresAt - props.context.now()
      if (ms > 0 && ms < MAX_TIMER) timer = setTimeout(() => { expiryTick.value++ }, ms + 1)
    }, { immediate: true })
    onBeforeUnmount(() => { if (timer !== undefined) clearTimeout(timer) })

    const optionId = (index: number) => `${groupId}-option-${index}`
    const label = (menu: readonly RatingOption[], index: number) =>
      props.context.t('messages.rating.option', { value: index + 1, max: menu.length, label: str(menu[index] && menu[index].content) })

    function focusOption(index: number): void {
      const el = byId(optionId(index))
      if (el) el.focus()
    }

    function pick(option: RatingOption): void {
      choice.value = str(option.id)
      hint.value = ''
    }

    function onOptionKeydown(e: KeyboardEvent, index: number, menu: readonly RatingOption[]): void {
      const n = menu.length
      // in a right-to-left layout the stars run from right to left: ArrowLeft moves forward
      const target = e.target as Element | null
      const rtl = !!target && typeof target.closest === 'function' && target.closest('[dir]')?.getAttribute('dir') === 'rtl'
      const key = rtl && e.key === 'ArrowLeft' ? 'ArrowRight' : rtl && e.key === 'ArrowRight' ? 'ArrowLeft' : e.key
      let next: number
      switch (key) {
        case 'ArrowRight':
        case 'ArrowDown':
          next = (index + 1) % n
          break
        case 'ArrowLeft':
        case 'ArrowUp':
          next = (index - 1 + n) % n
          break
        case 'Home':
          next = 0
          break
        case 'End':
          next = n - 1
          break
        default:
          return
      }
      // the radio pattern: moving the focus also checks, and the page must not scroll
      e.preventDefault()
      pick(menu[next] as RatingOption)
      preview.value = next
      focusOption(next)
    }

    function submit(locked: boolean): void {
      if (locked) return
      const p = payload.value
      if (!p) return
      if (!choice.value) {
        hint.value = props.context.t('messages.rating.chooseFirst')
        return
      }
      const id = choice.value
      const result = runAction(() => props.context.actions.submitRating(props.message.id, id))
      hint.value = result.ok ? '' : actionErrorText(props.context.t, result.error)
    }

    function renderOption(o: RatingOption, index: number, menu: readonly RatingOption[], stars: boolean,
      activeIndex: number, shownIndex: number, locked: boolean): any {
      const checked = index === activeIndex
      return hc('button', {
        key: index,
        class: ['kefu-rating__option', {
          'kefu-rating__option--checked': checked,
          'kefu-rating__option--lit': stars ? index <= shownIndex : index === shownIndex,
        }],
        attrs: {
          id: optionId(index),
          type: 'button',
          role: 'radio',
          'aria-checked': checked ? 'true' : 'false',
          'aria-label': label(menu, index),
          // roving tabindex: one stop for the whole group, on the checked option (or the first)
          tabindex: index === (activeIndex >= 0 ? activeIndex : 0) ? '0' : '-1',
          disabled: locked || undefined,
          'data-kefu-option': str(o.id),
        },
        on: {
          click: () => { if (!locked) pick(o) },
          keydown: (e: KeyboardEvent) => { if (!locked) onOptionKeydown(e, index, menu) },
          mouseenter: () => { if (!locked) preview.value = index },
          focus: () => { if (!locked) preview.value = index },
          blur: () => { preview.value = -1 },
        },
      }, stars ? [starIcon(index <= shownIndex)] : [hc('span', { class: 'kefu-rating__number' }, String(index + 1))])
    }

    return () => {
      const t = props.context.t
      const p = payload.value
      const menu = p ? arr(p.menu) : []
      if (!p || menu.length === 0) return renderUnsupported(props.message, t)
      void expiryTick.value
      const stars = p.type === 1
      const pending = !!props.message.pendingChoice
      const failed = !!props.message.error && !pending
      const selectedId = p.selected && p.selected.id !== undefined ? str(p.selected.id) : undefined
      const submitted = selectedId !== undefined && !pending && !failed
      const expiresAt = ratingExpiresAt(props.message)
      const expired = !submitted && !pending && expiresAt !== undefined && expiresAt < props.context.now()
      const locked = submitted || pending || expired
      const head = str(p.head).trim()
      const tail = str(p.tail).trim()

      const activeId = pending || submitted ? selectedId : choice.value
      const activeIndex = activeId === undefined || activeId === null ? -1 : menu.findIndex((o) => str(o.id) === activeId)
      const shownIndex = preview.value >= 0 && !locked ? preview.value : activeIndex
      const activeLabel = activeIndex >= 0 ? label(menu, activeIndex) : ''

      const headNode = hc('p', { class: 'kefu-card__header', attrs: { id: headId, dir: 'auto' } }, head || t('messages.rating.submit'))

      if (submitted) {
        return hc('div', { class: ['kefu-card', 'kefu-rating', 'kefu-rating--submitted'], attrs: { role: 'group', 'aria-labelledby': headId } }, [
          headNode,
          hc('div', { class: ['kefu-rating__result', stars ? 'kefu-rating__result--stars' : 'kefu-rating__result--numbers'], attrs: { 'aria-hidden': 'true' } },
            stars
              ? menu.map((_o, i) => hc('span', { key: i, class: ['kefu-rating__star', { 'kefu-rating__star--lit': i <= activeIndex }] }, [starIcon(i <= activeIndex)]))
              : [hc('span', { class: 'kefu-rating__number kefu-rating__number--result' }, String(activeIndex + 1))]),
          hc('p', { class: 'kefu-rating__chosen' },
            t('messages.rating.submitted', { option: activeIndex >= 0 ? activeLabel : str(p.selected && p.selected.content) })),
          tail ? hc('p', { class: 'kefu-card__tail', attrs: { dir: 'auto' } }, tail) : null,
        ])
      }

      const previewText = shownIndex >= 0 && menu[shownIndex] ? str((menu[shownIndex] as RatingOption).content) : ''
      return hc('div', {
        class: ['kefu-card', 'kefu-rating', stars ? 'kefu-rating--stars' : 'kefu-rating--numbers', {
          'kefu-rating--pending': pending, 'kefu-rating--expired': expired, 'kefu-rating--failed': failed,
        }],
        attrs: { role: 'group', 'aria-labelledby': headId, 'aria-busy': pending ? 'true' : undefined },
      }, [
        headNode,
        hc('div', {
          class: 'kefu-rating__options',
          attrs: { role: 'radiogroup', 'aria-labelledby': headId, 'aria-disabled': locked ? 'true' : undefined },
          on: { mouseleave: () => { preview.value = -1 } },
        }, menu.map((o, i) => renderOption(o, i, menu, stars, activeIndex, shownIndex, locked))),
        hc('p', { class: 'kefu-sr-only', attrs: { 'aria-live': 'polite' } },
          activeLabel ? t('messages.rating.selected', { option: activeLabel }) : ''),
        expired ? hc('p', { class: 'kefu-rating__notice' }, t('messages.rating.expired')) : null,
        failed ? renderCardError(t('messages.rating.failed', { reason: sendErrorText(t, props.message.error) })) : null,
        hint.value && !locked ? renderCardError(hint.value, hintId) : null,
        hc('div', { class: 'kefu-rating__actions' }, [
          hc('button', {
            class: 'kefu-button',
            attrs: {
              type: 'button',
              disabled: locked || undefined,
              // still focusable with nothing chosen: pressing it explains what is missing
              'aria-disabled': !locked && activeIndex < 0 ? 'true' : undefined,
              'aria-describedby': hint.value && !locked ? hintId : undefined,
            },
            on: { click: () => submit(locked) },
          }, t(pending ? 'messages.rating.submitting' : 'messages.rating.submit')),
          // what the pointer or focus is on, for sighted users, beside the button (no empty line
          // held for it); hidden from screen readers, which already hear each option's name (the
          // live region above announces the choice)
          previewText ? hc('p', { class: 'kefu-rating__preview', attrs: { 'aria-hidden': 'true' } }, previewText) : null,
        ]),
      ])
    }
  },
})
