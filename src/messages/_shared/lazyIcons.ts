// The icons only renderers that load on first use draw (the media kinds, the rating card): kept
// out of icons.ts so they travel in those renderers' chunks, not in the main one.
import { hc } from '../../vue/compat'
import { icon } from './icons'

/** A five-pointed star; `filled` draws it solid, otherwise as an outline. */
export function starIcon(filled: boolean): any {
  return icon(filled ? 'kefu-icon--star-filled' : 'kefu-icon--star', '0 0 24 24', filled
    ? 'M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z'
    : 'M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8zm0 4.7-1.6 3.4-3.7.4 2.7 2.6-.7 3.7 3.3-1.8 3.3 1.8-.7-3.7 2.7-2.6-3.7-.4z', !filled)
}

/** A sheet with a folded corner (a file card); the type label is drawn next to it as text. */
export function fileIcon(): any {
  return icon('kefu-icon--file', '0 0 24 24', 'M6 2h8l6 6v12a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zm7 1.5V9h5.5z')
}

/** A right-pointing triangle (play); mirrored in right-to-left by CSS. */
export function playIcon(): any {
  return icon('kefu-icon--play', '0 0 24 24', 'M7 4.5v15l12.5-7.5z')
}

/** Two bars (pause). */
export function pauseIcon(): any {
  return icon('kefu-icon--pause', '0 0 24 24', 'M6 4h4v16H6zm8 0h4v16h-4z')
}

/** A map pin (a location). */
export function pinIcon(): any {
  return icon('kefu-icon--pin', '0 0 24 24', 'M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z')
}

/** Two speech bubbles (a forwarded chat record). */
export function chatIcon(): any {
  return icon('kefu-icon--chat', '0 0 24 24', 'M3 3h13a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H8l-4 4v-4H3a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1zm16 5h2a1 1 0 0 1 1 1v12l-4-3h-8a1 1 0 0 1-1-1v-1h9a1 1 0 0 0 1-1z')
}

/** An arrow pointing down onto a line (download). */
export function downloadIcon(): any {
  return icon('kefu-icon--download', '0 0 24 24', 'M11 3h2v9.2l3.3-3.3 1.4 1.4L12 16l-5.7-5.7 1.4-1.4 3.3 3.3zM4 18h16v2H4z')
}

/** A thumb up; `down` turns it over (answer feedback). */
export function thumbIcon(down: boolean): any {
  return hc('svg', {
    class: ['kefu-icon', down ? 'kefu-icon--thumb-down' : 'kefu-icon--thumb-up'],
    attrs: { viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false', width: '1em', height: '1em' },
    style: down ? { transform: 'rotate(180deg)' } : undefined,
  }, [hc('path', { attrs: { fill: 'currentColor', d: 'M2 10h4v11H2zm6 11V10l4.6-7.4a1.6 1.6 0 0 1 2.9 1.1L14.6 9H20a2 2 0 0 1 2 2.3l-1.4 8A2 2 0 0 1 18.6 21z' } })])
}
