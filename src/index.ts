// kefu-kit: the Vue kit (Vue 3 and Vue 2.7 from one artifact), with the protocol layer re-exported.
// Every public name is listed here on purpose (api/kefu-kit.api.md records them; CI compares):
// a name added to a folder's index is not public until it is added below.
import './styles/tokens.css'

// Protocol (the framework-free layer, also `kefu-kit/protocol`) -------------------------------
export {
  ACTION_ERROR_CODES, AI_MESSAGE_TYPES, aiLabelOf, BRANCH_OPTION_INFO_KEY, branchOptionInfoOf,
  createConversation, decode, encodeEndSession, encodeFeedback, encodeOrder, encodeProduct,
  encodeRatingRequest, encodeRatingSubmit, encodeStart, encodeTaskBranchReply,
  encodeTaskFormSubmission, encodeText, encodeTransferToHuman, encodeTransferToTaskFlow,
  feedbackTargetOf, FLAG_KINDS, isTransportError, RATING_RULE, readMessageMeta, SILENT_SRCS, SRC,
  taskFormProblems, TransportError, type ActionError, type ActionErrorCode, type ActionResult,
  type AgentTipsPayload, type AgentTransferTarget, type AnswerFeedbackInput,
  type AnswerFeedbackState, type BotCommandPayload, type BranchPayload, type ChatMessage,
  type ClarifyPayload, type ConcurrencyLimitPayload, type ConnectionStatus, type ConversationEngine,
  type ConversationOptions, type ConversationState, type DecodedPayload, type DecodeLimits,
  type DeliveryStatus, type DeskConversationActions, type EngineEvent, type EngineEventMap, type UnreadInfo, type EndSessionPayload, type FeedbackCandidate, type FeedbackMenuPayload,
  type FeedbackPayload, type FeedbackSubmission, type FormPayload, type HistoryPage,
  type ImagePayload, type IncomingMessage, type InvalidPayload, type LanguageOption, type MenuItem,
  type MessageMeta, type NoticePayload, type NoticeTemplates, type NoticeType, type OrderContent,
  type OrderField, type OrderPayload, type OutgoingDraft, type OutgoingMessage, type Payload,
  type PayloadKind, type ProductContent, type ProductField, type ProductPayload, type QueueState,
  type RatingOption, type RatingPayload, type RatingRequestPayload, type RatingRules,
  type RatingRulesPayload, type RatingSubmission, type RatingSubmitPayload,
  type ReadMessageMetaOptions, type RetryOptions, type RichTextPayload, type SeatStatusPayload,
  type Sender, type SendOptions, type SendReceipt, type SessionEndPayload, type SessionPhase,
  type SessionRestartedPayload, type SessionTimeoutPayload, type SilentPayload, type StartPayload,
  type StreamPayload, type SuggestionContent, type TaskBranchPayload, type TaskFormPayload,
  type TaskFormProblem, type TaskFormValues, type TaskFormVariable, type TextPayload,
  type ThinkingPayload, type TimeoutWarningPayload, type TransferToHumanOptions,
  type TransferToHumanPayload, type TransferToTaskFlowOptions, type TransferToTaskFlowPayload,
  type Transport, type TransportErrorCode, type TransportEvent, type TransportListener,
  type TypingPayload, type UnknownPayload, type WelcomePayload, type WireBody,
  type AudioPayload, type FacePayload, type FilePayload, type LocationPayload, type MediaPayload, type MediaType,
  type MergerPayload, type OutgoingMediaBody, type SendContext, type TransportCapabilities, type VideoPayload,
  type WireAudioBody, type WireFaceBody, type WireFileBody, type WireLocationBody, type WireMergerBody, type WireVideoBody
} from './protocol'
// Sending attachments
export {
  createIndexedDbStorage, createMemoryStorage, isOutgoingMediaBody, mediaTypeOfMime, type KefuStorage,
  type SendMediaOptions, type UploadState
} from './protocol'
export { acceptMatches, type AttachmentOptions } from './components/KefuComposer/attachments'

// Languages -----------------------------------------------------------------------------------
export {
  actionErrorText, formatBytes, formatNumber, loadLocale, localeDirection, LOCALES, normalizeLocale,
  registerLocale, resolveLocale, translate, type Dictionary, type Locale, type LocaleDefinition,
  type MessageKey, type Messages, type PluralForms, type StringOverrides
} from './i18n'

