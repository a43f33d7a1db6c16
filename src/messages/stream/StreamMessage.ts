// Bot streaming text (src 31): the chunks so far, through the same sanitized Markdown pipeline as
// rich text, with a blinking cursor and `aria-busy` until `isFinished`. Screen readers then read
// the finished answer once instead of every fragment (the shell's live region announces it).
// Completed blocks are rendered once and kept (incremental.ts): each in its own element whose
// HTML does not change, so a chunk costs the open tail, not the answer so far.
import { computed, defineComponent, shallowRef } from 'vue-demi'
import { hc } from '../../vue/compat'
import { rendererProps } from '../types'
import { arr, payloadOf, str } from '../_shared/context'
import { loadMarkdown, markdownReady } from '../richText/markdown'
import { renderStream, type StreamBlocks } from './incremental'
import { renderUnsupported } from '../unsupported/UnsupportedMessage'
import '../richText/markdown.css'
import './stream.css'

function blockNodes(r: StreamBlocks): unknown[] {
  const nodes: unknown[] = r.blocks.map((html, i) => hc('div', { key: i, class: 'kefu-markdown__block', domProps: { innerHTML: html } }))
  if (r.tail) nodes.push(hc('div', { key: 'tail', class: 'kefu-markdown__block', domProps: { innerHTML: r.tail } }))
  return nodes
}

/** Draws a `stream` message (src 31). */
export const StreamMessage = defineComponent({
  name: 'KefuStreamMessage',
  props: rendererProps,
  setup(props) {
    const payload = computed(() => payloadOf(props.message, 'stream'))
    // plain text until marked and DOMPurify are loaded, then Markdown
    const ready = shallowRef(markdownReady())
    if (!ready.value) loadMarkdown().then(() => { ready.value = true }, () => {})
    let last: StreamBlocks | null = null
    const rendered = computed(() => {
      const p = payload.value
      if (!p) return null
      last = renderStream(arr(p.chunks).map(str).join(''), props.context.t('messages.image.alt'), ready.value, last)
      return last
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
        hc('div', { class: 'kefu-markdown' }, blockNodes(rendered.value!)),
        busy
          ? hc('span', { class: 'kefu-stream__cursor' }, [
            hc('span', { class: 'kefu-sr-only' }, t('messages.stream.inProgress')),
          ])
          : null,
      ])
    }
  },
})
