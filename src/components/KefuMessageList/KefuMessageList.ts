// The transcript. Virtualised from the start: only the rows near the viewport are in the DOM,
// between two spacers whose heights come from measured (or estimated) row heights, so 10,000
// messages scroll like 10. It keeps the reader's place: follows new messages while at the bottom,
// offers "N new messages" when scrolled up, and loads older history at the top without a jump.
import { computed, defineComponent, onBeforeUnmount, onMounted, onUpdated, shallowRef, watch, type PropType, type ShallowRef } from 'vue-demi'
import type { ChatMessage } from '../../protocol/engine/types'
import { hc, useElementRef } from '../../vue/compat'
import { useKefu } from '../../vue/context'
import { KefuLiveRegion } from '../KefuLiveRegion/KefuLiveRegion'
import { KefuMessageRow } from './KefuMessageRow'
import { imageViewerProps, type ViewerProps } from '../KefuImageViewer/props'
import { lazyComponent } from '../../vue/lazyComponent'
import { viewerImagesOf } from '../KefuImageViewer/images'
import type { RenderContext } from '../../messages/types'
import { formatDay } from './layout'
import type { RowFeedbackState } from './KefuAnswerFeedback'
import { ListModel, type ModelAnchor } from './model'
import { clampScroll } from './virtual'
import '../../styles/shell.css'
import './KefuMessageList.css'

/** Within this many px of the end counts as "at the bottom" (sub-pixel and rounding slack). */
const STICK_PX = 48

/** The engine's feedback record for an answer (`state.feedback`, absent on engines without it). */
function feedbackOf(state: unknown, id: string): RowFeedbackState | undefined {
  const all = (state as { feedback?: Record<string, RowFeedbackState> } | null)?.feedback
  return all && typeof all === 'object' ? all[id] : undefined
}

/** Reads a row's height. The default reads the layout box; jsdom has none, so tests inject one. */
export type MeasureRow = (el: HTMLElement) => number

const defaultMeasure: MeasureRow = (el) => el.getBoundingClientRect().height

/** Draws `state.messages` through the renderer registry, virtualised. */

// The image viewer (its dialog with the picture at once, then its controls) is code a chat without
// pictures never needs: it loads when the list first draws a picture, ahead of any click, so the
// click still opens it at once. Should it fail to load, the list says so with a retry.
const ViewerUnavailable = /* @__PURE__ */ defineComponent({
  name: 'KefuImageViewerUnavailable',
  props: { retry: { type: Function as PropType<() => void>, required: true as const } },
  setup(props) {
    const { t } = useKefu()
    return () => hc('div', { class: 'kefu-list__banner kefu-list__load-error', attrs: { role: 'alert', 'data-kefu-viewer-unavailable': '' } }, [
      hc('span', {}, t('messages.image.failed')),
      hc('button', { class: 'kefu-list__load-retry', attrs: { type: 'button' }, on: { click: () => props.retry() } }, t('list.loadOlderRetry')),
    ])
  },
})
const lazyViewer = /* @__PURE__ */ lazyComponent<ViewerProps & Record<string, unknown>>(
  () => import('../KefuImageViewer/KefuImageViewer').then((m) => m.KefuImageViewer),
  {
    name: 'KefuImageViewerLoader',
    props: imageViewerProps,
    placeholder: ({ failed, retry }) => (failed ? hc(ViewerUnavailable, { props: { retry } }) : null),
  },
)
/** Loads the image viewer ahead of its first open (what the list does once it draws a picture). @internal */
export const loadListImageViewer = lazyViewer.load

