// The agent panel: a person plays the human agent of the simulator (accept the customer, type,
// reply, send cards and menus, invite a rating, end the session), and breaks the connection on
// purpose (offline / online, fail the next sends).
import { defineComponent, h, onBeforeUnmount, ref, shallowRef, watch, type PropType } from 'vue'
import type { DecodedPayload } from 'kefu-kit/protocol'
import type {
  AgentConsoleEvent,
  AgentSnapshot,
  AgentStatus,
  QueueSnapshot,
  SessionSnapshot,
  Simulator,
  SimulatorLocale,
  SimulatorResult,
} from 'kefu-kit/simulator'
import type { SimulatorMode } from '../lib/session'

const STATUS_LABELS: Record<AgentStatus, string> = {
  free: 'Free',
  busy: 'Busy',
  rest: 'On a break',
  afterCallWork: 'After-call work',
  offline: 'Offline',
}

const PHASE_LABELS: Record<SessionSnapshot['phase'], string> = {
  bot: 'With the bot',
  choosingGroup: 'Choosing a group',
  queued: 'Queued for an agent',
  offered: 'Waiting for an agent to accept',
  inSeat: 'An agent is serving',
}

/** An absolute URL of a picture the dev server serves (the kit only loads http(s) images). */
function localPicture(): string {
  return new URL('./demo-product.svg', location.href).href
}

type AgentPayloadKey =
  | 'product' | 'branch' | 'form' | 'richText' | 'order'
  // Desk: task-flow menu (32) and form (33), thinking on / off (35), concurrency limit (36), timeout warning (37)
  | 'taskBranch' | 'taskForm' | 'thinking' | 'thinkingDone' | 'concurrencyLimit' | 'timeoutWarning'

/** The cards and menus an agent can send, in the simulator's language. */
function agentPayloads(locale: SimulatorLocale): Record<AgentPayloadKey, DecodedPayload> {
  const en = locale === 'en'
  return {
    taskBranch: {
      kind: 'taskBranch',
      src: '32',
      status: 0,
      optionType: 1,
      taskInfo: { taskID: 4182, nodeID: 'agent-node', env: 'playground' },
      header: en ? 'Which order do you need help with?' : '请问是哪一笔订单？',
      items: en
        ? [{ content: 'Order placed this week', desc: '' }, { content: 'An older order', desc: '' }, { content: '', desc: 'an item without text: drawn as "content is abnormal"' }]
        : [{ content: '本周下的订单', desc: '' }, { content: '更早的订单', desc: '' }, { content: '', desc: '没有文字的选项：显示为“内容异常”' }],
      tail: '',
    },
    taskForm: {
      kind: 'taskForm',
      src: '33',
      nodeStatus: 0,
      tip: en ? 'Please tell us how to reach you' : '请留下您的联系方式',
      inputVariables: [
        { name: en ? 'Phone' : '手机号', type: 'string', formType: 0, placeholder: en ? '11 digits' : '11 位手机号', isRequired: true, variableValue: '', chooseItemList: [] },
        { name: en ? 'Best time' : '方便的时间', type: 'string', formType: 1, placeholder: '', isRequired: false, variableValue: '', chooseItemList: en ? ['Morning', 'Afternoon'] : ['上午', '下午'] },
      ],
    },
    thinking: { kind: 'thinking', src: '35', thinkingStatus: 0 },
    thinkingDone: { kind: 'thinking', src: '35', thinkingStatus: 1 },
    concurrencyLimit: { kind: 'concurrencyLimit', src: '36' },
    timeoutWarning: {
      kind: 'timeoutWarning',
      src: '37',
      content: en ? 'No reply for 3 minutes. This conversation will close in 2 minutes.' : '您已 3 分钟未回复，会话将在 2 分钟后自动结束。',
    },
    product: {
      kind: 'product',
      src: '22',
      header: en ? 'Kefu Kit Pro, yearly plan' : 'Kefu Kit 专业版（年付）',
      desc: en ? 'Unlimited agents, rich cards and ratings. ¥1,999 / year' : '不限座席，富文本卡片与满意度评价，¥1,999/年',
      pic: localPicture(),
      url: 'https://example.com/kefu-kit/pro',
    },
    branch: {
      kind: 'branch',
      src: '15',
      header: en ? 'What would you like to do?' : '请问您需要办理哪项业务？',
      items: en
        ? [{ content: 'Track my order', desc: 'Where is my parcel?' }, { content: 'Return an item' }, { content: 'Something else' }]
        : [{ content: '查询物流', desc: '我的包裹到哪了？' }, { content: '申请退货' }, { content: '其他问题' }],
      tail: en ? 'Choose one, or just type your question.' : '请选择一项，或直接输入您的问题。',
    },
    form: {
      kind: 'form',
      src: '21',
      header: en ? 'Which city should we deliver to?' : '请问送货到哪个城市？',
      type: 1,
      items: en ? [{ content: 'Beijing' }, { content: 'Shanghai' }, { content: 'Shenzhen' }] : [{ content: '北京' }, { content: '上海' }, { content: '深圳' }],
    },
    richText: {
      kind: 'richText',
      src: '30',
      content: en
        ? '**Refunds** take *1–3 working days*.\n\n1. Open the order\n2. Tap **Request a refund**\n\nSee [the refund policy](https://example.com/refunds).'
        : '**退款**一般需要 *1–3 个工作日*。\n\n1. 打开订单详情\n2. 点击 **申请退款**\n\n详见[退款政策](https://example.com/refunds)。',
    },
    order: {
      kind: 'order',
      src: '28',
      guide: en ? 'Is this the order you mean?' : '请问是这个订单吗？',
      name: en ? 'Order 20250115-0042' : '订单 20250115-0042',
      desc: en ? '2 items, delivered' : '2 件商品，已签收',
      pic: localPicture(),
      customField: en
        ? [{ name: 'Status:', value: 'Delivered' }, { name: 'Total:', value: '¥1,999' }]
        : [{ name: '订单状态：', value: '已签收' }, { name: '订单金额：', value: '¥1,999' }],
    },
  }
}

