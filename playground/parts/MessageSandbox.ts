// One message drawn by the kit exactly as the chat would draw it (KefuMessageRow: bubble,
// delivery status, error boundary) inside its own `.kefu-root`, backed by a real conversation
// engine over a recording transport. Interacting with it (choosing a branch item, rating,
// retrying) runs the real engine action and shows the OutgoingMessage that would go on the wire.
import { defineComponent, h, onBeforeUnmount, ref, shallowRef, type PropType } from 'vue'
import { KefuMessageRow, KefuProvider, useKefu } from 'kefu-kit'
import type { MessageActions, RenderContext } from 'kefu-kit'
import type { GalleryFixture } from 'kefu-kit/gallery'
import { createConversation, FLAG_KINDS } from 'kefu-kit/protocol'
import type { ActionResult, ChatMessage, ConversationState, OutgoingMessage } from 'kefu-kit/protocol'
import { createRecordingTransport } from '../lib/recordingTransport'
import { addAction, type ActionRecord } from '../lib/actionLog'
import { outgoingData, safeStringify, toIncoming } from '../lib/wire'
import type { PlaygroundLocale, Theme } from '../state'

type ActionName = keyof MessageActions

/** Renders one row; lives inside the provider so it can read the registry and strings. */
const SandboxRow = defineComponent({
  name: 'PgSandboxRow',
  props: {
    message: { type: Object as PropType<ChatMessage>, required: true },
    actions: { type: Object as PropType<MessageActions>, required: true },
    /** a fixture's feedback, shown until the engine has its own for the message */
    feedback: { type: Object as PropType<GalleryFixture['feedback']>, default: undefined },
  },
  setup(props) {
    const kefu = useKefu()
    const context: RenderContext = {
      actions: props.actions,
      t: kefu.t,
      get locale() {
        return kefu.locale.value
      },
      now: () => kefu.renderContext.now(),
    }
    return () => {
      const m = props.message
      const kind = m.payload && m.payload.kind
      // flags are never drawn (the sandbox explains why, outside the stage)
      if (FLAG_KINDS.has(kind)) return null
      const resolved = kefu.registry.value.resolve(m)
      if (!resolved) return null
      return h(KefuMessageRow, {
        message: m,
        renderer: resolved.component,
        defaultRenderer: resolved.defaultRenderer,
        context,
        groupStart: true,
        // the kind's declared layout, as the message list reads it
        system: resolved.layout === 'system',
        aiLabel: kefu.desk.aiLabel(),
        answerFeedback: kefu.desk.answerFeedback(),
        feedbackReasons: kefu.desk.feedbackReasons(),
        feedbackState:
          ((kefu.state.value as unknown as { feedback?: Record<string, never> }).feedback || {})[m.id] ||
          (props.feedback ? { ...props.feedback, messageId: `${m.id}-feedback` } : undefined),
      })
    }
  },
})

