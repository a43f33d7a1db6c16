// The gallery: every fixture the kit ships (`galleryFixtures`: the documentation's examples and
// the edge cases), grouped by kind, each drawn live and interactive. `#/gallery/<id>` shows one.
import { computed, defineComponent, h, nextTick, onMounted, watch } from 'vue'
import { galleryFixtures, type GalleryFixture } from 'kefu-kit/gallery'
import { MessageSandbox } from '../parts/MessageSandbox'
import { ActionLogPanel } from '../parts/ActionLogPanel'
import { aiLabelOf } from 'kefu-kit/protocol'
import { customData } from '../lib/wire'
import { href, inspectHref, route, settings } from '../state'

/** Readable names for the kinds, with the wire `src` where there is one. */
const KIND_LABELS: Record<string, string> = {
  text: 'Text',
  image: 'Image',
  welcome: 'Welcome card · src 29',
  clarify: 'Clarify card · src 29',
  suggestion: 'Suggestion cards · src 29',
  branch: 'Branch menu · src 15',
  form: 'Form · src 21',
  product: 'Product card · src 22',
  order: 'Order card · src 28',
  richText: 'Rich text (Markdown) · src 30',
  stream: 'Streaming text · src 31',
  notice: 'System notices',
  rating: 'Rating card · src 9',
  sessionEnd: 'Session ended · src 19',
  sessionTimeout: 'Session timed out · src 20',
  divider: 'Session dividers · src 19 / 20',
  taskBranch: 'Task-flow menu · src 32',
  taskForm: 'Task-flow form · src 33',
  concurrencyLimit: 'Concurrency limit · src 36',
  timeoutWarning: 'Timeout warning · src 37',
  unknown: 'Unknown src',
  invalid: 'Invalid payloads',
  revoked: 'Withdrawn messages',
}

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] || kind
}

interface Group {
  kind: string
  fixtures: GalleryFixture[]
}

function groups(): Group[] {
  const out: Group[] = []
  const byKind = new Map<string, Group>()
  for (const f of galleryFixtures) {
    let g = byKind.get(f.kind)
    if (!g) {
      g = { kind: f.kind, fixtures: [] }
      byKind.set(f.kind, g)
      out.push(g)
    }
    g.fixtures.push(f)
  }
  return out
}

const slug = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '-')

const GalleryEntry = defineComponent({
  name: 'PgGalleryEntry',
  props: {
    fixture: { type: Object as () => GalleryFixture, required: true },
    single: { type: Boolean, default: false },
  },
  setup(props) {
    return () => {
      const f = props.fixture
      const m = f.message
      const data = customData(m.payload)
      const meta = m.cloudCustomData ? (m.cloudCustomData.raw ?? JSON.stringify(m.cloudCustomData.data ?? {})) : undefined
      const isAi = aiLabelOf(m.cloudCustomData)
      const headingId = `entry-title-${slug(f.id)}`
      const Heading = props.single ? 'h2' : 'h3'
      return h(
        'article',
        { class: 'pg-entry', id: `entry-${slug(f.id)}`, 'data-testid': `gallery-entry-${f.id}`, 'aria-labelledby': headingId },
        [
          h('header', { class: 'pg-entry__head' }, [
            h(Heading, { id: headingId, class: 'pg-entry__title', tabindex: '-1' }, f.title),
            h('div', { class: 'pg-entry__meta' }, [
              h('span', { class: 'pg-badge' }, f.kind),
              h('code', { class: 'pg-entry__id' }, f.id),
              h('span', { class: 'pg-muted' }, `from ${m.from}${m.status !== 'sent' ? ` · ${m.status}` : ''}${m.pendingChoice ? ' · pending choice' : ''}${m.revoked ? ' · revoked' : ''}${isAi ? ' · AI answer' : ''}${f.feedback ? ` · feedback ${f.feedback.helpful ? 'helpful' : 'not helpful'} (${f.feedback.status})` : ''}`),
            ]),
            f.note ? h('p', { class: 'pg-entry__note' }, f.note) : null,
            h('p', { class: 'pg-entry__links' }, [
              props.single
                ? h('a', { href: href('/gallery') }, 'Back to the whole gallery')
                : h('a', { href: href(`/gallery/${encodeURIComponent(f.id)}`) }, ['Open alone', h('span', { class: 'pg-sr-only' }, `: ${f.title}`)]),
              data
                ? h('a', { href: inspectHref(data, meta) }, ['Inspect payload', h('span', { class: 'pg-sr-only' }, `: ${f.title}`)])
                : null,
            ]),
          ]),
          h(MessageSandbox, {
            message: m,
            source: f.id,
            theme: settings.theme,
            locale: settings.locale,
            stageLabel: `Rendered: ${f.title}`,
            feedback: f.feedback,
          }),
        ],
      )
    }
  },
})

