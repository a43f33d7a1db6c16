// The composer's attachments: an attach button with a real `<input type="file" multiple>`, images
// pasted from the clipboard, files dropped anywhere on the chat (with a visible drop zone), and a
// preview row (thumbnails, file chips, remove) before sending. Limits on type, size and count are
// checked when a file is added, with a message that names the file; the transport's own limits
// (`engine.mediaCapabilities()`) apply on top of the host's. Nothing is shown when the transport
// cannot send media. Kept apart from KefuComposer.ts so the composer stays about text.
import { onBeforeUnmount, onMounted, shallowRef, type Ref } from 'vue-demi'
import { formatBytes } from '../../i18n'
import type { ChatMessage, ConversationEngine } from '../../protocol/engine/types'
import type { MediaType } from '../../protocol/transport'
import { mediaTypeOfMime } from '../../protocol/wire/media'
import { actionErrorText, runAction } from '../../messages/_shared/context'
import { hc, useElementRef } from '../../vue/compat'

/** The `attachments` option of KefuChat / KefuComposer. `false` hides attaching altogether. */
export interface AttachmentOptions {
  /** what the file chooser offers and what is accepted (the `accept` attribute's syntax: `image/*,.pdf`) @default anything the transport can send */
  accept?: string
  /** the largest file in bytes (the transport's own limit still applies) @default the transport's */
  maxBytes?: number
  /** how many files may wait in the preview row at once @default 9 */
  maxCount?: number
}

export const DEFAULT_MAX_ATTACHMENTS = 9

/** One file waiting in the preview row. */
export interface PendingAttachment {
  key: number
  file: File | Blob
  name: string
  size: number
  mime: string
  /** an object URL for an image's thumbnail (revoked when it leaves the row) */
  thumb: string
}

/** Whether a file matches an `accept` list (MIME types, `type/*` wildcards, `.ext` suffixes). Empty: anything. */
export function acceptMatches(accept: string | undefined, file: { name?: string; type?: string }): boolean {
  const list = (accept ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)
  if (list.length === 0) return true
  const mime = (file.type ?? '').toLowerCase()
  const name = (file.name ?? '').toLowerCase()
  return list.some((a) => (a.startsWith('.') ? name.endsWith(a) : a.endsWith('/*') ? mime.startsWith(a.slice(0, -1)) : mime === a))
}

