// The attachments' work, loaded on first use (the first attach click, a paste or a drag with
// files; attachments.ts keeps the button, its file input and the queue in the main chunk): limits
// on type, size and count checked when a file is added, with a message that names the file (the
// transport's own limits, `engine.mediaCapabilities()`, apply on top of the host's); the preview
// row (thumbnails, file chips, remove); sending the waiting files in order.
import type { ShallowRef } from 'vue-demi'
import { formatBytes } from '../../i18n'
import type { ChatMessage, ConversationEngine } from '../../protocol/engine/types'
import type { MediaType, TransportCapabilities } from '../../protocol/transport'
import { mediaTypeOfMime } from '../../protocol/wire/media'
import { actionErrorText, runAction } from '../../messages/_shared/context'
import { hc } from '../../vue/compat'
import { acceptMatches } from './accept'
import type { AttachmentOptions, PendingAttachment } from './attachments'
import { laterEnglish } from '../../i18n/enLater'

// the English strings this part draws come with it (see i18n/enLater.ts)
laterEnglish()

/** What the core gets from the composer's part in the main chunk. */
export interface AttachmentCoreDeps {
  engine: () => ConversationEngine
  t: (key: string, params?: Record<string, string | number>) => string
  locale: () => string
  /** the transport's media limits, or undefined */
  media: () => TransportCapabilities['media'] | undefined
  settings: () => AttachmentOptions
  accept: () => string | undefined
  maxCount: () => number
  pending: ShallowRef<readonly PendingAttachment[]>
  error: ShallowRef<string>
  /** after files were added (the composer moves focus back to the text box) */
  onAdded?: () => void
}

/** The loaded part of the attachments (see attachments.ts for the whole). */
export interface AttachmentCore {
  add(files: ArrayLike<File | Blob>, from?: 'paste'): void
  remove(key: number): void
  sendAll(onSent: (m: ChatMessage) => void): boolean
  drawPreview(): unknown
  /** revokes the thumbnails' object URLs (the composer is going away) */
  dispose(): void
}

function pastedName(file: Blob, n: number): string {
  const own = (file as { name?: unknown }).name
  if (typeof own === 'string' && own !== '' && own !== 'image.png') return own
  // a screenshot pasted from the clipboard is always "image.png": give each its own name
  const ext = (file.type.split('/')[1] || 'png').replace(/[^a-z0-9]/gi, '') || 'png'
  const d = new Date()
  const pad = (x: number) => String(x).padStart(2, '0')
  return `screenshot-${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}${n > 1 ? `-${n}` : ''}.${ext}`
}

function objectUrl(file: Blob): string {
  try {
    return typeof URL !== 'undefined' && typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : ''
  } catch {
    return ''
  }
}

function revoke(url: string): void {
  if (!url) return
  try {
    URL.revokeObjectURL(url)
  } catch {
    // nothing to do
  }
}

export function createAttachmentCore(deps: AttachmentCoreDeps): AttachmentCore {
  const { pending, error, t } = deps
  let keys = 0
  let pastes = 0

  /** the limit for this file: the host's and the transport's, whichever is smaller; undefined when it cannot go at all */
  function limitFor(file: Blob): number | undefined {
    const m = deps.media() ?? {}
    let type: MediaType = mediaTypeOfMime(file.type)
    if (!m[type] && m.file) type = 'file'
    const entry = m[type]
    if (!entry) return undefined
    const own = typeof entry.maxBytes === 'number' && entry.maxBytes > 0 ? entry.maxBytes : Infinity
    const host = deps.settings().maxBytes
    return Math.min(own, typeof host === 'number' && host > 0 ? host : Infinity)
  }

  function add(files: ArrayLike<File | Blob>, from?: 'paste'): void {
    const problems: string[] = []
    const next = [...pending.value]
    const max = deps.maxCount()
    for (const file of Array.from(files)) {
      const name = from === 'paste' ? pastedName(file, ++pastes) : (file as File).name || pastedName(file, ++pastes)
      const limit = limitFor(file)
      if (limit === undefined || !acceptMatches(deps.accept(), { name, type: file.type })) {
        problems.push(t('composer.typeNotAccepted', { name }))
        continue
      }
      if (file.size > limit) {
        problems.push(t('composer.tooLarge', { name, max: formatBytes(deps.locale(), limit) }))
        continue
      }
      if (next.length >= max) {
        problems.push(t('composer.tooMany', { max }))
        break
      }
      next.push({ key: ++keys, file, name, size: file.size, mime: file.type, thumb: file.type.startsWith('image/') ? objectUrl(file) : '' })
    }
    pending.value = next
    error.value = problems.join(' ')
    if (next.length > 0) deps.onAdded?.()
  }

  function remove(key: number): void {
    const item = pending.value.find((p) => p.key === key)
    if (item) revoke(item.thumb)
    pending.value = pending.value.filter((p) => p.key !== key)
  }

  function sendAll(onSent: (m: ChatMessage) => void): boolean {
    const engine = deps.engine()
    const kept: PendingAttachment[] = []
    const problems: string[] = []
    for (const item of pending.value) {
      const result = runAction(() =>
        typeof engine.sendMedia === 'function'
          ? engine.sendMedia(item.file, { name: item.name })
          : { ok: false as const, error: { code: 'unsupported' as const, message: 'This engine cannot send attachments.' } },
      )
      if (result.ok) {
        revoke(item.thumb)
        onSent(result.value)
      } else {
        kept.push(item)
        problems.push(t('composer.attachFailed', { name: item.name, reason: actionErrorText(t, result.error) }))
      }
    }
    pending.value = kept
    error.value = problems.join(' ')
    return kept.length === 0
  }

  function drawPreview(): unknown {
    const items = pending.value
    if (items.length === 0) return null
    return hc('ul', { class: 'kefu-composer__attachments', attrs: { 'aria-label': t('composer.attachments') } },
      items.map((p) => hc('li', { key: p.key, class: ['kefu-composer__attachment', p.thumb ? 'kefu-composer__attachment--image' : null] }, [
        p.thumb
          ? hc('img', { class: 'kefu-composer__thumb', attrs: { src: p.thumb, alt: p.name, width: 56, height: 56 } })
          : hc('span', { class: 'kefu-composer__chip' }, [
            hc('span', { class: 'kefu-composer__chip-name', attrs: { dir: 'auto' } }, p.name),
            hc('span', { class: 'kefu-composer__chip-size' }, formatBytes(deps.locale(), p.size)),
          ]),
        hc('button', {
          class: 'kefu-composer__remove',
          attrs: { type: 'button', 'aria-label': t('composer.removeAttachment', { name: p.name }) },
          on: { click: () => remove(p.key) },
        }, [hc('span', { attrs: { 'aria-hidden': 'true' } }, '×')]),
      ])))
  }

  return {
    add,
    remove,
    sendAll,
    drawPreview,
    dispose: () => { for (const p of pending.value) revoke(p.thumb) },
  }
}
