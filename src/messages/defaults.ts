// The kit's built-in renderer for each drawn kind. Flag kinds (start, typing, rating rules, seat
// status, …) have none: they are never drawn.
import type { Component } from 'vue-demi'
import type { PayloadKind } from '../protocol/types'
import { TextMessage } from './text/TextMessage'
import { ImageMessage } from './image/ImageMessage'
import { BranchMessage } from './branch/BranchMessage'
import { FormMessage } from './form/FormMessage'
import { RatingMessage } from './rating/RatingMessage'
import { ProductMessage } from './product/ProductMessage'
import { OrderMessage } from './order/OrderMessage'
import { SuggestionMessage } from './suggestion/SuggestionMessage'
import { RichTextMessage } from './richText/RichTextMessage'
import { StreamMessage } from './stream/StreamMessage'
import { DividerMessage } from './divider/DividerMessage'
import { NoticeMessage } from './notice/NoticeMessage'
import { UnsupportedMessage } from './unsupported/UnsupportedMessage'

/** Kind → the kit's renderer. `createRendererRegistry` starts from this map. */
export const defaultRenderers: Partial<Record<PayloadKind, Component>> = {
  text: TextMessage,
  image: ImageMessage,
  branch: BranchMessage,
  form: FormMessage,
  rating: RatingMessage,
  product: ProductMessage,
  order: OrderMessage,
  welcome: SuggestionMessage,
  clarify: SuggestionMessage,
  richText: RichTextMessage,
  stream: StreamMessage,
  sessionEnd: DividerMessage,
  sessionTimeout: DividerMessage,
  notice: NoticeMessage,
  unknown: UnsupportedMessage,
  invalid: UnsupportedMessage,
}
