// A file card: a type icon with its label (PDF, ZIP, …), the name — direction-isolated, its stem
// ellipsised so the extension stays visible — the size in the locale's units, and a download link
// only when the URL passes the URL rule (`blob:` for the customer's own upload only). A refused URL
// leaves the card readable but not clickable, and says so.
import { defineComponent } from 'vue-demi'
import { hc } from '../../vue/compat'
import { formatBytes } from '../../i18n'
import { rendererProps } from '../types'
import { payloadOf, str } from '../_shared/context'
import { safeMediaUrl } from '../_shared/url'
import { stripDirectionControls } from '../_shared/bidi'
import { downloadIcon, fileIcon } from '../_shared/lazyIcons'
import { extensionOf, fileCategory, splitName } from '../_shared/media'
import { renderUnsupported } from '../unsupported/UnsupportedMessage'
import './file.css'
import { laterEnglish } from '../../i18n/enLater'

// the English strings this part draws come with it (see i18n/enLater.ts)
laterEnglish()

/** Draws a `file` message. */
export const FileMessage = defineComponent({
  name: 'KefuFileMessage',
  props: rendererProps,
  setup(props) {
    return () => {
      const t = props.context.t
      const p = payloadOf(props.message, 'file')
      if (!p) return renderUnsupported(props.message, t)
      const name = stripDirectionControls(str(p.name).trim()) || t('messages.file.unnamed')
      const { stem, ext } = splitName(name)
      const category = fileCategory(p.mime, name)
      const label = (extensionOf(name) || (category === 'other' ? '' : category)).toUpperCase().slice(0, 4)
      const size = typeof p.size === 'number' && Number.isFinite(p.size) && p.size >= 0 ? formatBytes(props.context.locale, p.size) : ''
      const href = safeMediaUrl(p.url, props.message)
      const from = props.message.from === 'customer' ? 'kefu-file--customer' : 'kefu-file--service'

      return hc('div', { class: ['kefu-file', from, `kefu-file--${category}`], attrs: { 'data-kefu-link': href ? 'download' : 'none' } }, [
        hc('span', { class: 'kefu-file__icon', attrs: { 'aria-hidden': 'true' } }, [
          fileIcon(),
          label ? hc('span', { class: 'kefu-file__type' }, label) : null,
        ]),
        hc('span', { class: 'kefu-file__text' }, [
          // one isolated run: the stem may be cut with an ellipsis, the extension never is
          hc('bdi', { class: 'kefu-file__name', attrs: { dir: 'auto', title: name } }, [
            hc('span', { class: 'kefu-file__stem' }, stem),
            ext ? hc('span', { class: 'kefu-file__ext' }, ext) : null,
          ]),
          hc('span', { class: 'kefu-file__meta' }, [
            size ? hc('span', { class: 'kefu-file__size' }, size) : null,
            href ? null : hc('span', { class: 'kefu-file__unavailable' }, t('messages.file.unavailable')),
          ]),
        ]),
        href
          ? hc('a', {
            class: ['kefu-file__download', 'kefu-icon-button'],
            attrs: { href, download: name, target: '_blank', rel: 'noopener noreferrer', 'aria-label': t('messages.file.download', { name }), title: t('messages.file.download', { name }) },
          }, [downloadIcon()])
          : null,
      ])
    }
  },
})
