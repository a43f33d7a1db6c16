// The string half of bidi.ts, without Vue, so framework-free code (the Markdown sanitiser) can
// use it without loading a Vue runtime (see bidi.ts for why these controls are dropped).

/** The explicit embedding, override and isolate controls. */
const DIRECTION_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g

/** `s` without explicit direction controls (for names, link texts, titles). */
export function stripDirectionControls(s: string): string {
  return s.replace(DIRECTION_CONTROLS, '')
}
