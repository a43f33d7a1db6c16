// The newer Desk protocol on the engine side: the customer actions of src 32 (task-flow branch
// menu), 33 (task-flow form), 34 (transfer to a task flow), 39 (transfer to a named agent or
// group) and 43 (bot-answer feedback), the "thinking" indicator of src 35, and the UI locale sent
// with src 7 / 27.
//
// The 33 submission, 34, 39 and 43 are never drawn. They still go through the outbox (ordered,
// retried with backoff), and the ones the customer may need to resend (34, 39, 43) are kept here,
// so `engine.retry(id)` resends a failed one under the same client id like any drawn message.
import type { MessageMeta } from '../transport'
import type { MenuItem, Payload, TaskFormPayload } from '../types'
import {
  encodeFeedback,
  encodeTaskBranchReply,
  encodeTaskFormSubmission,
  encodeTransferToHuman,
  encodeTransferToTaskFlow,
  taskFormProblems,
} from '../wire/encode'
import { feedbackTargetOf, readMessageMeta } from '../wire/meta'
import { decode } from '../wire/decode'
import { guard } from './actions'
import type { Choices } from './choices'
import { ok, reasonOf, refuse, type Core } from './core'
import type { Delivery } from './delivery'
import type { OutgoingDraft, SendFailure } from './outbox'
import type {
  ActionResult,
  AgentTransferTarget,
  ChatMessage,
  DeskConversationActions,
  AnswerFeedbackInput,
  AnswerFeedbackState,
} from './types'

/** How long a thinking indicator shows without news (the kits' 60 s rule). */
export const THINKING_TIMEOUT = 60_000

/**
 * Live or history payloads that never become a list entry: 35 (the thinking indicator is state,
 * not a message) and the customer's own 33 submission (the service's form card shows it).
 */
export function isHiddenDeskPayload(payload: Payload, from: 'customer' | 'service'): boolean {
  return payload.kind === 'thinking' || (from === 'customer' && payload.kind === 'taskForm')
}

/** An undrawn customer message kept for retry (34, 39, 43). */
interface Hidden {
  message: ChatMessage
  draft: OutgoingDraft
  /** the answer a 43 rates (its list id) */
  answerId?: string
}

function itemContent(item: MenuItem | string): string | undefined {
  if (typeof item === 'string') return item
  if (item && typeof item === 'object' && typeof item.content === 'string') return item.content
  return undefined
}

export class Desk {
  private thinkingOn = false
  private thinkingTimer: ReturnType<typeof setTimeout> | null = null
  private feedbackMap: Readonly<Record<string, AnswerFeedbackState>> = Object.freeze({})
  private readonly hidden = new Map<string, Hidden>()
  /** the form submission's client id → the form card's list id */
  private readonly forms = new Map<string, string>()
  language: string | undefined

  constructor(
    private readonly core: Core,
    private readonly delivery: Delivery,
    private readonly choices: Choices,
    language: string | undefined,
  ) {
    this.language = cleanLanguage(language)
  }

  get thinking(): boolean {
    return this.thinkingOn
  }

  get feedback(): Readonly<Record<string, AnswerFeedbackState>> {
    return this.feedbackMap
  }

  // ---- live events ----

  /** A live service 35 (new or modified): thinking on with status 0, off otherwise. */
  onThinking(payload: Payload): void {
    if (payload.kind !== 'thinking') return
    if (payload.thinkingStatus === 0) this.setThinking(true)
    else this.setThinking(false)
  }

  /** Any other live service message: the answer has come, or the session ended. */
  onServiceMessage(): void {
    this.setThinking(false)
  }

  /** stop(): nothing is thinking in a closed conversation. */
  reset(): void {
    this.setThinking(false)
  }

  private setThinking(on: boolean): void {
    if (this.thinkingTimer !== null) {
      clearTimeout(this.thinkingTimer)
      this.thinkingTimer = null
    }
    if (on) {
      this.thinkingTimer = setTimeout(() => {
        this.thinkingTimer = null
        this.setThinking(false)
        this.core.commit()
      }, THINKING_TIMEOUT)
    }
    if (this.thinkingOn !== on) {
      this.thinkingOn = on
      this.core.publisher.touch()
    }
  }

  // ---- retry of undrawn messages ----

  /** Whether `id` is one of the undrawn messages kept here (so retry() is answered here). */
  owns(id: unknown): boolean {
    return typeof id === 'string' && this.hidden.has(id)
  }

