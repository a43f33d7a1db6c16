// An image message: the thumbnail (or the image) through SafeImage, and — only when the full
// image has an http(s) URL — a link that opens it in a new tab. A refused or broken picture is
// a visible fallback, never a clickable dead end.
import { defineComponent } from 'vue-demi'
import { hc } from '../../vue/compat'
import { rendererProps } from '../types'
import { payloadOf, str } from '../_shared/context'
import { isLocalUpload, safeMediaUrl } from '../_shared/url'
import { SafeImage } from '../_shared/SafeImage'
import { renderUnsupported } from '../unsupported/UnsupportedMessage'
import './image.css'

/** Draws an `image` message. */
export const ImageMessage = defineComponent({
  name: 'KefuImageMessage',
  props: rendererProps,
  setup(props) {
    return () => {
      const t = props.context.t
      const p = payloadOf(props.message, 'image')
      if (!p) return renderUnsupported(props.message, t)
      const alt = str(p.alt).trim() || t('messages.image.alt')
      // http(s), or the local blob: URL of the customer's own upload (and only that)
      const local = isLocalUpload(props.message)
      const full = safeMediaUrl(p.url, props.message)
      // the thumbnail is what the list shows; fall back to the full image when there is none
      const shown = safeMediaUrl(p.thumbUrl, props.message) || full
      const image = hc(SafeImage, {
        props: { src: shown || '', alt, width: p.width, height: p.height, fallbackText: t('messages.image.failed'), allowLocal: local },
      })
      if (!full) return hc('div', { class: 'kefu-image-message' }, [image])
      const openImage = props.context.openImage
      if (typeof openImage === 'function') {
        // in the list: a click or Enter opens the viewer; a modified click still opens a new tab
        return hc('div', { class: 'kefu-image-message' }, [
          hc('a', {
            class: 'kefu-image-message__link',
            attrs: { href: full, target: '_blank', rel: 'noopener noreferrer', title: t('messages.image.view'), 'aria-haspopup': 'dialog', 'data-kefu-viewer': '' },
            on: {
              click: (e: MouseEvent) => {
                if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || (e.button !== undefined && e.button !== 0)) return
                e.preventDefault()
                openImage(props.message.id, e.currentTarget as HTMLElement | null)
              },
            },
          }, [image, hc('span', { class: 'kefu-sr-only' }, ' ' + t('messages.image.view'))]),
        ])
      }
      return hc('div', { class: 'kefu-image-message' }, [
        hc('a', {
          class: 'kefu-image-message__link',
          attrs: { href: full, target: '_blank', rel: 'noopener noreferrer', title: t('messages.image.open') },
        }, [image, hc('span', { class: 'kefu-sr-only' }, ' ' + t('messages.link.newTab'))]),
      ])
    }
  },
})