export const KefuMessageList = defineComponent({
  name: 'KefuMessageList',
  props: {
    /**
     * Height assumed for a row not measured yet (px). Close to the real average keeps the
     * scrollbar steady while scrolling into unmeasured history.
     * @default 72
     */
    estimatedRowHeight: { type: Number, default: 72 },
    /**
     * Extra pixels rendered above and below the viewport. In browsers with `requestIdleCallback`
     * they are drawn in the first idle moment after the chat's first paint (or when the reader
     * scrolls up, if sooner): none of them is visible before.
     * @default 600
     */
    overscan: { type: Number, default: 600 },
    /**
     * Reads a rendered row's height (px); a result ≤ 0 means "unknown, keep the estimate".
     * @default el => el.getBoundingClientRect().height
     */
    measureRow: { type: Function as PropType<MeasureRow>, default: undefined },
    /**
     * Viewport height to assume while the scroll container has no layout (hidden, or jsdom).
     * @default 600
     */
    fallbackViewportHeight: { type: Number, default: 600 },
    /**
     * Load older history when scrolled within this many px of the top.
     * @default 240
     */
    loadOlderThreshold: { type: Number, default: 240 },
    /**
     * Name shown for service messages without a `senderName`.
     * @default undefined (the translated "Service")
     */
    serviceName: { type: String, default: undefined },
    /**
     * Avatar URL for service messages without their own.
     * @default undefined (an initial is drawn)
     */
    serviceAvatar: { type: String, default: undefined },
    /**
     * Announce new incoming messages to screen readers (KefuLiveRegion). Turn off only when the
     * host places its own KefuLiveRegion.
     * @default true
     */
    announce: { type: Boolean, default: true },
  },
  setup(props) {
    const ctx = useKefu()
    const { t } = ctx
    const measure = (el: HTMLElement) => (props.measureRow || defaultMeasure)(el)

    // The image viewer: opened by an image message (RenderContext.openImage), walks every picture
    // of the conversation, gives focus back to the thumbnail that opened it.
    const viewer = shallowRef<{ id: string; opener: HTMLElement | null } | null>(null)
    const base = ctx.renderContext
    const renderContext: RenderContext = {
      get actions() { return base.actions },
      get t() { return base.t },
      get locale() { return base.locale },
      get now() { return base.now },
      openImage: (id, opener) => { viewer.value = { id, opener } },
    }
    function closeViewer(): void {
      viewer.value = null
    }
    // set by a render that drew a picture; the viewer's code is then asked for once (a failed load
    // is retried when the viewer opens)
    let pictureDrawn = false
    let viewerAsked = false
    function prefetchViewer(): void {
      if (!pictureDrawn || viewerAsked) return
      viewerAsked = true
      lazyViewer.load().catch(() => {})
    }

    const scrollEl = useElementRef<HTMLElement>('scrollEl')
    const rowsEl = useElementRef<HTMLElement>('rowsEl')
    // Heights by message id. Not reactive: one Map write per row would trigger one render per row;
    // `version` is bumped once per batch of measurements instead.
    const version = shallowRef(0)
    const scrollTop = shallowRef(0)
    const viewport = shallowRef(props.fallbackViewportHeight)
    const unread = shallowRef(0)
    const loadPending = shallowRef(false)
    const loadFailed = shallowRef(false)
    // Whether the reader is at the bottom (follow new messages). Plain state: it only steers
    // where we scroll, it is never drawn.
    let stick = true
    let anchor: ModelAnchor | null = null
    // Set when the model's scrollTop moved and the DOM must follow after the next render.
    let pendingDom = true
    // The overscan rows are for scrolling: none of them is visible when the chat first paints (it
    // opens at the newest message). Where the browser can say when it is idle, the first render
    // draws the viewport's rows only and the overscan follows in the first idle period after that
    // paint, or at once when the reader scrolls away from the bottom, whichever comes first.
    // Elsewhere (and in jsdom) the overscan is there from the start, as before.
    const fullOverscan = shallowRef(typeof requestIdleCallback !== 'function')
    const overscan = () => (fullOverscan.value ? props.overscan : 0)
    let idleHandle: number | undefined
    function widenWindow(): void {
      if (idleHandle !== undefined) cancelIdleCallback(idleHandle)
      idleHandle = undefined
      fullOverscan.value = true
    }

    // The layout is kept per message in typed arrays and laid out only for the rendered window:
    // see model.ts (nothing per message at mount beyond one number, nothing O(n) per append).
    // `layout` is a fresh object per change so watchers fire; the model is not reactive.
    const model = new ListModel(props.estimatedRowHeight)
    // Each drawn row reads its message from a channel of its own (set here and by the render), so
    // a change that only alters what rows draw (a streamed answer's next chunk, a delivery status)
    // goes to those rows alone: `layout` stays the same object and the list does not render again.
    // `rowsVersion` moves only when the rows themselves may differ (not for in-place updates, not
    // for heights): a row that grows while the answer streams re-renders no other row.
    const channels = new Map<string, { live: ShallowRef<ChatMessage>; message: ChatMessage }>()
    let lastLayout: { length: number; idsVersion: number; version: number; estimate: number; rows: number } | null = null
    let rowsTick = 0
    const layout = computed(() => {
      const v = version.value
      const estimate = props.estimatedRowHeight
      model.setEstimate(estimate)
      model.sync(ctx.state.value.messages, ctx.registry.value)
      const inPlace = model.updatedInPlace
      const prev = lastLayout
      if (prev && inPlace && prev.estimate === estimate && prev.idsVersion === model.idsVersion && prev.length === model.length) {
        for (const m of inPlace) {
          const channel = channels.get(m.id)
          if (channel) channel.live.value = m
        }
        if (prev.version === v) return prev
      } else {
        rowsTick++
      }
      return (lastLayout = { length: model.length, idsVersion: model.idsVersion, version: v, estimate, rows: rowsTick })
    })
    const rowsVersion = computed(() => layout.value.rows)
    // Plain getters (not computeds): the model mutates in place, so a computed over it would never
    // notify. Whoever reads them reads `layout` first.
    const offsets = { get value() { return (void layout.value, model.offsets) } }
    const total = { get value() { return (void layout.value, model.total) } }
    // the spacers' heights as numbers: a row's new height inside the window changes neither
    const topSpace = computed(() => offsets.value[range.value.start] ?? 0)
    const bottomSpace = computed(() => total.value - (offsets.value[range.value.end] ?? 0))
    // The same object while the window does not move: a scroll (or the echo of our own scrollTop
    // write while following a streamed answer) that keeps the same rows renders nothing.
    let lastRange = { start: -1, end: -1 }
    const range = computed(() => {
      void layout.value
      const r = model.range(scrollTop.value, viewport.value, overscan())
      return r.start === lastRange.start && r.end === lastRange.end ? lastRange : (lastRange = r)
    })

    const loadingOlder = computed(() => loadPending.value || ctx.state.value.loadingHistory)
    // What the render reads from the state besides the messages, as values that stay the same
    // from one state to the next unless they changed (the render does not depend on every state).
    const missedAfter = computed((): string | null | undefined => {
      const missed = ctx.state.value.missedHistory
      return missed ? missed.after : null
    })
    const feedbackAll = computed(() => (ctx.state.value as { feedback?: unknown }).feedback)

    function loadMissed(): void {
      if (typeof ctx.engine.loadMissed === 'function') void ctx.engine.loadMissed()
    }

    async function loadOlder(manual = false) {
      const s = ctx.state.value
      if (!s.hasMoreHistory || s.loadingHistory || loadPending.value) return
      // After a failure only the customer's "Try again" (or coming back online) retries, so a
      // broken history endpoint is not hammered on every scroll event.
      if (loadFailed.value && !manual) return
      loadPending.value = true
      loadFailed.value = false
      try {
        const r = await ctx.engine.loadOlder()
        if (!r.ok) loadFailed.value = true
      } catch {
        loadFailed.value = true
      } finally {
        loadPending.value = false
      }
    }

    /** Loads more when the reader is near the top, including a first page too short to scroll. */
    function autoLoadCheck() {
      const s = ctx.state.value
      if (s.phase === 'idle' || s.connection !== 'online') return
      if (scrollTop.value <= props.loadOlderThreshold) void loadOlder()
    }

    /** Puts the scroll position where it belongs after rows or heights changed. */
    function relayout() {
      void layout.value
      const vp = viewport.value
      let target = scrollTop.value
      // Messages the registry does not draw keep the estimate until the window reaches them:
      // settle the window's, then place again (each pass only shrinks rows; a few at most).
      let settled = false
      for (let pass = 0; ; pass++) {
        target = scrollTop.value
        if (stick) target = model.total - vp
        else if (anchor) target = model.restore(anchor) ?? target
        target = clampScroll(target, model.total, vp)
        if (pass >= 8) break
        const r = model.range(target, vp, overscan())
        if (!model.settle(r.start, r.end)) break
        settled = true
      }
      // heights changed outside a reactive write: let the range and the render see them
      if (settled) version.value++
      // Only a moved target touches the DOM: writing scrollTop (and reading scrollHeight for it)
      // forces a synchronous layout, which a stream chunk that changed no height must not pay.
      if (Math.abs(target - scrollTop.value) >= 0.5) {
        scrollTop.value = target
        pendingDom = true
      }
      anchor = model.anchorAt(target)
    }

    /** Counts what arrived at the end while the reader is scrolled up; follows the customer's own sends. */
    function onItemsChanged(lastPrev: string | undefined, hint: number) {
      if (lastPrev === undefined) return
      const arrived = model.arrivedAfter(lastPrev, hint)
      if (!arrived) return
      // The customer just sent something: show it, wherever they were reading.
      if (arrived.customer) {
        stick = true
        unread.value = 0
        return
      }
      if (!stick && arrived.drawn > 0) unread.value += arrived.drawn
    }

    const lastMessage = () => model.list[model.length - 1]?.id
    let lastIdsVersion = layout.value.idsVersion
    let lastId: string | undefined = lastMessage()
    let lastIndex = model.length - 1
    // 'pre': the new scroll position is in the model before the render, so the first render after
    // a prepend already shows the right rows (no one-frame jump).
    watch(layout, (cur) => {
      if (cur.idsVersion !== lastIdsVersion) {
        onItemsChanged(lastId, lastIndex)
        lastIdsVersion = cur.idsVersion
        lastId = lastMessage()
        lastIndex = model.length - 1
      }
      relayout()
      autoLoadCheck()
    }, { flush: 'pre' })
    watch(viewport, relayout, { flush: 'pre' })
    // a new height can move the scroll position without drawing the list again (see rowsVersion)
    watch(layout, () => applyDom(), { flush: 'post' })
    watch(fullOverscan, relayout, { flush: 'pre' })
    watch([() => ctx.state.value.connection, () => ctx.state.value.hasMoreHistory, () => ctx.state.value.phase], ([conn], [prevConn]) => {
      if (conn === 'online' && prevConn !== 'online') loadFailed.value = false
      autoLoadCheck()
    })
    relayout()

    function applyDom() {
      const el = scrollEl.value
      if (!el || !pendingDom) return
      pendingDom = false
      // At the bottom, ask for "as far as possible": the real content may be a few px taller than
      // the model (borders, rounding) and the browser clamps. jsdom has no scrollHeight.
      const y = stick && el.scrollHeight > 0 ? el.scrollHeight : scrollTop.value
      if (Math.abs(el.scrollTop - y) >= 0.5) el.scrollTop = y
    }

    let ro: ResizeObserver | undefined
    const observed = new Set<Element>()

    function setHeight(id: string, h: number): boolean {
      // a rendered row: its message is in the window, so the search starts there
      return model.setHeight(id, h, range.value.start)
    }

    function measureRendered() {
      const container = rowsEl.value
      if (!container) return
      let changed = false
      const children = container.children
      for (let i = 0; i < children.length; i++) {
        const el = children[i] as HTMLElement
        const id = el.getAttribute('data-kefu-id')
        if (id === null) continue
        // With a ResizeObserver, rows are measured in its callback (after the browser's own
        // layout, before paint): reading sizes here would force a synchronous layout on every
        // update, e.g. on every chunk of a streamed answer.
        if (ro) {
          if (!observed.has(el)) {
            ro.observe(el)
            observed.add(el)
          }
        } else if (setHeight(id, measure(el))) changed = true
      }
      if (ro) {
        for (const el of observed) {
          if (el.parentNode !== container) {
            ro.unobserve(el)
            observed.delete(el)
          }
        }
      }
      if (changed) version.value++
    }

    function readViewport() {
      const el = scrollEl.value
      const vp = el ? el.clientHeight : 0
      if (vp > 0 && Math.abs(vp - viewport.value) >= 0.5) viewport.value = vp
    }

    function onScroll() {
      const el = scrollEl.value
      if (!el) return
      const y = el.scrollTop
      scrollTop.value = y
      readViewport()
      const content = el.scrollHeight > 0 ? el.scrollHeight : total.value
      stick = content - (y + viewport.value) <= STICK_PX
      if (stick) unread.value = 0
      else if (!fullOverscan.value) widenWindow()
      anchor = model.anchorAt(y)
      // rows the registry does not draw came into the window: they take no space (the anchor,
      // taken before, keeps the view where it is)
      const r = model.range(y, viewport.value, overscan())
      if (model.settle(r.start, r.end)) version.value++
      autoLoadCheck()
    }

    function jumpToBottom() {
      stick = true
      unread.value = 0
      relayout()
      applyDom()
      // The button is gone after this; keep keyboard focus in the transcript, not on <body>.
      scrollEl.value?.focus()
    }

    const onWindowResize = () => readViewport()

    onMounted(() => {
      if (typeof ResizeObserver !== 'undefined') {
        ro = new ResizeObserver((entries) => {
          let changed = false
          for (const entry of entries) {
            const el = entry.target as HTMLElement
            if (el === scrollEl.value) {
              readViewport()
              continue
            }
            const id = el.getAttribute('data-kefu-id')
            if (id !== null && setHeight(id, measure(el))) changed = true
          }
          if (changed) version.value++
        })
        if (scrollEl.value) ro.observe(scrollEl.value)
      } else if (typeof window !== 'undefined') {
        window.addEventListener('resize', onWindowResize)
      }
      readViewport()
      measureRendered()
      applyDom()
      autoLoadCheck()
      prefetchViewer()
      if (!fullOverscan.value) idleHandle = requestIdleCallback(widenWindow, { timeout: 500 })
    })
    onUpdated(() => {
      measureRendered()
      applyDom()
      prefetchViewer()
    })
    onBeforeUnmount(() => {
      if (idleHandle !== undefined) cancelIdleCallback(idleHandle)
      if (ro) ro.disconnect()
      else if (typeof window !== 'undefined') window.removeEventListener('resize', onWindowResize)
      observed.clear()
    })

    function renderViewer(open: { id: string; opener: HTMLElement | null }): unknown {
      const images = viewerImagesOf(ctx.state.value.messages, t('messages.image.alt'))
      const index = images.findIndex((im) => im.id === open.id)
      if (index < 0) return null
      return hc(lazyViewer.component, { key: 'viewer', props: { images, index, onClose: closeViewer, returnFocus: open.opener } })
    }

    return () => {
      const { start, end } = range.value
      void rowsVersion.value
      const locale = ctx.locale.value
      const now = ctx.renderContext.now()
      const rows: unknown[] = []
      const missed = missedAfter.value
      const feedback = { feedback: feedbackAll.value }
      const drawn = new Set<string>()
      for (const { item: it, first } of model.itemsIn(start, end)) {
        const m = it.message
        if (!viewerAsked && m.payload && m.payload.kind === 'image') pictureDrawn = true
        // the row's `message` stays the version it was first drawn with (an unchanged prop does
        // not draw the row again); `live` carries the current one
        let channel = channels.get(m.id)
        if (channel) channel.live.value = m
        else channels.set(m.id, (channel = { live: shallowRef(m), message: m }))
        drawn.add(m.id)
        rows.push(hc(KefuMessageRow, {
          key: m.id,
          props: {
            message: channel.message,
            live: channel.live,
            renderer: it.resolved.component,
            defaultRenderer: it.resolved.defaultRenderer,
            context: renderContext,
            groupStart: it.groupStart,
            system: it.system,
            dayLabel: it.dayStart ? formatDay(m.time, now, locale, t) : '',
            serviceName: props.serviceName,
            serviceAvatar: props.serviceAvatar,
            onRenderError: ctx.reportRenderError,
            onLoadMissed: missed !== null && (missed === m.id || (missed === undefined && first)) ? loadMissed : undefined,
            aiLabel: ctx.desk.aiLabel(),
            answerFeedback: ctx.desk.answerFeedback(),
            feedbackState: feedbackOf(feedback, m.id),
            feedbackReasons: ctx.desk.feedbackReasons(),
          },
        }))
      }
      // rows that left the window drop their channel
      if (channels.size > drawn.size) for (const id of channels.keys()) if (!drawn.has(id)) channels.delete(id)
      const count = unread.value
      return hc('div', { class: 'kefu-list' }, [
        hc('div', {
          ref: scrollEl.bind,
          class: 'kefu-list__scroller',
          // role=log implies aria-live=polite; it is switched off on purpose: re-rendered rows would
          // be re-read. KefuLiveRegion announces new messages one at a time instead.
          attrs: { role: 'log', 'aria-live': 'off', 'aria-label': t('list.label'), 'aria-busy': loadingOlder.value ? 'true' : 'false', tabindex: 0 },
          on: { scroll: onScroll },
        }, [
          hc('div', { ref: rowsEl.bind, class: 'kefu-list__rows' }, [
            hc('div', { key: 'top', class: 'kefu-list__spacer', attrs: { 'data-kefu-spacer': 'top', 'aria-hidden': 'true' }, style: { height: `${topSpace.value}px` } }),
            ...rows,
            hc('div', { key: 'bottom', class: 'kefu-list__spacer', attrs: { 'data-kefu-spacer': 'bottom', 'aria-hidden': 'true' }, style: { height: `${bottomSpace.value}px` } }),
          ]),
        ]),
        loadingOlder.value
          ? hc('div', { class: 'kefu-list__banner kefu-list__loading', attrs: { role: 'status' } }, [
            hc('span', { class: 'kefu-spinner', attrs: { 'aria-hidden': 'true' } }),
            t('list.loadingOlder'),
          ])
          : loadFailed.value
            ? hc('div', { class: 'kefu-list__banner kefu-list__load-error', attrs: { role: 'alert' } }, [
              hc('span', {}, t('list.loadOlderFailed')),
              hc('button', { class: 'kefu-list__load-retry', attrs: { type: 'button' }, on: { click: () => void loadOlder(true) } }, t('list.loadOlderRetry')),
            ])
            : null,
        count > 0
          ? hc('button', {
            class: 'kefu-list__new',
            attrs: { type: 'button', 'data-kefu-new-messages': '' },
            on: { click: jumpToBottom },
          }, [
            hc('span', { class: 'kefu-list__new-arrow', attrs: { 'aria-hidden': 'true' } }, '↓'),
            t('list.newMessages', { count }),
          ])
          : null,
        props.announce ? hc(KefuLiveRegion) : null,
        viewer.value ? renderViewer(viewer.value) : null,
      ])
    }
  },
})
