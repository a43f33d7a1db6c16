// The customer's actions. Each returns `{ ok, value | error: { code } }` and never throws; the
// refusals every action shares (not started, no such message) come from the one `guard`.
import type { MenuItem, OrderContent, OrderPayload, ProductContent, ProductPayload } from '../types'
import {
  encodeEndSession,
  encodeOrder,
  encodeProduct,
  encodeRatingRequest,
  encodeRatingSubmit,
  encodeText,
} from '../wire/encode'
import type { Choices } from './choices'
import { ok, reasonOf, refuse, type Core } from './core'
import { ratingExpired } from './expiry'
import type { Delivery } from './delivery'
import type { OutgoingDraft } from './outbox'
import type { ActionError, ActionResult, ChatMessage } from './types'

/**
 * The shared refusals: `notStarted` before start() (or after stop()), and, when the action is
 * about a message, `notFound` unless `find` knows `messageId`. On success, the message (if any).
 */
export function guard(started: boolean): ActionResult<undefined>
export function guard(started: boolean, messageId: unknown, find: (id: unknown) => ChatMessage | undefined): ActionResult<ChatMessage>
export function guard(
  started: boolean,
  messageId?: unknown,
  find?: (id: unknown) => ChatMessage | undefined,
): ActionResult<ChatMessage | undefined> {
  if (!started) return refuse('notStarted', 'The conversation has not been started: call start() first.')
  if (!find) return ok(undefined)
  const message = find(messageId)
  return message ? ok(message) : refuse('notFound', `No message ${String(messageId)} in this conversation.`)
}

function itemContent(item: MenuItem | string): string | undefined {
  if (typeof item === 'string') return item
  if (item && typeof item === 'object' && typeof item.content === 'string') return item.content
  return undefined
}

export type Actions = ReturnType<typeof createActions>