/** The `accept` attribute for what the transport can send, when the host gave none. */
function acceptFor(media: Partial<Record<MediaType, unknown>>): string | undefined {
  if (media.file) return undefined
  const parts = (['image', 'video', 'audio'] as const).filter((t) => media[t]).map((t) => `${t}/*`)
  return parts.length > 0 ? parts.join(',') : undefined
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

const hasFiles = (e: DragEvent): boolean => !!e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files')

export interface Attachments {
  pending: Ref<readonly PendingAttachment[]>
  /** the transport can send media and the host did not turn attaching off */
  enabled(): boolean
  /** adds files (from the picker, a paste or a drop), refusing the ones over a limit */
  add(files: ArrayLike<File | Blob>, from?: 'paste'): void
  remove(key: number): void
  /**
   * Sends every waiting file, in order. A refused one stays in the row with its reason; the
   * accepted ones leave it. Returns whether all went.
   */
  sendAll(onSent: (m: ChatMessage) => void): boolean
  /** the paste handler for the text box: takes image/file items, leaves text alone */
  onPaste(e: ClipboardEvent): void
  /** the messages of the last refusals ('' when none) */
  error: Ref<string>
  clearError(): void
  /** the attach button with its hidden file input, the preview row, the drop zone */
  drawButton(): unknown
  drawPreview(): unknown
  drawDropZone(): unknown
}

export function useAttachments(opts: {
  engine: () => ConversationEngine
  options: () => AttachmentOptions | false | undefined
  t: (key: string, params?: Record<string, string | number>) => string
  locale: () => string
  /** the element drops land on: the chat around the composer */
  dropTarget: () => HTMLElement | null
  /** after files were added (the composer moves focus back to the text box) */
  onAdded?: () => void
}): Attachments {
  const pending = shallowRef<readonly PendingAttachment[]>([])
  const error = shallowRef('')
  const dragging = shallowRef(false)
  const input = useElementRef<HTMLInputElement>('attachInput')
  let keys = 0
  let pastes = 0

  const media = () => {
    const e = opts.engine()
    try {
      const m = typeof e.mediaCapabilities === 'function' ? e.mediaCapabilities() : undefined
      return m && typeof m === 'object' ? m : undefined
    } catch {
      return undefined
    }
  }
  const enabled = () => opts.options() !== false && !!media() && Object.keys(media()!).length > 0
  const settings = () => {
    const o = opts.options()
    return o && typeof o === 'object' ? o : {}
  }
  const maxCount = () => {
    const n = settings().maxCount
    return typeof n === 'number' && n >= 1 ? Math.floor(n) : DEFAULT_MAX_ATTACHMENTS
  }
  const accept = () => settings().accept ?? acceptFor(media() ?? {})

  /** the limit for this file: the host's and the transport's, whichever is smaller; undefined when it cannot go at all */
  function limitFor(file: Blob): number | undefined {
    const m = media() ?? {}
    let type: MediaType = mediaTypeOfMime(file.type)
    if (!m[type] && m.file) type = 'file'
    const entry = m[type]
    if (!entry) return undefined
    const own = typeof entry.maxBytes === 'number' && entry.maxBytes > 0 ? entry.maxBytes : Infinity
    const host = settings().maxBytes
    return Math.min(own, typeof host === 'number' && host > 0 ? host : Infinity)
  }

  function add(files: ArrayLike<File | Blob>, from?: 'paste'): void {
    if (!enabled()) return
    const problems: string[] = []
    const next = [...pending.value]
    for (const file of Array.from(files)) {
      const name = from === 'paste' ? pastedName(file, ++pastes) : (file as File).name || pastedName(file, ++pastes)
      const limit = limitFor(file)
      if (limit === undefined || !acceptMatches(accept(), { name, type: file.type })) {
        problems.push(opts.t('composer.typeNotAccepted', { name }))
        continue
      }
      if (file.size > limit) {
        problems.push(opts.t('composer.tooLarge', { name, max: formatBytes(opts.locale(), limit) }))
        continue
      }
      if (next.length >= maxCount()) {
        problems.push(opts.t('composer.tooMany', { max: maxCount() }))
        break
      }
      next.push({ key: ++keys, file, name, size: file.size, mime: file.type, thumb: file.type.startsWith('image/') ? objectUrl(file) : '' })
    }
    pending.value = next
    error.value = problems.join(' ')
    if (next.length > 0) opts.onAdded?.()
  }

  function remove(key: number): void {
    const item = pending.value.find((p) => p.key === key)
    if (item) revoke(item.thumb)
    pending.value = pending.value.filter((p) => p.key !== key)
  }

  function sendAll(onSent: (m: ChatMessage) => void): boolean {
    const engine = opts.engine()
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
        problems.push(opts.t('composer.attachFailed', { name: item.name, reason: actionErrorText(opts.t, result.error) }))
      }
    }
    pending.value = kept
    error.value = problems.join(' ')
    return kept.length === 0
  }

  function onPaste(e: ClipboardEvent): void {
    if (!enabled() || !e.clipboardData) return
    const files: File[] = []
    const items = e.clipboardData.items
    if (items && items.length) {
      for (const item of Array.from(items)) {
        if (item.kind !== 'file') continue
        const f = item.getAsFile()
        if (f) files.push(f)
      }
    } else if (e.clipboardData.files) {
      files.push(...Array.from(e.clipboardData.files))
    }
    if (files.length === 0) return
    // a copied screenshot: take the image; text pasted beside it (an office app's) still goes in
    const text = e.clipboardData.getData('text/plain')
    if (!text) e.preventDefault()
    add(files, 'paste')
  }

  // Drops anywhere on the chat. dragenter/dragleave fire for every child: count them.
  let depth = 0
  const onDragEnter = (e: DragEvent) => {
    if (!enabled() || !hasFiles(e)) return
    e.preventDefault()
    depth++
    dragging.value = true
  }
  const onDragOver = (e: DragEvent) => {
    if (!enabled() || !hasFiles(e)) return
    e.preventDefault()
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
    dragging.value = true
  }
  const onDragLeave = () => {
    depth = Math.max(0, depth - 1)
    if (depth === 0) dragging.value = false
  }
  const onDrop = (e: DragEvent) => {
    depth = 0
    dragging.value = false
    if (!enabled() || !e.dataTransfer || !hasFiles(e)) return
    e.preventDefault()
    add(e.dataTransfer.files)
  }
  let target: HTMLElement | null = null
  onMounted(() => {
    target = opts.dropTarget()
    if (!target) return
    target.addEventListener('dragenter', onDragEnter)
    target.addEventListener('dragover', onDragOver)
    target.addEventListener('dragleave', onDragLeave)
    target.addEventListener('drop', onDrop)
  })
  onBeforeUnmount(() => {
    if (target) {
      target.removeEventListener('dragenter', onDragEnter)
      target.removeEventListener('dragover', onDragOver)
      target.removeEventListener('dragleave', onDragLeave)
      target.removeEventListener('drop', onDrop)
    }
    for (const p of pending.value) revoke(p.thumb)
  })

  const onChosen = (e: Event) => {
    const el = e.target as HTMLInputElement
    if (el.files && el.files.length > 0) add(el.files)
    // choosing the same file again fires change again
    el.value = ''
  }

  return {
    pending,
    enabled,
    add,
    remove,
    sendAll,
    onPaste,
    error,
    clearError: () => { error.value = '' },
    drawButton() {
      if (!enabled()) return null
      return hc('span', { class: 'kefu-composer__attach-wrap' }, [
        hc('button', {
          class: 'kefu-composer__attach',
          attrs: { type: 'button', 'aria-label': opts.t('composer.attach'), title: opts.t('composer.attach') },
          on: { click: () => input.value?.click() },
        }, [paperclip()]),
        hc('input', {
          ref: input.bind,
          class: 'kefu-composer__file',
          attrs: { type: 'file', multiple: true, accept: accept(), tabindex: '-1', 'aria-hidden': 'true' },
          on: { change: onChosen },
        }),
      ])
    },
    drawPreview() {
      const items = pending.value
      if (!enabled() || items.length === 0) return null
      return hc('ul', { class: 'kefu-composer__attachments', attrs: { 'aria-label': opts.t('composer.attachments') } },
        items.map((p) => hc('li', { key: p.key, class: ['kefu-composer__attachment', p.thumb ? 'kefu-composer__attachment--image' : null] }, [
          p.thumb
            ? hc('img', { class: 'kefu-composer__thumb', attrs: { src: p.thumb, alt: p.name, width: 56, height: 56 } })
            : hc('span', { class: 'kefu-composer__chip' }, [
              hc('span', { class: 'kefu-composer__chip-name', attrs: { dir: 'auto' } }, p.name),
              hc('span', { class: 'kefu-composer__chip-size' }, formatBytes(opts.locale(), p.size)),
            ]),
          hc('button', {
            class: 'kefu-composer__remove',
            attrs: { type: 'button', 'aria-label': opts.t('composer.removeAttachment', { name: p.name }) },
            on: { click: () => remove(p.key) },
          }, [hc('span', { attrs: { 'aria-hidden': 'true' } }, '×')]),
        ])))
    },
    drawDropZone() {
      if (!dragging.value || !enabled()) return null
      return hc('div', { class: 'kefu-composer__dropzone', attrs: { 'aria-hidden': 'true' } }, [
        hc('span', { class: 'kefu-composer__dropzone-text' }, opts.t('composer.dropHere')),
      ])
    },
  }
}

function paperclip(): unknown {
  return hc('svg', {
    class: ['kefu-icon', 'kefu-icon--attach'],
    attrs: { viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false', width: '1.25em', height: '1.25em' },
  }, [hc('path', {
    attrs: {
      fill: 'currentColor',
      d: 'M16.5 6.5v10a4.5 4.5 0 0 1-9 0V5a3 3 0 0 1 6 0v10.5a1.5 1.5 0 0 1-3 0V6.5H9v9a3 3 0 0 0 6 0V5a4.5 4.5 0 0 0-9 0v11.5a6 6 0 0 0 12 0v-10z',
    },
  })])
}
