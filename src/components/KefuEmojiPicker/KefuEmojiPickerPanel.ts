// The emoji picker: a small non-modal dialog above the composer. Its data is bundled in the kit
// but loaded only when the picker first opens (a dynamic import: its own chunk). A search box
// (English and Chinese names and keywords), category tabs (recently used first when there are
// any), and a grid of emoji with full arrow-key navigation (one tab stop: a roving tabindex).
// Enter or a click picks; Escape closes (the composer gives focus back to its emoji button).
import { computed, defineComponent, nextTick, onBeforeUnmount, onMounted, ref, shallowRef, watch } from 'vue-demi'
import { hc, useElementRef } from '../../vue/compat'
import { useKefu } from '../../vue/context'
import { uniqueId } from '../../messages/_shared/ids'
import {
  EMOJI_CATEGORIES, loadEmojiSet, readRecentEmoji, rememberEmoji, searchEmoji, type EmojiEntry, type EmojiSet,
} from './emoji'
import { EMOJI_COLUMNS, emojiPickerProps } from './props'
import './KefuEmojiPicker.css'
import { laterEnglish } from '../../i18n/enLater'

// the English strings this part draws come with it (see i18n/enLater.ts)
laterEnglish()

export { EMOJI_COLUMNS } from './props'
/** Rows PageUp / PageDown move by. */
const PAGE_ROWS = 4

type Tab = 'recent' | (typeof EMOJI_CATEGORIES)[number]

