// What the emoji picker takes, shared by its stand-in (KefuEmojiPicker.ts, in the main chunk) and
// the panel itself (KefuEmojiPickerPanel.ts, loaded on first open).
import type { PropType } from 'vue-demi'

/** Emoji per grid row. */
export const EMOJI_COLUMNS = 8

/** The picker's props. */
export const emojiPickerProps = {
  /** called with the chosen emoji */
  onPick: { type: Function as PropType<(emoji: string) => void>, required: true as const },
  /** Escape (`returnFocus` true) or a click outside (false) */
  onClose: { type: Function as PropType<(returnFocus: boolean) => void>, required: true as const },
  /** elements a click on which does not count as "outside" (the button that toggles the picker) */
  ignoreOutside: { type: Function as PropType<() => Element | null>, default: undefined },
}
