// The emoji picker as the composer mounts it: a stand-in that loads the picker's code on first
// open (KefuEmojiPickerPanel.ts: search, tabs, the grid and its keys; its own chunk in a host's
// bundle, like the emoji data it then loads). Until then the panel's box says it is loading, in
// the same place; once the code is there the picker draws and takes focus (its search box) as it
// always does. A failed load says so, with a retry button.
import { defineComponent, type PropType } from 'vue-demi'
import { hc } from '../../vue/compat'
import { lazyComponent } from '../../vue/lazyComponent'
import { useKefu } from '../../vue/context'
import { emojiPickerProps } from './props'
import './KefuEmojiPickerBox.css'

export { EMOJI_COLUMNS } from './props'

/** The panel's box while its code loads (or after that failed). */
const PickerLoading = /* @__PURE__ */ defineComponent({
  name: 'KefuEmojiPickerLoading',
  props: { ...emojiPickerProps, failed: Boolean, retry: { type: Function as PropType<() => void>, required: true as const } },
  setup(props) {
    const { t } = useKefu()
    return () => hc('div', {
      class: ['kefu-emoji', 'kefu-emoji--loading'],
      attrs: { role: 'dialog', 'aria-label': t('emoji.label'), 'aria-busy': props.failed ? undefined : 'true', 'data-kefu-lazy': 'emoji' },
      on: { keydown: (e: KeyboardEvent) => { if (e.key === 'Escape') { e.stopPropagation(); props.onClose(true) } } },
    }, [
      hc('div', { class: 'kefu-emoji__panel' }, [
        hc('p', { class: 'kefu-emoji__status', attrs: { role: 'status' } }, props.failed ? t('emoji.loadFailed') : t('emoji.loading')),
        props.failed ? hc('button', { class: 'kefu-emoji__retry', attrs: { type: 'button' }, on: { click: () => props.retry() } }, t('list.loadOlderRetry')) : null,
      ]),
    ])
  },
})

const picker = /* @__PURE__ */ lazyComponent(
  () => import('./KefuEmojiPickerPanel').then((m) => m.KefuEmojiPickerPanel),
  {
    name: 'KefuEmojiPicker',
    props: emojiPickerProps,
    placeholder: ({ props, failed, retry }) => hc(PickerLoading, { props: { ...props, failed, retry } }),
  },
)

/** The picker; mount it while open (its code loads on first open). */
export const KefuEmojiPicker = picker.component

/** Loads the picker's code ahead of its first open (resolves with the panel component). */
export const loadEmojiPicker = picker.load
