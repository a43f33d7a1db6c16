// Inserting text at the caret: what the composer needs from the picker at once (the rest of the
// picker's model, emoji.ts, loads with the picker's panel).

/**
 * `value` with `text` inserted at the selection `[start, end)` (replacing it), and the caret
 * after the insertion. Out-of-range or missing positions insert at the end.
 */
export function insertAtCaret(value: string, text: string, start?: number | null, end?: number | null): { value: string; caret: number } {
  const len = value.length
  const s = typeof start === 'number' && start >= 0 && start <= len ? start : len
  const e = typeof end === 'number' && end >= s && end <= len ? end : s
  return { value: value.slice(0, s) + text + value.slice(e), caret: s + text.length }
}
