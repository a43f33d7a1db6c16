// The chat's title bar: who the customer is talking to, and whether messages can get through
// right now (online / connecting / reconnecting / signed in elsewhere).
import { defineComponent } from 'vue-demi'
import { hc } from '../../vue/compat'
import { useKefu } from '../../vue/context'
import './KefuHeader.css'

/** Title, avatar and connection status. */
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
    return () => {
      const title = props.title || t('header.title')
      const conn = state.value.connection
      return hc('div', { class: 'kefu-header' }, [
        props.avatar
          ? hc('img', { class: 'kefu-header__avatar', attrs: { src: props.avatar, alt: '', width: 36, height: 36 } })
          : hc('span', { class: 'kefu-header__avatar kefu-header__avatar--initial', attrs: { 'aria-hidden': 'true' } }, Array.from(title)[0] || '?'),
        hc('div', { class: 'kefu-header__text' }, [
          hc('div', { class: 'kefu-header__title' }, title),
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
