// Bot streaming text (src 31): the chunks so far, through the same sanitized Markdown pipeline as
// rich text, with a blinking cursor and `aria-busy` until `isFinished`. Screen readers then read
// the finished answer once instead of every fragment (the shell's live region announces it).
// Completed blocks are rendered once and kept (incremental.ts): each in its own element whose
// HTML does not change, so a chunk costs the open tail, not the answer so far. Chunks arriving
// within one frame are drawn once (the engine's state still has each of them at once).
import { computed, defineComponent, onBeforeUnmount, onMounted, onUpdated, shallowRef, watch } from 'vue-demi'
import { hc, useElementRef } from '../../vue/compat'
import { rendererProps } from '../types'
import { arr, payloadOf, str } from '../_shared/context'
import { loadMarkdownWhenIdle, markdownReady, plainTextHtml, streamTools } from '../richText/markdown'
import type { StreamBlocks } from './incremental'
import { renderUnsupported } from '../unsupported/UnsupportedMessage'
import '../richText/markdown.css'
import './stream.css'

/**
 * Which frame it is: the document timeline's time, the same for every task between two frames
 * (a browser); where there is none (jsdom, SSR), 16 ms slices of the clock.
 */
function frameTime(): number {
  const timeline = typeof document !== 'undefined' ? (document as { timeline?: { currentTime?: unknown } }).timeline : undefined
  const t = timeline?.currentTime
  return typeof t === 'number' ? t : Math.floor(Date.now() / 16)
}
// a frame where there is one (a browser), a short timer where there is none (jsdom, SSR)
const nextFrame = (cb: () => void): unknown =>
  typeof requestAnimationFrame === 'function' ? requestAnimationFrame(cb) : setTimeout(cb, 16)
const cancelFrame = (id: unknown): void => {
  if (typeof cancelAnimationFrame === 'function') cancelAnimationFrame(id as number)
  else clearTimeout(id as ReturnType<typeof setTimeout>)
}

// Completed blocks get their HTML once (innerHTML). The open tail's element is filled after each
// render by setHtml (morph.ts, loaded with Markdown), which changes only the nodes that differ from the last chunk's.
function blockNodes(r: Pick<StreamBlocks, 'blocks' | 'tail'>, tailRef: unknown): unknown[] {
  const nodes: unknown[] = r.blocks.map((html, i) => hc('div', { key: i, class: 'kefu-markdown__block', domProps: { innerHTML: html } }))
  if (r.tail) nodes.push(hc('div', { key: 'tail', ref: tailRef, class: 'kefu-markdown__block' }))
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
    if (!ready.value) loadMarkdownWhenIdle().then(() => { ready.value = true }, () => {})
    const text = computed(() => {
      const p = payload.value
      return p ? arr(p.chunks).map(str).join('') : ''
    })
    // What is drawn: the latest text, rendered at most once per frame while the answer streams.
    // A chunk in a frame that has drawn nothing yet is drawn at once; later chunks of the same
    // frame wait for the next one and are drawn together (no frame is requested otherwise). The
    // end of the answer is drawn at once.
    const shown = shallowRef(text.value)
    let drawnIn: number | null = null
    let timer: unknown = null
    const draw = () => {
      shown.value = text.value
      drawnIn = frameTime()
    }
    const update = () => {
      if (shown.value === text.value) return
      if (payload.value?.isFinished || drawnIn !== frameTime()) {
        draw()
        return
      }
      if (timer === null) {
        timer = nextFrame(() => {
          timer = null
          if (shown.value !== text.value) draw()
        })
      }
    }
    watch(text, update, { flush: 'sync' })
    watch(() => !!payload.value?.isFinished, update, { flush: 'sync' })
    onBeforeUnmount(() => {
      if (timer !== null) cancelFrame(timer)
    })
    let last: StreamBlocks | null = null
    // until Markdown is there (renderStream and setHtml come with it) the answer is escaped text
    const rendered = computed((): Pick<StreamBlocks, 'blocks' | 'tail'> | null => {
      if (!payload.value) return null
      const tools = ready.value ? streamTools() : null
      if (!tools) return { blocks: [], tail: plainTextHtml(shown.value) }
      last = tools.renderStream(shown.value, props.context.t('messages.image.alt'), true, last)
      return last
    })
    // the tail's element and the HTML it holds (a new element starts empty)
    const tailEl = useElementRef<HTMLElement>('streamTail')
    let filled: HTMLElement | null = null
    let filledWith = ''
    const fillTail = () => {
      const el = tailEl.value
      const html = rendered.value?.tail ?? ''
      if (!el || (el === filled && html === filledWith)) return
      const tools = streamTools()
      if (tools) tools.setHtml(el, html, el === filled ? filledWith : undefined)
      else el.innerHTML = html
      filled = el
      filledWith = html
    }
    onMounted(fillTail)
    onUpdated(fillTail)
    return () => {
      const t = props.context.t
      const p = payload.value
      if (!p) return renderUnsupported(props.message, t)
      const busy = !p.isFinished
      return hc('div', {
        class: ['kefu-stream', { 'kefu-stream--busy': busy }],
        attrs: { 'aria-busy': busy ? 'true' : 'false' },
      }, [
        hc('div', { class: 'kefu-markdown' }, blockNodes(rendered.value!, tailEl.bind)),
        busy
          ? hc('span', { class: 'kefu-stream__cursor' }, [
            hc('span', { class: 'kefu-sr-only' }, t('messages.stream.inProgress')),
          ])
          : null,
      ])
    }
  },
})