// Message kinds and the renderer chain --------------------------------------------------------
export {
  bindMessageActions, branchKind, builtInKinds, flagsKind, systemLineKind, taskBranchKind, taskFormKind, createMessageRegistry, createRendererRegistry,
  defaultRenderers, defineMessageKind, defineRendererWrapper, dividerKind, errorBoundaryLayer,
  formKind, imageKind, noticeKind, orderKind, productKind, ratingKind, rendererMapLayer,
  rendererProps, richTextKind, streamKind, suggestionKind, summarizeMessage, textKind,
  unsupportedKind, withErrorBoundary, type GalleryFixture, type MessageActions, type DeskEngineActions, type AnswerFeedback, type MessageKind,
  type MessageKindOptions, type MessageLayout, type MessageRegistryOptions,
  type MessageRendererProps, type MessageSummary, type RenderContext, type RendererKey,
  type RendererLayer, type RendererMap, type RendererMiddleware, type RendererNext,
  type RendererRegistry, type RendererWrapperProps, type ResolvedRenderer, type SummaryContext
} from './messages'

// The kit's renderers -------------------------------------------------------------------------
export {
  BranchMessage, DividerMessage, FormMessage, ImageMessage, MessageErrorPlaceholder, NoticeMessage,
  OrderMessage, ProductMessage, RatingMessage, RevokedMessage, RichTextMessage, StreamMessage,
  SUGGESTION_MAX_ITEMS, SUGGESTION_PAGE_SIZE, SuggestionMessage, TextMessage, UnsupportedMessage,
  TaskBranchMessage, TaskFormMessage, SystemLineMessage, FlagMessage,
  // media: file, video, audio / voice, location, sticker, forwarded chat record
  FileMessage, VideoMessage, AudioMessage, LocationMessage, FaceMessage, MergerMessage,
  createLocationKind, createLocationMessage, openStreetMapUrl, type LocationKindOptions, type MapUrlBuilder
} from './messages'

// Building blocks for custom renderers --------------------------------------------------------
export {
  linkify, loadMarkdown, MARKDOWN_ALLOWED_TAGS, markdownReady, renderMarkdown, SafeImage,
  safeImageUrl, safeLinkUrl, safeMediaUrl, type MediaUrlSource, SUMMARY_MAX_LENGTH, type RenderMarkdownOptions, type SafeImageProps,
  type TextPiece
} from './messages'

// The shell -----------------------------------------------------------------------------------
export {
  KefuActionBar, KefuChat, KefuChatView, KefuComposer, KefuHeader, KefuLiveRegion, KefuMessageList,
  KefuMessageRow, KefuProvider, KefuQueueBanner, KefuTypingIndicator, type KefuEngineOptions,
  type MeasureRow,
  // Desk: the composer toolbar, the thinking indicator, the AI label and answer feedback
  KefuToolbar, KefuThinkingIndicator, KefuAnswerFeedback, DEFAULT_TOOLBAR, DEFAULT_FEEDBACK_REASON_KEYS,
  type ToolbarButton, type ToolbarPreset,
  // the floating launcher with the unread badge
  KefuLauncher, KefuLauncherView, kefuLauncherProps, type LauncherNotifications, type LauncherOffset,
  type LauncherPosition
} from './components'

// Context and composables (for hosts that compose their own layout) ---------------------------
export {
  createKefuContext, DEFAULT_MAX_TEXT_LENGTH, describeActionError, isConversationEngine,
  KEFU_CONTEXT_KEY, provideKefu, useActionFeedback, useConversation, useKefu, useKefuOptional,
  useResolvedTheme, type ActionFeedback, type ActionFeedbackOptions, type CreateKefuContextOptions,
  type KefuContext, type KefuDeskOptions, type MatchMedia, type ResolvedTheme, type ThemeSetting,
  type UseConversationOptions, type UseConversationReturn
} from './components'

// Compat (custom renderers in the same one-artifact style) ------------------------------------
export {
  hc, useElementRef, type ElementRef, type HData
} from './vue/compat'
