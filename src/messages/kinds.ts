// The kit's own message kinds, each declared in its folder (`./<kind>/index.ts`). The order is the
// gallery's: the order a conversation tends to meet them (the bot's cards, task flows, cards, rich
// answers, the end of the session, then everything that must degrade gracefully).
import type { MessageKind } from './kind'
import { textKind } from './text'
import { imageKind } from './image'
import { fileKind } from './file'
import { videoKind } from './video'
import { audioKind } from './audio'
import { locationKind } from './location'
import { faceKind } from './face'
import { mergerKind } from './merger'
import { suggestionKind } from './suggestion'
import { branchKind } from './branch'
import { formKind } from './form'
import { taskBranchKind } from './taskBranch'
import { taskFormKind } from './taskForm'
import { productKind } from './product'
import { orderKind } from './order'
import { richTextKind } from './richText'
import { streamKind } from './stream'
import { noticeKind } from './notice'
import { ratingKind } from './rating'
import { dividerKind } from './divider'
import { systemLineKind } from './systemLine'
import { flagsKind } from './flags'
import { unsupportedKind } from './unsupported'

/** Every kind the kit draws, declared once each. */
export const builtInKinds: readonly MessageKind[] = [
  textKind,
  imageKind,
  fileKind,
  videoKind,
  audioKind,
  locationKind,
  faceKind,
  mergerKind,
  suggestionKind,
  branchKind,
  formKind,
  taskBranchKind,
  taskFormKind,
  productKind,
  orderKind,
  richTextKind,
  streamKind,
  noticeKind,
  ratingKind,
  dividerKind,
  systemLineKind,
  flagsKind,
  unsupportedKind,
]
