// The picker's code loads on first open: its box says it is loading, in the same place; then the
// picker draws and its search box takes focus, as when the code was already there.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue-demi'
import { vueLabel } from '../../testing/mount'
import { hc } from '../../vue/compat'
import { host, mountCompat, realEngine, settle, unmount, untilLoaded } from '../../testing/shell'

const gate = vi.hoisted(() => {
  let open!: () => void
  const promise = new Promise<void>((resolve) => { open = resolve })
  return { promise, open }
})
vi.mock('./KefuEmojiPickerPanel', async (original) => {
  await gate.promise
  return original()
})

const picker = () => document.querySelector('.kefu-emoji') as HTMLElement | null

afterEach(() => { document.body.innerHTML = '' })

describe(`the emoji picker loading on first open, on ${vueLabel}`, () => {
  it('shows a busy box in the picker’s place, then the picker with focus in its search box', async () => {
    // fresh copies of the kit's modules: test files share a module graph, and another file may have
    // loaded the picker's code already
    vi.resetModules()
    const { KefuProvider } = await import('../KefuProvider/KefuProvider')
    const { KefuComposer } = await import('../KefuComposer/KefuComposer')
    const harness = realEngine({ history: false })
    const Host = defineComponent({
      setup() {
        return () => hc(KefuProvider, { props: { transport: harness.transport, locale: 'en' }, slots: { default: () => hc(KefuComposer) } })
      },
    })
    const w = mountCompat(Host, { attachTo: host() })
    await settle()
    const button = w.find('.kefu-composer__emoji').element as HTMLButtonElement
    button.focus()
    button.click()
    await settle()
    expect(button.getAttribute('aria-expanded')).toBe('true')
    expect(picker()!.getAttribute('aria-busy')).toBe('true')
    expect(picker()!.getAttribute('aria-label')).toBe('Emoji')
    expect(picker()!.querySelector('[role="status"]')!.textContent).toBe('Loading emoji…')
    expect(picker()!.querySelector('.kefu-emoji__search')).toBeNull()
    // nothing moved focus while loading
    expect(document.activeElement).toBe(button)
    gate.open()
    await untilLoaded(() => expect(picker()?.querySelector('.kefu-emoji__search')).toBeTruthy())
    await settle()
    expect(picker()!.getAttribute('aria-busy')).toBeNull()
    expect((document.activeElement as HTMLElement).classList.contains('kefu-emoji__search')).toBe(true)
    unmount(w)
  })
})
