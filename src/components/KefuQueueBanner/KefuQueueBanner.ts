// Shown while waiting for a human agent: the place in the queue, updated as it moves.
import { defineComponent } from 'vue-demi'
import { hc } from '../../vue/compat'
import { useKefu } from '../../vue/context'
import { useSelect } from '../../vue/select'
import '../../styles/shell.css'
import './KefuQueueBanner.css'

/** The queue position while waiting for an agent (state.queue); nothing otherwise. */
export const KefuQueueBanner = defineComponent({
  name: 'KefuQueueBanner',
  setup() {
    const { t, state } = useKefu()
    // re-rendered when the queue changes, not on every message or stream chunk
    const queue = useSelect(state, (s) => s.queue)
    return () => {
      const q = queue.value
      if (!q) return null
      const parts: string[] = []
      if (typeof q.position === 'number') parts.push(t('queue.position', { position: q.position }))
      if (typeof q.waitNo === 'number') parts.push(t('queue.ahead', { count: q.waitNo }))
      // Without numbers the backend's own queue text is the best we have (it may be in another
      // language than the UI, but it is what the service configured).
      const text = parts.length ? parts.join(' · ') : q.text || t('queue.waiting')
      return hc('div', { class: 'kefu-queue', attrs: { role: 'status', 'data-kefu-queue': '' } }, [
        hc('span', { class: 'kefu-spinner', attrs: { 'aria-hidden': 'true' } }),
        hc('span', { class: 'kefu-queue__text' }, text),
      ])
    }
  },
})