export function createActions(core: Core, delivery: Delivery, choices: Choices, language: () => string | undefined = () => undefined) {
  const { list, ids, config } = core
  const find = (id: unknown) => ids.find(id)
  const started = () => guard(core.isStarted())
  const card = (messageId: unknown) => guard(core.isStarted(), messageId, find)

  function checkText(text: unknown): ActionError | null {
    if (typeof text !== 'string' || text.trim() === '') return { code: 'empty', message: 'The message is empty.' }
    if (text.length > config.maxTextLength) {
      return { code: 'tooLong', message: `The message is ${text.length} characters long; the limit is ${config.maxTextLength}.` }
    }
    return null
  }

  function sendText(text: string): ActionResult<ChatMessage> {
    const early = started()
    if (!early.ok) return early
    const invalid = checkText(text)
    if (invalid) return { ok: false, error: invalid }
    return ok(delivery.queueCustomer({ kind: 'text', text }, encodeText(text)))
  }

  function chooseBranchItem(messageId: string, item: MenuItem | string): ActionResult<ChatMessage> {
    const found = card(messageId)
    if (!found.ok) return found
    const { id, payload } = found.value
    if (payload.kind !== 'branch') return refuse('unsupported', `Message ${id} is not a branch menu.`)
    if (payload.selected) return refuse('alreadyChosen', `"${payload.selected.content}" was already chosen on this menu.`)
    const content = itemContent(item)
    if (content === undefined || !payload.items.some((i) => i.content === content)) {
      return refuse('invalidOption', `"${String(content)}" is not an item of this menu.`)
    }
    const invalid = checkText(content)
    if (invalid) return { ok: false, error: invalid }
    return ok(delivery.queueCustomer({ kind: 'text', text: content }, encodeText(content), (answer) => choices.markAnswer(id, content, answer)))
  }

  function chooseSuggestion(messageId: string, item: MenuItem | string): ActionResult<ChatMessage> {
    const found = card(messageId)
    if (!found.ok) return found
    const { id, payload } = found.value
    if (payload.kind !== 'welcome' && payload.kind !== 'clarify') {
      return refuse('unsupported', `Message ${id} is not a suggestion card.`)
    }
    const content = itemContent(item)
    if (content === undefined || !payload.items.some((i) => i.content === content)) {
      return refuse('invalidOption', `"${String(content)}" is not one of this card's questions.`)
    }
    const invalid = checkText(content)
    if (invalid) return { ok: false, error: invalid }
    // suggestions stay usable: the customer may ask several of them
    return ok(delivery.queueCustomer({ kind: 'text', text: content }, encodeText(content)))
  }

  function answerForm(messageId: string, answer: string): ActionResult<ChatMessage> {
    const found = card(messageId)
    if (!found.ok) return found
    const { id, payload } = found.value
    if (payload.kind !== 'form') return refuse('unsupported', `Message ${id} is not a form.`)
    if (payload.selected) return refuse('alreadyChosen', `This form was already answered with "${payload.selected.content}".`)
    if (payload.type === 1 && !payload.items.some((i) => i.content === answer)) {
      return refuse('invalidOption', `"${String(answer)}" is not an option of this form.`)
    }
    const invalid = checkText(answer)
    if (invalid) return { ok: false, error: invalid }
    return ok(delivery.queueCustomer({ kind: 'text', text: answer }, encodeText(answer), (sent) => choices.markAnswer(id, answer, sent)))
  }

  function submitRating(messageId: string, optionId: string): ActionResult<ChatMessage | undefined> {
    const found = card(messageId)
    if (!found.ok) return found
    const current = found.value
    const payload = current.payload
    if (payload.kind !== 'rating') return refuse('unsupported', `Message ${current.id} is not a rating card.`)
    if (payload.selected) return refuse('alreadyRated', `This service was already rated "${payload.selected.content}".`)
    if (payload.allowClientSendRating === false) return refuse('notAllowed', 'The service does not let the customer send this rating.')
    if (ratingExpired(current, core.clock.now())) {
      return refuse('expired', 'This rating card has expired.')
    }
    const option = payload.menu.find((o) => o.id === optionId)
    if (!option) return refuse('invalidOption', `"${String(optionId)}" is not an option of this rating card.`)
    let draft: OutgoingDraft
    try {
      draft = encodeRatingSubmit({ id: option.id, content: option.content, sessionId: payload.sessionId })
    } catch (error) {
      // the card lacks what the backend needs (e.g. no sessionId): sending would be voided anyway
      return refuse('unsupported', `This rating card cannot be submitted (${reasonOf(error)}).`)
    }
    const next = choices.markRating(current, option)
    core.commit()
    const cardId = current.id
    const settled = (failure: Parameters<Choices['ratingSettled']>[2]) => {
      choices.ratingSettled(cardId, option.id, failure)
      core.commit()
    }
    delivery.queueFlag(draft, { delivered: () => settled(null), failed: settled })
    return ok(list.get(cardId) ?? next)
  }

  function requestRating(): ActionResult<undefined> {
    const early = started()
    if (!early.ok) return early
    const session = core.session()
    if (!session.humanServing) return refuse('notInSeat', 'A rating can only be requested while a human agent is serving.')
    if (!session.ratingRules?.customerMayRequest) return refuse('notAllowed', 'The service does not let customers ask for the rating card.')
    delivery.queueFlag(encodeRatingRequest())
    return ok(undefined)
  }

  function endHumanSession(): ActionResult<undefined> {
    const early = started()
    if (!early.ok) return early
    if (!core.session().humanServing) return refuse('notInSeat', 'No human agent is serving, so there is no session to end.')
    delivery.queueFlag(encodeEndSession({ language: language() }))
    return ok(undefined)
  }

  /** `text`: the customer's language's keyword (the shell passes it); else the `transferKeyword` option */
  function transferToHuman(text?: string): ActionResult<ChatMessage> {
    const early = started()
    if (!early.ok) return early
    if (core.session().humanServing) return refuse('notAllowed', 'A human agent is already serving.')
    if (core.session().queue !== null) return refuse('notAllowed', 'Already waiting in the queue for a human agent.')
    return sendText(typeof text === 'string' && text.trim() ? text : config.transferKeyword)
  }

  /** Sends a card the host built (product or order): encoded first, so a bad card is refused. */
  function sendCard<C>(given: C, what: string, encode: (c: C) => OutgoingDraft, toPayload: (c: C) => ProductPayload | OrderPayload): ActionResult<ChatMessage> {
    const early = started()
    if (!early.ok) return early
    if (typeof given !== 'object' || given === null) return refuse('empty', `No ${what} card given.`)
    let draft: OutgoingDraft
    try {
      draft = encode(given)
    } catch (error) {
      return refuse('unsupported', `This ${what} card cannot be sent (${reasonOf(error)}).`)
    }
    return ok(delivery.queueCustomer(toPayload(given), draft))
  }

  function sendProduct(product: ProductContent): ActionResult<ChatMessage> {
    return sendCard(product, 'product', encodeProduct, (c) => {
      const p: ProductPayload = { kind: 'product', src: '22', header: c.header, desc: c.desc, pic: c.pic, url: c.url }
      if (Array.isArray(c.customField)) p.customField = c.customField.map((f) => ({ name: f.name, value: f.value }))
      return p
    })
  }

  function sendOrder(order: OrderContent): ActionResult<ChatMessage> {
    return sendCard(order, 'order', encodeOrder, (o) => ({
      kind: 'order',
      src: '28',
      guide: o.guide,
      name: o.name,
      desc: o.desc,
      pic: o.pic,
      customField: o.customField.map((f) => ({ ...f })),
    }))
  }

  function retry(messageId: string): ActionResult<ChatMessage> {
    const found = card(messageId)
    if (!found.ok) return found
    const message = found.value
    if (message.status === 'failed' && message.upload?.lost) {
      return refuse('lost', 'The file was not kept after the page reloaded: choose it again (retryUpload).')
    }
    const draft = delivery.draftOf(message.clientId)
    if (message.status !== 'failed' || draft === undefined || message.clientId === undefined) {
      return refuse('notFailed', 'Only a message that failed to send can be retried.')
    }
    return ok(delivery.resend(message, draft))
  }

  return {
    sendText,
    chooseBranchItem,
    chooseSuggestion,
    answerForm,
    submitRating,
    requestRating,
    endHumanSession,
    transferToHuman,
    sendProduct,
    sendOrder,
    retry,
  }
}