export const GalleryPage = defineComponent({
  name: 'PgGalleryPage',
  setup() {
    const all = groups()
    const single = computed(() => (route.param ? galleryFixtures.find((f) => f.id === route.param) : undefined))

    const jump = (e: MouseEvent, targetId: string) => {
      if (route.param || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
      const el = document.getElementById(targetId)
      if (!el) return
      e.preventDefault()
      el.scrollIntoView({ block: 'start' })
      const heading = el.querySelector<HTMLElement>('h2, h3')
      heading?.focus({ preventScroll: true })
    }

    // `#/gallery/<id>` opened from the full gallery: start at the top of the single entry
    watch(
      () => route.param,
      () => nextTick(() => window.scrollTo(0, 0)),
    )
    onMounted(() => {
      if (route.param) window.scrollTo(0, 0)
    })

    const index = () =>
      h('nav', { class: 'pg-gallery__index', 'aria-label': 'Gallery index' }, [
        h('h2', { class: 'pg-index__title' }, 'Kinds'),
        h(
          'ul',
          { class: 'pg-index' },
          all.map((g) =>
            h('li', { key: g.kind }, [
              h(
                'a',
                {
                  class: 'pg-index__kind',
                  href: href(`/gallery/${encodeURIComponent(g.fixtures[0]!.id)}`),
                  onClick: (e: MouseEvent) => jump(e, `kind-${slug(g.kind)}`),
                },
                [kindLabel(g.kind), h('span', { class: 'pg-index__count' }, ` (${g.fixtures.length})`)],
              ),
              h(
                'ul',
                { class: 'pg-index__entries' },
                g.fixtures.map((f) =>
                  h('li', { key: f.id }, [
                    h(
                      'a',
                      {
                        href: href(`/gallery/${encodeURIComponent(f.id)}`),
                        'aria-current': route.param === f.id ? 'page' : undefined,
                        onClick: (e: MouseEvent) => jump(e, `entry-${slug(f.id)}`),
                      },
                      f.title,
                    ),
                  ]),
                ),
              ),
            ]),
          ),
        ),
      ])

    return () => {
      if (route.param) {
        const f = single.value
        return h('div', { class: 'pg-gallery-page' }, [
          h('h1', { class: 'pg-page-title' }, f ? `Gallery: ${f.title}` : 'Gallery'),
          h('div', { class: 'pg-gallery pg-gallery--single' }, [
            index(),
            h('div', { class: 'pg-gallery__content' }, [
              f
                ? h(GalleryEntry, { fixture: f, single: true, key: f.id })
                : h('div', { class: 'pg-callout', role: 'alert' }, [
                    h('p', null, ['No fixture has the id ', h('code', null, route.param), '.']),
                    h('p', null, [h('a', { href: href('/gallery') }, 'See every fixture')]),
                  ]),
            ]),
            h(ActionLogPanel),
          ]),
        ])
      }
      return h('div', { class: 'pg-gallery-page' }, [
        h('h1', { class: 'pg-page-title' }, 'Gallery'),
        h(
          'p',
          { class: 'pg-lead' },
          `${galleryFixtures.length} messages in ${all.length} kinds, drawn by the kit's default renderers. ` +
            'They are live: choosing, answering, rating or retrying runs the real conversation engine over an in-page ' +
            'transport that records instead of sending, and shows the exact message that would go on the wire.',
        ),
        h('div', { class: 'pg-gallery' }, [
          index(),
          h(
            'div',
            { class: 'pg-gallery__content' },
            all.map((g) =>
              h('section', { key: g.kind, class: 'pg-kind', id: `kind-${slug(g.kind)}`, 'aria-labelledby': `kind-title-${slug(g.kind)}` }, [
                h('h2', { id: `kind-title-${slug(g.kind)}`, class: 'pg-kind__title', tabindex: '-1' }, kindLabel(g.kind)),
                ...g.fixtures.map((f) => h(GalleryEntry, { fixture: f, key: f.id })),
              ]),
            ),
          ),
          h(ActionLogPanel),
        ]),
      ])
    }
  },
})
