// Encoders: what the customer sends (the `encode*` builders), and the general inverse of `decode`
// (`encodePayload`) that the in-process simulator uses to speak as the service side.
//
// Every custom body carries `customerServicePlugin: 0` and a string `src`, the strict documented
// form, even though our own decoder accepts looser ones: a real backend may not. (A little over
// 400 lines: one small builder per customer message, each documented; splitting them would only
// scatter the one rule they share.)

import type { OutgoingMessage } from '../transport'
import {
  SRC,
  type DecodedPayload,
  type MenuItem,
  type OrderContent,
  type OrderField,
  type ProductContent,
  type ProductField,
  type RatingOption,
  type TaskBranchPayload,
  type TaskFormPayload,
  type TaskFormVariable,
} from '../types'

/** A message ready to send, minus the client id the outbox assigns. */
export type OutgoingDraft = Omit<OutgoingMessage, 'clientId'>

/** What the customer chose on a rating card (src 9), to submit as src 10. */
export interface RatingSubmission {
  /** the chosen option's id, e.g. `'105'` */
  id: string
  /** the chosen option's text, e.g. `'非常满意'` */
  content: string
  /** the rating card's `sessionId` */
  sessionId: string
}

/** A plain text message (also how branch, form and suggestion choices are answered). */
export function encodeText(text: string): OutgoingDraft {
  return { body: { type: 'text', text } }
}

/** Options of the session flags the Desk kits send with the UI locale (src 7, src 27). */
export interface LanguageOption {
  /** the customer's UI locale (e.g. `'en'`, `'zh'`), sent as `triggeredContent.language` */
  language?: string
}

/**
 * src 7: start the service flow. Sent once when the customer opens the conversation. A flag.
 * With `language`, carries `triggeredContent: {language}` as the Desk kits do.
 */
export function encodeStart(options?: LanguageOption): OutgoingDraft {
  return flag(withLanguage({ customerServicePlugin: 0, src: SRC.start }, options?.language))
}

/**
 * src 10: submit a rating. A flag.
 *
 * @throws Error when `id`, `content` or `sessionId` is empty: the backend silently voids a
 *   rating without them ("selected must not be empty"), so this is a programming error to surface
 *   loudly rather than a message to send.
 */
export function encodeRatingSubmit(selected: RatingSubmission): OutgoingDraft {
  const missing = (['id', 'content', 'sessionId'] as const).filter((key) => {
    const v: unknown = selected?.[key]
    return typeof v !== 'string' || v.trim() === ''
  })
  if (missing.length > 0) {
    throw new Error(`encodeRatingSubmit: selected must not be empty (missing ${missing.join(', ')})`)
  }
  return flag({
    customerServicePlugin: 0,
    src: SRC.ratingSubmit,
    menuSelected: { id: selected.id, content: selected.content, sessionId: selected.sessionId },
  })
}

/** src 24: ask for the rating card (only while a human serves and rule bit 1<<2 is set). A flag. */
export function encodeRatingRequest(): OutgoingDraft {
  return flag({ customerServicePlugin: 0, src: SRC.ratingRequest })
}

/** src 27: end the human session (only while `inSeat`). A flag. `language` as for {@link encodeStart}. */
export function encodeEndSession(options?: LanguageOption): OutgoingDraft {
  return flag(withLanguage({ customerServicePlugin: 0, src: SRC.endSession }, options?.language))
}

/**
 * The reply to a src 32 task-flow branch menu: a text message equal to the chosen item's
 * `content`. For fixed buttons (`optionType` 1) with a `taskInfo`, the message-level
 * `cloudCustomData` carries `{BranchOptionInfo: taskInfo}` so the backend knows the node.
 * Stored, not a flag. Whether the menu may still be answered (`status` 0) is the caller's check.
 *
 * @throws Error when the item has no visible text: such an item is the "content is abnormal"
 *   notice and cannot be chosen.
 */
export function encodeTaskBranchReply(menu: Pick<TaskBranchPayload, 'optionType' | 'taskInfo'>, item: MenuItem | string): OutgoingDraft {
  const content = typeof item === 'string' ? item : item?.content
  if (typeof content !== 'string' || content.trim() === '') {
    throw new Error('encodeTaskBranchReply: the chosen item has no content (it is drawn as "content is abnormal")')
  }
  const draft = encodeText(content)
  if (menu.optionType === 1 && menu.taskInfo !== undefined && menu.taskInfo !== null) {
    draft.cloudCustomData = { BranchOptionInfo: menu.taskInfo }
  }
  return draft
}

/** The customer's values for a src 33 form, by field `name`. Missing names keep the field's current `variableValue`. */
export type TaskFormValues = Readonly<Record<string, string>>

