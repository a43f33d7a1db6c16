// Element lookups that also work when the kit renders inside a shadow root (the one-script embed):
// there `document.getElementById` finds nothing and `document.activeElement` is the shadow host.

const shadowRoots = new Set<ShadowRoot>()

/** Lets `byId` look inside a shadow root the kit renders in; returns the undo. @internal */
export function registerShadowRoot(root: ShadowRoot): () => void {
  shadowRoots.add(root)
  return () => { shadowRoots.delete(root) }
}

/** `document.getElementById`, then the shadow roots the kit renders in. */
export function byId(id: string): HTMLElement | null {
  if (typeof document === 'undefined') return null
  const el = document.getElementById(id)
  if (el) return el
  for (const root of shadowRoots) {
    const found = root.getElementById(id)
    if (found) return found as HTMLElement
  }
  return null
}

/** The focused element, looking through open shadow roots (not the shadow host). */
export function activeElement(): Element | null {
  if (typeof document === 'undefined') return null
  let active: Element | null = document.activeElement
  while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement
  return active
}
