// One path for an action's failure: the composer, the action bar and the row's retry all call the
// action through useActionFeedback, so a throw becomes `unsupported`, the code becomes the
// customer's language, and a developer's reason never reaches the page.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, nextTick } from 'vue-demi'
import { KefuActionBar } from '../components/KefuActionBar/KefuActionBar'
import { KefuComposer } from '../components/KefuComposer/KefuComposer'
import { KefuProvider } from '../components/KefuProvider/KefuProvider'
import { host, mountCompat, realEngine, settle, type, unmount } from '../testing/shell'
import { translate } from '../i18n'
import type { ConversationEngine } from '../protocol/engine/types'
import { vueLabel } from '../testing/mount'
import { hc } from './compat'
import { useActionFeedback, type ActionFeedback } from './useActionFeedback'

const en = (k: string, p?: Record<string, string | number>) => translate('en', k, p)
const SECRET = 'TypeError: cannot read x of undefined at internal.ts:12'

function mountWith(engine: ConversationEngine, child: () => unknown) {
  const Host = defineComponent({
    setup() {
      return () => hc(KefuProvider, { props: { engine, locale: 'en' }, slots: { default: child } })
    },
  })
  return mountCompat(Host, { attachTo: host() })
}

afterEach(() => {
  vi.useRealTimers()
})

describe(`an action's failure on ${vueLabel}`, () => {
  it('composer: an engine that throws shows the translated `unsupported`, never its message, and keeps the draft', async () => {
    const { engine } = realEngine({ history: false })
    const throwing = { ...engine, sendText: () => { throw new Error(SECRET) } } as ConversationEngine
    const w = mountWith(throwing, () => hc(KefuComposer))
    await settle()
    const textarea = w.find('textarea').element as HTMLTextAreaElement
    await type(textarea, 'keep me')
    await w.find('.kefu-composer__send').trigger('click')
    await nextTick()
    expect(w.find('.kefu-composer__error').text()).toBe(en('actionError.unsupported'))
    expect(w.html()).not.toContain('internal.ts')
    expect(textarea.value).toBe('keep me')
    unmount(w)
  })

  it('action bar: `unavailable` has a text in every locale and clears after the delay', async () => {
    const { engine } = realEngine({ history: false })
    const refusing = {
      ...engine,
      transferToHuman: () => ({ ok: false as const, error: { code: 'unavailable' as const, message: SECRET } }),
    } as ConversationEngine
    const w = mountWith(refusing, () => hc(KefuActionBar, { props: { errorDuration: 1000 } }))
    await settle()
    vi.useFakeTimers()
    await w.find('[data-kefu-action="transfer"]').trigger('click')
    await nextTick()
    expect(w.find('.kefu-actions__error').text()).toBe(en('actionError.unavailable'))
    for (const locale of ['zh-CN', 'zh-TW', 'en']) expect(translate(locale, 'actionError.unavailable')).not.toBe('actionError.unavailable')
    vi.advanceTimersByTime(1001)
    await nextTick()
    expect(w.find('.kefu-actions__error').exists()).toBe(false)
    unmount(w)
  })

  it('useActionFeedback: an unknown code gets the generic sentence; clearAfter 0 keeps it until clear()', async () => {
    let feedback!: ActionFeedback
    const Probe = defineComponent({
      setup() {
        feedback = useActionFeedback({ t: en, clearAfter: 0 })
        return () => hc('p', { class: 'probe' }, feedback.error.value)
      },
    })
    const w = mountCompat(Probe, { attachTo: host() })
    vi.useFakeTimers()
    const result = feedback.run(() => ({ ok: false, error: { code: 'brandNew' as any, message: SECRET } }))
    expect(result.ok).toBe(false)
    vi.advanceTimersByTime(60_000)
    await nextTick()
    expect(w.find('.probe').text()).toBe(en('actionError.unknown'))
    feedback.clear()
    await nextTick()
    expect(w.find('.probe').text()).toBe('')
    // a result that is not a result at all (a team's engine returning nothing) counts as accepted
    expect(feedback.run(() => undefined as any).ok).toBe(true)
    unmount(w)
  })
})
