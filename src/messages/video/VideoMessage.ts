// A video: the native player with its own controls, never autoplaying, fetching only its metadata
// until the customer presses play, over a poster when there is one, in a box reserved from the
// known size (16:9 otherwise) so the list does not jump. A refused or broken source becomes a
// visible fallback; the duration is shown beside it.
import { defineComponent, ref, watch } from 'vue-demi'
import { hc } from '../../vue/compat'
import { rendererProps } from '../types'
import { payloadOf } from '../_shared/context'
import { safeMediaUrl } from '../_shared/url'
import { brokenImageIcon } from '../_shared/icons'
import { formatDuration } from '../_shared/media'
import { renderUnsupported } from '../unsupported/UnsupportedMessage'
import './video.css'
import { laterEnglish } from '../../i18n/enLater'

// the English strings this part draws come with it (see i18n/enLater.ts)
laterEnglish()

const positive = (n: unknown): number | undefined => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined)

/** Draws a `video` message. */
export const VideoMessage = defineComponent({
  name: 'KefuVideoMessage',
  props: rendererProps,
  setup(props) {
    const failed = ref(false)
    watch(() => {
      const p = payloadOf(props.message, 'video')
      return p ? p.url : ''
    }, () => { failed.value = false })

    return () => {
      const t = props.context.t
      const p = payloadOf(props.message, 'video')
      if (!p) return renderUnsupported(props.message, t)
      const src = safeMediaUrl(p.url, props.message)
      const poster = safeMediaUrl(p.posterUrl, props.message)
      const duration = positive(p.duration)
      const label = duration ? t('messages.video.labelDuration', { duration: formatDuration(duration) }) : t('messages.video.label')
      const w = positive(p.width)
      const h = positive(p.height)
      const style = { aspectRatio: w && h ? `${w} / ${h}` : '16 / 9' }

      if (!src || failed.value) {
        return hc('div', { class: 'kefu-video kefu-video--failed' }, [
          hc('span', {
            class: 'kefu-image-fallback kefu-video__fallback',
            attrs: { role: 'img', 'aria-label': `${label} (${t('messages.video.failed')})`, 'data-kefu-fallback': src ? 'error' : 'refused' },
          }, [brokenImageIcon(), hc('span', { attrs: { 'aria-hidden': 'true' } }, t('messages.video.failed'))]),
        ])
      }
      return hc('div', { class: 'kefu-video' }, [
        hc('video', {
          class: 'kefu-video__player',
          style,
          attrs: {
            src,
            poster: poster || undefined,
            controls: true,
            preload: 'metadata',
            playsinline: true,
            'aria-label': label,
            width: w,
            height: h,
          },
          on: { error: () => { failed.value = true } },
        }, label),
        duration ? hc('span', { class: 'kefu-video__duration', attrs: { 'aria-hidden': 'true' } }, formatDuration(duration)) : null,
      ])
    }
  },
})
