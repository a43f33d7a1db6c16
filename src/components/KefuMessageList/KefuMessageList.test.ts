import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue-demi'
import { rendererProps } from '../../messages/types'
import type { IncomingMessage } from '../../protocol/transport'
import type { FakeTransportOptions } from '../../testing/fakeTransport'
import { vueLabel } from '../../testing/mount'
import { hc } from '../../vue/compat'
import { all, host, mountCompat, realEngine, sentTexts, settle, unmount } from '../../testing/shell'
import { stubResizeObserver } from '../../testing/resizeObserver'
import { KefuProvider } from '../KefuProvider/KefuProvider'
import { KefuMessageList } from './KefuMessageList'

const ROW = 50
const T0 = Date.UTC(2025, 0, 15, 2, 0)

/** `n` alternating history messages, oldest first, one second apart. */
function history(n: number, prefix = 'h'): IncomingMessage[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i}`,
    time: T0 + i * 1000,
    seq: i + 1,
    from: i % 3 === 0 ? 'customer' : 'service',
    body: { type: 'text', text: `message ${i}` },
  }))
}

function mountList(options: { transport?: FakeTransportOptions; engine?: Record<string, unknown>; list?: Record<string, unknown>; renderers?: Record<string, unknown> } = {}) {
  const harness = realEngine({ history: false, ...options.transport }, options.engine)
  const Host = defineComponent({
    setup() {
      return () => hc(KefuProvider, {
        props: { engine: harness.engine, locale: 'en', renderers: options.renderers },
        slots: { default: () => hc(KefuMessageList, { props: { estimatedRowHeight: ROW, overscan: 100, fallbackViewportHeight: 400, ...options.list } }) },
      })
    },
  })
  const w = mountCompat(Host, { attachTo: host() })
  const scroller = () => w.find('.kefu-list__scroller').element as HTMLElement
  const rowIds = () => all(w, '[data-kefu-row]').map((r) => r.attributes('data-kefu-id'))
  const spacer = (which: 'top' | 'bottom') => parseFloat((w.find(`[data-kefu-spacer="${which}"]`).element as HTMLElement).style.height)
  /** the reader scrolls to `y` (jsdom keeps scrollTop but fires no scroll event by itself) */
  const scrollTo = async (y: number) => {
    scroller().scrollTop = y
    scroller().dispatchEvent(new Event('scroll'))
    await settle()
  }
  return { ...harness, w, scroller, rowIds, spacer, scrollTo }
}

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe(`KefuMessageList on ${vueLabel}`, () => {
  it('is a keyboard-scrollable, labelled log that is not itself live', async () => {
    const { w } = mountList()
    await settle()
    const log = w.find('[role=log]')
    expect(log.attributes('aria-live')).toBe('off')
    expect(log.attributes('aria-label')).toBe('Conversation')
    expect(log.attributes('tabindex')).toBe('0')
    const live = w.find('[data-kefu-live]')
    expect(live.attributes('aria-live')).toBe('polite')
    expect(live.attributes('aria-atomic')).toBe('true')
    unmount(w)
  })

  it('aligns by sender and shows avatar and name only for the first of a group, with a date divider per day', async () => {
    const { w, transport } = mountList()
    await settle()
    const day1 = Date.UTC(2025, 0, 14, 4, 0)
    transport.receiveText('a', { time: day1, senderName: 'Ann' })
    transport.receiveText('b', { time: day1 + 60_000, senderName: 'Ann' })
    transport.receiveText('c', { time: day1 + 20 * 60_000, senderName: 'Ann' })
    transport.receive({ from: 'customer', time: day1 + 21 * 60_000, body: { type: 'text', text: 'mine' } })
    transport.receiveText('next day', { time: day1 + 24 * 3600_000, senderName: 'Ann' })
    await settle()
    const rows = all(w, '[data-kefu-row]')
    expect(rows.map((r) => r.classes().includes('kefu-row--group-start'))).toEqual([true, false, true, true, true])
    expect(rows.map((r) => r.find('.kefu-row__name').exists())).toEqual([true, false, true, false, true])
    expect(rows[0].find('.kefu-row__name').text()).toBe('Ann')
    expect(rows[3].classes()).toContain('kefu-row--customer')
    expect(rows[3].find('.kefu-row__avatar').exists()).toBe(false)
    // the customer's rows still say who spoke, for screen readers
    expect(rows[3].find('.kefu-sr-only').text()).toBe('You')
    expect(rows.map((r) => r.find('.kefu-row__day').exists())).toEqual([true, false, false, false, true])
    unmount(w)
  })

  it('tells how long ago a message was when the pointer reaches its time, counted at that moment', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.UTC(2025, 0, 14, 4, 10))
    const { w, transport } = mountList()
    await settle()
    transport.receiveText('a', { time: Date.UTC(2025, 0, 14, 4, 0), senderName: 'Ann' })
    await settle()
    const time = w.find('.kefu-row__time')
    expect(time.attributes('datetime')).toBe('2025-01-14T04:00:00.000Z')
    // nothing worked out at render: the tooltip would be stale by the time anyone hovers
    expect(time.attributes('title')).toBeUndefined()
    await time.trigger('mouseenter')
    expect(time.attributes('title')).toBe('10 min. ago')
    vi.setSystemTime(Date.UTC(2025, 0, 14, 5, 0))
    await time.trigger('mouseenter')
    expect(time.attributes('title')).toBe('1 hr. ago')
    unmount(w)
  })

  it('shows a failed message as "not sent" with a working retry', async () => {
    const { w, transport, engine } = mountList({ engine: { retry: { attempts: 1 } } })
    await settle()
    transport.failNext(1, 'rejected')
    engine.sendText('please arrive')
    await settle()
    const row = w.find('.kefu-row--customer')
    expect(row.attributes('data-kefu-status')).toBe('failed')
    expect(row.find('.kefu-row__failed').text()).toContain('Not sent')
    const retry = row.find('button.kefu-row__retry')
    expect(retry.text()).toBe('Retry')
    // the accessible name must contain the visible word (WCAG 2.5.3, axe label-content-name-mismatch)
    expect(retry.attributes('aria-label')).toBe('Retry sending this message')
    await retry.trigger('click')
    await settle()
    expect(transport.deliveredTexts()).toEqual(['please arrive'])
    expect(sentTexts(transport)).toEqual(['please arrive', 'please arrive'])
    expect(w.find('.kefu-row--customer').attributes('data-kefu-status')).toBe('sent')
    expect(w.find('.kefu-row__retry').exists()).toBe(false)
    unmount(w)
  })

  it('marks a message still sending, for screen readers as well', async () => {
    const { w, transport, engine } = mountList()
    await settle()
    transport.holdSends()
    engine.sendText('slow')
    await settle()
    const status = w.find('.kefu-row__status--sending')
    expect(status.find('.kefu-sr-only').text()).toBe('Sending')
    transport.releaseAll()
    await settle()
    expect(w.find('.kefu-row__status--sending').exists()).toBe(false)
    unmount(w)
  })

  it('draws a revoked message as a notice', async () => {
    const { w, transport } = mountList()
    await settle()
    const m = transport.receiveText('oops, wrong chat')
    await settle()
    transport.revoke(m.id)
    await settle()
    const row = w.find('[data-kefu-row]')
    expect(row.find('.kefu-revoked').exists()).toBe(true)
    expect(row.text()).not.toContain('oops, wrong chat')
    unmount(w)
  })

  it('renders a bounded window of rows for 10,000 messages, between spacers', async () => {
    const { w, rowIds, spacer, scrollTo, engine } = mountList({ transport: { history: history(10_000) }, engine: { historyPageSize: 10_000 } })
    await settle()
    expect(engine.getState().messages).toHaveLength(10_000)
    const total = 10_000 * ROW
    // starts at the bottom: the newest message is drawn, only ~ (400 + 2×100) / 50 rows exist
    let ids = rowIds()
    expect(ids.length).toBeGreaterThan(5)
    expect(ids.length).toBeLessThanOrEqual(16)
    expect(ids[ids.length - 1]).toBe('h9999')
    expect(spacer('top') + ids.length * ROW + spacer('bottom')).toBe(total)
    // jump to the middle
    await scrollTo(250_000)
    ids = rowIds()
    expect(ids.length).toBeLessThanOrEqual(16)
    expect(ids).toContain('h5000')
    expect(spacer('top')).toBe(Number(ids[0]!.slice(1)) * ROW)
    expect(spacer('top') + ids.length * ROW + spacer('bottom')).toBe(total)
    unmount(w)
  })

  it('gives messages a host hides no row and no space once the window reaches them, without a jump', async () => {
    // 2,000 messages; every image is hidden by the host (`image: false`): 3 of every 4
    const msgs = history(2000).map((m, i) => (i % 4 === 0 ? m : { ...m, body: { type: 'image' as const, url: `https://x.test/${i}.png` } }))
    const { w, rowIds, spacer, scroller, scrollTo } = mountList({ transport: { history: msgs }, engine: { historyPageSize: 2000 }, renderers: { image: false } })
    await settle()
    // at the bottom: only drawn messages have rows, the window's hidden ones take no space
    let ids = rowIds()
    expect(ids[ids.length - 1]).toBe('h1996')
    expect(ids.every((id) => Number(id.slice(1)) % 4 === 0)).toBe(true)
    expect(ids.length).toBeGreaterThan(8)
    expect(spacer('bottom')).toBe(0)
    // same group: the hidden messages between two service texts do not split it
    expect(ids).toContain('h1984')
    expect(w.find('[data-kefu-id="h1984"]').classes()).toContain('kefu-row--service')
    expect(w.find('[data-kefu-id="h1988"]').classes()).not.toContain('kefu-row--group-start')
    // scroll into unvisited history: h800 is at the top edge; the window's hidden messages
    // collapse above it, and the view follows so that h800 stays at the top edge (no jump)
    await scrollTo(40_000)
    ids = rowIds()
    expect(ids.length).toBeGreaterThan(8)
    expect(ids.every((id) => Number(id.slice(1)) % 4 === 0)).toBe(true)
    const y = scroller().scrollTop
    expect(y).toBeLessThan(40_000)
    expect(spacer('top') + ids.indexOf('h800') * ROW).toBe(y)
    unmount(w)
  })

  it('uses measured row heights for the layout, the estimate for the rest', async () => {
    // the newest row measures 400px; the others report no layout (0) and keep the 50px estimate
    const measureRow = (el: HTMLElement) => (el.getAttribute('data-kefu-id') === 'h199' ? 400 : 0)
    const { w, rowIds, spacer, scroller } = mountList({ transport: { history: history(200) }, engine: { historyPageSize: 200 }, list: { measureRow } })
    await settle()
    const total = 199 * ROW + 400
    // at the bottom of the measured content
    expect(scroller().scrollTop).toBe(total - 400)
    // the window starts one overscan (100px) above the viewport: row 197 at 197 × 50
    expect(rowIds()).toEqual(['h197', 'h198', 'h199'])
    expect(spacer('top')).toBe(197 * ROW)
    expect(spacer('bottom')).toBe(0)
    unmount(w)
  })

  describe('where the browser has requestIdleCallback', () => {
    function stubIdle() {
      const queued = new Map<number, () => void>()
      let next = 0
      vi.stubGlobal('requestIdleCallback', (cb: () => void) => { queued.set(++next, cb); return next })
      vi.stubGlobal('cancelIdleCallback', (id: number) => { queued.delete(id) })
      return { queued, run: () => { const cbs = [...queued.values()]; queued.clear(); for (const cb of cbs) cb() } }
    }
    const list = (n: number) => ({ transport: { history: history(n) }, engine: { historyPageSize: n } })

    it('first draws the viewport\'s rows only, and the overscan above them once idle, staying at the bottom', async () => {
      const idle = stubIdle()
      const { w, rowIds, scroller, spacer } = mountList(list(200))
      await settle()
      // viewport 400px at the bottom of 200 × 50px: rows 192…199, none of the 100px overscan
      expect(rowIds()).toEqual(['h192', 'h193', 'h194', 'h195', 'h196', 'h197', 'h198', 'h199'])
      expect(scroller().scrollTop).toBe(200 * ROW - 400)
      expect(idle.queued.size).toBe(1)
      idle.run()
      await settle()
      expect(rowIds()).toEqual(['h190', 'h191', 'h192', 'h193', 'h194', 'h195', 'h196', 'h197', 'h198', 'h199'])
      expect(spacer('top')).toBe(190 * ROW)
      expect(scroller().scrollTop).toBe(200 * ROW - 400)
      unmount(w)
    })

    it('draws the overscan at once when the reader scrolls up before the browser is idle', async () => {
      const idle = stubIdle()
      const { w, rowIds, scrollTo } = mountList(list(200))
      await settle()
      await scrollTo(5000)
      // 5000 − 100 overscan: from row 98; the idle callback is no longer needed
      expect(rowIds()[0]).toBe('h98')
      expect(idle.queued.size).toBe(0)
      unmount(w)
    })

    it('cancels the idle callback when unmounted first', async () => {
      const idle = stubIdle()
      const { w } = mountList(list(50))
      await settle()
      expect(idle.queued.size).toBe(1)
      unmount(w)
      expect(idle.queued.size).toBe(0)
    })
  })

  it('keeps re-rendering to the rows whose message changed', async () => {
    const renders = new Map<string, number>()
    const Counting = defineComponent({
      props: rendererProps,
      setup(props) {
        return () => {
          renders.set(props.message.id, (renders.get(props.message.id) ?? 0) + 1)
          return hc('p', {}, (props.message.payload as any).text)
        }
      },
    })
    const { w, transport } = mountList({ renderers: { text: Counting } })
    await settle()
    const a = transport.receiveText('a')
    const b = transport.receiveText('b')
    await settle()
    expect(renders.get(a.id)).toBe(1)
    expect(renders.get(b.id)).toBe(1)
    transport.receiveText('c')
    await settle()
    transport.modify({ ...b, body: { type: 'text', text: 'b (edited)' } })
    await settle()
    expect(renders.get(a.id)).toBe(1)
    expect(renders.get(b.id)).toBe(2)
    expect(w.text()).toContain('b (edited)')
    unmount(w)
  })

  it('follows new messages at the bottom; scrolled up, it counts them on a button that jumps down', async () => {
    const { w, transport, scroller, scrollTo } = mountList()
    await settle()
    for (let i = 0; i < 30; i++) transport.receiveText(`m${i}`)
    await settle()
    const bottom = 30 * ROW - 400
    expect(scroller().scrollTop).toBe(bottom)
    transport.receiveText('follows')
    await settle()
    expect(scroller().scrollTop).toBe(bottom + ROW)
    expect(w.find('[data-kefu-new-messages]').exists()).toBe(false)
    // the reader scrolls up
    await scrollTo(300)
    transport.receiveText('unseen 1')
    await settle()
    expect(scroller().scrollTop).toBe(300)
    expect(w.find('[data-kefu-new-messages]').text()).toContain('1 new message')
    transport.receiveText('unseen 2')
    await settle()
    expect(w.find('[data-kefu-new-messages]').text()).toContain('2 new messages')
    await w.find('[data-kefu-new-messages]').trigger('click')
    await settle()
    expect(scroller().scrollTop).toBe(33 * ROW - 400)
    expect(w.find('[data-kefu-new-messages]').exists()).toBe(false)
    expect(document.activeElement).toBe(scroller())
    expect(all(w, '[data-kefu-row]').pop()!.text()).toContain('unseen 2')
    unmount(w)
  })

  /**
   * A browser's geometry for the scroller, which jsdom lacks: a 400px viewport, content as tall as
   * the spacers plus the drawn rows (`heights`, else the estimate), scrollTop clamped to it. A
   * scroll event is only dispatched when the test says so (as the browser does, a frame later).
   */
  function browserGeometry(scroller: HTMLElement, rows: HTMLElement, heights: Map<string, number>) {
    const content = () => {
      let h = 0
      for (const el of Array.from(rows.children) as HTMLElement[]) {
        const id = el.getAttribute('data-kefu-id')
        h += id === null ? parseFloat(el.style.height) || 0 : heights.get(id) ?? ROW
      }
      return h
    }
    let top = scroller.scrollTop
    Object.defineProperty(scroller, 'clientHeight', { configurable: true, get: () => 400 })
    Object.defineProperty(scroller, 'scrollHeight', { configurable: true, get: content })
    Object.defineProperty(scroller, 'scrollTop', {
      configurable: true,
      get: () => top,
      set: (y: number) => { top = Math.max(0, Math.min(y, content() - 400)) },
    })
    return { content }
  }

  it('keeps following when a row at the bottom grows (an image loads) and a scroll event comes before its new height', async () => {
    const { report } = stubResizeObserver()
    const heights = new Map<string, number>()
    const { w, transport, scroller } = mountList({ list: { measureRow: (el: HTMLElement) => heights.get(el.getAttribute('data-kefu-id')!) ?? 0 } })
    await settle()
    for (let i = 0; i < 30; i++) transport.receiveText(`m${i}`)
    await settle()
    const geo = browserGeometry(scroller(), w.find('.kefu-list__rows').element as HTMLElement, heights)
    const pic = transport.receive({ body: { type: 'image', url: 'https://x.test/a.png', width: 400, height: 300 } })
    await settle()
    expect(scroller().scrollTop).toBe(geo.content() - 400)
    // the picture loads: the row is 250px taller than drawn, the scroll position is unchanged...
    heights.set(pic.id, 300)
    // ...and the browser fires the scroll event of our last write before the observer reports
    // the new height (scroll events run before ResizeObserver in a frame)
    scroller().dispatchEvent(new Event('scroll'))
    await settle()
    report(w.find(`[data-kefu-id="${pic.id}"]`).element)
    await settle()
    // still at the (new) bottom
    expect(scroller().scrollTop).toBe(geo.content() - 400)
    scroller().dispatchEvent(new Event('scroll'))
    await settle()
    // the next arrival is followed, not counted
    transport.receiveText('next')
    await settle()
    expect(w.find('[data-kefu-new-messages]').exists()).toBe(false)
    expect(scroller().scrollTop).toBe(geo.content() - 400)
    expect(all(w, '[data-kefu-row]').pop()!.text()).toContain('next')
    unmount(w)
  })

  it('a reader who scrolled up keeps their place and gets the button while rows below them grow', async () => {
    const { report } = stubResizeObserver()
    const heights = new Map<string, number>()
    const { w, transport, scroller } = mountList({ list: { measureRow: (el: HTMLElement) => heights.get(el.getAttribute('data-kefu-id')!) ?? 0 } })
    await settle()
    for (let i = 0; i < 30; i++) transport.receiveText(`m${i}`)
    const pic = transport.receive({ body: { type: 'image', url: 'https://x.test/a.png', width: 400, height: 300 } })
    await settle()
    const geo = browserGeometry(scroller(), w.find('.kefu-list__rows').element as HTMLElement, heights)
    // the reader scrolls up, just past the "at the bottom" slack
    const y = geo.content() - 400 - 60
    scroller().scrollTop = y
    scroller().dispatchEvent(new Event('scroll'))
    await settle()
    heights.set(pic.id, 300)
    report(w.find(`[data-kefu-id="${pic.id}"]`).element)
    await settle()
    scroller().dispatchEvent(new Event('scroll'))
    await settle()
    expect(scroller().scrollTop).toBe(y)
    transport.receiveText('unseen')
    await settle()
    expect(scroller().scrollTop).toBe(y)
    expect(w.find('[data-kefu-new-messages]').text()).toContain('1 new message')
    unmount(w)
  })

  it('goes to the bottom when the customer sends, even when scrolled up', async () => {
    const { transport, engine, scroller, scrollTo, w } = mountList()
    await settle()
    for (let i = 0; i < 30; i++) transport.receiveText(`m${i}`)
    await settle()
    await scrollTo(100)
    engine.sendText('my question')
    await settle()
    expect(scroller().scrollTop).toBe(31 * ROW - 400)
    unmount(w)
  })

  it('loads older history near the top and keeps the visible content where it was', async () => {
    const { w, transport, rowIds, scroller, scrollTo, engine } = mountList({ transport: { history: history(60) }, engine: { historyPageSize: 20 } })
    await settle()
    // the first page (h40..h59) fills more than the viewport, so loading stops there
    expect(transport.historyCalls).toHaveLength(1)
    expect(engine.getState().messages).toHaveLength(20)
    expect(scroller().scrollTop).toBe(20 * ROW - 400)
    transport.holdHistory()
    // the reader scrolls near the top: h41 is at the top edge, 10px into it
    await scrollTo(ROW + 10)
    expect(transport.historyCalls).toHaveLength(2)
    expect(w.find('.kefu-list__loading').text()).toBe('Loading earlier messages…')
    expect(w.find('[role=log]').attributes('aria-busy')).toBe('true')
    transport.releaseHistory()
    await settle()
    expect(engine.getState().messages).toHaveLength(40)
    expect(w.find('.kefu-list__loading').exists()).toBe(false)
    // 20 rows were prepended above: the same row is at the same place
    expect(scroller().scrollTop).toBe(21 * ROW + 10)
    expect(rowIds()).toContain('h41')
    unmount(w)
  })

  it('offers a retry when older history fails to load, without hammering the backend', async () => {
    const { w, transport, scrollTo } = mountList({ transport: { history: history(60) }, engine: { historyPageSize: 20 } })
    await settle()
    transport.failNextHistory('timeout')
    await scrollTo(0)
    expect(transport.historyCalls).toHaveLength(2)
    const banner = w.find('.kefu-list__load-error')
    expect(banner.text()).toContain('Couldn’t load earlier messages')
    // more scrolling does not retry by itself
    await scrollTo(5)
    await scrollTo(0)
    expect(transport.historyCalls).toHaveLength(2)
    await banner.find('button').trigger('click')
    await settle()
    expect(transport.historyCalls).toHaveLength(3)
    expect(w.find('.kefu-list__load-error').exists()).toBe(false)
    unmount(w)
  })

  it('announces new incoming messages one at a time, and never history', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { w, transport } = mountList({ transport: { history: history(5) } })
    await settle()
    const live = () => w.find('[data-kefu-live]').text()
    // history was loaded (5 rows) but not announced
    expect(all(w, '[data-kefu-row]')).toHaveLength(5)
    expect(live()).toBe('')
    transport.receiveText('first', { senderName: 'Ann' })
    transport.receiveText('second', { senderName: 'Ann' })
    transport.receive({ from: 'customer', body: { type: 'text', text: 'from my other device' } })
    transport.receiveText('third')
    await settle()
    expect(live()).toBe('Ann: first')
    vi.advanceTimersByTime(1000)
    await settle()
    expect(live()).toBe('Ann: second')
    vi.advanceTimersByTime(1000)
    await settle()
    expect(live()).toBe('Service: third')
    vi.advanceTimersByTime(1000)
    await settle()
    expect(live()).toBe('')
    unmount(w)
  })

  it('counts an announcement\'s time from when it is drawn: a busy main thread before the render does not cut it short', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { w, transport, engine } = mountList()
    await settle()
    const live = () => w.find('[data-kefu-live]').text()
    const shown: string[] = []
    const observer = new MutationObserver(() => { if (live()) shown.push(live()) })
    observer.observe(w.find('[data-kefu-live]').element, { childList: true, subtree: true, characterData: true })
    // registered after the live region's: runs right after it, before Vue renders anything
    const off = engine.onIncoming((m) => {
      if (m.payload.kind === 'text' && m.payload.text === 'first') vi.advanceTimersByTime(1500)
    })
    transport.receiveText('first', { senderName: 'Ann' })
    transport.receiveText('second', { senderName: 'Ann' })
    await settle()
    expect(live()).toBe('Ann: first')
    vi.advanceTimersByTime(999)
    await settle()
    expect(live()).toBe('Ann: first')
    vi.advanceTimersByTime(1)
    await settle()
    expect(live()).toBe('Ann: second')
    await Promise.resolve()
    expect(shown).toEqual(['Ann: first', 'Ann: second'])
    observer.disconnect()
    off()
    unmount(w)
  })

  it('re-announces an identical message as a new node', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { w, transport } = mountList()
    await settle()
    transport.receiveText('OK')
    await settle()
    const first = w.find('[data-kefu-live] span').element
    transport.receiveText('OK')
    vi.advanceTimersByTime(1000)
    await settle()
    const second = w.find('[data-kefu-live] span').element
    expect(second.textContent).toBe('Service: OK')
    expect(second).not.toBe(first)
    unmount(w)
  })

  it('measures rows with ResizeObserver when there is one', async () => {
    const { observed, report } = stubResizeObserver()
    const heights = new Map<string, number>()
    const { w, transport, spacer } = mountList({ list: { measureRow: (el: HTMLElement) => heights.get(el.getAttribute('data-kefu-id')!) ?? 0 } })
    await settle()
    const a = transport.receiveText('grows later')
    await settle()
    const row = w.find(`[data-kefu-id="${a.id}"]`).element
    expect(observed.has(row)).toBe(true)
    expect(observed.has(w.find('.kefu-list__scroller').element)).toBe(true)
    // the row's content grows (an image loaded): the observer reports it
    heights.set(a.id, 300)
    report(row)
    await settle()
    // one 300px row in a 400px viewport: no spacer needed, and the model knows its height
    expect(spacer('top') + spacer('bottom')).toBe(0)
    for (let i = 0; i < 10; i++) transport.receiveText(`n${i}`)
    await settle()
    // the tall row is still accounted for at 300px, the rest at the estimate
    expect(spacer('top') + all(w, '[data-kefu-row]').length * ROW + spacer('bottom')).toBe(300 - ROW + 11 * ROW)
    unmount(w)
    expect(observed.size).toBe(0)
  })
})
