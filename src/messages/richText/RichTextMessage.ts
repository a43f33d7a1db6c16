// Bot rich text (src 30): Markdown through the sanitizing pipeline (markdown.ts), set as
// innerHTML. The HTML is computed from the payload, so a re-render of the list that does not
// change this message does not parse anything again (and renderMarkdown memoises across mounts).
import { computed, defineComponent, shallowRef } from 'vue-demi'
import { hc } from '../../vue/compat'
import { rendererProps } from '../types'
import { payloadOf } from '../_shared/context'
import { loadMarkdownWhenIdle, markdownReady, plainTextHtml, renderMarkdown } from './markdown'
import { renderUnsupported } from '../unsupported/UnsupportedMessage'
import './markdown.css'

/** Draws a `richText` message (src 30). */
export const RichTextMessage = defineComponent({
  name: 'KefuRichTextMessage',
  props: rendererProps,
  setup(props) {
    const payload = computed(() => payloadOf(props.message, 'richText'))
    // The text, escaped, until marked and DOMPurify are loaded (the first rich message loads them
    // once the page is idle, so not between the mount and the first paint).
    const ready = shallowRef(markdownReady())
    if (!ready.value) loadMarkdownWhenIdle().then(() => { ready.value = true }, () => {})
    const html = computed(() => {
      const p = payload.value
      if (p && !ready.value) return plainTextHtml(typeof p.content === 'string' ? p.content : String(p.content ?? ''))
      return p ? renderMarkdown(p.content, { imageAlt: props.context.t('messages.image.alt') }) : ''
    })
    return () => {
      if (!payload.value) return renderUnsupported(props.message, props.context.t)
      return hc('div', { class: ['kefu-markdown', 'kefu-rich-text'], attrs: { dir: 'auto' }, domProps: { innerHTML: html.value } })
    }
  },
})
