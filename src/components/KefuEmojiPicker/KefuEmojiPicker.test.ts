import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defineComponent } from 'vue-demi'
import { vueLabel } from '../../testing/mount'
import { hc } from '../../vue/compat'
import { host, keydown, mountCompat, realEngine, settle, type, unmount } from '../../testing/shell'
import { KefuProvider } from '../KefuProvider/KefuProvider'
import { KefuComposer } from '../KefuComposer/KefuComposer'
import { EMOJI_COLUMNS, loadEmojiPicker } from './KefuEmojiPicker'
import { RECENT_EMOJI_KEY, insertAtCaret, loadEmojiSet, parseEmojiData, readRecentEmoji, rememberEmoji, searchEmoji } from './emoji'

function mountComposer(locale = 'en') {
  const harness = realEngine({ history: false })
  const Host = defineComponent({
    setup() {
      return () => hc(KefuProvider, {
        props: { transport: harness.transport, locale },
        slots: { default: () => hc(KefuComposer) },
      })
    },
  })
  const w = mountCompat(Host, { attachTo: host() })
  const textarea = () => w.find('textarea').element as HTMLTextAreaElement
  const button = () => w.find('.kefu-composer__emoji').element as HTMLButtonElement
  return { ...harness, w, textarea, button }
}

const picker = () => document.querySelector('.kefu-emoji') as HTMLElement | null
const focused = () => document.activeElement as HTMLElement
/** Opens the picker and waits for its code and its data (dynamic imports; KefuEmojiPicker.lazy.test.ts covers the wait). */
async function open(button: HTMLButtonElement) {
  button.click()
  await loadEmojiPicker()
  await settle()
  await loadEmojiSet()
  await settle()
}

beforeEach(() => localStorage.clear())
afterEach(() => { document.body.innerHTML = '' })

describe(`the emoji picker on ${vueLabel}`, () => {
  it('opens from a labelled button in the composer, focused on its search box, with category tabs', async () => {
    const { w, button } = mountComposer()
    await settle()
    expect(button().getAttribute('aria-label')).toBe('Insert emoji')
    expect(button().getAttribute('aria-expanded')).toBe('false')
    expect(picker()).toBeNull()
    await open(button())
    expect(button().getAttribute('aria-expanded')).toBe('true')
    expect(picker()!.getAttribute('role')).toBe('dialog')
    expect(picker()!.getAttribute('aria-label')).toBe('Emoji')
    expect(focused().classList.contains('kefu-emoji__search')).toBe(true)
    const tabs = Array.from(picker()!.querySelectorAll('[role="tab"]'))
    expect(tabs.map((t) => t.textContent)).toContain('😀Smileys & emotion')
    expect(tabs[0]!.getAttribute('aria-selected')).toBe('true')
    expect(picker()!.querySelectorAll('[role="grid"] [role="row"]').length).toBeGreaterThan(5)
    unmount(w)
  })

  it('walks the grid with the arrow keys (one tab stop) and inserts the emoji at the caret with Enter', async () => {
    const { w, button, textarea } = mountComposer()
    await settle()
    await type(textarea(), 'helloworld')
    textarea().setSelectionRange(5, 5)
    await open(button())
    await keydown(focused(), { key: 'ArrowDown' })
    expect(focused().getAttribute('data-kefu-emoji-index')).toBe('0')
    await keydown(focused(), { key: 'ArrowRight' })
    await settle()
    expect(focused().getAttribute('data-kefu-emoji-index')).toBe('1')
    await keydown(focused(), { key: 'ArrowDown' })
    await settle()
    expect(focused().getAttribute('data-kefu-emoji-index')).toBe(String(1 + EMOJI_COLUMNS))
    await keydown(focused(), { key: 'End' })
    await settle()
    expect(focused().getAttribute('data-kefu-emoji-index')).toBe(String(2 * EMOJI_COLUMNS - 1))
    await keydown(focused(), { key: 'Home' })
    await settle()
    expect(focused().getAttribute('data-kefu-emoji-index')).toBe(String(EMOJI_COLUMNS))
    await keydown(focused(), { key: 'ArrowUp' })
    await settle()
    expect(focused().getAttribute('data-kefu-emoji-index')).toBe('0')
    const tabbable = Array.from(picker()!.querySelectorAll('[role="grid"] button')).filter((b) => b.getAttribute('tabindex') === '0')
    expect(tabbable).toEqual([focused()])
    const emoji = focused().getAttribute('data-kefu-emoji')!
    // Enter on a button is a click in a browser; jsdom does not synthesise it
    focused().click()
    await settle()
    expect(picker()).toBeNull()
    expect(textarea().value).toBe(`hello${emoji}world`)
    expect(document.activeElement).toBe(textarea())
    expect(textarea().selectionStart).toBe(5 + emoji.length)
    expect(readRecentEmoji()[0]).toBe(emoji)
    unmount(w)
  })

  it('mirrors Left / Right in right-to-left', async () => {
    const { loadLocale } = await import('../../i18n')
    await loadLocale('ar')
    const { w, button } = mountComposer('ar')
    await settle()
    await open(button())
    await keydown(focused(), { key: 'ArrowDown' })
    await keydown(focused(), { key: 'ArrowLeft' })
    await settle()
    expect(focused().getAttribute('data-kefu-emoji-index')).toBe('1')
    unmount(w)
  })

  it('searches English and Chinese names; Enter in the search box picks the first result', async () => {
    const { w, button, textarea } = mountComposer()
    await settle()
    await open(button())
    const search = picker()!.querySelector('input') as HTMLInputElement
    await type(search as unknown as HTMLTextAreaElement, '猫')
    await settle()
    const found = Array.from(picker()!.querySelectorAll('[data-kefu-emoji]')).map((b) => b.getAttribute('data-kefu-emoji'))
    expect(found).toContain('🐱')
    expect(picker()!.querySelector('[role="status"]')!.textContent).toMatch(/\d+ emoji/)
    await type(search as unknown as HTMLTextAreaElement, 'thumbs up')
    await settle()
    // the bundled data writes 👍 with its emoji presentation selector (U+FE0F)
    expect(picker()!.querySelector('[data-kefu-emoji]')!.getAttribute('data-kefu-emoji')).toBe('👍\ufe0f')
    await keydown(search, { key: 'Enter' })
    await settle()
    expect(textarea().value).toBe('👍\ufe0f')
    await open(button())
    await type(picker()!.querySelector('input') as unknown as HTMLTextAreaElement, 'zzzqqq')
    await settle()
    expect(picker()!.querySelector('[role="status"]')!.textContent).toBe('No emoji found')
    unmount(w)
  })

  it('shows recently used first, and closes on Escape with focus back on the button', async () => {
    rememberEmoji('🎉')
    const { w, button } = mountComposer()
    await settle()
    await open(button())
    const first = picker()!.querySelector('[role="tab"]')!
    expect(first.getAttribute('data-kefu-emoji-tab')).toBe('recent')
    expect(first.getAttribute('aria-selected')).toBe('true')
    expect(picker()!.querySelector('[data-kefu-emoji]')!.getAttribute('data-kefu-emoji')).toBe('🎉')
    ;(first as HTMLElement).focus()
    await keydown(first, { key: 'ArrowRight' })
    await settle()
    expect(focused().getAttribute('data-kefu-emoji-tab')).toBe('smileys')
    expect(focused().getAttribute('aria-selected')).toBe('true')
    await keydown(focused(), { key: 'Escape' })
    await settle()
    expect(picker()).toBeNull()
    expect(document.activeElement).toBe(button())
    unmount(w)
  })
})

