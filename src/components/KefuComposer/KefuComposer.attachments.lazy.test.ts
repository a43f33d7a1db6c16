// The attachments' code loads on first use (an attach click, a paste or a drag with files). The
// file chooser still opens in the click itself, and files pasted or dropped while the code loads
// are kept, in order, and land in the preview row when it is there; a failed load keeps them too.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue-demi'
import { mountCompat as mountBare, vueLabel } from '../../testing/mount'
import { hc } from '../../vue/compat'
import { all, host, mountCompat, realEngine, settle, unmount, untilLoaded } from '../../testing/shell'
import { makeContext } from '../../testing/renderers'

const gate = vi.hoisted(() => {
  let open!: () => void
  const promise = new Promise<void>((resolve) => { open = resolve })
  return { promise, open }
})
vi.mock('./attachmentsCore', async (original) => {
  await gate.promise
  return original()
})

const MEDIA = { image: { maxBytes: 100000 }, file: { maxBytes: 100000 } }
const file = (name: string, type = 'application/pdf') => new File([new Uint8Array(10)], name, { type })

function paste(el: Element, files: File[]): Event {
  const e = new Event('paste', { bubbles: true, cancelable: true })
  Object.defineProperty(e, 'clipboardData', {
    value: { items: files.map((f) => ({ kind: 'file', type: f.type, getAsFile: () => f })), files, getData: () => '' },
  })
  el.dispatchEvent(e)
  return e
}

afterEach(() => { document.body.innerHTML = '' })

describe(`the composer's attachments loading on first use, on ${vueLabel}`, () => {
  it('opens the chooser in the click, and keeps files pasted and dropped while the code loads, in order', async () => {
    // fresh copies of the kit's modules: test files share a module graph, and another file may have
    // loaded the attachments' code already
    vi.resetModules()
    const { KefuProvider } = await import('../KefuProvider/KefuProvider')
    const { KefuComposer } = await import('./KefuComposer')
    const harness = realEngine({ history: false, media: MEDIA })
    const Host = defineComponent({
      setup() {
        return () => hc(KefuProvider, { props: { transport: harness.transport, locale: 'en' }, slots: { default: () => hc(KefuComposer) } })
      },
    })
    const w = mountCompat(Host, { attachTo: host() })
    await settle()
    // the real file input is there before any code loads, and the button clicks it at once
    const input = w.find('input[type="file"]').element as HTMLInputElement
    let opened = 0
    input.click = () => { opened++ }
    ;(w.find('.kefu-composer__attach').element as HTMLButtonElement).click()
    expect(opened).toBe(1)

    const textarea = w.find('textarea').element
    const first = paste(textarea, [file('one.pdf'), file('two.pdf')])
    expect(first.defaultPrevented).toBe(true)
    paste(textarea, [file('three.pdf')])
    const target = w.find('.kefu-composer').element as HTMLElement
    const drop = new Event('drop', { bubbles: true, cancelable: true })
    Object.defineProperty(drop, 'dataTransfer', { value: { types: ['Files'], files: [file('four.pdf')], dropEffect: 'none' } })
    target.dispatchEvent(drop)
    expect(drop.defaultPrevented).toBe(true)
    await settle()
    // the code is held back: nothing in the row yet, nothing lost either
    expect(all(w, '.kefu-composer__attachment')).toHaveLength(0)
    gate.open()
    await untilLoaded(() => expect(all(w, '.kefu-composer__attachment')).toHaveLength(4))
    await settle()
    expect(all(w, '.kefu-composer__chip-name').map((c) => c.text())).toEqual(['one.pdf', 'two.pdf', 'three.pdf', 'four.pdf'])
    unmount(w)
  })

  it('a failed load says so and keeps the files; the next paste loads again and hands all of them over', async () => {
    let fail = true
    let loads = 0
    vi.resetModules()
    const { useAttachments } = await import('./attachments')
    const { engine } = realEngine({ history: false, media: MEDIA })
    let att!: ReturnType<typeof useAttachments>
    const ctx = makeContext()
    const Comp = defineComponent({
      setup() {
        att = useAttachments({
          engine: () => engine,
          options: () => undefined,
          t: ctx.t,
          locale: () => 'en',
          dropTarget: () => null,
          loadCore: () => (loads++, fail ? Promise.reject(new Error('offline')) : vi.importActual<typeof import('./attachmentsCore')>('./attachmentsCore')),
        })
        return () => hc('div', {}, [att.drawPreview() as any])
      },
    })
    const w = mountBare(Comp)
    att.add([file('one.pdf')], 'paste')
    await settle()
    await untilLoaded(() => expect(att.error.value).not.toBe(''))
    expect(att.error.value).toBe(ctx.t('actionError.unavailable'))
    expect(att.pending.value).toHaveLength(0)
    fail = false
    att.add([file('two.pdf')], 'paste')
    await untilLoaded(() => expect(att.pending.value).toHaveLength(2))
    expect(att.pending.value.map((p) => p.name)).toEqual(['one.pdf', 'two.pdf'])
    expect(att.error.value).toBe('')
    expect(loads).toBe(2)
    await settle()
    expect(all(w, '.kefu-composer__chip-name').map((c) => c.text())).toEqual(['one.pdf', 'two.pdf'])
  })
})
