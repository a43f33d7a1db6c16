// Names and link texts come from the other side of the conversation (a sender name, an order's
// field name, the text of a link) and are drawn next to the kit's own words. Two things keep
// them from changing how the text around them, or they themselves, read:
// - explicit direction controls are dropped: U+202E (right-to-left override) turns
//   "\u202Eexe.cod" into something that reads "doc.exe"; embeddings, overrides and isolates
//   (U+202A–U+202E, U+2066–U+2069) have no business in a name or a link text;
// - the text is drawn in a `<bdi>` (direction isolated, `dir` from its own first strong
//   character), so an Arabic or Hebrew name neither reorders the time next to it nor is
//   reordered by it.
import { hc } from '../../vue/compat'
import { stripDirectionControls } from './directionControls'

export { stripDirectionControls }

/** A `<bdi dir="auto">` holding `text` without its direction controls. */
export function isolated(text: string, cls?: string): ReturnType<typeof hc> {
  // `dir="auto"` is <bdi>'s default; said explicitly for older engines and for readers of the DOM
  return hc('bdi', { class: cls, attrs: { dir: 'auto' } }, stripDirectionControls(text))
}