export const MessageSandbox = defineComponent({
  name: 'PgMessageSandbox',
  props: {
    message: { type: Object as PropType<ChatMessage>, required: true },
    /** where actions are attributed in the log (a fixture id, or `inspector`) */
    source: { type: String, required: true },
    theme: { type: String as PropType<Theme>, required: true },
    locale: { type: String as PropType<PlaygroundLocale>, required: true },
    /** data-testid of the element holding the `.kefu-root` */
    stageTestid: { type: String, default: undefined },
    /** accessible name of the stage region */
    stageLabel: { type: String, default: 'Rendered message' },
    /** a gallery fixture's feedback already given (see `GalleryFixture.feedback`) */
    feedback: { type: Object as PropType<GalleryFixture['feedback']>, default: undefined },
  },
  setup(props) {
    const original = props.message
    const seed = toIncoming(original)
    const transport = createRecordingTransport(seed ? [seed] : [])
    // one attempt: the gallery shows a failure at once instead of retrying in the background
    const engine = createConversation({ transport, retry: { attempts: 1, baseDelay: 50, maxDelay: 50 } })
    const state = shallowRef<ConversationState>(engine.getState())
    const unsubscribe = engine.subscribe((s) => (state.value = s))
    /** the engine's id for the fixture's message, once it exists there */
    let engineId: string | undefined
    const interacted = ref(false)
    const last = shallowRef<ActionRecord | null>(null)
    let current: ActionRecord | null = null
    let ready = false

    const offSend = transport.onSend((out: OutgoingMessage) => {
      if (ready && current) current.sent.push(out)
    })

    engine
      .start()
      .then(() => {
        if (seed) {
          const found = engine.getState().messages.find((m) => m.serverId === seed.id || m.id === seed.id)
          engineId = found ? found.id : undefined
        } else if (original.from === 'customer' && original.status === 'failed' && !original.revoked) {
          // Rebuild the failed message for real: the transport refuses the first send, so the
          // row's retry button then resends it under the same client id.
          transport.failNext(1, 'rejected')
          const p = original.payload
          const r =
            p.kind === 'text'
              ? engine.sendText(p.text)
              : p.kind === 'product'
                ? engine.sendProduct(p)
                : p.kind === 'order'
                  ? engine.sendOrder(p)
                  : undefined
          if (r && r.ok) engineId = r.value.id
        }
        // everything sent so far (src 7, the rebuilt message) is set-up, not the visitor's doing
        setTimeout(() => {
          ready = true
        }, 0)
      })
      .catch(() => undefined)

    onBeforeUnmount(() => {
      offSend()
      unsubscribe()
      engine.stop().catch(() => undefined)
    })

    const run = (action: ActionName, args: unknown[]): ActionResult<ChatMessage | undefined> => {
      // The record exists before the engine runs: the transport may be called synchronously.
      const record = addAction({ source: props.source, action, args, ok: true })
      current = record
      last.value = record
      let result: ActionResult<ChatMessage | undefined>
      if (action !== 'sendText' && !engineId) {
        result = {
          ok: false,
          error: {
            code: 'notFound',
            message: 'This fixture is drawn as it is; it has no counterpart in the gallery conversation.',
          },
        }
      } else {
        // a retry of anything but the drawn message (a feedback message) names its own id
        const own = action === 'sendText' || (action === 'retry' && args[0] !== original.id && args[0] !== engineId)
        const target = own ? args : [engineId, ...args.slice(1)]
        const fn = (engine as unknown as Record<string, unknown>)[action]
        try {
          if (typeof fn !== 'function') throw new Error(`This engine has no ${action}().`)
          result = (fn as (...a: unknown[]) => ActionResult<ChatMessage | undefined>).apply(engine, target)
        } catch (e) {
          result = { ok: false, error: { code: 'unsupported', message: e instanceof Error ? e.message : String(e) } }
        }
      }
      interacted.value = true
      record.ok = result.ok
      if (!result.ok) record.error = { code: result.error.code, message: result.error.message }
      return result
    }

    const actions: MessageActions = {
      chooseBranchItem: (id, item) => run('chooseBranchItem', [id, item]) as ReturnType<MessageActions['chooseBranchItem']>,
      chooseSuggestion: (id, item) => run('chooseSuggestion', [id, item]) as ReturnType<MessageActions['chooseSuggestion']>,
      answerForm: (id, answer) => run('answerForm', [id, answer]) as ReturnType<MessageActions['answerForm']>,
      submitRating: (id, option) => run('submitRating', [id, option]),
      retry: (id) => run('retry', [id]) as ReturnType<MessageActions['retry']>,
      sendText: (text) => run('sendText', [text]) as ReturnType<MessageActions['sendText']>,
      chooseTaskBranchItem: (id, item) => run('chooseTaskBranchItem', [id, item]) as ReturnType<MessageActions['chooseTaskBranchItem']>,
      submitTaskForm: (id, values) => run('submitTaskForm', [id, values]) as ReturnType<MessageActions['submitTaskForm']>,
      sendFeedback: (id, feedback) => run('sendFeedback', [id, feedback]) as ReturnType<MessageActions['sendFeedback']>,
    }

    const shown = (): ChatMessage => {
      if (!interacted.value || !engineId) return props.message
      return state.value.messages.find((m) => m.id === engineId) || props.message
    }

    return () => {
      const rec = last.value
      return h('div', { class: 'pg-sandbox' }, [
        h(
          'div',
          { class: 'pg-stage', 'data-testid': props.stageTestid, role: 'group', 'aria-label': props.stageLabel },
          [
            h(
              KefuProvider,
              { engine, theme: props.theme, locale: props.locale, autoStart: false, class: 'pg-stage__root' },
              { default: () => [h(SandboxRow, { message: shown(), actions, feedback: props.feedback })] },
            ),
          ],
        ),
        FLAG_KINDS.has(props.message.payload && props.message.payload.kind)
          ? h('p', { class: 'pg-flag-note' }, [
              h('strong', null, 'Not drawn. '),
              `“${props.message.payload.kind}” is a flag message: it changes the conversation's state and never appears as a bubble.`,
            ])
          : null,
        rec ? h(LastAction, { record: rec, key: rec.seq }) : null,
      ])
    }
  },
})

/** The last interaction with a sandbox: the call, the engine's answer, what was sent. */
export const LastAction = defineComponent({
  name: 'PgLastAction',
  props: { record: { type: Object as PropType<ActionRecord>, required: true } },
  setup(props) {
    return () => {
      const r = props.record
      return h('div', { class: 'pg-last-action', 'aria-live': 'polite' }, [
        h('p', { class: 'pg-last-action__call' }, [
          h('code', null, `${r.action}(${r.args.map((a) => safeStringify(a)).join(', ')})`),
          ' → ',
          r.ok
            ? h('span', { class: 'pg-badge pg-badge--ok' }, 'accepted')
            : h('span', { class: 'pg-badge pg-badge--refused' }, `refused: ${r.error?.code}`),
          !r.ok && r.error?.message ? h('span', { class: 'pg-muted' }, ` ${r.error.message}`) : null,
        ]),
        r.sent.length
          ? r.sent.map((out, i) => {
              const data = outgoingData(out)
              return h('details', { class: 'pg-sent', key: i, open: true }, [
                h('summary', null, `Sent to the transport (${out.body.type}${out.options?.onlineUserOnly ? ', onlineUserOnly' : ''})`),
                h('pre', { class: 'pg-code' }, safeStringify(out, 2)),
                data !== null ? h('p', { class: 'pg-muted' }, 'data, parsed:') : null,
                data !== null ? h('pre', { class: 'pg-code' }, data) : null,
              ])
            })
          : r.ok
            ? h('p', { class: 'pg-muted' }, 'Nothing sent yet.')
            : h('p', { class: 'pg-muted' }, 'Nothing was sent.'),
      ])
    }
  },
})
