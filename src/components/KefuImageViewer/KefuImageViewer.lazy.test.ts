// The viewer's code loads on first open: the click shows the picture at once in the same dialog
// (named, focus inside, Escape closes), then the controls once the code is there.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue-demi'
import { vueLabel } from '../../testing/mount'
import { hc } from '../../vue/compat'
import { all, host, keydown, mountCompat, realEngine, settle, unmount, untilLoaded } from '../../testing/shell'

// holds the viewer's module back until the test lets it through
const gate = vi.hoisted(() => {
  let open!: () => void
  const promise = new Promise<void>((resolve) => { open = resolve })
  return { promise, open }
})
vi.mock('./KefuImageViewerDialog', async (original) => {
  await gate.promise
  return original()
})
// counts how often the list asked for the viewer's first part (the dialog with the picture)
const asked = { count: 0, fail: false }

async function withImages(options: { images?: boolean } = {}) {
  // fresh copies of the kit's modules: test files share a module graph, and another file may have
  // loaded the viewer's code already
  vi.resetModules()
  asked.count = 0
  vi.doMock('./KefuImageViewer', async (original) => {
    asked.count++
    if (asked.fail) throw new Error('offline')
    return original()
  })
  const { KefuProvider } = await import('../KefuProvider/KefuProvider')
  const { KefuMessageList, loadListImageViewer } = await import('../KefuMessageList/KefuMessageList')
  const harness = realEngine({ history: false })
  const Host = defineComponent({
    setup() {
      return () => hc(KefuProvider, {
        props: { engine: harness.engine, locale: 'en' },
        slots: { default: () => hc(KefuMessageList, { props: { estimatedRowHeight: 50, overscan: 2000, fallbackViewportHeight: 2000 } }) },
      })
    },
  })
  const w = mountCompat(Host, { attachTo: host() })
  await harness.engine.start()
  await settle()
  harness.transport.receive({ body: { type: 'text', text: 'hello' } })
  await settle()
  if (options.images === false) return { w, harness, loadListImageViewer }
  // the list asks for the viewer's first part when it draws a picture (not before), ahead of a click
  expect(asked.count).toBe(0)
  harness.transport.receive({ body: { type: 'image', url: 'https://example.com/1.png' } })
  harness.transport.receive({ body: { type: 'image', url: 'https://example.com/2.png', width: 400, height: 300 } })
  await settle()
  await untilLoaded(() => expect(asked.count).toBe(1))
  await loadListImageViewer().catch(() => {})
  await settle()
  return { w, harness, loadListImageViewer }
}

const dialog = () => document.querySelector('[role="dialog"]') as HTMLElement | null

afterEach(() => { document.body.innerHTML = '' })

describe(`the image viewer loading on first open, on ${vueLabel}`, () => {
  it('shows the picture in the dialog at once, then the controls when its code is there', async () => {
    const { w } = await withImages()
    const links = all(w, 'a[data-kefu-viewer]')
    ;(links[1].element as HTMLElement).focus()
    await links[1].trigger('click')
    await settle()
    // the code is held back: the dialog is there with the picture, busy, no controls yet
    let d = dialog()!
    expect(d).not.toBeNull()
    expect(document.getElementById(d.getAttribute('aria-labelledby')!)!.textContent).toBe('Image 2 of 2')
    const stage = d.querySelector('.kefu-viewer__stage')!
    expect(stage.getAttribute('aria-busy')).toBe('true')
    expect(stage.querySelector('img')!.getAttribute('src')).toBe('https://example.com/2.png')
    expect(d.querySelector('.kefu-viewer__zoom-in')).toBeNull()
    expect(d.contains(document.activeElement)).toBe(true)
    // Escape closes it while loading, and focus goes back to the thumbnail
    await keydown(d, { key: 'Escape' })
    await settle()
    await new Promise((r) => setTimeout(r, 0))
    expect(dialog()).toBeNull()
    expect(document.activeElement).toBe(links[1].element)

    // opened again, the code arrives: the full viewer, same picture, focus on the stage
    await links[1].trigger('click')
    await settle()
    gate.open()
    await untilLoaded(() => expect(dialog()?.querySelector('.kefu-viewer__zoom-in')).toBeTruthy())
    await settle()
    d = dialog()!
    expect(d.querySelector('.kefu-viewer__stage')!.getAttribute('aria-busy')).toBeNull()
    expect(d.querySelector('.kefu-viewer__stage img')!.getAttribute('src')).toBe('https://example.com/2.png')
    expect(d.contains(document.activeElement)).toBe(true)
    unmount(w)
  })

  it('says so, with a retry, when its code cannot load', async () => {
    asked.fail = true
    const { w } = await withImages()
    const links = all(w, 'a[data-kefu-viewer]')
    await links[0].trigger('click')
    await untilLoaded(() => expect(document.querySelector('[data-kefu-viewer-unavailable]')).toBeTruthy())
    const banner = document.querySelector('[data-kefu-viewer-unavailable]')!
    expect(banner.getAttribute('role')).toBe('alert')
    expect(banner.textContent).toContain('Image failed to load')
    expect(dialog()).toBeNull()
    // the retry asks again (still offline here: the banner stays, nothing else is drawn)
    const before = asked.count
    ;(banner.querySelector('button') as HTMLButtonElement).click()
    await untilLoaded(() => expect(asked.count).toBe(before + 1))
    await settle()
    expect(document.querySelector('[data-kefu-viewer-unavailable]')).toBeTruthy()
    expect(dialog()).toBeNull()
    asked.fail = false
    unmount(w)
  })

  it('is not loaded by a conversation without pictures', async () => {
    const { w, harness } = await withImages({ images: false })
    harness.transport.receive({ body: { type: 'text', text: 'still no picture' } })
    await settle()
    await new Promise((r) => setTimeout(r, 0))
    expect(all(w, '.kefu-row').length).toBeGreaterThan(0)
    expect(asked.count).toBe(0)
    unmount(w)
  })
})
