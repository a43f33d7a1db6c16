import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { defineComponent } from 'vue-demi'
import { vueLabel } from '../../testing/mount'
import { hc } from '../../vue/compat'
import { all, host, keydown, mountCompat, realEngine, settle, unmount } from '../../testing/shell'
import { KefuProvider } from '../KefuProvider/KefuProvider'
import { KefuMessageList } from '../KefuMessageList/KefuMessageList'
import { viewerImagesOf } from './images'
import { loadImageViewer } from './KefuImageViewer'
import { fixtureMessage } from '../../messages/_shared/fixture'
import { loadLocale } from '../../i18n'

function mountList(locale = 'en') {
  const harness = realEngine({ history: false })
  const Host = defineComponent({
    setup() {
      return () => hc(KefuProvider, {
        props: { engine: harness.engine, locale },
        slots: { default: () => hc(KefuMessageList, { props: { estimatedRowHeight: 50, overscan: 2000, fallbackViewportHeight: 2000 } }) },
      })
    },
  })
  const w = mountCompat(Host, { attachTo: host() })
  return { ...harness, w }
}

async function withImages(locale = 'en') {
  const h = mountList(locale)
  await h.engine.start()
  await settle()
  h.transport.receive({ body: { type: 'image', url: 'https://example.com/1.png' } })
  h.transport.receive({ body: { type: 'text', text: 'between' } })
  h.transport.receive({ body: { type: 'image', url: 'https://example.com/2.png', width: 400, height: 300 } })
  h.transport.receive({ body: { type: 'image', url: 'javascript:alert(1)' } })
  h.transport.receive({ body: { type: 'image', url: 'https://example.com/3.png' } })
  await settle()
  return h
}

const dialog = () => document.querySelector('[role="dialog"]') as HTMLElement | null
const shown = () => dialog()?.querySelector('.kefu-viewer__stage img')?.getAttribute('src')
const zoomOf = () => dialog()?.querySelector('.kefu-viewer__stage')?.getAttribute('data-kefu-zoom')
const press = (k: string) => keydown(dialog()!.querySelector('.kefu-viewer__stage')!, { key: k })

// the viewer's code loads on first open (KefuImageViewer.lazy.test.ts covers that); here it is there
beforeAll(async () => { await loadImageViewer() })
afterEach(() => { document.body.innerHTML = '' })

describe(`the image viewer on ${vueLabel}`, () => {
  it('opens from a click on an image in the list, labelled, with focus inside', async () => {
    const { w } = await withImages()
    const links = all(w, 'a[data-kefu-viewer]')
    expect(links).toHaveLength(3)
    expect(links[0].attributes('aria-haspopup')).toBe('dialog')
    await links[1].trigger('click')
    await settle()
    const d = dialog()!
    expect(d.getAttribute('aria-modal')).toBe('true')
    expect(document.getElementById(d.getAttribute('aria-labelledby')!)!.textContent).toBe('Image 2 of 3')
    expect(shown()).toBe('https://example.com/2.png')
    expect(d.querySelector('.kefu-viewer__stage img')!.getAttribute('alt')).toBe('Image')
    expect(d.contains(document.activeElement)).toBe(true)
    unmount(w)
  })

  it('zooms with the buttons and with + / - / 0, within bounds', async () => {
    const { w } = await withImages()
    await all(w, 'a[data-kefu-viewer]')[0].trigger('click')
    await settle()
    expect(zoomOf()).toBe('1')
    ;(dialog()!.querySelector('.kefu-viewer__zoom-in') as HTMLElement).click()
    await settle()
    expect(zoomOf()).toBe('1.5')
    await press('+')
    await press('+')
    await press('+')
    await press('+')
    expect(zoomOf()).toBe('4')
    expect(dialog()!.querySelector('.kefu-viewer__zoom-in')!.getAttribute('aria-disabled')).toBe('true')
    await press('-')
    expect(zoomOf()).toBe('3')
    await press('0')
    expect(zoomOf()).toBe('1')
    ;(dialog()!.querySelector('.kefu-viewer__zoom-out') as HTMLElement).click()
    await settle()
    expect(zoomOf()).toBe('0.75')
    ;(dialog()!.querySelector('.kefu-viewer__reset') as HTMLElement).click()
    await settle()
    expect(zoomOf()).toBe('1')
    unmount(w)
  })

  it('walks the conversation’s images with Left / Right (skipping refused ones) and resets the zoom', async () => {
    const { w } = await withImages()
    await all(w, 'a[data-kefu-viewer]')[0].trigger('click')
    await settle()
    await press('ArrowLeft')
    expect(shown()).toBe('https://example.com/1.png')
    await press('+')
    await press('ArrowRight')
    expect(shown()).toBe('https://example.com/2.png')
    expect(zoomOf()).toBe('1')
    await press('ArrowRight')
    expect(shown()).toBe('https://example.com/3.png')
    await press('ArrowRight')
    expect(shown()).toBe('https://example.com/3.png')
    expect(dialog()!.querySelector('.kefu-viewer__next')!.getAttribute('aria-disabled')).toBe('true')
    ;(dialog()!.querySelector('.kefu-viewer__prev') as HTMLElement).click()
    await settle()
    expect(shown()).toBe('https://example.com/2.png')
    unmount(w)
  })

  it('mirrors the arrow keys in right-to-left', async () => {
    await loadLocale('ar')
    const { w } = await withImages('ar')
    await settle()
    await all(w, 'a[data-kefu-viewer]')[0].trigger('click')
    await settle()
    await press('ArrowLeft')
    expect(shown()).toBe('https://example.com/2.png')
    await press('ArrowRight')
    expect(shown()).toBe('https://example.com/1.png')
    unmount(w)
  })

  it('closes on Escape and gives focus back to the thumbnail', async () => {
    const { w } = await withImages()
    const link = all(w, 'a[data-kefu-viewer]')[2]
    ;(link.element as HTMLElement).focus()
    await link.trigger('click')
    await settle()
    await press('ArrowLeft')
    await keydown(dialog()!, { key: 'Escape' })
    await settle()
    await new Promise((r) => setTimeout(r, 0))
    expect(dialog()).toBeNull()
    expect(document.activeElement).toBe(link.element)
    unmount(w)
  })

  it('leaves a modified click to the browser (a new tab)', async () => {
    const { w } = await withImages()
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true })
    all(w, 'a[data-kefu-viewer]')[0].element.dispatchEvent(event)
    await settle()
    expect(event.defaultPrevented).toBe(false)
    expect(dialog()).toBeNull()
    unmount(w)
  })
})

describe('viewerImagesOf', () => {
  it('keeps safe, not withdrawn images in order, with their alt text, and the customer’s own blob: upload', () => {
    const upload = { progress: 1, name: 'a.png', size: 1, mime: 'image/png' }
    const list = viewerImagesOf([
      fixtureMessage('a', { kind: 'image', url: 'https://e.com/a.png', alt: ' 破损 ' }),
      fixtureMessage('b', { kind: 'image', url: 'https://e.com/b.png' }, { revoked: true }),
      fixtureMessage('c', { kind: 'text', text: 'x' }),
      fixtureMessage('d', { kind: 'image', url: 'blob:http://x/1' }),
      fixtureMessage('e', { kind: 'image', url: 'blob:http://x/2' }, { from: 'customer', upload }),
    ], 'Image')
    expect(list.map((i) => [i.id, i.src, i.alt, !!i.local])).toEqual([
      ['a', 'https://e.com/a.png', '破损', false],
      ['e', 'blob:http://x/2', 'Image', true],
    ])
  })
})