describe('the emoji model', () => {
  it('reads a hostile or broken recent list as empty or filtered, and survives a throwing storage', () => {
    localStorage.setItem(RECENT_EMOJI_KEY, '{not json')
    expect(readRecentEmoji()).toEqual([])
    localStorage.setItem(RECENT_EMOJI_KEY, JSON.stringify(['😀', 42, 'x'.repeat(500), null, '👍']))
    expect(readRecentEmoji()).toEqual(['😀', '👍'])
    const setItem = Storage.prototype.setItem
    Storage.prototype.setItem = () => { throw new Error('QuotaExceededError') }
    try {
      expect(rememberEmoji('🎉')).toEqual(['🎉', '😀', '👍'])
    } finally {
      Storage.prototype.setItem = setItem
    }
  })

  it('keeps at most 24 recent emoji, most recent first, without duplicates', () => {
    for (let i = 0; i < 30; i++) rememberEmoji(String.fromCodePoint(0x1f600 + i))
    rememberEmoji(String.fromCodePoint(0x1f600 + 20))
    const list = readRecentEmoji()
    expect(list).toHaveLength(24)
    expect(list[0]).toBe(String.fromCodePoint(0x1f600 + 20))
    expect(new Set(list).size).toBe(24)
  })

  it('inserts at the caret, replacing a selection, and at the end for a bad position', () => {
    expect(insertAtCaret('abcd', '😀', 2, 2)).toEqual({ value: 'ab😀cd', caret: 4 })
    expect(insertAtCaret('abcd', '😀', 1, 3)).toEqual({ value: 'a😀d', caret: 3 })
    expect(insertAtCaret('abcd', '😀', 99, null)).toEqual({ value: 'abcd😀', caret: 6 })
    expect(insertAtCaret('abcd', '😀', undefined, undefined)).toEqual({ value: 'abcd😀', caret: 6 })
  })

  it('parses the bundled format and searches every word', () => {
    const set = parseEmojiData({ smileys: '😀|grinning face|smile happy|嘿嘿|笑脸 高兴\n😢|crying face|sad tear|哭|难过' })
    expect(set.smileys).toHaveLength(2)
    expect(set.people).toEqual([])
    expect(searchEmoji(set, 'FACE sad').map((e) => e.emoji)).toEqual(['😢'])
    expect(searchEmoji(set, '高兴').map((e) => e.emoji)).toEqual(['😀'])
    expect(searchEmoji(set, '   ')).toEqual([])
  })
})
