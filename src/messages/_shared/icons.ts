// Inline SVG icons (no image assets to bundle, colour follows `currentColor` so both themes work).
// Every icon is decorative: the text next to it, or the control's accessible name, says what it is.
import { hc } from '../../vue/compat'

/** One decorative SVG icon (shared with lazyIcons.ts). */
export function icon(className: string, viewBox: string, d: string, evenOdd = false): any {
  return hc('svg', {
    class: ['kefu-icon', className],
    attrs: { viewBox, 'aria-hidden': 'true', focusable: 'false', width: '1em', height: '1em' },
  }, [hc('path', { attrs: { d, fill: 'currentColor', 'fill-rule': evenOdd ? 'evenodd' : undefined } })])
}

/** A check mark (the chosen item of a menu). */
export function checkIcon(): any {
  return icon('kefu-icon--check', '0 0 16 16', 'M6.2 11.6 2.8 8.2l1.1-1.1 2.3 2.3 5.9-5.9 1.1 1.1z')
}

/** A picture with a slash (an image that could not be shown). */
export function brokenImageIcon(): any {
  return icon('kefu-icon--broken-image', '0 0 24 24',
    'M21 5v11.2l-2-2V5H7.8l-2-2H19a2 2 0 0 1 2 2zM2.8 2.2 1.4 3.6 3 5.2V19a2 2 0 0 0 2 2h13.8l1.6 1.6 1.4-1.4zM5 19V7.2l6.1 6.1-1.6 2.1L8 13.2 5.5 16.5h10.3l1 1V19z')
}

/** Circular arrows ("another batch"). */
export function refreshIcon(): any {
  return icon('kefu-icon--refresh', '0 0 24 24',
    'M17.7 6.3A8 8 0 1 0 19.8 14h-2.1a6 6 0 1 1-1.4-6.3L13 11h7V4z')
}

/** An arrow leaving a box (opens in a new tab). */
export function externalIcon(): any {
  return icon('kefu-icon--external', '0 0 24 24',
    'M14 3h7v7h-2V6.4l-9.3 9.3-1.4-1.4L17.6 5H14zM5 5h6v2H5v12h12v-6h2v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z')
}

/** A smiling face (a sticker without a picture; the emoji button). */
export function smileIcon(): any {
  return icon('kefu-icon--smile', '0 0 24 24', 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16zM8.5 11a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3zm7 0a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3zM12 17.5c2.3 0 4.3-1.4 5-3.5H7c.7 2.1 2.7 3.5 5 3.5z')
}

