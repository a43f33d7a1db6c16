// Message renderers: one component per drawn kind, the registry that picks them, and the pieces
// a team's own renderer can reuse (SafeImage, the URL rule, the Markdown pipeline, summaries).

// Contract ------------------------------------------------------------------------------------
export { rendererProps, bindMessageActions, type MessageActions, type DeskEngineActions, type AnswerFeedback, type RenderContext, type MessageRendererProps } from './types'
export {
  createRendererRegistry,
  createMessageRegistry,
  rendererMapLayer,
  errorBoundaryLayer,
  defineRendererWrapper,
  type RendererKey,
  type RendererMap,
  type RendererRegistry,
  type ResolvedRenderer,
  type RendererNext,
  type RendererMiddleware,
  type RendererLayer,
  type MessageRegistryOptions,
  type RendererWrapperProps,
} from './registry'
export { defaultRenderers } from './defaults'
export {
  defineMessageKind,
  type MessageKind,
  type MessageKindOptions,
  type MessageLayout,
  type MessageSummary,
  type SummaryContext,
  type GalleryFixture,
} from './kind'
export { builtInKinds } from './kinds'
export { withErrorBoundary, isErrorBoundary } from './boundary'

// Renderers -----------------------------------------------------------------------------------
export { TextMessage, textKind } from './text'
export { ImageMessage, imageKind } from './image'
export { FileMessage, fileKind } from './file'
export { VideoMessage, videoKind } from './video'
export { AudioMessage, audioKind } from './audio'
export {
  LocationMessage, locationKind, createLocationKind, createLocationMessage, type LocationKindOptions, type MapUrlBuilder,
} from './location'
// not through './location': the chat imports that one, and the map link is only the media chunk's
export { openStreetMapUrl } from './location/mapUrl'
export { FaceMessage, faceKind } from './face'
export { MergerMessage, mergerKind } from './merger'
export { BranchMessage, branchKind } from './branch'
export { FormMessage, formKind } from './form'
export { TaskBranchMessage, taskBranchKind } from './taskBranch'
export { TaskFormMessage, taskFormKind } from './taskForm'
export { SystemLineMessage, systemLineKind } from './systemLine'
export { FlagMessage, flagsKind } from './flags'
export { RatingMessage, ratingKind } from './rating'
export { ProductMessage, productKind } from './product'
export { OrderMessage, orderKind } from './order'
export { SuggestionMessage, SUGGESTION_PAGE_SIZE, SUGGESTION_MAX_ITEMS, suggestionKind } from './suggestion'
export { RichTextMessage, richTextKind } from './richText'
export { StreamMessage, streamKind } from './stream'
export { DividerMessage, dividerKind } from './divider'
export { NoticeMessage, noticeKind } from './notice'
export { UnsupportedMessage, MessageErrorPlaceholder, RevokedMessage, unsupportedKind } from './unsupported'

// Building blocks -----------------------------------------------------------------------------
export { SafeImage, type SafeImageProps, safeLinkUrl, safeImageUrl, safeMediaUrl, type MediaUrlSource } from './_shared'
export { renderMarkdown, loadMarkdown, markdownReady, MARKDOWN_ALLOWED_TAGS, type RenderMarkdownOptions } from './richText'
export { linkify, type TextPiece } from './text'
export { summarizeMessage, SUMMARY_MAX_LENGTH } from './summary'

// The gallery fixtures and XSS vectors are in the `kefu-kit/gallery` entry (src/gallery.ts).
