export { KefuEmojiPicker, EMOJI_COLUMNS } from './KefuEmojiPicker'
export {
  insertAtCaret, loadEmojiSet, parseEmojiData, searchEmoji, readRecentEmoji, rememberEmoji, EMOJI_CATEGORIES, RECENT_EMOJI_KEY, RECENT_EMOJI_MAX,
  type EmojiEntry, type EmojiCategory, type EmojiSet,
} from './emoji'