interface Feedback {
  ok: boolean
  text: string
}

export const AgentPanel = defineComponent({
  name: 'PgAgentPanel',
  props: {
    simulator: { type: Object as PropType<Simulator>, required: true },
    mode: { type: String as PropType<SimulatorMode>, required: true },
    /** restarts the conversation with the given mode */
    onModeChange: { type: Function as PropType<(mode: SimulatorMode) => void>, required: true },
  },
  setup(props) {
    const agents = shallowRef<AgentSnapshot[]>([])
    const session = shallowRef<SessionSnapshot | null>(null)
    const queue = shallowRef<QueueSnapshot | null>(null)
    const customerMessages = shallowRef<Array<{ id: string; text: string; at: number }>>([])
    const ratings = shallowRef<string[]>([])
    const reply = ref('')
    // any payload, for trying a custom renderer (a src the kit does not know) or a hand-made card
    const raw = ref('{"src":"1001","content":{"title":"Custom card","body":"Rendered by your own renderer for src 1001"}}')
    const failCount = ref(1)
    const failCode = ref<'timeout' | 'offline' | 'rejected' | 'rateLimited' | 'unknown'>('timeout')
    const feedback = shallowRef<Feedback | null>(null)
    const online = ref(true)

    let off: (() => void) | null = null
    const refresh = () => {
      const sim = props.simulator
      agents.value = sim.agents
      session.value = sim.session
      queue.value = sim.queue
    }
    const bind = (sim: Simulator) => {
      off?.()
      customerMessages.value = []
      ratings.value = []
      online.value = true
      feedback.value = null
      refresh()
      off = sim.onAgentEvent((e: AgentConsoleEvent) => {
        if (e.type === 'agents') agents.value = e.agents
        else if (e.type === 'session') session.value = e.session
        else if (e.type === 'queue') queue.value = e.queue
        else if (e.type === 'customerMessage') {
          const p = e.payload
          const text = p.kind === 'text' ? p.text : `[${p.kind}${'src' in p && p.src ? ` · src ${p.src}` : ''}]`
          customerMessages.value = [...customerMessages.value, { id: e.message.id, text, at: e.message.time }].slice(-30)
        } else if (e.type === 'rating') {
          ratings.value = [...ratings.value, `Rated ${e.option.content} (${e.option.id})`]
        } else if (e.type === 'ratingIgnored') {
          ratings.value = [...ratings.value, `A rating was ignored: ${e.reason}`]
        } else if (e.type === 'feedback') {
          const f = e.feedback
          const what = f.score === 1 ? 'Thumbs up' : f.score === 2 ? 'Thumbs down' : 'Feedback withdrawn'
          const details = [f.reasons.join(', '), f.comment].filter((x) => x !== '').join(' · ')
          ratings.value = [...ratings.value, `${what} on ${f.messageId}${details ? `: ${details}` : ''}${f.known ? '' : ' (not a bot answer)'}`]
        }
        // the snapshots of a few fields (servingCustomer, positions) are only fresh on read
        refresh()
      })
    }
    bind(props.simulator)
    watch(() => props.simulator, bind)
    onBeforeUnmount(() => off?.())

    const report = (what: string, r: SimulatorResult<unknown>) => {
      feedback.value = r.ok ? { ok: true, text: `${what}: done.` } : { ok: false, text: `${what}: ${r.error.message} (${r.error.code})` }
      refresh()
      return r.ok
    }

    const sendReply = () => {
      const text = reply.value
      if (report('Reply', props.simulator.agentReply(text))) reply.value = ''
    }
    const sendRaw = () => report('Raw JSON', props.simulator.agentSendRaw(raw.value))
    const send = (what: string, key: AgentPayloadKey) =>
      report(what, props.simulator.agentSendPayload(agentPayloads(props.simulator.locale)[key]))

    const button = (testid: string, label: string, onClick: () => void, opts: { disabled?: boolean; primary?: boolean; danger?: boolean } = {}) =>
      h(
        'button',
        {
          type: 'button',
          class: ['pg-button', opts.primary && 'pg-button--primary', opts.danger && 'pg-button--danger'],
          'data-testid': testid,
          disabled: opts.disabled,
          onClick,
        },
        label,
      )

    return () => {
      const s = session.value
      const q = queue.value
      const inSeat = s?.phase === 'inSeat'
      return h('section', { class: 'pg-panel pg-agent', 'data-testid': 'agent-panel', 'aria-labelledby': 'pg-agent-title' }, [
        h('div', { class: 'pg-panel__head' }, [h('h2', { id: 'pg-agent-title', class: 'pg-panel__title' }, 'Agent console')]),

        // mode
        h('fieldset', { class: 'pg-fieldset pg-segmented' }, [
          h('legend', null, 'Agents'),
          ...(['auto', 'manual'] as const).map((m) =>
            h('label', { class: 'pg-radio', key: m }, [
              h('input', {
                type: 'radio',
                name: 'pg-agent-mode',
                value: m,
                checked: props.mode === m,
                'data-testid': `agent-mode-${m}`,
                onChange: () => props.onModeChange(m),
              }),
              m === 'auto' ? ' Scripted (auto)' : ' You play the agent (manual)',
            ]),
          ),
          h('p', { class: 'pg-hint' }, 'Switching restarts the conversation.'),
        ]),

        // session and queue
        h('dl', { class: 'pg-facts', 'data-testid': 'agent-session' }, [
          h('dt', null, 'Customer'),
          h('dd', { 'data-testid': 'agent-session-phase', 'data-phase': s?.phase }, s ? PHASE_LABELS[s.phase] : '—'),
          h('dt', null, 'Agent'),
          h('dd', null, s?.agentName || '—'),
          h('dt', null, 'Queue'),
          h(
            'dd',
            { 'data-testid': 'agent-queue' },
            q ? `${q.length} waiting${q.customerPosition ? ` · customer is number ${q.customerPosition}` : ''}` : '—',
          ),
        ]),
        button('agent-accept', s?.phase === 'offered' ? `Accept (${s.agentName || 'agent'})` : 'Accept next customer', () => report('Accept', props.simulator.acceptNext()), {
          primary: s?.phase === 'offered',
        }),

        // agents
        h('h3', { class: 'pg-panel__subtitle' }, 'Agents'),
        h('table', { class: 'pg-table', 'data-testid': 'agent-list' }, [
          h('thead', null, [h('tr', null, [h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Status'), h('th', { scope: 'col' }, 'Chats')])]),
          h(
            'tbody',
            null,
            agents.value.map((a) =>
              h('tr', { key: a.id, 'data-agent-id': a.id }, [
                h('th', { scope: 'row' }, [a.name, a.servingCustomer ? h('span', { class: 'pg-badge pg-badge--ok' }, ' serving') : null]),
                h('td', null, [
                  h(
                    'select',
                    {
                      'aria-label': `Status of ${a.name}`,
                      'data-testid': `agent-status-${a.id}`,
                      value: a.status,
                      onChange: (e: Event) =>
                        report(`Status of ${a.name}`, props.simulator.setAgentStatus(a.id, (e.target as HTMLSelectElement).value as AgentStatus)),
                    },
                    (Object.keys(STATUS_LABELS) as AgentStatus[]).map((st) => h('option', { value: st, selected: st === a.status }, STATUS_LABELS[st])),
                  ),
                ]),
                h('td', null, `${a.activeSessions} / ${a.maxConcurrent}`),
              ]),
            ),
          ),
        ]),

        // reply
        h('h3', { class: 'pg-panel__subtitle' }, 'Talk to the customer'),
        h('div', { class: 'pg-field' }, [
          h('label', { for: 'pg-agent-reply' }, 'Reply as the agent'),
          h('textarea', {
            id: 'pg-agent-reply',
            class: 'pg-textarea',
            rows: 2,
            'data-testid': 'agent-reply-input',
            'aria-describedby': 'pg-agent-reply-hint',
            value: reply.value,
            onInput: (e: Event) => (reply.value = (e.target as HTMLTextAreaElement).value),
            onKeydown: (e: KeyboardEvent) => {
              if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
                e.preventDefault()
                sendReply()
              }
            },
          }),
          h('p', { id: 'pg-agent-reply-hint', class: 'pg-hint' }, 'Enter sends, Shift+Enter starts a new line. Only while an agent is serving.'),
        ]),
        h('div', { class: 'pg-buttons' }, [
          button('agent-reply-send', 'Send reply', sendReply, { primary: true }),
          button('agent-typing', 'Show “typing…”', () => report('Typing', props.simulator.agentTyping())),
        ]),
        h('div', { class: 'pg-buttons' }, [
          button('agent-send-card', 'Send product card', () => send('Product card', 'product')),
          button('agent-send-order', 'Send order card', () => send('Order card', 'order')),
          button('agent-send-menu', 'Send branch menu', () => send('Branch menu', 'branch')),
          button('agent-send-form', 'Send form', () => send('Form', 'form')),
          button('agent-send-richtext', 'Send rich text', () => send('Rich text', 'richText')),
        ]),
        h('div', { class: 'pg-buttons', role: 'group', 'aria-label': 'Desk messages' }, [
          button('agent-send-task-menu', 'Send task menu (32)', () => send('Task menu', 'taskBranch')),
          button('agent-send-task-form', 'Send task form (33)', () => send('Task form', 'taskForm')),
          button('agent-send-thinking', 'Show “thinking” (35)', () => send('Thinking', 'thinking')),
          button('agent-send-thinking-done', 'Thinking done (35)', () => send('Thinking done', 'thinkingDone')),
          button('agent-send-concurrency', 'Concurrency limit (36)', () => send('Concurrency limit', 'concurrencyLimit')),
          button('agent-send-timeout-warning', 'Timeout warning (37)', () => send('Timeout warning', 'timeoutWarning')),
        ]),
        h('div', { class: 'pg-field' }, [
          h('label', { for: 'pg-agent-raw' }, 'Raw JSON payload'),
          h('textarea', {
            id: 'pg-agent-raw',
            class: 'pg-textarea',
            rows: 3,
            spellcheck: false,
            'data-testid': 'agent-raw-input',
            'aria-describedby': 'pg-agent-raw-hint',
            value: raw.value,
            onInput: (e: Event) => (raw.value = (e.target as HTMLTextAreaElement).value),
          }),
          h('p', { id: 'pg-agent-raw-hint', class: 'pg-hint' }, 'Any JSON object with a "src", sent as written (customerServicePlugin: 0 is added). Try a custom src to see your own renderer, or the placeholder without one.'),
        ]),
        h('div', { class: 'pg-buttons' }, [button('agent-send-raw', 'Send raw JSON', sendRaw)]),
        h('div', { class: 'pg-buttons' }, [
          button('agent-invite-rating', 'Invite a rating', () => report('Invite a rating', props.simulator.agentInviteRating())),
          button('agent-end', 'End the session', () => report('End the session', props.simulator.agentEndSession()), { danger: true }),
        ]),
        h(
          'p',
          {
            class: ['pg-status', feedback.value ? (feedback.value.ok ? 'pg-ok' : 'pg-refused') : 'pg-muted'],
            role: 'status',
            'data-testid': 'agent-feedback',
          },
          feedback.value ? feedback.value.text : inSeat ? 'You are serving the customer.' : 'Ask for a human in the chat (e.g. “转人工” or “human”) to reach an agent.',
        ),

        // what the agent sees
        h('h3', { class: 'pg-panel__subtitle' }, 'Customer messages'),
        customerMessages.value.length
          ? h(
              'ol',
              { class: 'pg-agent__inbox', 'data-testid': 'agent-inbox' },
              customerMessages.value.map((m) => h('li', { key: m.id }, m.text)),
            )
          : h('p', { class: 'pg-muted' }, 'What the customer writes while queued or served shows here.'),
        ratings.value.length ? h('ul', { class: 'pg-agent__ratings', 'data-testid': 'agent-ratings' }, ratings.value.map((r, i) => h('li', { key: i }, r))) : null,

        // faults
        h('fieldset', { class: 'pg-fieldset' }, [
          h('legend', null, 'Faults'),
          h('div', { class: 'pg-buttons' }, [
            button('fault-offline', 'Go offline', () => {
              props.simulator.setOnline(false)
              online.value = false
              feedback.value = { ok: true, text: 'The connection is down: messages wait in the outbox.' }
            }, { primary: false }),
            button('fault-online', 'Go online', () => {
              props.simulator.setOnline(true)
              online.value = true
              feedback.value = { ok: true, text: 'The connection is back.' }
            }, { primary: !online.value }),
          ]),
          h('div', { class: 'pg-row' }, [
            h('div', { class: 'pg-field' }, [
              h('label', { for: 'pg-fail-count' }, 'Sends to fail'),
              h('input', {
                id: 'pg-fail-count',
                class: 'pg-input pg-input--narrow',
                type: 'number',
                min: 1,
                max: 20,
                'data-testid': 'fault-fail-count',
                value: failCount.value,
                onInput: (e: Event) => (failCount.value = Math.max(1, Math.min(20, Number((e.target as HTMLInputElement).value) || 1))),
              }),
            ]),
            h('div', { class: 'pg-field' }, [
              h('label', { for: 'pg-fail-code' }, 'Error'),
              h(
                'select',
                {
                  id: 'pg-fail-code',
                  'data-testid': 'fault-fail-code',
                  value: failCode.value,
                  onChange: (e: Event) => (failCode.value = (e.target as HTMLSelectElement).value as typeof failCode.value),
                },
                (['timeout', 'offline', 'rateLimited', 'rejected', 'unknown'] as const).map((c) =>
                  h('option', { value: c, selected: c === failCode.value }, c === 'rejected' ? 'rejected (not retried)' : c),
                ),
              ),
            ]),
            button('fault-fail-next', `Fail next ${failCount.value}`, () => {
              props.simulator.failNextSends(failCount.value, failCode.value)
              feedback.value = { ok: true, text: `The next ${failCount.value} send(s) will fail with “${failCode.value}”.` }
            }),
          ]),
          h('div', { class: 'pg-buttons' }, [
            button('fault-fail-upload', 'Fail next upload', () => {
              props.simulator.failNextUploads(1)
              feedback.value = { ok: true, text: 'The next upload will fail halfway (not retried: the customer retries it).' }
            }, { primary: false }),
          ]),
        ]),
      ])
    }
  },
})
