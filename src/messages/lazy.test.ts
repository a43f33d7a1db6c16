// Kinds whose renderer loads on first use (`load` in defineMessageKind): a placeholder with the
// message's summary in the row's place, then the renderer in the same row, same props.
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, nextTick } from 'vue-demi'
import { hc } from '../vue/compat'
import { defineMessageKind } from './kind'
import { rendererProps } from './types'
import { builtInKinds } from './kinds'
import { ratingKind, RatingMessage } from './rating'
import type { ChatMessage } from '../protocol/engine/types'
import { makeContext } from '../testing/renderers'
import { mountCompat, vueLabel } from '../testing/mount'
import { KefuMessageRow } from '../components/KefuMessageList/KefuMessageRow'

const message: ChatMessage = { id: 'm1', serverId: 'm1', from: 'service', time: Date.UTC(2025, 0, 15, 2, 0), status: 'sent', payload: { kind: 'unknown', src: '1001', raw: '{}' } as any }

const Coupon = defineComponent({
  name: 'Coupon',
  props: rendererProps,
  setup(props) {
    return () => hc('div', { class: 'coupon' }, `coupon for ${props.message.id}`)
  },
})

function deferred<T>() {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej })
  return { promise, resolve, reject }
}

const settle = async () => {
  for (let i = 0; i < 5; i++) {
    await Promise.resolve()
    await nextTick()
  }
}

function mountRow(renderer: unknown) {
  return mountCompat(KefuMessageRow, { props: { message, renderer, defaultRenderer: renderer, context: makeContext(), groupStart: true } })
}

describe(`lazy message kinds on ${vueLabel}`, () => {
  it('draws the summary as a busy placeholder, then the renderer in the same row box', async () => {
    const gate = deferred<typeof Coupon>()
    let calls = 0
    const kind = defineMessageKind({ src: '1001', load: () => (calls++, gate.promise), summary: () => 'A coupon' })
    const w = mountRow(kind.component)
    const box = w.find('.kefu-row__content').element
    const placeholder = w.find('.kefu-lazy')
    expect(placeholder.exists()).toBe(true)
    expect(placeholder.text()).toBe('A coupon')
    expect(placeholder.attributes('aria-busy')).toBe('true')
    expect(w.find('.coupon').exists()).toBe(false)
    gate.resolve(Coupon)
    await settle()
    expect(w.find('.kefu-lazy').exists()).toBe(false)
    expect(w.find('.coupon').text()).toBe('coupon for m1')
    // the same row and content box: only what is inside it changed
    expect(w.find('.kefu-row__content').element).toBe(box)
    // loaded once, kept: a second message of the kind draws at once
    const again = mountRow(kind.component)
    expect(again.find('.coupon').exists()).toBe(true)
    expect(calls).toBe(1)
  })

  it('accepts a module with a default export, and a placeholder of its own', async () => {
    const Skeleton = defineComponent({ props: rendererProps, setup: () => () => hc('div', { class: 'skeleton' }) })
    const gate = deferred<{ default: typeof Coupon }>()
    const kind = defineMessageKind({ src: '1001', load: () => gate.promise, placeholder: Skeleton })
    const w = mountRow(kind.component)
    expect(w.find('.skeleton').exists()).toBe(true)
    gate.resolve({ default: Coupon })
    await settle()
    expect(w.find('.coupon').exists()).toBe(true)
  })

  it('a failed load keeps the placeholder (nothing lost) and the next message retries', async () => {
    let fail = true
    const kind = defineMessageKind({ src: '1001', load: () => (fail ? Promise.reject(new Error('offline')) : Promise.resolve(Coupon)), summary: () => 'A coupon' })
    const w = mountRow(kind.component)
    await settle()
    expect(w.find('.kefu-lazy').text()).toBe('A coupon')
    fail = false
    const next = mountRow(kind.component)
    await settle()
    expect(next.find('.coupon').exists()).toBe(true)
  })

  it("the kit's rarely drawn kinds load on first use, and the public renderer is the component the list draws", async () => {
    const lazy = builtInKinds.filter((k) => k.load).flatMap((k) => k.kinds)
    expect(lazy).toEqual(expect.arrayContaining(['rating', 'taskForm', 'taskBranch', 'form', 'order', 'product']))
    expect(RatingMessage).toBe(ratingKind.component)
    const real = await ratingKind.load!()
    expect(real).not.toBe(ratingKind.component)
  })

  it('the media kinds load their renderers on first use: the summary first, then the renderer', async () => {
    // fresh copies of the kit's modules (test files share a module graph; another may have loaded the chunk)
    vi.resetModules()
    const { fileKind, FileMessage } = await import('./file')
    const { createLocationKind } = await import('./location')
    expect(fileKind.load).toBeTypeOf('function')
    const lazy = builtInKinds.filter((k) => k.load).flatMap((k) => k.kinds)
    expect(lazy).toEqual(expect.arrayContaining(['file', 'video', 'audio', 'location', 'face', 'merger']))
    // images are drawn at once (the commonest media message)
    expect(lazy).not.toContain('image')
    expect(FileMessage).toBe(fileKind.component)
    const file: ChatMessage = { ...message, payload: { kind: 'file', name: 'invoice.pdf', size: 2048, url: 'https://example.com/invoice.pdf' } as any }
    const w = mountCompat(KefuMessageRow, { props: { message: file, renderer: fileKind.component, defaultRenderer: fileKind.component, context: makeContext(), groupStart: true } })
    expect(w.find('.kefu-lazy').text()).toBe('[File] invoice.pdf')
    await fileKind.load!()
    await settle()
    expect(w.find('.kefu-lazy').exists()).toBe(false)
    expect(w.find('.kefu-file').exists()).toBe(true)
    // a location kind with its own map service loads its renderer the same way, with that service
    const mine = createLocationKind({ mapUrl: ({ latitude, longitude }) => `https://maps.example.com/?q=${latitude},${longitude}` })
    const place: ChatMessage = { ...message, payload: { kind: 'location', latitude: 31.2, longitude: 121.5, name: 'Office' } as any }
    const row = mountCompat(KefuMessageRow, { props: { message: place, renderer: mine.component, defaultRenderer: mine.component, context: makeContext(), groupStart: true } })
    expect(row.find('.kefu-lazy').exists()).toBe(true)
    await mine.load!()
    await settle()
    expect(row.find('a.kefu-location__map').attributes('href')).toBe('https://maps.example.com/?q=31.2,121.5')
  })

  it('needs a component or a loader', () => {
    expect(() => defineMessageKind({ src: '1001' } as any)).toThrow(/component/)
  })
})
