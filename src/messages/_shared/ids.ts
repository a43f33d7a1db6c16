// Ids for aria-labelledby / aria-describedby. A counter, not the message id: message ids come
// from the backend (any characters) and the same message may be drawn twice (list + preview).
let counter = 0

/** A document-unique id, `kefu-<prefix>-<n>`. Call once per component instance, in setup. */
export function uniqueId(prefix: string): string {
  counter += 1
  return `kefu-${prefix}-${counter}`
}