  retry(id: string): ActionResult<ChatMessage> {
    const early = guard(this.core.isStarted())
    if (!early.ok) return early
    const h = this.hidden.get(id)
    if (!h) return refuse('notFound', `No message ${id} in this conversation.`)
    if (h.message.status !== 'failed') return refuse('notFailed', 'Only a message that failed to send can be retried.')
    return ok(this.sendHidden(h))
  }

  private sendHidden(h: Hidden): ChatMessage {
    const sending: ChatMessage = { ...h.message, status: 'sending', time: this.core.config.now() }
    delete sending.error
    this.updateHidden(h, sending)
    const clientId = sending.id
    this.core.outbox.enqueue({
      clientId,
      draft: h.draft,
      onDelivered: (receipt) => {
        const next: ChatMessage = { ...h.message, status: 'sent' }
        delete next.error
        if (receipt && typeof receipt.id === 'string' && receipt.id !== '') next.serverId = receipt.id
        if (receipt && typeof receipt.time === 'number' && Number.isFinite(receipt.time)) next.time = receipt.time
        this.updateHidden(h, next)
        this.core.commit()
      },
      onRetrying: (failure) => {
        this.updateHidden(h, { ...h.message, error: failure })
      },
      onFailed: (failure) => {
        if (h.message.status === 'sent') return
        this.updateHidden(h, { ...h.message, status: 'failed', error: failure })
        this.core.commit()
      },
    })
    this.core.commit()
    return h.message
  }

  private updateHidden(h: Hidden, message: ChatMessage): void {
    h.message = message
    if (h.answerId !== undefined) {
      const current = this.feedbackMap[h.answerId]
      // a later feedback on the same answer (after this one failed) owns the entry now
      if (current && current.messageId === message.id && current.status !== message.status) {
        this.feedbackMap = Object.freeze({ ...this.feedbackMap, [h.answerId]: { ...current, status: message.status } })
        this.core.publisher.touch()
      }
    }
  }

  /** Queues an undrawn customer message and keeps it for retry. */
  private queueHidden(payload: Payload, draft: OutgoingDraft, answerId?: string, clientId = this.core.ids.newClientId()): ChatMessage {
    const message: ChatMessage = { id: clientId, clientId, from: 'customer', time: this.core.config.now(), status: 'sending', payload }
    const meta = metaOf(draft)
    if (meta) message.cloudCustomData = meta
    // an echo of it (another device, a transport that echoes) is recognised as ours and not drawn
    this.core.ids.byClientId.set(clientId, clientId)
    const h: Hidden = { message, draft }
    if (answerId !== undefined) h.answerId = answerId
    this.hidden.set(clientId, h)
    return this.sendHidden(h)
  }

  // ---- the actions ----

