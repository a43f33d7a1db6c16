// Languages in the shell: a locale that is not loaded yet is fetched (its own chunk) while the
// previous strings stay on screen (never raw keys); switching keeps the conversation and the draft;
// the root carries lang and dir; a host adds a language of its own.
import { beforeAll, describe, expect, it } from 'vitest'
import { setPropsCompat, vueLabel } from '../../testing/mount'
import { host, mountCompat, realEngine, settle, type, unmount, untilLoaded } from '../../testing/shell'
import { isLocaleLoaded, resetLocalesForTests, type Messages } from '../../i18n'
import en from '../../i18n/locales/en'
import { KefuChat } from './KefuChat'

// a locale is a chunk of its own: wait for the state, as long as a cold import may take on a loaded
// machine (a fixed number of polls ran out at about 2 s)
async function until(probe: () => boolean, what: string): Promise<void> {
  await untilLoaded(() => {
    if (!probe()) throw new Error(`still waiting for ${what}`)
  })
}

function mountChat(props: Record<string, unknown>) {
  const harness = realEngine({ history: false })
  const w = mountCompat(KefuChat, { props: { transport: harness.transport, ...props }, attachTo: host() })
  return { ...harness, w }
}

describe(`KefuChat languages on ${vueLabel}`, () => {
  // the tests watch Korean and Arabic load on demand: another file in this worker may have loaded them
  beforeAll(() => resetLocalesForTests())

  it('loads a locale on demand, showing English (not keys) until it arrives, then lang and dir follow', async () => {
    expect(isLocaleLoaded('ko')).toBe(false)
    const { w } = mountChat({ locale: 'ko-KR' })
    expect(w.find('.kefu-composer__send').text()).toBe('Send')
    expect(w.find('.kefu-root').attributes('lang')).toBe('en')
    await until(() => w.find('.kefu-composer__send').text() === '보내기', 'Korean')
    expect(w.find('.kefu-root').attributes('lang')).toBe('ko')
    expect(w.find('.kefu-root').attributes('dir')).toBe('ltr')
    unmount(w)
  })

  it('switches to Arabic at runtime keeping the conversation and the draft; the root turns right-to-left', async () => {
    const { w, transport } = mountChat({ locale: 'en' })
    await settle()
    transport.receiveText('hello')
    await settle()
    const textarea = w.find('textarea').element as HTMLTextAreaElement
    await type(textarea, 'my draft')
    const rows = w.findAll('.kefu-row').length
    await setPropsCompat(w, { locale: 'ar-EG' })
    // until the chunk is in, the previous language stays
    expect(w.find('.kefu-composer__send').text()).toBe('Send')
    await until(() => w.find('.kefu-composer__send').text() === 'إرسال', 'Arabic')
    expect(w.find('.kefu-root').attributes('dir')).toBe('rtl')
    expect(w.find('.kefu-root').attributes('lang')).toBe('ar')
    expect((w.find('textarea').element as HTMLTextAreaElement).value).toBe('my draft')
    expect(w.findAll('.kefu-row').length).toBe(rows)
    expect(w.text()).toContain('hello')
    unmount(w)
  })

  it('takes a language of the host’s own, with its direction, and an unknown tag lands on the host’s default', async () => {
    const he: Messages = { ...(en as unknown as Messages), 'composer.send': 'שליחה' }
    const { w } = mountChat({ locale: 'he-IL', locales: { he: { messages: he, dir: 'rtl' } } })
    await settle()
    expect(w.find('.kefu-composer__send').text()).toBe('שליחה')
    expect(w.find('.kefu-root').attributes('dir')).toBe('rtl')
    expect(w.find('.kefu-root').attributes('lang')).toBe('he')
    unmount(w)
    const other = mountChat({ locale: 'sw', defaultLocale: 'ko' })
    await until(() => other.w.find('.kefu-root').attributes('lang') === 'ko', 'the default locale')
    unmount(other.w)
  })
})
