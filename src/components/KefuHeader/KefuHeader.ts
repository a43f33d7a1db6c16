// The chat's title bar: who the customer is talking to, and whether messages can get through
// right now (online / connecting / reconnecting / signed in elsewhere).
import { defineComponent, shallowRef, watch } from 'vue-demi'
import type { ChatMessage, ConversationState } from '../../protocol/engine/types'
import { hc } from '../../vue/compat'
import { useKefu } from '../../vue/context'
import { useSelect } from '../../vue/select'
import { isolated, stripDirectionControls } from '../../messages/_shared/bidi'
import { safeImageUrl } from '../../messages/_shared/url'
import './KefuHeader.css'

/**
 * Who serves the customer while a human agent does: the name (and avatar) of the latest service
 * message since the agent took over — after the last "connected to …" notice, or else after
 * `fromIndex` (where the list ended when the engine reported the agent). Null while no human
 * serves, or before the agent has said anything with a name.
 * @internal
 */
export function servingAgent(state: ConversationState, fromIndex = 0): { name: string; avatar?: string } | null {
  if (!state.humanServing) return null
  const messages = state.messages
  let start = Math.max(0, Math.min(fromIndex, messages.length))
  for (let i = messages.length - 1; i >= 0; i--) {
    const p = (messages[i] as ChatMessage).payload
    if (p.kind === 'notice' && p.notice === 'transferSucceeded') {
      start = i + 1
      break
    }
  }
  for (let i = messages.length - 1; i >= start; i--) {
    const m = messages[i] as ChatMessage
    if (m.from !== 'service' || m.payload.kind === 'notice') continue
    const name = typeof m.senderName === 'string' ? stripDirectionControls(m.senderName).trim() : ''
    if (!name) continue
    return typeof m.avatar === 'string' && m.avatar ? { name, avatar: m.avatar } : { name }
  }
  return null
}

/** Title, avatar and connection status; while an agent serves, the agent's name and avatar. */
export const KefuHeader = defineComponent({
  name: 'KefuHeader',
  props: {
    /**
     * The service's name.
     * @default the translated 'header.title' ("在线客服")
     */
    title: { type: String, default: undefined },
    /**
     * The service's avatar URL; without one, the title's first character is drawn.
     * @default undefined
     */
    avatar: { type: String, default: undefined },
  },
  setup(props, { slots }) {
    const { t, state } = useKefu()
    // where the list ended when the engine reported a human agent (the agent speaks after it)
    const servedFrom = shallowRef(0)
    watch(() => state.value.humanServing, (serving) => {
      if (serving) servedFrom.value = state.value.messages.length
    }, { flush: 'sync' })
    // re-rendered when the agent or the connection changes, not on every message or stream chunk
    const shown = useSelect(state, (s) => {
      const a = servingAgent(s, servedFrom.value)
      return { name: a ? a.name : undefined, avatar: a ? a.avatar : undefined, conn: s.connection }
    })
    return () => {
      const agent = shown.value.name !== undefined ? { name: shown.value.name, avatar: shown.value.avatar } : null
      const title = agent ? agent.name : stripDirectionControls(props.title || '') || t('header.title')
      // the one URL rule, as for every URL the kit puts in the DOM
      const avatar = safeImageUrl(agent ? agent.avatar : props.avatar)
      const conn = shown.value.conn
      return hc('div', { class: 'kefu-header', attrs: { 'data-kefu-serving': agent ? 'agent' : 'service' } }, [
        avatar
          ? hc('img', { key: avatar, class: 'kefu-header__avatar', attrs: { src: avatar, alt: '', width: 36, height: 36 } })
          : hc('span', { class: 'kefu-header__avatar kefu-header__avatar--initial', attrs: { 'aria-hidden': 'true' } }, Array.from(title)[0] || '?'),
        hc('div', { class: 'kefu-header__text' }, [
          hc('div', { class: 'kefu-header__title' }, [isolated(title)]),
          // role=status: a drop to "reconnecting" is announced once, politely.
          hc('div', { class: 'kefu-header__status', attrs: { role: 'status', 'data-kefu-connection': conn } }, [
            hc('span', { class: 'kefu-header__dot', attrs: { 'aria-hidden': 'true' } }),
            t(`header.status.${conn}`),
          ]),
        ]),
        // Room for a host's own buttons (minimise, close) without rebuilding the header.
        slots.actions ? hc('div', { class: 'kefu-header__actions' }, slots.actions()) : null,
      ])
    }
  },
})
