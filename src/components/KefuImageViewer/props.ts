// What the image viewer takes, shared by the list's loader (KefuMessageList.ts), its stand-in
// (KefuImageViewer.ts) and the dialog itself (KefuImageViewerDialog.ts), each loaded in turn.
import type { PropType } from 'vue-demi'

/** One picture the viewer can show. */
export interface ViewerImage {
  /** the message id it belongs to */
  id: string
  /** an already checked URL (http(s), or the local blob: URL of the customer's own upload) */
  src: string
  alt: string
  width?: number
  height?: number
  /** a local upload (SafeImage must accept its blob: URL) */
  local?: boolean
}

/** The zoom steps, as factors of the fitted size. */
export const VIEWER_ZOOM_STEPS = [0.5, 0.75, 1, 1.5, 2, 3, 4] as const

/** The viewer's props. */
export const imageViewerProps = {
  images: { type: Array as PropType<readonly ViewerImage[]>, required: true as const },
  /** the image shown first */
  index: { type: Number, default: 0 },
  onClose: { type: Function as PropType<() => void>, required: true as const },
  /** the element focus returns to on close (the thumbnail that opened it) */
  returnFocus: { type: null as unknown as PropType<HTMLElement | null>, default: null },
}

/** The props' values, as the lazy stand-ins are typed with. @internal */
export interface ViewerProps {
  images: readonly ViewerImage[]
  index: number
  onClose: () => void
  returnFocus: HTMLElement | null
}
