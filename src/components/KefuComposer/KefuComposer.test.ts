import { describe, expect, it, vi } from 'vitest'
import { defineComponent, nextTick, shallowRef } from 'vue-demi'
import { vueLabel } from '../../testing/mount'
import { hc } from '../../vue/compat'
import { host, keydown, mountCompat, realEngine, sentTexts, settle, type, unmount } from '../../testing/shell'
import { KefuProvider } from '../KefuProvider/KefuProvider'
import { createMemoryStorage, createNoLocks } from '../../protocol/storage/storage'
import { isImeKeydown, KefuComposer } from './KefuComposer'

function mountComposer(options: { engineOptions?: Record<string, unknown>; composerProps?: Record<string, unknown>; on?: Record<string, (...a: any[]) => void> } = {}) {
  const harness = realEngine({ history: false })
  const Host = defineComponent({
    setup() {
      return () => hc(KefuProvider, {
        props: { transport: harness.transport, locale: 'en', engineOptions: options.engineOptions },
        slots: { default: () => hc(KefuComposer, { props: options.composerProps, on: options.on }) },
      })
    },
  })
  const w = mountCompat(Host, { attachTo: host() })
  const textarea = () => w.find('textarea').element as HTMLTextAreaElement
  return { ...harness, w, textarea }
}

