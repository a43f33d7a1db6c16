// The image viewer as the list mounts it: a stand-in that loads the viewer's code on first open
// (KefuImageViewerDialog.ts: zoom, walking the images, their keyboard; its own chunk in a host's
// bundle). Until then it opens the same dialog with the picture in it, so the click shows the image
// at once and Escape closes; the controls appear when the code is there. A failed load keeps the
// picture with a retry button.
import { defineComponent, type PropType } from 'vue-demi'
import { hc } from '../../vue/compat'
import { lazyComponent } from '../../vue/lazyComponent'
import { useKefu } from '../../vue/context'
import { KefuDialog } from '../../messages/_shared/dialog'
import { SafeImage } from '../../messages/_shared/SafeImage'
import { imageViewerProps, type ViewerProps } from './props'
import './KefuImageViewerBox.css'

export { VIEWER_ZOOM_STEPS, type ViewerImage } from './props'


const viewer = /* @__PURE__ */ lazyComponent<ViewerProps & Record<string, unknown>>(
  () => import('./KefuImageViewerDialog').then((m) => m.KefuImageViewerDialog),
  {
    name: 'KefuImageViewer',
    props: imageViewerProps,
    placeholder: ({ props, failed, retry }) => hc(ViewerLoading, { props: { ...props, failed, retry } }),
  },
)

/** Draws the dialog with the picture while the viewer's code loads. */
const ViewerLoading = /* @__PURE__ */ defineComponent({
  name: 'KefuImageViewerLoading',
  props: { ...imageViewerProps, failed: Boolean, retry: { type: Function as PropType<() => void>, required: true as const } },
  setup(props) {
    const { t } = useKefu()
    return () => {
      const total = props.images.length
      const i = Math.max(0, Math.min(props.index, total - 1))
      const image = props.images[i]
      return hc(KefuDialog, {
        props: { title: t('viewer.title', { index: i + 1, total }), closeLabel: t('viewer.close'), onClose: props.onClose, returnFocus: props.returnFocus, panelClass: 'kefu-viewer', initialFocus: '.kefu-viewer__stage' },
      }, [
        hc('div', { class: 'kefu-viewer__body' }, [
          hc('div', {
            class: 'kefu-viewer__stage',
            attrs: { tabindex: '0', role: 'group', 'aria-label': image ? image.alt : '', 'aria-busy': props.failed ? undefined : 'true', 'data-kefu-lazy': 'viewer' },
          }, image
            ? [hc(SafeImage, {
              key: image.id,
              class: 'kefu-viewer__image',
              props: { src: image.src, alt: image.alt, width: image.width, height: image.height, fallbackText: t('messages.image.failed'), allowLocal: !!image.local },
            })]
            : []),
          hc('div', { class: 'kefu-viewer__controls' }, [
            props.failed
              ? hc('button', { class: 'kefu-viewer__button kefu-viewer__retry', attrs: { type: 'button' }, on: { click: () => props.retry() } }, t('row.retry'))
              : null,
          ]),
        ]),
      ])
    }
  },
})

/** The viewer dialog; mount it while open (its code loads on first open). */
export const KefuImageViewer = viewer.component

/** Loads the viewer's code ahead of its first open (resolves with the dialog component). */
export const loadImageViewer = viewer.load
