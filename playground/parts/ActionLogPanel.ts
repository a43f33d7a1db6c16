// The gallery's "actions" panel: every engine action a renderer called, the engine's answer, and
// what would have gone over the wire, newest first.
import { defineComponent, h } from 'vue'
import { actionLog, clearActions } from '../lib/actionLog'
import { safeStringify } from '../lib/wire'

export const ActionLogPanel = defineComponent({
  name: 'PgActionLogPanel',
  setup() {
    return () =>
      h('aside', { class: 'pg-panel pg-actions', 'aria-labelledby': 'pg-actions-title' }, [
        h('div', { class: 'pg-panel__head' }, [
          h('h2', { id: 'pg-actions-title', class: 'pg-panel__title' }, 'Actions'),
          h(
            'button',
            { type: 'button', class: 'pg-button pg-button--small', disabled: actionLog.length === 0, onClick: clearActions },
            'Clear',
          ),
        ]),
        actionLog.length === 0
          ? h('p', { class: 'pg-muted' }, 'Interact with a message (choose an item, rate, retry) to see the engine action and the outgoing message here.')
          : h(
              'ol',
              { class: 'pg-actions__list', reversed: true, 'data-testid': 'gallery-actions' },
              [...actionLog].reverse().map((r) =>
                h('li', { key: r.seq, class: 'pg-actions__item' }, [
                  h('p', { class: 'pg-actions__call' }, [
                    h('span', { class: 'pg-badge' }, r.source),
                    ' ',
                    h('code', null, `${r.action}(${r.args.map((a) => safeStringify(a)).join(', ')})`),
                  ]),
                  h(
                    'p',
                    { class: r.ok ? 'pg-ok' : 'pg-refused' },
                    r.ok ? `accepted · ${r.sent.length} sent` : `refused: ${r.error?.code}${r.error?.message ? ` (${r.error.message})` : ''}`,
                  ),
                  ...r.sent.map((out, i) => h('pre', { class: 'pg-code pg-code--small', key: i }, safeStringify(out, 2))),
                ]),
              ),
            ),
      ])
  },
})
