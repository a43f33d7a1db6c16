// The composer's attachments: an attach button with a real `<input type="file" multiple>`, images
// pasted from the clipboard, files dropped anywhere on the chat (with a visible drop zone), and a
// preview row (thumbnails, file chips, remove) before sending. Nothing is shown when the transport
// cannot send media. Kept apart from KefuComposer.ts so the composer stays about text.
//
// Only what must answer at once is here, in the main chunk: the button and its file input (the
// chooser must open in the click itself), the paste and drag-and-drop handlers and the drop zone.
// The rest (limits and their messages, the preview row, sending) is attachmentsCore.ts, loaded
// when the customer first clicks the button, pastes files or drags files over the chat. Files that
// arrive while it loads are queued and handed over in order: nothing pasted or dropped is lost.
import { onBeforeUnmount, onMounted, shallowRef, type Ref } from 'vue-demi'
import type { ChatMessage, ConversationEngine } from '../../protocol/engine/types'
import { hc, useElementRef } from '../../vue/compat'
import { acceptFor } from './accept'
import type { AttachmentCore, AttachmentCoreDeps } from './attachmentsCore'

export { acceptMatches } from './accept'

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

/** Loads the attachments' core (a dynamic import: its own chunk in a host's bundle). */
export type AttachmentCoreLoader = () => Promise<{ createAttachmentCore: (deps: AttachmentCoreDeps) => AttachmentCore }>

type CoreModule = Awaited<ReturnType<AttachmentCoreLoader>>
// loaded once for every composer on the page: a composer mounted after it has its core at once
let coreModule: CoreModule | null = null
let coreLoading: Promise<CoreModule> | null = null
const loadCore: AttachmentCoreLoader = () => {
  if (coreModule) return Promise.resolve(coreModule)
  if (!coreLoading) {
    coreLoading = import('./attachmentsCore').then((m) => (coreModule = m))
    coreLoading.catch(() => { coreLoading = null })
  }
  return coreLoading
}

/** Loads the attachments' code ahead of their first use (a composer mounted afterwards has it at once). */
export function loadAttachments(): Promise<void> {
  return loadCore().then(() => undefined)
}

const hasFiles = (e: DragEvent): boolean => !!e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files')

export interface Attachments {
  pending: Ref<readonly PendingAttachment[]>
  /** the transport can send media and the host did not turn attaching off */
  enabled(): boolean
  /**
   * adds files (from the picker, a paste or a drop), refusing the ones over a limit; while the
   * core loads they wait in order, and are added when it is there
   */
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
  /** loads the core now (resolves when files can be added at once); rejects when loading fails */
  ready(): Promise<void>
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
  /** @internal tests: how the core is loaded */
  loadCore?: AttachmentCoreLoader
}): Attachments {
  const pending = shallowRef<readonly PendingAttachment[]>([])
  const error = shallowRef('')
  const dragging = shallowRef(false)
  const input = useElementRef<HTMLInputElement>('attachInput')

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

  // The core, once loaded; files that came before it wait here, in order.
  let core: AttachmentCore | null = null
  let loading: Promise<void> | null = null
  let disposed = false
  const queue: Array<{ files: Array<File | Blob>; from?: 'paste' }> = []
  const create = (m: CoreModule): AttachmentCore => m.createAttachmentCore({
    engine: opts.engine, t: opts.t, locale: opts.locale, media, settings, accept, maxCount, pending, error, onAdded: opts.onAdded,
  })
  if (coreModule && !opts.loadCore) core = create(coreModule)
  function ready(): Promise<void> {
    if (core) return Promise.resolve()
    if (!loading) {
      loading = Promise.resolve()
        .then(opts.loadCore || loadCore)
        .then((m) => {
          core = create(m)
          if (disposed) {
            core.dispose()
            return
          }
          for (const q of queue.splice(0)) core.add(q.files, q.from)
        })
      loading.catch(() => {
        // the files stay queued, and the customer is told; the next attempt (another click, paste
        // or drop, or Send) loads again and hands them over
        loading = null
        if (queue.length && !disposed) error.value = opts.t('actionError.unavailable')
      })
    }
    return loading
  }
  const warm = () => { ready().catch(() => {}) }

  function add(files: ArrayLike<File | Blob>, from?: 'paste'): void {
    if (!enabled()) return
    const list = Array.from(files)
    if (list.length === 0) return
    if (core) {
      core.add(list, from)
      return
    }
    queue.push({ files: list, from })
    if (error.value) error.value = ''
    warm()
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
    warm()
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
    disposed = true
    if (target) {
      target.removeEventListener('dragenter', onDragEnter)
      target.removeEventListener('dragover', onDragOver)
      target.removeEventListener('dragleave', onDragLeave)
      target.removeEventListener('drop', onDrop)
    }
    core?.dispose()
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
    remove: (key) => core?.remove(key),
    sendAll(onSent) {
      if (!core) {
        // files still waiting for the core: they go into the row when it is there (not lost)
        if (queue.length) warm()
        return queue.length === 0
      }
      return core.sendAll(onSent)
    },
    onPaste,
    error,
    clearError: () => { error.value = '' },
    ready,
    drawButton() {
      if (!enabled()) return null
      return hc('span', { class: 'kefu-composer__attach-wrap' }, [
        hc('button', {
          class: 'kefu-composer__attach',
          attrs: { type: 'button', 'aria-label': opts.t('composer.attach'), title: opts.t('composer.attach') },
          // the chooser opens in this click (user activation); the core loads meanwhile
          on: { click: () => { input.value?.click(); warm() } },
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
      // read first, so a render before the core is there still redraws when files arrive
      if (pending.value.length === 0 || !enabled() || !core) return null
      return core.drawPreview()
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
