// Bot streaming text (src 31): the chunks so far, through the same sanitized Markdown pipeline as
// rich text, with a blinking cursor and `aria-busy` until `isFinished`. Screen readers then read
// the finished answer once instead of every fragment (the shell's live region announces it).
import { computed, defineComponent } from 'vue-demi'
import { hc } from '../../vue/compat'
import { rendererProps } from '../types'
import { arr, payloadOf, str } from '../_shared/context'
import { renderMarkdown } from '../richText/markdown'
import { renderUnsupported } from '../unsupported/UnsupportedMessage'
import '../richText/markdown.css'
import './stream.css'

/** Draws a `stream` message (src 31). */
export const StreamMessage = defineComponent({
  name: 'KefuStreamMessage',
  props: rendererProps,
  setup(props) {
    const payload = computed(() => payloadOf(props.message, 'stream'))
    const html = computed(() => {
      const p = payload.value
      return p ? renderMarkdown(arr(p.chunks).map(str).join(''), { imageAlt: props.context.t('messages.image.alt') }) : ''
    })
    return () => {
      const t = props.context.t
      const p = payload.value
      if (!p) return renderUnsupported(props.message, t)
      const busy = !p.isFinished
      return hc('div', {
        class: ['kefu-stream', { 'kefu-stream--busy': busy }],
        attrs: { 'aria-busy': busy ? 'true' : 'false' },
      }, [
        hc('div', { class: 'kefu-markdown', domProps: { innerHTML: html.value } }),
        busy
          ? hc('span', { class: 'kefu-stream__cursor' }, [
            hc('span', { class: 'kefu-sr-only' }, t('messages.stream.inProgress')),
          ])
          : null,
      ])
    }
  },
})
