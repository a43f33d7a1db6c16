// A sticker / face: its picture when it has an http(s) URL, otherwise a labelled placeholder from
// its name or its index in the sticker set (the kit ships no sticker sets). The picture's alt
// text is the sticker's name.
import { defineComponent } from 'vue-demi'
import { hc } from '../../vue/compat'
import { rendererProps } from '../types'
import { payloadOf, str } from '../_shared/context'
import { safeMediaUrl } from '../_shared/url'
import { SafeImage } from '../_shared/SafeImage'
import { stripDirectionControls } from '../_shared/bidi'
import { smileIcon } from '../_shared/icons'
import { renderUnsupported } from '../unsupported/UnsupportedMessage'
import './face.css'
import { laterEnglish } from '../../i18n/enLater'

// the English strings this part draws come with it (see i18n/enLater.ts)
laterEnglish()

/** The sticker's readable name: its name, else its number in the set, else just "Sticker". */
export function faceLabel(p: { name?: unknown; index?: unknown }, t: (k: string, p?: Record<string, string | number>) => string): string {
  const name = stripDirectionControls(str(p.name).trim())
  if (name) return t('messages.face.named', { name })
  if (typeof p.index === 'number' && Number.isInteger(p.index) && p.index >= 0) return t('messages.face.numbered', { index: p.index })
  return t('messages.face.label')
}

/** Draws a `face` message. */
export const FaceMessage = defineComponent({
  name: 'KefuFaceMessage',
  props: rendererProps,
  setup(props) {
    return () => {
      const t = props.context.t
      const p = payloadOf(props.message, 'face')
      if (!p) return renderUnsupported(props.message, t)
      const label = faceLabel(p, t)
      const url = safeMediaUrl(p.url, props.message)
      if (url) {
        return hc('div', { class: 'kefu-face' }, [
          hc(SafeImage, { class: 'kefu-face__image', props: { src: url, alt: label, width: 120, height: 120, fallbackText: t('messages.image.failed'), allowLocal: true } }),
        ])
      }
      return hc('div', { class: 'kefu-face kefu-face--placeholder', attrs: { role: 'img', 'aria-label': label } }, [
        smileIcon(),
        hc('span', { class: 'kefu-face__name', attrs: { 'aria-hidden': 'true' } }, label),
      ])
    }
  },
})
