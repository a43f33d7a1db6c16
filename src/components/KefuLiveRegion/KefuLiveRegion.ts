// The screen-reader voice of the chat. The transcript itself is `aria-live="off"` (a live log
// re-reads whole rows on every re-render, and a virtualised list re-renders constantly), so new
// incoming messages are announced here instead: one short summary at a time, never history.
import { defineComponent, nextTick, onBeforeUnmount, shallowRef } from 'vue-demi'
import { summarizeMessage } from '../../messages/summary'
import type { ChatMessage } from '../../protocol/engine/types'
import { hc } from '../../vue/compat'
import { stripDirectionControls } from '../../messages/_shared/bidi'
import { useKefu } from '../../vue/context'

/** Announces each new incoming message through a polite live region. */
export const KefuLiveRegion = defineComponent({
  name: 'KefuLiveRegion',
  props: {
    /**
     * How long each announcement stays before the next one replaces it (ms), counted from when it
     * is in the DOM. Long enough for a screen reader to start speaking; a burst of bot messages
     * is read in order, not dropped.
     * @default 1000
     */
    interval: { type: Number, default: 1000 },
    /**
     * Most announcements waiting at once; older ones are dropped first when a burst exceeds it.
     * @default 20
     */
    maxQueue: { type: Number, default: 20 },
  },
  setup(props) {
    const { engine, t, registry } = useKefu()
    const current = shallowRef('')
    // Each announcement gets a new key, so Vue inserts a new text node even when two summaries
    // are identical ("OK", "OK"): screen readers announce additions, not unchanged text.
    const seq = shallowRef(0)
    const queue: ChatMessage[] = []
    let timer: ReturnType<typeof setTimeout> | undefined
    // true from an announcement until its interval is over (the timer starts only once it is drawn)
    let busy = false
    let stopped = false

    const next = () => {
      timer = undefined
      const m = queue.shift()
      if (!m) {
        busy = false
        current.value = ''
        return
      }
      busy = true
      // Summarised when shown, not when queued, so a locale switch in between is honoured.
      const name = stripDirectionControls(m.senderName || '').trim() || t('row.service')
      const registered = registry.value
      const text = registered.summarize ? registered.summarize(m, t) : summarizeMessage(m, t)
      current.value = t('live.incoming', { name, text })
      seq.value++
      // The interval counts from when the announcement is in the DOM, not from here: on a busy
      // machine the render that shows it can come hundreds of ms later (the whole list renders
      // in the same flush), and a timer started here cut the first announcement short (324 ms
      // in the DOM instead of 1000 in the browser suite).
      void nextTick(() => {
        if (!stopped) timer = setTimeout(next, props.interval)
      })
    }

    const off = engine.onIncoming((m) => {
      // The customer's own words are not read back to them, and a kind the host hid is not drawn,
      // so it is not announced either.
      if (m.from === 'customer' || !registry.value.resolve(m)) return
      queue.push(m)
      if (queue.length > props.maxQueue) queue.splice(0, queue.length - props.maxQueue)
      if (!busy) next()
    })
    onBeforeUnmount(() => {
      stopped = true
      off()
      clearTimeout(timer)
    })

    return () =>
      hc('div', {
        class: 'kefu-sr-only kefu-live',
        attrs: { 'aria-live': 'polite', 'aria-atomic': 'true', 'data-kefu-live': '' },
      }, current.value ? [hc('span', { key: seq.value }, current.value)] : [])
  },
})
