// What the row needs to know about an attachment's status line without loading its component
// (KefuUploadStatus, loaded with the first attachment the customer sends or a reload restores).
import type { ChatMessage } from '../../protocol/engine/types'

/** Whether the row draws the upload status instead of the plain "sending" spinner / "not sent". */
export function hasUploadStatus(m: ChatMessage): boolean {
  return m.from === 'customer' && !!m.upload && (m.status === 'sending' || (m.status === 'failed' && m.upload.lost === true))
}
