// Which list entry a server id or a client id stands for, and which server ids were revoked.
//
// List ids are client ids for the customer's messages and server ids otherwise; several server
// ids point at one entry when a stream is assembled from parts.
import type { CheckedIncoming } from './incoming'
import type { OrderedMessages } from './ordering/list'
import type { ChatMessage } from './types'

export class Identity {
  /** server id → list id */
  readonly byServerId = new Map<string, string>()
  /** client id → list id, for the customer's messages (ours and other devices') */
  readonly byClientId = new Map<string, string>()
  /** revoked server ids, kept in case the message itself arrives later (history) */
  readonly revoked = new Set<string>()

  constructor(
    private readonly list: OrderedMessages,
    private readonly createId: () => string,
  ) {}

  /** A message by list id or by server id (a host may hold either). */
  find(id: unknown): ChatMessage | undefined {
    if (typeof id !== 'string') return undefined
    const direct = this.list.get(id)
    if (direct) return direct
    const viaServer = this.byServerId.get(id)
    return viaServer === undefined ? undefined : this.list.get(viaServer)
  }

  /** A fresh client id; a broken generator must not merge two messages into one entry. */
  newClientId(): string {
    let id = this.createId()
    for (let n = 1; typeof id !== 'string' || id === '' || this.list.has(id) || this.byClientId.has(id); n++) {
      id = `${String(id)}~${n}`
    }
    return id
  }

  /** The list id for an incoming message: its server id, made unique against client ids. */
  listIdFor(serverId: string): string {
    let id = serverId
    for (let n = 1; this.list.has(id); n++) id = `${serverId}#${n}`
    return id
  }

  /** Records an incoming message's ids as pointing at `listId`. */
  index(m: CheckedIncoming, listId: string): void {
    this.byServerId.set(m.id, listId)
    if (m.clientId !== undefined && !this.byClientId.has(m.clientId)) this.byClientId.set(m.clientId, listId)
  }

  isRevoked(serverId: string): boolean {
    return this.revoked.has(serverId)
  }
}
