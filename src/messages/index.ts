// Message renderers: one component per drawn kind, the registry that picks them, and the pieces
// a team's own renderer can reuse (SafeImage, the URL rule, the Markdown pipeline, summaries).

// Contract ------------------------------------------------------------------------------------
export { rendererProps, bindMessageActions, type MessageActions, type RenderContext, type MessageRendererProps } from './types'
export {
  createRendererRegistry,
  type RendererKey,
  type RendererMap,
  type RendererRegistry,
  type ResolvedRenderer,
} from './registry'
export { defaultRenderers } from './defaults'

// Renderers -----------------------------------------------------------------------------------
export { TextMessage } from './text'
export { ImageMessage } from './image'
export { BranchMessage } from './branch'
export { FormMessage } from './form'
export { RatingMessage } from './rating'
export { ProductMessage } from './product'
export { OrderMessage } from './order'
export { SuggestionMessage, SUGGESTION_PAGE_SIZE, SUGGESTION_MAX_ITEMS } from './suggestion'
export { RichTextMessage } from './richText'
export { StreamMessage } from './stream'
export { DividerMessage } from './divider'
export { NoticeMessage } from './notice'
export { UnsupportedMessage, MessageErrorPlaceholder, RevokedMessage } from './unsupported'

// Building blocks -----------------------------------------------------------------------------
export { SafeImage, type SafeImageProps, safeLinkUrl, safeImageUrl } from './_shared'
export { renderMarkdown, loadMarkdown, markdownReady, MARKDOWN_ALLOWED_TAGS, type RenderMarkdownOptions } from './richText'
export { linkify, type TextPiece } from './text'
export { summarizeMessage, SUMMARY_MAX_LENGTH } from './summary'

// The gallery fixtures and XSS vectors are in the `kefu-kit/gallery` entry (src/gallery.ts).
