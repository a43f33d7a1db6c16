// "What went over the transport": every OutgoingMessage the engine handed to the transport and
// every TransportEvent the transport pushed, as JSON, oldest first. Browser tests read it.
import { defineComponent, h, nextTick, ref, watch, type PropType } from 'vue'
import type { OutgoingMessage, TransportEvent } from 'kefu-kit/protocol'
import type { LogEntry } from '../lib/session'
import { safeStringify } from '../lib/wire'

/** Drawn entries; the arrays on window.__kefu keep everything. */
const MAX_SHOWN = 400

/** The custom `data` string parsed back to compact JSON, or null for text. */
function compactData(m: OutgoingMessage): string | null {
  if (!m.body || m.body.type !== 'custom') return null
  try {
    return safeStringify(JSON.parse(m.body.data))
  } catch {
    return m.body.data
  }
}

function summary(e: LogEntry): string {
  if (e.dir === 'out') {
    const m = e.record as OutgoingMessage
    if (m.body.type === 'text') return `send text`
    if (m.body.type !== 'custom') {
      // a media upload, recorded without its bytes (see session.ts)
      const media = m.body as { type: string; name?: unknown; size?: unknown }
      return `send ${media.type} ${String(media.name ?? '')} (${String(media.size ?? '?')} bytes)`
    }
    let src = '?'
    try {
      src = String(JSON.parse(m.body.data).src)
    } catch {
      // not JSON: leave `?`
    }
    return `send custom src ${src}${m.options?.onlineUserOnly ? ' (onlineUserOnly)' : ''}`
  }
  const ev = e.record as TransportEvent
  if (ev.type === 'status') return `status ${ev.status}`
  if (ev.type === 'revoked') return `revoked ${ev.id}`
  // The log shows what the transport delivered, malformed or not (tests inject broken events).
  const body = ev.message?.body as { type?: unknown; data?: unknown } | undefined
  if (!body || typeof body !== 'object') return `${ev.type} without a body`
  if (body.type === 'custom') {
    let src = '?'
    try {
      const d = typeof body.data === 'string' ? JSON.parse(body.data) : body.data
      src = String((d as { src?: unknown })?.src)
    } catch {
      // not JSON
    }
    return `${ev.type} custom src ${src} from ${ev.message.from}`
  }
  return `${ev.type} ${body.type} from ${ev.message.from}`
}

// toLocaleTimeString builds a formatter on every call: with hundreds of entries re-rendered per
// message that dominated the chat page's profile, so one formatter is shared.
const CLOCK = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false })

export const TransportLog = defineComponent({
  name: 'PgTransportLog',
  props: {
    log: { type: Array as PropType<LogEntry[]>, required: true },
  },
  setup(props) {
    const follow = ref(true)
    const list = ref<HTMLElement | null>(null)
    watch(
      () => props.log.length,
      () => {
        if (follow.value) nextTick(() => list.value && (list.value.scrollTop = list.value.scrollHeight))
      },
    )
    const time = (ms: number) => `${CLOCK.format(ms)}.${String(new Date(ms).getMilliseconds()).padStart(3, '0')}`
    return () => {
      const entries = props.log.length > MAX_SHOWN ? props.log.slice(-MAX_SHOWN) : props.log
      const outCount = props.log.filter((e) => e.dir === 'out').length
      return h('section', { class: 'pg-panel pg-tlog', 'aria-labelledby': 'pg-tlog-title' }, [
        h('div', { class: 'pg-panel__head' }, [
          h('h2', { id: 'pg-tlog-title', class: 'pg-panel__title' }, 'Transport log'),
          h('span', { class: 'pg-muted' }, `${outCount} sent · ${props.log.length - outCount} received`),
          h('label', { class: 'pg-check' }, [
            h('input', { type: 'checkbox', checked: follow.value, onChange: (e: Event) => (follow.value = (e.target as HTMLInputElement).checked) }),
            ' Follow',
          ]),
        ]),
        h('p', { class: 'pg-hint' }, [
          'Also on ',
          h('code', null, 'window.__kefu'),
          ': ',
          h('code', null, 'sent'),
          ' (OutgoingMessage[]), ',
          h('code', null, 'received'),
          ' (TransportEvent[]), ',
          h('code', null, 'simulator'),
          ', ',
          h('code', null, 'engine'),
          '.',
        ]),
        h(
          'ol',
          {
            ref: list,
            class: 'pg-tlog__list',
            'data-testid': 'transport-log',
            tabindex: '0',
            'aria-label': 'Transport log entries',
          },
          entries.map((e) => {
            const data = e.dir === 'out' ? compactData(e.record as OutgoingMessage) : null
            return h('li', { key: e.seq, class: ['pg-tlog__item', `pg-tlog__item--${e.dir}`], 'data-dir': e.dir, 'data-seq': e.seq }, [
              h('div', { class: 'pg-tlog__head' }, [
                h('span', { class: 'pg-tlog__dir', 'aria-label': e.dir === 'out' ? 'Sent' : 'Received' }, e.dir === 'out' ? '↑' : '↓'),
                h('time', { class: 'pg-tlog__time' }, time(e.at)),
                h('span', { class: 'pg-tlog__summary' }, summary(e)),
                e.outcome
                  ? e.outcome.ok
                    ? h('span', { class: 'pg-badge pg-badge--ok' }, 'ok')
                    : h('span', { class: 'pg-badge pg-badge--refused' }, `failed: ${e.outcome.code}`)
                  : e.dir === 'out'
                    ? h('span', { class: 'pg-badge' }, 'pending')
                    : null,
              ]),
              h('pre', { class: 'pg-code pg-code--small' }, safeStringify(e.record)),
              data ? h('pre', { class: 'pg-code pg-code--small pg-tlog__data' }, `data: ${data}`) : null,
            ])
          }),
        ),
      ])
    }
  },
})
