// The row of quick buttons above the composer (the Desk kits' `toolbarButtonList`): send a text,
// open a link (http(s), mailto: and tel: only, in a new tab), or a preset — human service, rate
// the service, end the conversation — shown only while the engine allows it (the seat status, src
// 26, decides: "human service" while no agent serves; "rate" and "end" while one does). The
// default toolbar is the three presets and does everything KefuActionBar does: "end" asks first,
// refusals are shown (useActionFeedback), "human service" hides while the request waits for an
// agent and hands the keyboard focus to the composer. A host may also put a product or an order
// above the composer, which the customer sends as a card with one tap.
import { defineComponent, shallowRef, type PropType } from 'vue-demi'
import type { ChatMessage } from '../../protocol/engine/types'
import type { OrderContent, ProductContent } from '../../protocol/types'
import { safeImageUrl, safeLinkUrl } from '../../messages/_shared/url'
import { externalIcon } from '../../messages/_shared/icons'
import { hc } from '../../vue/compat'
import { transferPending } from '../KefuActionBar/KefuActionBar'
import { focusComposerIfLost, pressedIn, useSessionActions } from '../KefuActionBar/useSessionActions'
import '../KefuActionBar/KefuActionBar.css'
import './KefuToolbar.css'

/** A preset button: what it does is the kit's, its visibility follows the seat status. */
export type ToolbarPreset = 'humanService' | 'serviceRating' | 'endHumanService'

/** One quick button. `label` overrides the preset's translated text; `enabled: false` hides it. */
export type ToolbarButton =
  | { type: 'text'; label: string; text: string; enabled?: boolean }
  | { type: 'link'; label: string; url: string; enabled?: boolean }
  | { type: 'preset'; preset: ToolbarPreset; label?: string; enabled?: boolean }

/** The default toolbar: the three presets (what KefuActionBar offered). */
export const DEFAULT_TOOLBAR: readonly ToolbarButton[] = Object.freeze([
  { type: 'preset', preset: 'humanService' },
  { type: 'preset', preset: 'serviceRating' },
  { type: 'preset', preset: 'endHumanService' },
] as ToolbarButton[])

let uid = 0

const PRESET_ACTION: Record<ToolbarPreset, string> = { humanService: 'transfer', serviceRating: 'rate', endHumanService: 'end' }
const PRESET_LABEL: Record<ToolbarPreset, string> = {
  humanService: 'action.transfer',
  serviceRating: 'action.rate',
  endHumanService: 'action.end',
}

/** Props of KefuToolbar (KefuChat passes its own through). */
export const kefuToolbarProps = {
  /**
   * The quick buttons, in order: `{ type: 'text', label, text }`, `{ type: 'link', label, url }`,
   * `{ type: 'preset', preset: 'humanService' | 'serviceRating' | 'endHumanService', label? }`.
   * `[]` for none.
   * @default the three presets
   */
  toolbar: { type: Array as PropType<readonly ToolbarButton[]>, default: undefined },
  /**
   * A product to offer above the composer; tapping "Send" sends it as a product card (src 22).
   * @default undefined
   */
  product: { type: Object as PropType<ProductContent>, default: undefined },
  /**
   * An order to offer above the composer; tapping "Send" sends it as an order card (src 28).
   * @default undefined
   */
  order: { type: Object as PropType<OrderContent>, default: undefined },
}

