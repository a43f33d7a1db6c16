// The playground's header: navigation, and the theme / locale / width switches.
import { defineComponent, h } from 'vue'
import {
  href,
  LOCALE_OPTIONS,
  route,
  setSetting,
  settings,
  THEMES,
  WIDTHS,
  type Page,
  type PlaygroundLocale,
  type Theme,
  type Width,
} from '../state'

const NAV: ReadonlyArray<{ page: Page; label: string }> = [
  { page: 'gallery', label: 'Gallery' },
  { page: 'chat', label: 'Live chat' },
  { page: 'inspect', label: 'Payload inspector' },
  { page: 'launcher', label: 'Launcher' },
]

function select<T extends string>(opts: {
  id: string
  testid: string
  label: string
  value: T
  options: ReadonlyArray<{ value: T; label: string; lang?: string }>
  onChange: (v: T) => void
}) {
  return h('div', { class: 'pg-field pg-field--inline' }, [
    h('label', { for: opts.id }, opts.label),
    h(
      'select',
      {
        id: opts.id,
        'data-testid': opts.testid,
        value: opts.value,
        onChange: (e: Event) => opts.onChange((e.target as HTMLSelectElement).value as T),
      },
      opts.options.map((o) => h('option', { value: o.value, lang: o.lang, selected: o.value === opts.value }, o.label)),
    ),
  ])
}

export const Toolbar = defineComponent({
  name: 'PgToolbar',
  setup() {
    return () =>
      h('header', { class: 'pg-toolbar' }, [
        h('a', { class: 'pg-skip', href: '#pg-main', onClick: skipToMain }, 'Skip to content'),
        h('div', { class: 'pg-brand' }, [
          h('span', { class: 'pg-brand__logo', 'aria-hidden': 'true' }, '客'),
          h('span', { class: 'pg-brand__name' }, 'Kefu Kit'),
          h('span', { class: 'pg-brand__sub' }, 'playground'),
        ]),
        h('nav', { class: 'pg-nav', 'aria-label': 'Playground pages' }, [
          h(
            'ul',
            NAV.map((n) =>
              h('li', { key: n.page }, [
                h(
                  'a',
                  {
                    href: href(`/${n.page}`),
                    'data-testid': `nav-${n.page}`,
                    'aria-current': route.page === n.page ? 'page' : undefined,
                    class: { 'is-current': route.page === n.page },
                  },
                  n.label,
                ),
              ]),
            ),
          ),
        ]),
        h('div', { class: 'pg-switches', role: 'group', 'aria-label': 'View settings' }, [
          select<Theme>({
            id: 'pg-theme',
            testid: 'theme-select',
            label: 'Theme',
            value: settings.theme,
            options: THEMES,
            onChange: (v) => setSetting('theme', v),
          }),
          h(
            'button',
            {
              type: 'button',
              class: 'pg-button pg-button--icon',
              'data-testid': 'theme-toggle',
              'aria-pressed': settings.theme === 'dark' ? 'true' : 'false',
              title: 'Dark theme',
              onClick: () => setSetting('theme', settings.theme === 'dark' ? 'light' : 'dark'),
            },
            [h('span', { 'aria-hidden': 'true' }, settings.theme === 'dark' ? '☾' : '☀'), h('span', { class: 'pg-sr-only' }, 'Dark theme')],
          ),
          select<PlaygroundLocale>({
            id: 'pg-locale',
            testid: 'locale-select',
            label: 'Kit language',
            value: settings.locale,
            options: LOCALE_OPTIONS,
            onChange: (v) => setSetting('locale', v),
          }),
          select<Width>({
            id: 'pg-width',
            testid: 'width-select',
            label: 'Width',
            value: settings.width,
            options: WIDTHS,
            onChange: (v) => setSetting('width', v),
          }),
        ]),
      ])
  },
})

function skipToMain(e: Event): void {
  // the hash is the router: move focus instead of navigating to `#pg-main`
  e.preventDefault()
  const main = document.getElementById('pg-main')
  if (main) {
    main.focus()
    main.scrollIntoView()
  }
}
