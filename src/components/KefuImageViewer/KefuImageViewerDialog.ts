// The image viewer: a click or Enter on an image in the list opens it large in a modal dialog
// (labelled "Image 2 of 5", focus kept inside, Escape closes and focus goes back to the thumbnail —
// the shared KefuDialog does that part). Zoom in / out / reset with buttons and with + / - / 0;
// Left / Right walk the conversation's images (mirrored in right-to-left, where "next" is on the
// left). Every picture keeps its alt text; a refused or broken one shows the usual fallback.
import { defineComponent, ref, watch } from 'vue-demi'
import { hc } from '../../vue/compat'
import { useKefu } from '../../vue/context'
import { KefuDialog } from '../../messages/_shared/dialog'
import { SafeImage } from '../../messages/_shared/SafeImage'
import { VIEWER_ZOOM_STEPS, imageViewerProps } from './props'
import './KefuImageViewer.css'
import { laterEnglish } from '../../i18n/enLater'

// the English strings this part draws come with it (see i18n/enLater.ts)
laterEnglish()

export { VIEWER_ZOOM_STEPS, type ViewerImage } from './props'

const ONE = VIEWER_ZOOM_STEPS.indexOf(1)

function arrow(next: boolean): any {
  return hc('svg', { class: ['kefu-icon', 'kefu-viewer__arrow', next ? 'kefu-viewer__arrow--next' : 'kefu-viewer__arrow--prev'], attrs: { viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false', width: '1em', height: '1em' } }, [
    hc('path', { attrs: { fill: 'currentColor', d: next ? 'M8.6 5.4 10 4l8 8-8 8-1.4-1.4 6.6-6.6z' : 'M15.4 5.4 14 4l-8 8 8 8 1.4-1.4L8.8 12z' } }),
  ])
}

/** A small decorative icon (the button's accessible name says what it does). */
function glyph(d: string): any {
  return hc('svg', { class: 'kefu-icon', attrs: { viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false', width: '1em', height: '1em' } }, [
    hc('path', { attrs: { fill: 'currentColor', d } }),
  ])
}
const ZOOM_IN = 'M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10zm-1 2h2v2h2v2h-2v2H9v-2H7V9h2z'
const ZOOM_OUT = 'M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10zM7 9h6v2H7z'
const RESET = 'M4 4h6v2H6v4H4zm10 0h6v6h-2V6h-4zM4 14h2v4h4v2H4zm14 0h2v6h-6v-2h4z'

/** The viewer dialog (loaded on first open: KefuImageViewer is its stand-in); mount it while open. */
export const KefuImageViewerDialog = defineComponent({
  name: 'KefuImageViewer',
  props: imageViewerProps,
  setup(props) {
    const ctx = useKefu()
    const { t } = ctx
    const current = ref(Math.max(0, Math.min(props.index, props.images.length - 1)))
    const zoom = ref(ONE)
    watch(current, () => { zoom.value = ONE })

    const go = (delta: number) => {
      const next = current.value + delta
      if (next >= 0 && next < props.images.length) current.value = next
    }
    const zoomBy = (delta: number) => {
      zoom.value = Math.max(0, Math.min(VIEWER_ZOOM_STEPS.length - 1, zoom.value + delta))
    }

    function onKeydown(e: KeyboardEvent): void {
      if (e.altKey || e.ctrlKey || e.metaKey) return
      const rtl = ctx.dir.value === 'rtl'
      switch (e.key) {
        case '+':
        case '=':
          zoomBy(1)
          break
        case '-':
        case '_':
          zoomBy(-1)
          break
        case '0':
          zoom.value = ONE
          break
        case 'ArrowRight':
          go(rtl ? -1 : 1)
          break
        case 'ArrowLeft':
          go(rtl ? 1 : -1)
          break
        case 'Home':
          current.value = 0
          break
        case 'End':
          current.value = props.images.length - 1
          break
        default:
          return
      }
      e.preventDefault()
    }

    const button = (cls: string, label: string, onClick: () => void, content: unknown, disabled = false) => hc('button', {
      class: ['kefu-viewer__button', cls],
      attrs: { type: 'button', 'aria-label': label, title: label, 'aria-disabled': disabled ? 'true' : undefined },
      on: { click: () => { if (!disabled) onClick() } },
    }, content as any)

    return () => {
      const total = props.images.length
      const i = Math.max(0, Math.min(current.value, total - 1))
      const image = props.images[i]
      const title = t('viewer.title', { index: i + 1, total })
      const factor = VIEWER_ZOOM_STEPS[zoom.value]!
      const percent = Math.round(factor * 100)
      return hc(KefuDialog, {
        props: { title, closeLabel: t('viewer.close'), onClose: props.onClose, returnFocus: props.returnFocus, panelClass: 'kefu-viewer', initialFocus: '.kefu-viewer__stage' },
      }, [
        hc('div', { class: 'kefu-viewer__body', on: { keydown: onKeydown } }, [
          hc('div', {
            class: ['kefu-viewer__stage', factor > 1 ? 'kefu-viewer__stage--zoomed' : null],
            // focusable so a zoomed picture can be scrolled with the keyboard; named by the picture
            attrs: { tabindex: '0', role: 'group', 'aria-label': image ? image.alt : title, 'data-kefu-zoom': String(factor) },
          }, image
            ? [hc(SafeImage, {
              key: image.id,
              class: 'kefu-viewer__image',
              style: { zoom: factor === 1 ? undefined : String(factor) },
              props: { src: image.src, alt: image.alt, width: image.width, height: image.height, fallbackText: t('messages.image.failed'), allowLocal: !!image.local },
            })]
            : []),
          hc('div', { class: 'kefu-viewer__controls' }, [
            total > 1 ? button('kefu-viewer__prev', t('viewer.previous'), () => go(-1), [arrow(false)], i === 0) : null,
            button('kefu-viewer__zoom-out', t('viewer.zoomOut'), () => zoomBy(-1), [glyph(ZOOM_OUT)], zoom.value === 0),
            hc('span', { class: 'kefu-viewer__zoom', attrs: { 'aria-live': 'polite', 'aria-atomic': 'true' } }, [
              hc('span', { class: 'kefu-sr-only' }, t('viewer.zoomLevel', { percent })),
              hc('span', { attrs: { 'aria-hidden': 'true' } }, `${percent}%`),
            ]),
            button('kefu-viewer__zoom-in', t('viewer.zoomIn'), () => zoomBy(1), [glyph(ZOOM_IN)], zoom.value === VIEWER_ZOOM_STEPS.length - 1),
            button('kefu-viewer__reset', t('viewer.reset'), () => { zoom.value = ONE }, [glyph(RESET)], zoom.value === ONE),
            total > 1 ? button('kefu-viewer__next', t('viewer.next'), () => go(1), [arrow(true)], i === total - 1) : null,
          ]),
        ]),
      ])
    }
  },
})
