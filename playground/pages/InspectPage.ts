// The payload inspector: paste the `data` of a custom message, see what `decode` makes of it and
// how the default renderers draw it. `#/inspect?data=<URI-encoded JSON>` opens with that payload
// and draws exactly that one message (service side) in [data-testid="inspect-output"].
import { computed, defineComponent, h, onBeforeUnmount, ref, watch } from 'vue'
import { galleryFixtures } from 'kefu-kit/gallery'
import { decode, FLAG_KINDS, readMessageMeta } from 'kefu-kit/protocol'
import type { ChatMessage, DecodedPayload, Sender } from 'kefu-kit/protocol'
import { MessageSandbox } from '../parts/MessageSandbox'
import { customData, safeStringify } from '../lib/wire'
import { route, setQueryParam, settings } from '../state'

interface Sample {
  label: string
  data: string
}

const json = (v: unknown) => JSON.stringify(v)

/** Hand-written edge cases the gallery cannot show as wire data. */
const EDGE_SAMPLES: Sample[] = [
  { label: 'Not JSON', data: '{"customerServicePlugin":0,"src":"15",' },
  { label: 'Numeric src', data: json({ customerServicePlugin: 0, src: 15, content: { header: '请选择', items: [{ content: '人工' }, { content: '返回' }], tail: '' } }) },
  { label: 'Bot marker (chatbotPlugin: 1)', data: json({ chatbotPlugin: 1, src: '29', subtype: 'clarify_msg', content: { title: '您可能想问:', content: '', items: [{ content: '如何设置工作时间' }] } }) },
  { label: 'Unknown src', data: json({ customerServicePlugin: 0, src: '1001', content: { anything: true } }) },
  { label: 'Known src, wrong shape', data: json({ customerServicePlugin: 0, src: '15', content: { header: '请选择', items: '人工', tail: '' } }) },
  { label: 'Not a customer-service message', data: json({ businessID: 'order', orderId: '42' }) },
  { label: 'Flag: agent typing (src 12)', data: json({ customerServicePlugin: 0, src: '12' }) },
  { label: 'Flag: seat status (src 26)', data: json({ customerServicePlugin: 0, src: '26', content: { command: 'updateSeatStatus', content: 'inSeat' } }) },
  {
    label: 'Hostile Markdown (src 30)',
    data: json({
      customerServicePlugin: 0,
      src: '30',
      content:
        '# Hi\n\n<img src=x onerror=alert(1)> [click](javascript:alert(1)) <script>alert(2)</script>\n\n' +
        '<a href="https://example.com" onclick="alert(3)">ok link</a> ![](javascript:alert(4))',
    }),
  },
  { label: 'Streaming, unfinished (src 31)', data: json({ chatbotPlugin: 1, src: '31', chunks: ['您好，', '智能客服'], isFinished: 0 }) },
]

function samples(): { group: string; items: Sample[] }[] {
  const fromGallery: Sample[] = []
  for (const f of galleryFixtures) {
    const data = customData(f.message.payload)
    if (data) fromGallery.push({ label: `${f.title} (${f.id})`, data })
  }
  return [
    { group: 'Edge cases', items: EDGE_SAMPLES },
    { group: 'Gallery fixtures', items: fromGallery },
  ]
}

const DEFAULT_DATA = json({
  customerServicePlugin: 0,
  src: '15',
  content: {
    header: '请输入您想接入的功能',
    items: [
      { content: '人工', desc: '' },
      { content: '表单选项分支', desc: '' },
      { content: '表单输入', desc: '' },
      { content: '返回', desc: '' },
    ],
    tail: '',
  },
})

/** decode() never throws; this only adds the leniency of unwrapping a pasted JSON string literal. */
function inspect(text: string): { decoded: DecodedPayload; unwrapped: boolean } {
  const trimmed = text.trim()
  if (trimmed.startsWith('"')) {
    try {
      const inner = JSON.parse(trimmed)
      if (typeof inner === 'string') return { decoded: decode(inner), unwrapped: true }
    } catch {
      // not a string literal: decode the text as it is
    }
  }
  return { decoded: decode(text), unwrapped: false }
}