/** Why a src 33 answer cannot be sent yet, per field. */
export interface TaskFormProblem {
  name: string
  /** `required`: empty but required; `notAChoice`: a single-choice field whose value is not in `chooseItemList` */
  problem: 'required' | 'notAChoice'
}

/** The value that would be sent for `field`: the customer's, else the prefilled one. */
function valueOf(field: TaskFormVariable, values: TaskFormValues | undefined): string {
  if (values && Object.prototype.hasOwnProperty.call(values, field.name)) {
    const v: unknown = values[field.name]
    if (typeof v === 'string') return v
  }
  return field.variableValue
}

/**
 * What is wrong with an answer to a src 33 form, field by field (empty list: it can be sent).
 * The kits refuse to submit while a required field is empty.
 */
export function taskFormProblems(form: Pick<TaskFormPayload, 'inputVariables'>, values?: TaskFormValues): TaskFormProblem[] {
  const out: TaskFormProblem[] = []
  for (const field of form.inputVariables) {
    const value = valueOf(field, values)
    if (value.trim() === '') {
      if (field.isRequired) out.push({ name: field.name, problem: 'required' })
    } else if (field.formType === 1 && field.chooseItemList.length > 0 && !field.chooseItemList.includes(value)) {
      out.push({ name: field.name, problem: 'notAChoice' })
    }
  }
  return out
}

/**
 * src 33: the customer's answer to a task-flow form, a custom message with every field of the
 * form (as the web kit sends them) and its `variableValue` set. Stored, not a flag; the view does
 * not draw the customer's own copy. Check {@link taskFormProblems} first: this does not refuse an
 * incomplete answer (the backend decides).
 */
export function encodeTaskFormSubmission(form: Pick<TaskFormPayload, 'inputVariables'>, values?: TaskFormValues): OutgoingDraft {
  return custom({
    customerServicePlugin: 0,
    src: SRC.taskForm,
    content: { inputVariables: form.inputVariables.map((f) => taskFormVariable({ ...f, variableValue: valueOf(f, values) })) },
  })
}

/** Where to transfer with src 34. The wire field names are inferred; `extra` adds fields your backend expects. */
export interface TransferToTaskFlowOptions {
  taskFlowID: number | string
  extra?: Record<string, unknown>
}

/** src 34: ask the backend to start a task flow. Stored, not drawn. */
export function encodeTransferToTaskFlow(options: TransferToTaskFlowOptions): OutgoingDraft {
  const id: unknown = options?.taskFlowID
  if (!(typeof id === 'number' && Number.isFinite(id)) && !(typeof id === 'string' && id.trim() !== '')) {
    throw new Error('encodeTransferToTaskFlow: taskFlowID must be a number or a non-empty string')
  }
  return custom({ customerServicePlugin: 0, src: SRC.transferToTaskFlow, content: { ...(options.extra ?? {}), taskFlowID: id } })
}

/**
 * Whom to transfer to with src 39: agents (ids, e.g. their e-mail accounts) and/or an agent group.
 * The wire field names are inferred from the server API; `extra` adds fields your backend expects.
 */
export interface TransferToHumanOptions {
  specifiedAgentList?: readonly string[]
  specifiedGroupID?: number | string
  extra?: Record<string, unknown>
}

/** src 39: transfer to a named agent or agent group. Stored, not drawn. */
export function encodeTransferToHuman(options: TransferToHumanOptions = {}): OutgoingDraft {
  const content: Record<string, unknown> = { ...(options.extra ?? {}) }
  const agents = (options.specifiedAgentList ?? []).filter((a) => typeof a === 'string' && a.trim() !== '')
  if (agents.length > 0) content.specifiedAgentList = agents
  const group: unknown = options.specifiedGroupID
  if ((typeof group === 'number' && Number.isFinite(group)) || (typeof group === 'string' && group.trim() !== '')) {
    content.specifiedGroupID = group
  }
  return custom({ customerServicePlugin: 0, src: SRC.transferToHuman, content })
}

/** Thumbs up/down on a bot answer (src 43). */
export interface FeedbackSubmission {
  /** the IM (server) id of the rated answer */
  messageID: string
  /** `1` thumbs up, `2` thumbs down, `0` withdraw */
  score: 0 | 1 | 2
  /** the chosen reason tags (thumbs down) */
  reasons?: readonly string[]
  /** free text (thumbs down) */
  feedbackContent?: string
}

/**
 * src 43: feedback on a bot answer. A flag (`onlineUserOnly`: not kept in history, as the kits do).
 *
 * @throws Error when `messageID` is empty or `score` is not 0, 1 or 2.
 */
