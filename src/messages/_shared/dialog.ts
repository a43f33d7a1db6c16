// A small modal dialog shared by the task-flow form and the feedback reasons: labelled by its
// title, focus moved in on open and kept inside (Tab / Shift+Tab wrap), Escape closes, and focus
// returns to the element that opened it. On a phone-width screen it is a bottom sheet (CSS).
// Rendered in place (inside .kefu-root, so the theme tokens apply) with `position: fixed`.
import { defineComponent, nextTick, onBeforeUnmount, onMounted, type PropType } from 'vue-demi'
import { hc } from '../../vue/compat'
import { uniqueId } from './ids'
import './dialog.css'
import { activeElement, byId } from './dom'

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])'

/** The focusable elements inside `root`, in document order. */
export function focusablesIn(root: Element | null): HTMLElement[] {
  if (!root) return []
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !el.hasAttribute('hidden'))
}

/** The dialog; mount it while open (v-if), unmount to close. */
export const KefuDialog = defineComponent({
  name: 'KefuDialog',
  props: {
    /** the visible title (names the dialog) */
    title: { type: String, required: true as const },
    /** the close button's accessible name */
    closeLabel: { type: String, required: true as const },
    /** called on Escape, the close button, or a click on the backdrop */
    onClose: { type: Function as PropType<() => void>, required: true as const },
    /** the element to give focus back to (default: whatever had focus at open) */
    returnFocus: { type: null as unknown as PropType<HTMLElement | null>, default: null },
    /** CSS selector of the element to focus first (default: the first field, else the first control) */
    initialFocus: { type: String, default: '' },
    /** extra class on the panel */
    panelClass: { type: String, default: '' },
  },
  setup(props, { slots }) {
    const id = uniqueId('dialog')
    const titleId = `${id}-title`
    const opener = activeElement() as HTMLElement | null
    const panel = () => byId(id)

    onMounted(() => {
      nextTick(() => {
        const root = panel()
        if (!root) return
        const first = (props.initialFocus && root.querySelector<HTMLElement>(props.initialFocus))
          || root.querySelector<HTMLElement>('input:not([disabled]), textarea:not([disabled])')
          || focusablesIn(root)[0]
          || root
        first.focus()
      })
    })
    onBeforeUnmount(() => {
      const back = props.returnFocus || opener
      if (back && typeof back.focus === 'function') {
        // after the DOM update, when the opener may have been re-rendered in place; not when
        // something else has taken focus since (another dialog in its place: a lazy one's code arrived)
        setTimeout(() => {
          const now = activeElement()
          if (back.isConnected && (!now || now === document.body || now === document.documentElement || !!now.shadowRoot)) back.focus()
        }, 0)
      }
    })

    function onKeydown(e: KeyboardEvent): void {
      if (e.key === 'Escape' || e.key === 'Esc') {
        e.preventDefault()
        e.stopPropagation()
        props.onClose()
        return
      }
      if (e.key !== 'Tab') return
      const items = focusablesIn(panel())
      if (!items.length) { e.preventDefault(); return }
      const first = items[0]!
      const last = items[items.length - 1]!
      const active = activeElement()
      if (e.shiftKey && (active === first || active === panel())) {
        e.preventDefault()
        last.focus()
      } else if (!e.shiftKey && active === last) {
        e.preventDefault()
        first.focus()
      }
    }

    return () => hc('div', { class: 'kefu-dialog' }, [
      hc('div', { class: 'kefu-dialog__backdrop', attrs: { 'aria-hidden': 'true' }, on: { click: () => props.onClose() } }),
      hc('div', {
        class: ['kefu-dialog__panel', props.panelClass],
        attrs: { id, role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId, tabindex: '-1' },
        on: { keydown: onKeydown },
      }, [
        hc('div', { class: 'kefu-dialog__head' }, [
          hc('h2', { class: 'kefu-dialog__title', attrs: { id: titleId } }, props.title),
          hc('button', {
            class: 'kefu-dialog__close',
            attrs: { type: 'button', 'aria-label': props.closeLabel, 'data-kefu-dialog-close': '' },
            on: { click: () => props.onClose() },
          }, [hc('span', { attrs: { 'aria-hidden': 'true' } }, '×')]),
        ]),
        hc('div', { class: 'kefu-dialog__body' }, slots.default ? slots.default() : undefined),
      ]),
    ])
  },
})