/** The picker panel (loaded on first open: KefuEmojiPicker is its stand-in); mount it while open. */
export const KefuEmojiPickerPanel = defineComponent({
  name: 'KefuEmojiPicker',
  props: emojiPickerProps,
  setup(props) {
    const ctx = useKefu()
    const { t } = ctx
    const id = uniqueId('emoji')
    const root = useElementRef<HTMLElement>('root')
    const search = useElementRef<HTMLInputElement>('search')
    const set = shallowRef<EmojiSet | null>(null)
    const failed = ref(false)
    const recent = ref<string[]>(readRecentEmoji())
    const tab = ref<Tab>(recent.value.length ? 'recent' : 'smileys')
    const query = ref('')
    const active = ref(0)

    function load(): void {
      failed.value = false
      loadEmojiSet().then((s) => { set.value = s }, () => { failed.value = true })
    }
    load()

    const tabs = computed<Tab[]>(() => (recent.value.length ? ['recent', ...EMOJI_CATEGORIES] : [...EMOJI_CATEGORIES]))
    const byEmoji = computed(() => {
      const map = new Map<string, EmojiEntry>()
      const s = set.value
      if (s) for (const c of EMOJI_CATEGORIES) for (const e of s[c]) map.set(e.emoji, e)
      return map
    })
    const list = computed<EmojiEntry[]>(() => {
      const s = set.value
      if (!s) return []
      if (query.value.trim()) return searchEmoji(s, query.value)
      if (tab.value === 'recent') return recent.value.map((e) => byEmoji.value.get(e) || { emoji: e, en: e, zh: e, search: e })
      return s[tab.value]
    })
    watch([tab, query], () => { active.value = 0 })

    const zh = () => /^zh/.test(ctx.locale.value)
    const nameOf = (e: EmojiEntry) => (zh() ? e.zh || e.en : e.en || e.zh) || e.emoji
    const tabLabel = (c: Tab) => t(TAB_KEYS[c])

    function pick(e: EmojiEntry): void {
      recent.value = rememberEmoji(e.emoji)
      props.onPick(e.emoji)
    }

    function focusCell(i: number): void {
      active.value = i
      nextTick(() => {
        const el = root.value?.querySelector<HTMLElement>(`[data-kefu-emoji-index="${i}"]`)
        el?.focus()
      })
    }

    function onGridKeydown(e: KeyboardEvent): void {
      const n = list.value.length
      if (!n) return
      const rtl = ctx.dir.value === 'rtl'
      const i = Math.min(active.value, n - 1)
      const rowStart = i - (i % EMOJI_COLUMNS)
      let next = i
      switch (e.key) {
        case 'ArrowRight': next = i + (rtl ? -1 : 1); break
        case 'ArrowLeft': next = i + (rtl ? 1 : -1); break
        case 'ArrowDown': next = i + EMOJI_COLUMNS; break
        case 'ArrowUp':
          if (i < EMOJI_COLUMNS) {
            e.preventDefault()
            search.value?.focus()
            return
          }
          next = i - EMOJI_COLUMNS
          break
        case 'Home': next = e.ctrlKey ? 0 : rowStart; break
        case 'End': next = e.ctrlKey ? n - 1 : Math.min(rowStart + EMOJI_COLUMNS - 1, n - 1); break
        case 'PageDown': next = i + EMOJI_COLUMNS * PAGE_ROWS; break
        case 'PageUp': next = i - EMOJI_COLUMNS * PAGE_ROWS; break
        default: return
      }
      e.preventDefault()
      // Down from the last row lands on the last emoji (a short last row), never outside
      focusCell(Math.max(0, Math.min(n - 1, next)))
    }

    function onTabKeydown(e: KeyboardEvent): void {
      const all = tabs.value
      const i = Math.max(0, all.indexOf(tab.value))
      const rtl = ctx.dir.value === 'rtl'
      let next = i
      if (e.key === 'ArrowRight') next = i + (rtl ? -1 : 1)
      else if (e.key === 'ArrowLeft') next = i + (rtl ? 1 : -1)
      else if (e.key === 'Home') next = 0
      else if (e.key === 'End') next = all.length - 1
      else return
      e.preventDefault()
      next = (next + all.length) % all.length
      tab.value = all[next]!
      query.value = ''
      nextTick(() => root.value?.querySelector<HTMLElement>(`#${id}-tab-${all[next]}`)?.focus())
    }

    function onSearchKeydown(e: KeyboardEvent): void {
      if (e.key === 'ArrowDown' && list.value.length) {
        e.preventDefault()
        focusCell(0)
      } else if (e.key === 'Enter' && query.value.trim() && list.value.length) {
        e.preventDefault()
        pick(list.value[0]!)
      }
    }

    function onKeydown(e: KeyboardEvent): void {
      if (e.key === 'Escape' || e.key === 'Esc') {
        e.preventDefault()
        e.stopPropagation()
        props.onClose(true)
      }
    }

    // a click (or tap) outside closes it, without taking focus anywhere
    const onOutside = (e: Event) => {
      const target = e.target as Node | null
      if (!target || !root.value || root.value.contains(target)) return
      const ignored = props.ignoreOutside?.()
      if (ignored && ignored.contains(target)) return
      props.onClose(false)
    }
    onMounted(() => {
      document.addEventListener('pointerdown', onOutside, true)
      nextTick(() => search.value?.focus())
    })
    onBeforeUnmount(() => document.removeEventListener('pointerdown', onOutside, true))

    return () => {
      const entries = list.value
      const searching = !!query.value.trim()
      const current = searching ? null : tab.value
      const rows: unknown[] = []
      const focusIndex = Math.min(active.value, Math.max(0, entries.length - 1))
      for (let r = 0; r * EMOJI_COLUMNS < entries.length; r++) {
        const cells = entries.slice(r * EMOJI_COLUMNS, (r + 1) * EMOJI_COLUMNS).map((e, c) => {
          const i = r * EMOJI_COLUMNS + c
          return hc('span', { key: e.emoji, class: 'kefu-emoji__cell', attrs: { role: 'gridcell' } }, [
            hc('button', {
              class: 'kefu-emoji__item',
              attrs: { type: 'button', tabindex: i === focusIndex ? 0 : -1, 'aria-label': nameOf(e), title: nameOf(e), 'data-kefu-emoji-index': i, 'data-kefu-emoji': e.emoji },
              on: { click: () => { active.value = i; pick(e) }, focus: () => { active.value = i } },
            }, e.emoji),
          ])
        })
        rows.push(hc('div', { key: r, class: 'kefu-emoji__row', attrs: { role: 'row' } }, cells))
      }
      const status = failed.value
        ? t('emoji.loadFailed')
        : !set.value
          ? t('emoji.loading')
          : searching
            ? (entries.length ? t('emoji.results', { count: entries.length }) : t('emoji.noResults'))
            : ''
      const gridLabel = searching ? t('emoji.search') : tabLabel(tab.value)

      return hc('div', {
        ref: root.bind,
        class: 'kefu-emoji',
        attrs: { id, role: 'dialog', 'aria-label': t('emoji.label') },
        on: { keydown: onKeydown },
      }, [
        hc('input', {
          ref: search.bind,
          class: 'kefu-emoji__search',
          attrs: { type: 'search', 'aria-label': t('emoji.search'), placeholder: t('emoji.search'), autocomplete: 'off', enterkeyhint: 'search', 'aria-controls': `${id}-panel` },
          domProps: { value: query.value },
          on: { input: (e: Event) => { query.value = (e.target as HTMLInputElement).value }, keydown: onSearchKeydown },
        }),
        hc('div', { class: 'kefu-emoji__tabs', attrs: { role: 'tablist', 'aria-label': t('emoji.label') }, on: { keydown: onTabKeydown } }, tabs.value.map((c) => hc('button', {
          key: c,
          class: ['kefu-emoji__tab', c === current ? 'kefu-emoji__tab--selected' : null],
          attrs: {
            id: `${id}-tab-${c}`,
            type: 'button',
            role: 'tab',
            'aria-selected': c === current ? 'true' : 'false',
            'aria-controls': `${id}-panel`,
            tabindex: c === (current ?? tab.value) ? 0 : -1,
            title: tabLabel(c),
            'data-kefu-emoji-tab': c,
          },
          on: { click: () => { tab.value = c; query.value = '' } },
        }, [hc('span', { attrs: { 'aria-hidden': 'true' } }, TAB_ICONS[c]), hc('span', { class: 'kefu-sr-only' }, tabLabel(c))]))),
        hc('div', {
          class: 'kefu-emoji__panel',
          attrs: { id: `${id}-panel`, role: 'tabpanel', 'aria-labelledby': searching ? undefined : `${id}-tab-${tab.value}`, 'aria-label': searching ? t('emoji.search') : undefined },
        }, [
          hc('p', { class: status ? 'kefu-emoji__status' : 'kefu-sr-only', attrs: { role: 'status' } }, status),
          entries.length
            ? hc('div', { class: 'kefu-emoji__grid', attrs: { role: 'grid', 'aria-label': gridLabel }, on: { keydown: onGridKeydown } }, rows)
            : null,
          failed.value ? hc('button', { class: 'kefu-emoji__retry', attrs: { type: 'button' }, on: { click: load } }, t('list.loadOlderRetry')) : null,
        ]),
      ])
    }
  },
})

/** A representative emoji per tab (the tab's visible face; its name is read from `emoji.category.*`). */
const TAB_ICONS: Record<Tab, string> = {
  recent: '🕘', smileys: '😀', people: '👋', animals: '🐶', food: '🍜', travel: '🚗', activities: '⚽', objects: '💡', symbols: '❤️',
}

/** Each tab's name (written out, so every key the kit uses can be found in its source). */
const TAB_KEYS: Record<Tab, string> = {
  recent: 'emoji.category.recent',
  smileys: 'emoji.category.smileys',
  people: 'emoji.category.people',
  animals: 'emoji.category.animals',
  food: 'emoji.category.food',
  travel: 'emoji.category.travel',
  activities: 'emoji.category.activities',
  objects: 'emoji.category.objects',
  symbols: 'emoji.category.symbols',
}