describe(`KefuComposer on ${vueLabel}`, () => {
  it('is a labelled multi-line text box with a labelled send button', async () => {
    const { w, textarea } = mountComposer()
    await settle()
    const id = textarea().id
    expect(w.find(`label[for="${id}"]`).text()).toBe('Message')
    expect(textarea().tagName).toBe('TEXTAREA')
    const hintId = textarea().getAttribute('aria-describedby')!.split(' ')[0]
    expect(w.find(`#${hintId}`).text()).toMatch(/Shift \+ Enter/)
    const send = w.find('.kefu-composer__send')
    expect(send.text()).toBe('Send')
    expect(send.attributes('type')).toBe('button')
    // nothing to send yet
    expect(send.attributes('disabled')).toBeDefined()
    await type(textarea(), 'x')
    expect(w.find('.kefu-composer__send').attributes('disabled')).toBeUndefined()
    unmount(w)
  })

  it('sends on Enter and clears', async () => {
    const { w, transport, textarea } = mountComposer()
    await settle()
    await type(textarea(), 'hello')
    expect(await keydown(textarea(), { key: 'Enter', keyCode: 13 })).toBe(true)
    await settle()
    expect(transport.deliveredTexts()).toEqual(['hello'])
    expect(textarea().value).toBe('')
    unmount(w)
  })

  it('inserts a line break on Shift+Enter instead of sending', async () => {
    const { w, transport, textarea } = mountComposer()
    await settle()
    await type(textarea(), 'line one')
    expect(await keydown(textarea(), { key: 'Enter', keyCode: 13, shiftKey: true })).toBe(false)
    await settle()
    expect(sentTexts(transport)).toEqual([])
    expect(textarea().value).toBe('line one')
    unmount(w)
  })

  it('never sends on an Enter that belongs to an IME composition', async () => {
    const { w, transport, textarea } = mountComposer()
    await settle()
    const el = textarea()
    // Chrome: compositionstart … keydown Enter with isComposing … compositionend
    el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }))
    await type(el, 'ni hao')
    expect(await keydown(el, { key: 'Enter', keyCode: 13, isComposing: true })).toBe(false)
    // even if a browser forgets isComposing, we are between compositionstart and compositionend
    expect(await keydown(el, { key: 'Enter', keyCode: 13 })).toBe(false)
    await type(el, '你好')
    el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '你好' }))
    // Safari: the committing Enter arrives after compositionend, with keyCode 229
    expect(await keydown(el, { key: 'Enter', keyCode: 229 })).toBe(false)
    await settle()
    expect(sentTexts(transport)).toEqual([])
    expect(el.value).toBe('你好')
    // a later, deliberate Enter sends
    await new Promise((r) => setTimeout(r, 5))
    expect(await keydown(el, { key: 'Enter', keyCode: 13 })).toBe(true)
    await settle()
    expect(transport.deliveredTexts()).toEqual(['你好'])
    unmount(w)
  })

  it('ignores an Enter in the same task as compositionend (older Safari reports keyCode 13)', async () => {
    const { w, transport, textarea } = mountComposer()
    await settle()
    const el = textarea()
    el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }))
    el.value = '谢谢'
    el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '谢谢' }))
    const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })
    el.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(false)
    await settle()
    expect(sentTexts(transport)).toEqual([])
    // compositionend alone delivered the committed text (some Android keyboards send no input)
    expect(el.value).toBe('谢谢')
    unmount(w)
  })

  it('recognises IME keydowns', () => {
    expect(isImeKeydown(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true }), false)).toBe(true)
    expect(isImeKeydown(new KeyboardEvent('keydown', { key: 'Enter' }), true)).toBe(true)
    const e229 = new KeyboardEvent('keydown', { key: 'Enter' })
    Object.defineProperty(e229, 'keyCode', { value: 229 })
    expect(isImeKeydown(e229, false)).toBe(true)
    expect(isImeKeydown(new KeyboardEvent('keydown', { key: 'Enter' }), false)).toBe(false)
  })

  it('does not send blank text', async () => {
    const { w, transport, textarea } = mountComposer()
    await settle()
    await type(textarea(), '   \n ')
    await keydown(textarea(), { key: 'Enter', keyCode: 13 })
    await settle()
    expect(sentTexts(transport)).toEqual([])
    expect(textarea().value).toBe('   \n ')
    unmount(w)
  })

  it('keeps the text and shows why when the engine refuses (too long), with a count near the limit', async () => {
    const { w, transport, textarea } = mountComposer({ engineOptions: { maxTextLength: 10 } })
    await settle()
    await type(textarea(), '1234567')
    expect(w.find('.kefu-composer__count').exists()).toBe(false)
    await type(textarea(), '12345678')
    expect(w.find('.kefu-composer__count').text()).toContain('8/10')
    await type(textarea(), '12345678901')
    expect(w.find('.kefu-composer__count').classes()).toContain('kefu-composer__count--over')
    await keydown(textarea(), { key: 'Enter', keyCode: 13 })
    await settle()
    expect(sentTexts(transport)).toEqual([])
    expect(textarea().value).toBe('12345678901')
    const error = w.find('.kefu-composer__error')
    expect(error.text()).toBe('That message is too long (at most 10 characters).')
    expect(error.attributes('role')).toBe('alert')
    expect(textarea().getAttribute('aria-invalid')).toBe('true')
    expect(textarea().getAttribute('aria-describedby')).toContain(error.attributes('id'))
    // editing clears the error
    await type(textarea(), '1234567890')
    expect(w.find('.kefu-composer__error').exists()).toBe(false)
    await keydown(textarea(), { key: 'Enter', keyCode: 13 })
    await settle()
    expect(transport.deliveredTexts()).toEqual(['1234567890'])
    unmount(w)
  })

  it('keeps typing and sending while offline; everything goes out in order on reconnect', async () => {
    const { w, transport, textarea } = mountComposer()
    await settle()
    transport.setStatus('offline')
    await settle()
    expect(w.find('.kefu-composer__status').text()).toMatch(/offline/i)
    expect(textarea().disabled).toBe(false)
    for (const text of ['first', 'second', 'third']) {
      await type(textarea(), text)
      await keydown(textarea(), { key: 'Enter', keyCode: 13 })
      await settle()
      expect(textarea().value).toBe('')
    }
    expect(transport.deliveredTexts()).toEqual([])
    await type(textarea(), 'still drafting')
    transport.setStatus('online')
    await settle()
    expect(transport.deliveredTexts()).toEqual(['first', 'second', 'third'])
    expect(w.find('.kefu-composer__status').exists()).toBe(false)
    // the unsent draft is untouched
    expect(textarea().value).toBe('still drafting')
    unmount(w)
  })

  it('returns focus to the text box after the send button', async () => {
    const { w, transport, textarea } = mountComposer()
    await settle()
    await type(textarea(), 'via button')
    const button = w.find('.kefu-composer__send')
    ;(button.element as HTMLButtonElement).focus()
    await button.trigger('click')
    await settle()
    expect(transport.deliveredTexts()).toEqual(['via button'])
    expect(document.activeElement).toBe(textarea())
    unmount(w)
  })

  it('emits sent with the queued message', async () => {
    const sent = vi.fn()
    const { w, textarea } = mountComposer({ on: { sent } })
    await settle()
    await type(textarea(), 'ping')
    await keydown(textarea(), { key: 'Enter', keyCode: 13 })
    expect(sent).toHaveBeenCalledTimes(1)
    expect(sent.mock.calls[0]![0].payload).toEqual({ kind: 'text', text: 'ping' })
    unmount(w)
  })

  it('works with a host template v-model', async () => {
    const harness = realEngine({ history: false })
    const Host = {
      components: { KefuProvider, KefuComposer },
      data: () => ({ draft: 'from host', transport: harness.transport }),
      template: '<KefuProvider :transport="transport" locale="en"><KefuComposer v-model="draft" /><p class="mirror">{{ draft }}</p></KefuProvider>',
    }
    const w = mountCompat(Host, { attachTo: host() })
    await settle()
    const el = w.find('textarea').element as HTMLTextAreaElement
    expect(el.value).toBe('from host')
    await type(el, 'edited')
    expect(w.find('.mirror').text()).toBe('edited')
    await keydown(el, { key: 'Enter', keyCode: 13 })
    await settle()
    expect(harness.transport.deliveredTexts()).toEqual(['edited'])
    // the host's model is cleared, and the live DOM value follows (domProps on Vue 2)
    expect(w.find('.mirror').text()).toBe('')
    expect(el.value).toBe('')
    ;(w.vm as any).draft = 'set by host'
    await nextTick()
    expect(el.value).toBe('set by host')
    unmount(w)
  })

  it('keeps an owned draft when the host changes it from outside only through v-model', async () => {
    const harness = realEngine({ history: false })
    const model = shallowRef<string | undefined>(undefined)
    const Host = defineComponent({
      setup() {
        return () => hc(KefuProvider, {
          props: { transport: harness.transport, locale: 'en' },
          slots: { default: () => hc(KefuComposer, { props: { modelValue: model.value }, on: { 'update:modelValue': (v: string) => { model.value = v } } }) },
        })
      },
    })
    const w = mountCompat(Host, { attachTo: host() })
    await settle()
    const el = w.find('textarea').element as HTMLTextAreaElement
    await type(el, 'abc')
    expect(model.value).toBe('abc')
    model.value = 'xyz'
    await nextTick()
    expect(el.value).toBe('xyz')
    unmount(w)
  })
  it('keeps the draft in the engine storage: a reload brings it back', async () => {
    const storage = createMemoryStorage()
    await storage.set('default:draft', JSON.stringify({ v: 1, text: 'half a sentence' }))
    const { w, textarea } = mountComposer({ engineOptions: { storage, locks: createNoLocks(), storageKey: 'default' } })
    await settle()
    await vi.waitFor(() => expect(textarea().value).toBe('half a sentence'))
    await type(textarea(), 'a new draft')
    await vi.waitFor(async () => expect(JSON.parse((await storage.get('default:draft')) ?? '{}').text).toBe('a new draft'))
    unmount(w)
  })
})