export function encodeFeedback(feedback: FeedbackSubmission): OutgoingDraft {
  const id: unknown = feedback?.messageID
  if (typeof id !== 'string' || id.trim() === '') throw new Error('encodeFeedback: messageID must be a non-empty string')
  if (feedback.score !== 0 && feedback.score !== 1 && feedback.score !== 2) throw new Error('encodeFeedback: score must be 0, 1 or 2')
  return flag({
    customerServicePlugin: 0,
    src: SRC.feedback,
    content: {
      messageID: id,
      score: feedback.score,
      reasons: (feedback.reasons ?? []).filter((r) => typeof r === 'string' && r.trim() !== ''),
      feedbackContent: typeof feedback.feedbackContent === 'string' ? feedback.feedbackContent : '',
    },
  })
}

/**
 * src 22: a product card the customer sends (e.g. the product being looked at). Stored, not a flag.
 * `customField` rows (Desk) are sent when given.
 */
export function encodeProduct(card: ProductContent): OutgoingDraft {
  return custom({ customerServicePlugin: 0, src: SRC.product, content: productContent(card) })
}

/** src 28: an order card the customer sends. Stored, not a flag. */
export function encodeOrder(order: OrderContent): OutgoingDraft {
  return custom({ customerServicePlugin: 0, src: SRC.order, content: orderContent(order) })
}

/**
 * The wire `data` (a JSON string) for any known payload, in the documented shape: the rating
 * inside `menuContent`, src 10 in `menuSelected`, src 29 with `subtype`, src 31 as top-level
 * `{chunks, isFinished: 0|1}` (the official plugin's shape), everything else inside `content`.
 * For every known kind, `decode(encodePayload(p))` gives back `p` when `p` came from `decode`
 * (with the same limits) or respects the shapes `decode` produces.
 *
 * Only the fields of the payload type are written: extra properties on the object are ignored.
 *
 * @throws Error for `unknown` and `invalid` payloads, which have no wire shape to restore;
 *   TypeError if a src 13 `content` cannot be serialised (a cycle, a BigInt).
 */
export function encodePayload(payload: DecodedPayload): string {
  return JSON.stringify(wireObject(payload))
}

function wireObject(p: DecodedPayload): Record<string, unknown> {
  const base = { customerServicePlugin: 0 }
  switch (p.kind) {
    case 'start':
    case 'endSession':
      return withLanguage({ ...base, src: SRC[p.kind] }, p.language)
    case 'typing':
      return p.typingStatus === undefined ? { ...base, src: SRC.typing } : { ...base, src: SRC.typing, typingStatus: p.typingStatus }
    case 'sessionEnd':
    case 'sessionTimeout':
    case 'ratingRequest':
    case 'agentTips':
    case 'sessionRestarted':
      return { ...base, src: SRC[p.kind] }
    case 'concurrencyLimit':
      // The documented shape has an empty content object (the kits ignore it).
      return { ...base, src: SRC.concurrencyLimit, content: {} }
    case 'silent':
      return { ...base, src: p.src }
    case 'taskBranch': {
      // `tail` is not drawn and the documented example has none: written only when there is one.
      const content: Record<string, unknown> = { header: p.header, items: p.items.map(menuItem) }
      if (p.tail !== '') content.tail = p.tail
      if (p.selected) content.selected = menuItem(p.selected)
      const out: Record<string, unknown> = { ...base, src: SRC.taskBranch, status: p.status, optionType: p.optionType }
      if (p.taskInfo !== undefined) out.taskInfo = p.taskInfo
      out.content = content
      return out
    }
    case 'taskForm': {
      const out: Record<string, unknown> = { ...base, src: SRC.taskForm }
      if (p.nodeStatus !== undefined) out.nodeStatus = p.nodeStatus
      out.content = { tip: p.tip, inputVariables: p.inputVariables.map(taskFormVariable) }
      return out
    }
    case 'transferToTaskFlow':
    case 'transferToHuman':
      return { ...base, src: SRC[p.kind], content: p.content }
    case 'thinking':
      return { ...base, src: SRC.thinking, thinkingStatus: p.thinkingStatus }
    case 'timeoutWarning':
      return { ...base, src: SRC.timeoutWarning, content: p.content }
    case 'feedbackMenu':
      return { ...base, src: SRC.feedbackMenu, content: { menu: [...p.menu] } }
    case 'feedback':
      return {
        ...base,
        src: SRC.feedback,
        content: { messageID: p.messageID, score: p.score, reasons: [...p.reasons], feedbackContent: p.feedbackContent },
      }
    case 'rating': {
      const menuContent: Record<string, unknown> = {
        head: p.head,
        tail: p.tail,
        menu: p.menu.map(ratingOption),
        type: p.type,
        sessionId: p.sessionId,
      }
      if (p.effectiveHour !== undefined) menuContent.effectiveHour = p.effectiveHour
      if (p.expireTime !== undefined) menuContent.expireTime = p.expireTime
      if (p.selected) menuContent.selected = ratingOption(p.selected)
      if (p.allowClientSendRating !== undefined) menuContent.allowClientSendRating = p.allowClientSendRating
      return { ...base, src: SRC.rating, menuContent }
    }
    case 'ratingSubmit': {
      const { id, content, sessionId } = p.menuSelected
      return { ...base, src: SRC.ratingSubmit, menuSelected: { id, content, sessionId } }
    }
    case 'botCommand':
      return withContent(base, SRC.botCommand, botCommandContent(p.command, p.content))
    case 'branch': {
      const content: Record<string, unknown> = { header: p.header, items: p.items.map(menuItem), tail: p.tail }
      if (p.selected) content.selected = { content: p.selected.content }
      return { ...base, src: SRC.branch, content }
    }
    case 'form': {
      const content: Record<string, unknown> = { header: p.header, type: p.type }
      // The documented text form (type 0) has no items; options forms always do.
      if (p.type === 1 || p.items.length > 0) content.items = p.items.map(menuItem)
      if (p.selected) content.selected = { content: p.selected.content }
      return { ...base, src: SRC.form, content }
    }
    case 'product':
      return { ...base, src: SRC.product, content: productContent(p) }
    case 'ratingRules':
      return { ...base, src: SRC.ratingRules, content: { menuSendRuleFlag: p.menuSendRuleFlag } }
    case 'seatStatus':
      return { ...base, src: SRC.seatStatus, content: { command: 'updateSeatStatus', content: p.inSeat ? 'inSeat' : 'outSeat' } }
    case 'order':
      return { ...base, src: SRC.order, content: orderContent(p) }
    case 'welcome':
    case 'clarify':
      return {
        ...base,
        src: SRC.suggestion,
        subtype: p.kind === 'welcome' ? 'welcome_msg' : 'clarify_msg',
        content: { title: p.title, content: p.content, items: p.items.map(menuItem) },
      }
    case 'richText':
      return { ...base, src: SRC.richText, content: p.content }
    case 'stream':
      return { ...base, src: SRC.stream, chunks: [...p.chunks], isFinished: p.isFinished ? 1 : 0 }
    case 'unknown':
      throw new Error(`encodePayload: cannot encode an unknown payload (src ${p.src}); send its original data instead`)
    case 'invalid':
      throw new Error(`encodePayload: cannot encode an invalid payload (${p.reason})`)
  }
}

