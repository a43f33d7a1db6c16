// An <img> that cannot be turned against the page and never leaves a broken-image icon behind:
// only http(s) sources load, every image has an alt attribute and loads lazily, its size is
// bounded by tokens, and a source that is refused or fails to load becomes a visible fallback.
import { defineComponent, ref, watch, type PropType } from 'vue-demi'
import { hc } from '../../vue/compat'
import { safeImageUrl, safeMediaUrl } from './url'
import { brokenImageIcon } from './icons'
import './safe-image.css'

/** Props of {@link SafeImage}. */
export interface SafeImageProps {
  /** the image URL; anything but an absolute http(s) URL shows the fallback */
  src?: string
  /**
   * Alternative text. `''` marks the image as decorative (its caption is next to it, e.g. a
   * product card's header); the fallback is then hidden from screen readers too.
   */
  alt: string
  /** intrinsic size, when known: reserves the space so the list does not jump as it loads */
  width?: number
  height?: number
  /** visible text of the fallback, e.g. the translated "Image failed to load" */
  fallbackText: string
  /** also accept a local `blob:` URL: only for the customer's own upload (see `safeMediaUrl`) */
  allowLocal?: boolean
}

const positive = (n: unknown): number | undefined =>
  typeof n === 'number' && isFinite(n) && n > 0 ? Math.round(n) : undefined

/** A safe, lazy, bounded image with a visible fallback. */
export const SafeImage = defineComponent({
  name: 'KefuSafeImage',
  props: {
    src: { type: String, default: '' },
    alt: { type: String, required: true as const },
    width: { type: Number, default: undefined },
    height: { type: Number, default: undefined },
    fallbackText: { type: String as PropType<string>, required: true as const },
    allowLocal: { type: Boolean, default: false },
  },
  setup(props) {
    const failed = ref(false)
    const loaded = ref(false)
    // A new source deserves a new attempt (a stream or an edited card may change it).
    watch(() => props.src, () => {
      failed.value = false
      loaded.value = false
    })

    return () => {
      const src = props.allowLocal ? safeMediaUrl(props.src, { from: 'customer', upload: {} }) : safeImageUrl(props.src)
      if (!src || failed.value) {
        const decorative = props.alt === ''
        return hc('span', {
          class: 'kefu-image-fallback',
          attrs: decorative
            ? { 'aria-hidden': 'true', 'data-kefu-fallback': src ? 'error' : 'refused' }
            : { role: 'img', 'aria-label': `${props.alt} (${props.fallbackText})`, 'data-kefu-fallback': src ? 'error' : 'refused' },
        }, [brokenImageIcon(), hc('span', { class: 'kefu-image-fallback__text', attrs: { 'aria-hidden': 'true' } }, props.fallbackText)])
      }
      const w = positive(props.width)
      const h = positive(props.height)
      // Until it loads, a lazy image has no size: without a reserved box the bubble collapses
      // to nothing and a picture that will fail (offscreen, not fetched yet) shows no fallback.
      const style = w && h ? { aspectRatio: `${w} / ${h}`, width: `${w}px` } : undefined
      return hc('img', {
        class: ['kefu-image', loaded.value ? null : 'kefu-image--loading'],
        style,
        attrs: {
          src,
          alt: props.alt,
          loading: 'lazy',
          decoding: 'async',
          width: positive(props.width),
          height: positive(props.height),
        },
        on: {
          error: () => { failed.value = true },
          load: () => { loaded.value = true },
        },
      })
    }
  },
})
