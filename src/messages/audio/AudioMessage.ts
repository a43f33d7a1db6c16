// Audio or a voice message: a play/pause button (a real, labelled button), the progress as a bar
// and as `0:03 / 0:12` text, over a hidden `<audio preload="metadata">`. Starting one pauses any
// other the kit is playing on the page. A refused or broken source becomes a visible fallback.
import { defineComponent, onBeforeUnmount, ref, watch } from 'vue-demi'
import { hc, useElementRef } from '../../vue/compat'
import { rendererProps } from '../types'
import { payloadOf } from '../_shared/context'
import { safeMediaUrl } from '../_shared/url'
import { brokenImageIcon } from '../_shared/icons'
import { pauseIcon, playIcon } from '../_shared/lazyIcons'
import { formatDuration } from '../_shared/media'
import { renderUnsupported } from '../unsupported/UnsupportedMessage'
import './audio.css'
import { laterEnglish } from '../../i18n/enLater'

// the English strings this part draws come with it (see i18n/enLater.ts)
laterEnglish()

/** The audio element the kit is playing now: one at a time on a page. */
let nowPlaying: HTMLAudioElement | null = null

const finite = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0)

/** Draws an `audio` message. */
export const AudioMessage = defineComponent({
  name: 'KefuAudioMessage',
  props: rendererProps,
  setup(props) {
    const playing = ref(false)
    const failed = ref(false)
    const current = ref(0)
    const loadedDuration = ref(0)
    const audio = useElementRef<HTMLAudioElement>('audio')
    watch(() => {
      const p = payloadOf(props.message, 'audio')
      return p ? p.url : ''
    }, () => {
      failed.value = false
      playing.value = false
      current.value = 0
      loadedDuration.value = 0
    })

    const element = (): HTMLAudioElement | null => audio.value
    function toggle(): void {
      const el = element()
      if (!el) return
      if (!el.paused) {
        el.pause()
        return
      }
      if (nowPlaying && nowPlaying !== el && !nowPlaying.paused) nowPlaying.pause()
      nowPlaying = el
      try {
        const started = el.play() as Promise<void> | undefined
        if (started && typeof started.catch === 'function') started.catch(() => { playing.value = false })
      } catch {
        playing.value = false
      }
    }
    onBeforeUnmount(() => {
      const el = element()
      if (el && !el.paused) el.pause()
      if (nowPlaying === el) nowPlaying = null
    })

    return () => {
      const t = props.context.t
      const p = payloadOf(props.message, 'audio')
      if (!p) return renderUnsupported(props.message, t)
      const src = safeMediaUrl(p.url, props.message)
      const total = finite(loadedDuration.value) || finite(p.duration)
      if (!src || failed.value) {
        return hc('span', {
          class: 'kefu-image-fallback kefu-audio--failed',
          attrs: { role: 'img', 'aria-label': `${t('messages.audio.label')} (${t('messages.audio.failed')})`, 'data-kefu-fallback': src ? 'error' : 'refused' },
        }, [brokenImageIcon(), hc('span', { attrs: { 'aria-hidden': 'true' } }, t('messages.audio.failed'))])
      }
      const fraction = total ? Math.min(1, current.value / total) : 0
      const durationText = formatDuration(total)
      const label = playing.value
        ? t('messages.audio.pause')
        : t('messages.audio.play', { duration: durationText })
      return hc('div', { class: ['kefu-audio', playing.value ? 'kefu-audio--playing' : null] }, [
        hc('button', {
          class: 'kefu-audio__toggle',
          attrs: { type: 'button', 'aria-label': label, title: label },
          on: { click: toggle },
        }, [playing.value ? pauseIcon() : playIcon()]),
        hc('span', { class: 'kefu-audio__track', attrs: { 'aria-hidden': 'true' } }, [
          hc('span', { class: 'kefu-audio__bar', style: { inlineSize: `${(fraction * 100).toFixed(1)}%` } }),
        ]),
        hc('span', { class: 'kefu-audio__time' }, playing.value || current.value > 0
          ? `${formatDuration(current.value)} / ${durationText}`
          : durationText),
        hc('audio', {
          ref: audio.bind,
          attrs: { src, preload: 'metadata' },
          on: {
            play: () => { playing.value = true },
            pause: () => { playing.value = false },
            ended: (e: Event) => {
              playing.value = false
              current.value = 0
              const el = e.target as HTMLAudioElement
              if (nowPlaying === el) nowPlaying = null
            },
            timeupdate: (e: Event) => { current.value = finite((e.target as HTMLAudioElement).currentTime) },
            loadedmetadata: (e: Event) => { loadedDuration.value = finite((e.target as HTMLAudioElement).duration) },
            error: () => { failed.value = true; playing.value = false },
          },
        }),
      ])
    }
  },
})
