// A forwarded chat record: its title, its summary lines (the first few messages, as the sender's
// app wrote them) and how many messages it holds. Only the summary travels with the message, so
// the card shows that and nothing pretends to open more.
import { defineComponent } from 'vue-demi'
import { hc } from '../../vue/compat'
import { rendererProps } from '../types'
import { arr, payloadOf, str } from '../_shared/context'
import { isolated } from '../_shared/bidi'
import { chatIcon } from '../_shared/lazyIcons'
import { renderUnsupported } from '../unsupported/UnsupportedMessage'
import './merger.css'
import { laterEnglish } from '../../i18n/enLater'

// the English strings this part draws come with it (see i18n/enLater.ts)
laterEnglish()

/** How many summary lines the card shows. */
export const MERGER_VISIBLE_LINES = 4

/** Draws a `merger` message. */
export const MergerMessage = defineComponent({
  name: 'KefuMergerMessage',
  props: rendererProps,
  setup(props) {
    return () => {
      const t = props.context.t
      const p = payloadOf(props.message, 'merger')
      if (!p) return renderUnsupported(props.message, t)
      const title = str(p.title).trim() || t('messages.merger.title')
      const lines = arr(p.lines).map((l) => str(l).trim()).filter(Boolean)
      const shown = lines.slice(0, MERGER_VISIBLE_LINES)
      const count = typeof p.count === 'number' && Number.isInteger(p.count) && p.count >= 0 ? p.count : lines.length
      return hc('div', { class: 'kefu-merger' }, [
        hc('span', { class: 'kefu-merger__title' }, [isolated(title)]),
        shown.length
          ? hc('ul', { class: 'kefu-merger__lines' }, shown.map((line, i) => hc('li', { key: i, class: 'kefu-merger__line' }, [isolated(line)])))
          : null,
        hc('span', { class: 'kefu-merger__footer' }, [
          chatIcon(),
          hc('span', {}, `${t('messages.merger.title')} · ${t('messages.merger.count', { count })}`),
        ]),
      ])
    }
  },
})