  createActions(): Omit<DeskConversationActions, 'setLanguage'> {
    const find = (id: unknown) => this.core.ids.find(id)
    const card = (messageId: unknown) => guard(this.core.isStarted(), messageId, find)

    const chooseTaskBranchItem = (messageId: string, item: MenuItem | string): ActionResult<ChatMessage> => {
      const found = card(messageId)
      if (!found.ok) return found
      const { id, payload } = found.value
      if (payload.kind !== 'taskBranch') return refuse('unsupported', `Message ${id} is not a task-flow menu.`)
      if (payload.selected) return refuse('alreadyChosen', `"${payload.selected.content}" was already chosen on this menu.`)
      if (payload.status !== 0) return refuse('notAllowed', 'This task-flow menu is closed.')
      const content = itemContent(item)
      if (content === undefined || content.trim() === '' || !payload.items.some((i) => i.content === content)) {
        return refuse('invalidOption', `"${String(content)}" is not an item of this menu.`)
      }
      if (content.length > this.core.config.maxTextLength) {
        return refuse('tooLong', `The item is ${content.length} characters long; the limit is ${this.core.config.maxTextLength}.`)
      }
      let draft: OutgoingDraft
      try {
        draft = encodeTaskBranchReply(payload, content)
      } catch (error) {
        return refuse('invalidOption', `This item cannot be chosen (${reasonOf(error)}).`)
      }
      const meta = metaOf(draft)
      return ok(this.delivery.queueCustomer({ kind: 'text', text: content }, draft, (answer) => {
        if (meta) this.core.list.replace({ ...answer, cloudCustomData: meta })
        this.choices.markAnswer(id, content, this.core.list.get(answer.id) ?? answer)
      }))
    }

    const submitTaskForm = (messageId: string, values: Record<string, string>): ActionResult<ChatMessage> => {
      const found = card(messageId)
      if (!found.ok) return found
      const current = found.value
      const payload = current.payload
      if (payload.kind !== 'taskForm' || current.from !== 'service') return refuse('unsupported', `Message ${current.id} is not a task-flow form.`)
      if (payload.submittedValues) return refuse('alreadyChosen', 'This form was already submitted.')
      // A form without nodeStatus is editable: the Android kit's reading (Flutter's is read-only,
      // PROTOCOL-DESK.md §3.2). Read-only would strand the customer in the flow; the renderer agrees.
      if (payload.nodeStatus !== undefined && payload.nodeStatus !== 0) return refuse('notAllowed', 'This form is closed.')
      const given = cleanValues(values)
      const problems = taskFormProblems(payload, given)
      const missing = problems.filter((p) => p.problem === 'required').map((p) => p.name)
      if (missing.length > 0) return refuse('empty', `Required fields are empty: ${missing.join(', ')}.`)
      const wrong = problems.filter((p) => p.problem === 'notAChoice').map((p) => p.name)
      if (wrong.length > 0) return refuse('invalidOption', `Not one of the choices: ${wrong.join(', ')}.`)
      const draft = encodeTaskFormSubmission(payload, given)
      const submittedValues = sentValues(draft, payload)
      const cardId = current.id
      const locked: ChatMessage = { ...current, payload: { ...payload, submittedValues }, pendingChoice: true }
      delete locked.error
      this.core.list.replace(locked)
      const clientId = this.core.ids.newClientId()
      this.core.ids.byClientId.set(clientId, clientId)
      this.forms.set(clientId, cardId)
      this.core.dispatch({ type: 'customerSent' })
      this.core.outbox.enqueue({
        clientId,
        draft,
        onDelivered: () => {
          this.formSettled(clientId, submittedValues, null)
          this.core.commit()
        },
        onFailed: (failure) => {
          this.formSettled(clientId, submittedValues, failure)
          this.core.commit()
        },
      })
      this.core.commit()
      return ok(this.core.list.get(cardId) ?? locked)
    }

    const sendFeedback = (messageId: string, feedback: AnswerFeedbackInput): ActionResult<ChatMessage> => {
      const found = card(messageId)
      if (!found.ok) return found
      const answer = found.value
      const target = feedbackTargetOf(answer)
      if (!target) return refuse('notAllowed', `Message ${answer.id} is not a bot answer that takes feedback.`)
      if (!feedback || typeof feedback !== 'object' || typeof feedback.helpful !== 'boolean') {
        return refuse('invalidOption', 'Feedback needs `helpful`: true or false.')
      }
      const previous = this.feedbackMap[answer.id]
      if (previous && previous.status !== 'failed') return refuse('alreadyChosen', 'Feedback was already sent for this answer.')
      let draft: OutgoingDraft
      try {
        draft = encodeFeedback({
          messageID: target.messageID,
          score: feedback.helpful ? 1 : 2,
          reasons: Array.isArray(feedback.reasons) ? feedback.reasons : [],
          feedbackContent: typeof feedback.comment === 'string' ? feedback.comment : '',
        })
      } catch (error) {
        return refuse('unsupported', `This feedback cannot be sent (${reasonOf(error)}).`)
      }
      const payload = payloadOfDraft(draft)
      const clientId = this.core.ids.newClientId()
      this.feedbackMap = Object.freeze({ ...this.feedbackMap, [answer.id]: { helpful: feedback.helpful, status: 'sending', messageId: clientId } })
      this.core.publisher.touch()
      return ok(this.queueHidden(payload, draft, answer.id, clientId))
    }

    const transferToTaskFlow = (taskFlowId: string, extra?: Record<string, unknown>): ActionResult<ChatMessage> => {
      const early = guard(this.core.isStarted())
      if (!early.ok) return early
      const id: unknown = taskFlowId
      if (!(typeof id === 'string' && id.trim() !== '') && !(typeof id === 'number' && Number.isFinite(id))) {
        return refuse('empty', 'No task flow id given.')
      }
      let draft: OutgoingDraft
      try {
        draft = encodeTransferToTaskFlow({ taskFlowID: id as string, extra: plainObject(extra) })
      } catch (error) {
        return refuse('unsupported', `Cannot transfer to this task flow (${reasonOf(error)}).`)
      }
      this.core.dispatch({ type: 'customerSent' })
      return ok(this.queueHidden(payloadOfDraft(draft), draft))
    }

    const transferToAgent = (target: AgentTransferTarget): ActionResult<ChatMessage> => {
      const early = guard(this.core.isStarted())
      if (!early.ok) return early
      const t = plainObject(target) as AgentTransferTarget | undefined
      const agents = Array.isArray(t?.agentIds) ? t.agentIds.filter((a): a is string => typeof a === 'string' && a.trim() !== '') : []
      const group: unknown = t?.groupId
      const hasGroup = (typeof group === 'string' && group.trim() !== '') || (typeof group === 'number' && Number.isFinite(group))
      if (agents.length === 0 && !hasGroup) return refuse('empty', 'Name at least one agent id or an agent group.')
      const draft = encodeTransferToHuman({ specifiedAgentList: agents, ...(hasGroup ? { specifiedGroupID: group as string | number } : {}) })
      this.core.dispatch({ type: 'customerSent' })
      return ok(this.queueHidden(payloadOfDraft(draft), draft))
    }

    return { chooseTaskBranchItem, submitTaskForm, sendFeedback, transferToTaskFlow, transferToAgent }
  }

