// The customer's answers to cards (branch menus, forms, rating cards): a card is locked on the
// choice while it is being sent (`pendingChoice`), settled when it is delivered or echoed, and
// released when sending finally fails, so the customer can choose again.
import type { Payload } from '../types'
import { isSelectable, withoutSelected } from './incoming'
import type { OrderedMessages } from './ordering/list'
import type { SendFailure } from './outbox'
import type { ChatMessage } from './types'

/** Cards answered with a text: branch menus (15), forms (21), task-flow menus (32). */
function isAnswerable(payload: Payload): payload is Extract<Payload, { kind: 'branch' | 'form' | 'taskBranch' }> {
  return payload.kind === 'branch' || payload.kind === 'form' || payload.kind === 'taskBranch'
}

export class Choices {
  /** answer message id → the branch/form card it answers, until the answer is delivered */
  private readonly answers = new Map<string, string>()

  constructor(private readonly list: OrderedMessages) {}

  /** Locks a branch/form card on the answer about to be sent. */
  markAnswer(cardId: string, content: string, answer: ChatMessage): void {
    const card = this.list.get(cardId)
    if (!card || !isAnswerable(card.payload)) return
    this.list.replace({ ...card, payload: { ...card.payload, selected: { content } }, pendingChoice: true })
    this.answers.set(answer.id, card.id)
  }

  /** A failed answer is being resent: lock its card again if it was released meanwhile. */
  relock(answerId: string, answer: ChatMessage): void {
    const cardId = this.answers.get(answerId)
    const card = cardId === undefined ? undefined : this.list.get(cardId)
    if (card && isAnswerable(card.payload) && !card.payload.selected && answer.payload.kind === 'text') {
      this.list.replace({ ...card, payload: { ...card.payload, selected: { content: answer.payload.text } }, pendingChoice: true })
    }
  }

  /**
   * A branch/form answer was delivered (the card's choice is settled) or finally failed (the card
   * is unlocked so the customer can choose again; the failed bubble still offers retry).
   */
  answerSettled(answerId: string, delivered: boolean): void {
    const cardId = this.answers.get(answerId)
    if (cardId === undefined) return
    const card = this.list.get(cardId)
    const answer = this.list.get(answerId)
    if (!card || !answer || answer.payload.kind !== 'text' || !isAnswerable(card.payload)) {
      this.answers.delete(answerId)
      return
    }
    const text = answer.payload.text
    const selected = card.payload.selected
    if (delivered) {
      this.answers.delete(answerId)
      if (card.pendingChoice && selected?.content === text) {
        const next = { ...card }
        delete next.pendingChoice
        this.list.replace(next)
      } else if (!selected) {
        // delivered after all (a late echo) after the card had been unlocked
        this.list.replace({ ...card, payload: { ...card.payload, selected: { content: text } } })
      }
    } else if (card.pendingChoice && selected?.content === text) {
      const next: ChatMessage = { ...card, payload: withoutSelected(card.payload) }
      delete next.pendingChoice
      this.list.replace(next)
    }
  }

  /** Locks a rating card on the chosen option while the choice is sent. */
  markRating(card: ChatMessage, option: { id: string; content: string }): ChatMessage {
    if (card.payload.kind !== 'rating') return card
    const next: ChatMessage = { ...card, payload: { ...card.payload, selected: { id: option.id, content: option.content } }, pendingChoice: true }
    delete next.error
    this.list.replace(next)
    return next
  }

  /** The rating choice was delivered (`failure` null) or finally failed (the card is released). */
  ratingSettled(cardId: string, optionId: string, failure: SendFailure | null): void {
    const card = this.list.get(cardId)
    if (!card || card.payload.kind !== 'rating') return
    // the server's echo (modified) already settled it, or the customer's choice changed since
    if (!card.pendingChoice || card.payload.selected?.id !== optionId) return
    const next: ChatMessage = failure ? { ...card, payload: withoutSelected(card.payload), error: failure } : { ...card }
    delete next.pendingChoice
    this.list.replace(next)
  }

  /**
   * The server modified a card (its echo): what the entry becomes. A choice the server has not
   * seen yet keeps showing rather than unlocking the card.
   */
  modified(current: ChatMessage, payload: Payload): ChatMessage {
    const next: ChatMessage = { ...current, payload }
    if (current.pendingChoice) {
      const mine = current.payload
      if (isSelectable(payload) && isSelectable(mine) && payload.kind === mine.kind && !payload.selected && mine.selected) {
        next.payload = { ...payload, selected: mine.selected } as Payload
      } else {
        delete next.pendingChoice
      }
    }
    if (isSelectable(payload) && payload.selected) delete next.error
    return next
  }
}
