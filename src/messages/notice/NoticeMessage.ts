// System notices the engine recognised in service texts (queue position, transfer succeeded or
// failed, off-hours reply, other info): centred and muted, not a bubble. A queue notice also
// shows the position as a figure, which is what a waiting customer looks for.
import { defineComponent } from 'vue-demi'
import { hc } from '../../vue/compat'
import { rendererProps } from '../types'
import { payloadOf, str } from '../_shared/context'
import { renderUnsupported } from '../unsupported/UnsupportedMessage'
import './notice.css'

const isCount = (n: unknown): n is number => typeof n === 'number' && isFinite(n) && n >= 0

/** Draws a `notice` message. */
export const NoticeMessage = defineComponent({
  name: 'KefuNoticeMessage',
  props: rendererProps,
  setup(props) {
    return () => {
      const t = props.context.t
      const p = payloadOf(props.message, 'notice')
      if (!p) return renderUnsupported(props.message, t)
      const type = str(p.notice) || 'info'
      const queue = type === 'queue'
      const badges = queue
        ? [
          isCount(p.position) && p.position >= 1
            ? hc('span', { key: 'p', class: 'kefu-notice__badge' }, t('messages.notice.queuePosition', { position: p.position }))
            : null,
          isCount(p.waitNo)
            ? hc('span', { key: 'w', class: 'kefu-notice__badge' }, t('messages.notice.waitNo', { count: p.waitNo }))
            : null,
        ].filter(Boolean)
        : []
      return hc('div', { class: ['kefu-notice', `kefu-notice--${type}`] }, [
        hc('p', { class: 'kefu-notice__text', attrs: { dir: 'auto' } }, str(p.text)),
        badges.length ? hc('p', { class: 'kefu-notice__badges' }, badges) : null,
      ])
    }
  },
})
