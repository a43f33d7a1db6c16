// The customer's messages on their way out: drawn at once as `sending`, queued in the outbox,
// confirmed by a receipt, an echo or history (idempotently), marked failed, resent by retry().
import type { SendReceipt } from '../transport'
import type { Payload } from '../types'
import type { Choices } from './choices'
import type { Core } from './core'
import { isSaneTime } from './incoming'
import type { OutboxItem, OutgoingDraft, SendFailure } from './outbox'
import type { ChatMessage, UploadState } from './types'
import { isOutgoingMediaBody, revokeObjectUrl } from '../wire/media'

/** A progress step smaller than this is not published (a fast upload would publish hundreds). */
const PROGRESS_STEP = 0.01

/** What a lost attachment keeps: its draft without the bytes. */
export type LostDraft = { body: { type: string; name: string; size: number; mime: string; width?: number; height?: number; duration?: number } }

export class Delivery {
  /** what each undelivered customer message sends, so retry() resends exactly that */
  private readonly drafts = new Map<string, OutgoingDraft>()
  /** attachments restored without their bytes, by client id: kept so a second reload still shows them */
  private readonly lost = new Map<string, LostDraft>()

  constructor(
    private readonly core: Core,
    private readonly choices: Choices,
  ) {}

  /** client ids of the customer messages not delivered yet (what the stored outbox holds), lost attachments too */
  *undelivered(): IterableIterator<string> {
    yield* this.drafts.keys()
    for (const clientId of this.lost.keys()) if (!this.drafts.has(clientId)) yield clientId
  }

  draftOf(clientId: string | undefined): OutgoingDraft | undefined {
    return clientId === undefined ? undefined : this.drafts.get(clientId)
  }

  lostDraftOf(clientId: string | undefined): LostDraft | undefined {
    return clientId === undefined ? undefined : this.lost.get(clientId)
  }

  /** Draws a customer message at once (status `sending`) and queues it. */
  queueCustomer(payload: Payload, draft: OutgoingDraft, beforeCommit?: (message: ChatMessage) => void, upload?: UploadState): ChatMessage {
    const { list, ids, config } = this.core
    const clientId = ids.newClientId()
    const time = config.now()
    const message: ChatMessage = { id: clientId, clientId, from: 'customer', time, status: 'sending', payload }
    if (upload) message.upload = upload
    // Placed after everything shown, whatever the local clock says: a clock running behind the
    // server's must not bury what the customer just typed above older messages.
    list.insert(message, { time: Math.max(time, list.newestTime()) })
    ids.byClientId.set(clientId, clientId)
    this.drafts.set(clientId, draft)
    this.core.dispatch({ type: 'customerSent' })
    beforeCommit?.(message)
    this.core.commit()
    this.core.outbox.enqueue(this.outboxItemFor(clientId, draft))
    return list.get(clientId) ?? message
  }

  /**
   * Puts back a customer message restored from storage after a reload: drawn where it was, and
   * queued again under its client id (`sending`) or shown as failed with retry (`failed`).
   */
  restore(item: {
    clientId: string
    payload: Payload
    draft: OutgoingDraft | LostDraft
    time: number
    status: 'sending' | 'failed'
    error?: SendFailure
    upload?: UploadState
  }): void {
    const { list, ids } = this.core
    const { clientId, draft } = item
    const message: ChatMessage = { id: clientId, clientId, from: 'customer', time: item.time, status: item.status, payload: item.payload }
    if (item.upload) message.upload = item.upload
    if (item.status === 'failed') message.error = item.error ?? { code: 'unknown', message: 'Sending failed.' }
    list.insert(message, { time: item.time })
    ids.byClientId.set(clientId, clientId)
    if (item.upload?.lost) {
      this.lost.set(clientId, draft as LostDraft)
      return
    }
    this.drafts.set(clientId, draft as OutgoingDraft)
    if (item.status === 'sending') this.core.outbox.enqueue(this.outboxItemFor(clientId, draft as OutgoingDraft))
  }

  /**
   * Removes an attachment the customer cancelled: out of the queue (an upload in flight is
   * aborted), out of the list, its local URL revoked. False when it is not the customer's own
   * unsent attachment.
   */
  cancel(message: ChatMessage): boolean {
    const { list, ids, outbox } = this.core
    if (message.from !== 'customer' || message.clientId === undefined || !message.upload || message.status === 'sent') return false
    outbox.cancel(message.clientId)
    this.drafts.delete(message.clientId)
    this.lost.delete(message.clientId)
    list.remove(message.id)
    ids.byClientId.delete(message.clientId)
    revokeObjectUrl((message.payload as { url?: string }).url)
    this.core.commit()
    return true
  }