let renderSeq = 0

export const InspectPage = defineComponent({
  name: 'PgInspectPage',
  setup() {
    const text = ref(route.query.data ?? DEFAULT_DATA)
    /** the message-level metadata (IM cloudCustomData) as JSON text, from `meta=` */
    const metaText = ref(route.query.meta ?? '')
    watch(
      () => route.query.meta,
      (meta) => {
        if ((meta ?? '') !== metaText.value) metaText.value = meta ?? ''
      },
    )
    let metaTimer: ReturnType<typeof setTimeout> | undefined
    const syncMeta = () => {
      clearTimeout(metaTimer)
      metaTimer = setTimeout(() => setQueryParam('meta', metaText.value.trim() ? metaText.value : undefined), 300)
    }
    onBeforeUnmount(() => clearTimeout(metaTimer))
    const from = ref<Sender>(route.query.from === 'customer' ? 'customer' : 'service')
    const sampleList = samples()

    // a new address (`#/inspect?data=…` opened while here) replaces the input
    watch(
      () => route.query.data,
      (data) => {
        if (data !== undefined && data !== text.value) text.value = data
      },
    )

    let urlTimer: ReturnType<typeof setTimeout> | undefined
    const syncUrl = () => {
      clearTimeout(urlTimer)
      urlTimer = setTimeout(() => setQueryParam('data', text.value), 300)
    }
    onBeforeUnmount(() => clearTimeout(urlTimer))

    const result = computed(() => inspect(text.value))
    const message = computed<ChatMessage>(() => ({
      id: `inspect-${++renderSeq}`,
      from: from.value,
      time: Date.now(),
      status: 'sent',
      payload: result.value.decoded,
      cloudCustomData: readMessageMeta(metaText.value.trim()),
    }) as ChatMessage)

    const format = () => {
      try {
        text.value = JSON.stringify(JSON.parse(text.value), null, 2)
        syncUrl()
      } catch {
        // not JSON: leave it; the decoded pane already says so
      }
    }

    const status = () => {
      const d = result.value.decoded
      if (d.kind === 'invalid') return { cls: 'pg-refused', text: `invalid: ${d.reason}` }
      if (d.kind === 'unknown') return { cls: 'pg-warn', text: `unknown src ${d.src}: drawn as a placeholder` }
      if (FLAG_KINDS.has(d.kind)) return { cls: 'pg-ok', text: `${d.kind} (src ${'src' in d ? d.src : '?'}): a flag, not drawn` }
      return { cls: 'pg-ok', text: `${d.kind}${'src' in d && d.src ? ` (src ${d.src})` : ''}` }
    }

    return () => {
      const st = status()
      return h('div', { class: 'pg-inspect' }, [
        h('h1', { class: 'pg-page-title' }, 'Payload inspector'),
        h('p', { class: 'pg-lead' }, [
          'Paste the ',
          h('code', null, 'data'),
          ' of a custom message. ',
          h('code', null, 'decode()'),
          ' never throws: anything it cannot read becomes a typed ',
          h('code', null, 'invalid'),
          ' or ',
          h('code', null, 'unknown'),
          ' result, drawn as a placeholder. Link to a payload with ',
          h('code', null, '#/inspect?data=<URI-encoded JSON>'),
          ' (add ',
          h('code', null, '&meta=<URI-encoded JSON>'),
          ' for the message-level metadata, e.g. the AI label).',
        ]),
        h('div', { class: 'pg-inspect__grid' }, [
          h('section', { class: 'pg-panel pg-inspect__input', 'aria-labelledby': 'pg-inspect-input-title' }, [
            h('h2', { id: 'pg-inspect-input-title', class: 'pg-panel__title' }, 'Input'),
            h('div', { class: 'pg-field' }, [
              h('label', { for: 'pg-inspect-input' }, 'Custom message data (JSON)'),
              h('textarea', {
                id: 'pg-inspect-input',
                'data-testid': 'inspect-input',
                class: 'pg-textarea pg-textarea--code',
                rows: 10,
                spellcheck: false,
                autocomplete: 'off',
                'aria-describedby': 'pg-inspect-status',
                value: text.value,
                onInput: (e: Event) => {
                  text.value = (e.target as HTMLTextAreaElement).value
                  syncUrl()
                },
              }),
            ]),
            h('div', { class: 'pg-field' }, [
              h('label', { for: 'pg-inspect-meta' }, 'Message metadata (cloudCustomData JSON, optional)'),
              h('input', {
                id: 'pg-inspect-meta',
                'data-testid': 'inspect-meta',
                class: 'pg-input pg-textarea--code',
                type: 'text',
                spellcheck: false,
                autocomplete: 'off',
                placeholder: '{"role":"robot","messageType":"aiReply"}',
                value: metaText.value,
                onInput: (e: Event) => {
                  metaText.value = (e.target as HTMLInputElement).value
                  syncMeta()
                },
              }),
            ]),
            h('div', { class: 'pg-row' }, [
              h('div', { class: 'pg-field pg-field--grow' }, [
                h('label', { for: 'pg-inspect-sample' }, 'Load a sample'),
                h(
                  'select',
                  {
                    id: 'pg-inspect-sample',
                    'data-testid': 'inspect-sample',
                    value: '',
                    onChange: (e: Event) => {
                      const el = e.target as HTMLSelectElement
                      if (el.value) {
                        text.value = el.value
                        syncUrl()
                      }
                      el.value = ''
                    },
                  },
                  [
                    h('option', { value: '' }, 'Choose…'),
                    ...sampleList.map((g) =>
                      h('optgroup', { label: g.group }, g.items.map((s) => h('option', { value: s.data }, s.label))),
                    ),
                  ],
                ),
              ]),
              h('div', { class: 'pg-field' }, [
                h('label', { for: 'pg-inspect-from' }, 'Sent by'),
                h(
                  'select',
                  {
                    id: 'pg-inspect-from',
                    'data-testid': 'inspect-from',
                    value: from.value,
                    onChange: (e: Event) => {
                      from.value = (e.target as HTMLSelectElement).value === 'customer' ? 'customer' : 'service'
                      setQueryParam('from', from.value === 'customer' ? 'customer' : undefined)
                    },
                  },
                  [h('option', { value: 'service' }, 'Service'), h('option', { value: 'customer' }, 'Customer')],
                ),
              ]),
              h('button', { type: 'button', class: 'pg-button', onClick: format }, 'Format JSON'),
            ]),
            h('p', { id: 'pg-inspect-status', class: ['pg-status', st.cls], role: 'status' }, [
              h('span', { class: 'pg-muted' }, 'Decoded as: '),
              st.text,
              result.value.unwrapped ? ' (the input was a JSON string literal; its content was decoded)' : '',
            ]),
          ]),
          h('section', { class: 'pg-panel pg-inspect__decoded', 'aria-labelledby': 'pg-inspect-decoded-title' }, [
            h('h2', { id: 'pg-inspect-decoded-title', class: 'pg-panel__title' }, [h('code', null, 'decode(data)')]),
            h(
              'pre',
              { class: 'pg-code pg-code--tall', 'data-testid': 'inspect-decoded', tabindex: '0', 'aria-label': 'Decoded payload' },
              safeStringify(result.value.decoded, 2),
            ),
          ]),
          h('section', { class: 'pg-panel pg-inspect__output', 'aria-labelledby': 'pg-inspect-output-title' }, [
            h('h2', { id: 'pg-inspect-output-title', class: 'pg-panel__title' }, 'Rendered with the default renderers'),
            h(MessageSandbox, {
              key: message.value.id,
              message: message.value,
              source: 'inspector',
              theme: settings.theme,
              locale: settings.locale,
              stageTestid: 'inspect-output',
              stageLabel: 'Rendered message',
            }),
          ]),
        ]),
      ])
    }
  },
})