/** Quick buttons, and the product / order the host offers, above the composer. */
export const KefuToolbar = defineComponent({
  name: 'KefuToolbar',
  props: {
    ...kefuToolbarProps,
    /**
     * How long a refused action's error stays visible (ms).
     * @default 4000
     */
    errorDuration: { type: Number, default: 4000 },
  },
  emits: {
    /** a quick text, product or order was accepted by the engine */
    sent: (_message: ChatMessage) => true,
  },
  setup(props, { emit }) {
    const { t, engine, endButton, cancelButton, confirming, error, run, waitingForAgent, can, transfer, askEnd, cancelEnd, confirmEnd, onConfirmKeydown } =
      useSessionActions({ errorDuration: () => props.errorDuration, transferPending })
    const id = `kefu-toolbar-${++uid}`
    /** the offer the customer dismissed or sent (by identity), so it goes away */
    const doneProduct = shallowRef<unknown>(null)
    const doneOrder = shallowRef<unknown>(null)

    function sendQuickText(text: string): void {
      const result = run(() => engine.sendText(text))
      if (result.ok && result.value) emit('sent', result.value)
    }
    function sendOffer(kind: 'product' | 'order', e?: Event): void {
      const [button, root] = pressedIn(e)
      const result = kind === 'product'
        ? run(() => engine.sendProduct(props.product as ProductContent))
        : run(() => engine.sendOrder(props.order as OrderContent))
      if (result.ok) {
        if (kind === 'product') doneProduct.value = props.product
        else doneOrder.value = props.order
        if (result.value) emit('sent', result.value)
        focusComposerIfLost(button, root)
      }
    }

    function renderPreset(b: Extract<ToolbarButton, { type: 'preset' }>, index: number): any {
      const allowed = can.value
      const label = b.label || t(PRESET_LABEL[b.preset])
      const action = PRESET_ACTION[b.preset]
      if (b.preset === 'humanService') {
        if (!allowed.transferToHuman || waitingForAgent.value) return null
        return hc('button', { key: `p${index}`, class: 'kefu-action', attrs: { type: 'button', 'data-kefu-action': action }, on: { click: transfer } }, label)
      }
      if (b.preset === 'serviceRating') {
        if (!allowed.requestRating) return null
        return hc('button', { key: `p${index}`, class: 'kefu-action', attrs: { type: 'button', 'data-kefu-action': action }, on: { click: () => run(() => engine.requestRating()) } }, label)
      }
      if (b.preset === 'endHumanService') {
        if (!allowed.endHumanSession) return null
        return confirming.value
          ? hc('div', {
            key: `confirm${index}`,
            class: 'kefu-action-confirm',
            attrs: { role: 'group', 'aria-labelledby': `${id}-confirm` },
            on: { keydown: onConfirmKeydown },
          }, [
            hc('span', { class: 'kefu-action-confirm__prompt', attrs: { id: `${id}-confirm` } }, t('action.endConfirm')),
            hc('button', { class: 'kefu-action kefu-action--danger', attrs: { type: 'button', 'data-kefu-action': 'end-confirm' }, on: { click: confirmEnd } }, t('action.endConfirmYes')),
            hc('button', { ref: cancelButton.bind, class: 'kefu-action', attrs: { type: 'button', 'data-kefu-action': 'end-cancel' }, on: { click: cancelEnd } }, t('action.endConfirmNo')),
          ])
          : hc('button', { key: `p${index}`, ref: endButton.bind, class: 'kefu-action', attrs: { type: 'button', 'data-kefu-action': action }, on: { click: askEnd } }, label)
      }
      return null
    }

    function renderButton(b: ToolbarButton, index: number): any {
      if (!b || typeof b !== 'object' || b.enabled === false) return null
      if (b.type === 'preset') return renderPreset(b, index)
      const label = typeof b.label === 'string' ? b.label.trim() : ''
      if (!label) return null
      if (b.type === 'text') {
        const text = typeof b.text === 'string' && b.text.trim() ? b.text : label
        return hc('button', { key: `t${index}`, class: 'kefu-action', attrs: { type: 'button', 'data-kefu-toolbar': 'text' }, on: { click: () => sendQuickText(text) } }, label)
      }
      if (b.type === 'link') {
        const href = safeLinkUrl(b.url)
        if (!href) return null
        return hc('a', {
          key: `l${index}`,
          class: 'kefu-action kefu-toolbar__link',
          attrs: { href, target: '_blank', rel: 'noopener noreferrer', 'data-kefu-toolbar': 'link' },
        }, [label, externalIcon(), hc('span', { class: 'kefu-sr-only' }, t('desk.toolbar.opensNewTab'))])
      }
      return null
    }

    function renderOffer(kind: 'product' | 'order'): any {
      const item = kind === 'product' ? props.product : props.order
      if (!item || typeof item !== 'object') return null
      if ((kind === 'product' ? doneProduct.value : doneOrder.value) === item) return null
      const title = kind === 'product' ? String((item as ProductContent).header || '') : String((item as OrderContent).name || '')
      const desc = String((item as { desc?: unknown }).desc || '')
      const pic = safeImageUrl((item as { pic?: unknown }).pic)
      const titleId = `${id}-${kind}`
      return hc('div', {
        key: kind,
        class: ['kefu-toolbar__offer', `kefu-toolbar__offer--${kind}`],
        attrs: { role: 'group', 'aria-labelledby': titleId, 'data-kefu-offer': kind },
      }, [
        pic ? hc('img', { class: 'kefu-toolbar__offer-pic', attrs: { src: pic, alt: '', width: 40, height: 40, loading: 'lazy' } }) : null,
        hc('div', { class: 'kefu-toolbar__offer-text' }, [
          hc('p', { class: 'kefu-toolbar__offer-kicker' }, t(kind === 'product' ? 'desk.toolbar.product' : 'desk.toolbar.order')),
          hc('p', { class: 'kefu-toolbar__offer-title', attrs: { id: titleId } }, title),
          desc ? hc('p', { class: 'kefu-toolbar__offer-desc' }, desc) : null,
        ]),
        hc('button', {
          class: 'kefu-button',
          attrs: { type: 'button', 'aria-describedby': titleId, 'data-kefu-offer-send': kind },
          on: { click: (e: Event) => sendOffer(kind, e) },
        }, t(kind === 'product' ? 'desk.toolbar.sendProduct' : 'desk.toolbar.sendOrder')),
        hc('button', {
          class: 'kefu-toolbar__offer-dismiss',
          attrs: { type: 'button', 'aria-label': `${t('desk.toolbar.dismiss')}: ${title}`, 'data-kefu-offer-dismiss': kind },
          on: { click: () => { if (kind === 'product') doneProduct.value = item; else doneOrder.value = item } },
        }, [hc('span', { attrs: { 'aria-hidden': 'true' } }, '×')]),
      ])
    }

    return () => {
      const list = Array.isArray(props.toolbar) ? props.toolbar : DEFAULT_TOOLBAR
      const buttons = list.map(renderButton).filter(Boolean)
      const offers = [renderOffer('product'), renderOffer('order')].filter(Boolean)
      if (!buttons.length && !offers.length && !error.value) return null
      return hc('div', { class: 'kefu-toolbar' }, [
        ...offers,
        buttons.length || error.value
          ? hc('div', { class: 'kefu-actions kefu-toolbar__buttons', attrs: { role: 'group', 'aria-label': t('action.label') } }, [
            ...buttons,
            error.value ? hc('p', { class: 'kefu-actions__error', attrs: { role: 'alert' } }, error.value) : null,
          ])
          : null,
      ])
    }
  },
})