  /** Resends a failed customer message under its client id, at the end of the list. */
  resend(message: ChatMessage, draft: OutgoingDraft): ChatMessage {
    const { list, config } = this.core
    const next: ChatMessage = { ...message, status: 'sending' }
    delete next.error
    if (next.upload) {
      next.upload = { ...next.upload, progress: 0 }
      delete next.upload.lost
    }
    if (next.clientId !== undefined) {
      this.lost.delete(next.clientId)
      this.drafts.set(next.clientId, draft)
    }
    // a resent message belongs at the end, where the customer now expects it
    list.moveToEnd(next, config.now())
    this.core.dispatch({ type: 'customerSent' })
    this.choices.relock(message.id, next)
    this.core.commit()
    this.core.outbox.enqueue(this.outboxItemFor(message.id, draft))
    return list.get(message.id) ?? next
  }

  /** Queues a flag (never drawn). */
  queueFlag(draft: OutgoingDraft, handlers: { delivered?: () => void; failed?: (f: SendFailure) => void } = {}): string {
    const clientId = this.core.ids.newClientId()
    this.core.outbox.enqueue({
      clientId,
      draft,
      onDelivered: (receipt) => {
        this.core.clock.observe(receipt?.time)
        handlers.delivered?.()
      },
      onFailed: (failure) => handlers.failed?.(failure),
    })
    return clientId
  }

  /**
   * Our own message is confirmed: by the send receipt, by an echo carrying its client id, or by
   * history. Idempotent, because all three can happen for one message.
   */
  confirmOwn(listId: string, receipt: Partial<SendReceipt>): void {
    const { list, ids, outbox, config } = this.core
    const current = list.get(listId)
    if (!current) return
    const serverId = typeof receipt.id === 'string' && receipt.id !== '' ? receipt.id : undefined
    // a receipt time no Date can hold is no time at all (see saneTime)
    const time = isSaneTime(receipt.time, config.now()) ? receipt.time : undefined
    this.core.clock.observe(time)
    const seq = typeof receipt.seq === 'number' && Number.isFinite(receipt.seq) ? receipt.seq : undefined
    if (current.status === 'sent' && current.serverId === serverId && (time === undefined || current.time === time)) return
    if (serverId !== undefined) {
      // the same message already drawn under its server id (an echo without the client id)
      const other = ids.byServerId.get(serverId)
      if (other !== undefined && other !== listId) list.remove(other)
      ids.byServerId.set(serverId, listId)
    }
    const next: ChatMessage = { ...current, status: 'sent' }
    delete next.error
    if (next.upload && next.upload.progress !== 1) next.upload = { ...next.upload, progress: 1 }
    if (serverId !== undefined) next.serverId = serverId
    if (serverId !== undefined && ids.isRevoked(serverId)) next.revoked = true
    if (time !== undefined) {
      next.time = time
      if (seq !== undefined) next.seq = seq
      list.move(next, { time, seq })
    } else {
      list.replace(next)
    }
    if (current.clientId !== undefined) {
      this.drafts.delete(current.clientId)
      outbox.settle(current.clientId)
    }
    this.choices.answerSettled(listId, true)
  }

  private outboxItemFor(listId: string, draft: OutgoingDraft): OutboxItem {
    const { list } = this.core
    const item: OutboxItem = {
      clientId: listId,
      draft,
      onDelivered: (receipt) => {
        this.confirmOwn(listId, receipt ?? {})
        this.core.commit()
      },
      onRetrying: (failure) => {
        const current = list.get(listId)
        if (current && current.status === 'sending') {
          list.replace({ ...current, error: failure })
          this.core.commit()
        }
      },
      onFailed: (failure) => {
        const current = list.get(listId)
        // an echo may have confirmed it while the last attempt was failing
        if (current && current.status !== 'sent') {
          list.replace({ ...current, status: 'failed', error: failure })
          this.choices.answerSettled(listId, false)
          this.core.commit()
        }
      },
    }
    if (isOutgoingMediaBody(draft.body)) {
      item.onProgress = (fraction) => {
        const current = list.get(listId)
        if (!current || current.status !== 'sending' || !current.upload) return
        const before = current.upload.progress
        if (fraction === before || (Math.abs(fraction - before) < PROGRESS_STEP && fraction !== 1 && fraction !== 0)) return
        list.replace({ ...current, upload: { ...current.upload, progress: fraction } })
        this.core.commit()
      }
    }
    return item
  }
}