function withContent(base: { customerServicePlugin: number }, src: string, content: unknown): Record<string, unknown> {
  return content === undefined ? { ...base, src } : { ...base, src, content }
}

/**
 * src 13 keeps its body as decoded, with `command` written into it. A non-object body cannot
 * carry a command, so a command there is lost (decode never produces that combination).
 */
function botCommandContent(command: string, content: unknown): unknown {
  if (content !== null && typeof content === 'object' && !Array.isArray(content)) {
    return command === '' ? content : { ...(content as Record<string, unknown>), command }
  }
  if (content === undefined && command !== '') return { command }
  return content
}

function productContent(card: ProductContent): ProductContent {
  const out: ProductContent = { header: card.header, desc: card.desc, pic: card.pic, url: card.url }
  if (card.customField) out.customField = card.customField.map((f): ProductField => ({ name: f.name, value: f.value }))
  return out
}

function taskFormVariable(f: TaskFormVariable): Record<string, unknown> {
  return {
    name: f.name,
    type: f.type,
    formType: f.formType,
    placeholder: f.placeholder,
    isRequired: f.isRequired ? 1 : 0,
    variableValue: f.variableValue,
    chooseItemList: [...f.chooseItemList],
  }
}

function withLanguage(data: Record<string, unknown>, language: string | undefined): Record<string, unknown> {
  return typeof language === 'string' && language.trim() !== '' ? { ...data, triggeredContent: { language } } : data
}

function orderContent(order: OrderContent): OrderContent {
  return {
    guide: order.guide,
    name: order.name,
    desc: order.desc,
    pic: order.pic,
    customField: order.customField.map((f): OrderField => {
      const out: OrderField = { name: f.name, value: f.value }
      if (f.customerValue !== undefined) out.customerValue = f.customerValue
      return out
    }),
  }
}

function menuItem(item: MenuItem): MenuItem {
  return item.desc === undefined ? { content: item.content } : { content: item.content, desc: item.desc }
}

function ratingOption(o: RatingOption): RatingOption {
  return { id: o.id, content: o.content }
}

function custom(data: Record<string, unknown>): OutgoingDraft {
  return { body: { type: 'custom', data: JSON.stringify(data) } }
}

/** Flags are not stored or pushed offline: sent with `onlineUserOnly` as the docs require. */
function flag(data: Record<string, unknown>): OutgoingDraft {
  return { ...custom(data), options: { onlineUserOnly: true } }
}