  /** The form submission was delivered (settle the card) or finally failed (release it). */
  private formSettled(clientId: string, values: Record<string, string>, failure: SendFailure | null): void {
    const cardId = this.forms.get(clientId)
    this.forms.delete(clientId)
    const current = cardId === undefined ? undefined : this.core.list.get(cardId)
    if (!current || current.payload.kind !== 'taskForm' || current.payload.submittedValues !== values) return
    if (failure) {
      const payload: TaskFormPayload = { ...current.payload }
      delete payload.submittedValues
      const next: ChatMessage = { ...current, payload, error: failure }
      delete next.pendingChoice
      this.core.list.replace(next)
    } else if (current.pendingChoice) {
      const next: ChatMessage = { ...current }
      delete next.pendingChoice
      this.core.list.replace(next)
    }
  }

  /**
   * The server modified a task form card we submitted (its echo with `nodeStatus` 2, say): keep
   * showing the values the customer sent. Returns the entry to store.
   */
  keepSubmitted(current: ChatMessage, next: ChatMessage): ChatMessage {
    if (current.payload.kind !== 'taskForm' || next.payload.kind !== 'taskForm') return next
    const values = current.payload.submittedValues
    if (!values || next.payload.submittedValues) return next
    return { ...next, payload: { ...next.payload, submittedValues: values } }
  }
}

function cleanLanguage(language: unknown): string | undefined {
  return typeof language === 'string' && language.trim() !== '' ? language.trim() : undefined
}

/** Validates and stores the UI locale for src 7 / 27. */
export function languageResult(desk: Desk, language: unknown): ActionResult<undefined> {
  if (language !== undefined && language !== null && typeof language !== 'string') {
    return refuse('invalidOption', 'The language must be a string such as "en" or "zh".')
  }
  desk.language = cleanLanguage(language)
  return ok(undefined)
}

function metaOf(draft: OutgoingDraft): MessageMeta | undefined {
  return draft.cloudCustomData ? readMessageMeta(draft.cloudCustomData) : undefined
}

function plainObject(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined
}

/** Only string values, by name; anything else is ignored (hostile or careless input). */
function cleanValues(values: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  const obj = plainObject(values)
  if (!obj) return out
  for (const [k, v] of Object.entries(obj)) if (typeof v === 'string') out[k] = v
  return out
}

/** The values a submission carries, by field name. */
function sentValues(draft: OutgoingDraft, form: TaskFormPayload): Record<string, string> {
  const p = payloadOfDraft(draft)
  const out: Record<string, string> = {}
  const fields = p.kind === 'taskForm' ? p.inputVariables : form.inputVariables
  for (const f of fields) out[f.name] = f.variableValue
  return out
}

function payloadOfDraft(draft: OutgoingDraft): Payload {
  const body = draft.body
  if (body.type === 'custom') return decode(body.data)
  return body.type === 'text' ? { kind: 'text', text: body.text } : { kind: 'invalid', reason: 'a media body is not a task-flow answer' }
}
