import { afterEach, describe, expect, it, vi, beforeAll } from 'vitest'
import { nextTick } from 'vue-demi'
import { RatingMessage } from './RatingMessage'
import { fixtureMessage, FAR_FUTURE_SECONDS, PAST_SECONDS } from '../_shared/fixture'
import { all, FIXED_NOW, key, makeContext, mountLive, mountRenderer, unmount } from '../../testing/renderers'
import { vueLabel } from '../../testing/mount'
import type { RatingPayload } from '../../protocol/types'
import { translate } from '../../i18n'
import { loadLocale as preloadLocale } from '../../i18n'
import { captureWarnings } from '../../testing/console'

// the Chinese dictionaries are lazily loaded chunks: load them before the tests read them
beforeAll(() => Promise.all([preloadLocale('zh-CN'), preloadLocale('zh-TW')]))

const MENU = [
  { id: '101', content: '非常不满意' },
  { id: '102', content: '不满意' },
  { id: '103', content: '一般' },
  { id: '104', content: '满意' },
  { id: '105', content: '非常满意' },
]
const rating = (p: Partial<RatingPayload> = {}, extra = {}) => fixtureMessage('r1', {
  kind: 'rating', src: '9', head: '请对本次服务进行评价', tail: '感谢您的评价，再见！', menu: MENU, type: 1,
  sessionId: 's-1', effectiveHour: 12, expireTime: FAR_FUTURE_SECONDS, ...p,
}, extra)

const radios = (w: any) => all(w, '[role="radio"]')
const checked = (w: any) => radios(w).map((r) => r.attributes('aria-checked'))
const lit = (w: any) => radios(w).filter((r) => r.classes().includes('kefu-rating__option--lit')).length
const submitButton = (w: any) => w.find('.kefu-rating__actions button')
const live = (w: any) => w.find('[aria-live="polite"]')

afterEach(() => { vi.useRealTimers() })

describe(`given a star rating not yet chosen (${vueLabel})`, () => {
  it('is a radio group named by its head, with a name like "4 of 5: 满意" per option', () => {
    const w = mountRenderer(RatingMessage, rating())
    const group = w.find('[role="radiogroup"]')
    expect(w.find(`#${group.attributes('aria-labelledby')}`).text()).toBe('请对本次服务进行评价')
    expect(radios(w).map((r) => r.attributes('aria-label'))).toEqual([
      '1 of 5: 非常不满意', '2 of 5: 不满意', '3 of 5: 一般', '4 of 5: 满意', '5 of 5: 非常满意',
    ])
    expect(checked(w)).toEqual(['false', 'false', 'false', 'false', 'false'])
    // one tab stop for the whole group
    expect(radios(w).map((r) => r.attributes('tabindex'))).toEqual(['0', '-1', '-1', '-1', '-1'])
    expect(w.findAll('svg').length).toBeGreaterThanOrEqual(5)
    unmount(w)
  })

  it('refuses to submit with nothing chosen, and says why', async () => {
    const ctx = makeContext()
    const w = mountRenderer(RatingMessage, rating(), ctx)
    const button = submitButton(w)
    expect(button.text()).toBe('Submit rating')
    expect(button.attributes('aria-disabled')).toBe('true')
    await button.trigger('click')
    expect(ctx.actions.submitRating).not.toHaveBeenCalled()
    const hint = w.find('[role="alert"]')
    expect(hint.text()).toBe('Please choose a rating first.')
    expect(submitButton(w).attributes('aria-describedby')).toBe(hint.attributes('id'))
    unmount(w)
  })

  it('checks an option on click, announces it, and moves the tab stop to it', async () => {
    const w = mountRenderer(RatingMessage, rating())
    await radios(w)[3].trigger('click')
    expect(checked(w)).toEqual(['false', 'false', 'false', 'true', 'false'])
    expect(live(w).text()).toBe('Selected 4 of 5: 满意')
    expect(radios(w).map((r) => r.attributes('tabindex'))).toEqual(['-1', '-1', '-1', '0', '-1'])
    expect(lit(w)).toBe(4)
    expect(submitButton(w).attributes('aria-disabled')).toBeUndefined()
    unmount(w)
  })

  it('follows the writing direction with the arrow keys in a right-to-left layout', async () => {
    document.body.setAttribute('dir', 'rtl')
    try {
      const w = mountRenderer(RatingMessage, rating())
      const first = radios(w)[0].element as HTMLElement
      first.focus()
      await key(first, 'keydown', { key: 'ArrowLeft' })
      expect(checked(w)[1]).toBe('true')
      await key(radios(w)[1].element, 'keydown', { key: 'ArrowRight' })
      expect(checked(w)[0]).toBe('true')
      await key(radios(w)[0].element, 'keydown', { key: 'ArrowDown' })
      expect(checked(w)[1]).toBe('true')
      unmount(w)
    } finally {
      document.body.removeAttribute('dir')
    }
  })

  it('moves and checks with the arrow keys, wrapping, and Home/End', async () => {
    const w = mountRenderer(RatingMessage, rating())
    const first = radios(w)[0].element as HTMLElement
    first.focus()
    let e = await key(first, 'keydown', { key: 'ArrowRight' })
    expect(e.defaultPrevented).toBe(true)
    expect(checked(w)[1]).toBe('true')
    expect(document.activeElement).toBe(radios(w)[1].element)
    await key(radios(w)[1].element, 'keydown', { key: 'ArrowDown' })
    expect(checked(w)[2]).toBe('true')
    await key(radios(w)[2].element, 'keydown', { key: 'End' })
    expect(checked(w)[4]).toBe('true')
    await key(radios(w)[4].element, 'keydown', { key: 'ArrowRight' })
    expect(checked(w)[0]).toBe('true')
    expect(document.activeElement).toBe(radios(w)[0].element)
    await key(radios(w)[0].element, 'keydown', { key: 'ArrowLeft' })
    expect(checked(w)[4]).toBe('true')
    await key(radios(w)[4].element, 'keydown', { key: 'Home' })
    expect(checked(w)[0]).toBe('true')
    await key(radios(w)[0].element, 'keydown', { key: 'ArrowUp' })
    expect(checked(w)[4]).toBe('true')
    expect(live(w).text()).toBe('Selected 5 of 5: 非常满意')
    e = await key(radios(w)[4].element, 'keydown', { key: 'a' })
    expect(e.defaultPrevented).toBe(false)
    unmount(w)
  })

  it('previews on hover and on focus, and falls back to the choice', async () => {
    const w = mountRenderer(RatingMessage, rating())
    await radios(w)[1].trigger('click')
    expect(lit(w)).toBe(2)
    await radios(w)[4].trigger('mouseenter')
    expect(lit(w)).toBe(5)
    expect(w.find('.kefu-rating__preview').text()).toBe('非常满意')
    await w.find('[role="radiogroup"]').trigger('mouseleave')
    expect(lit(w)).toBe(2)
    expect(w.find('.kefu-rating__preview').text()).toBe('不满意')
    await radios(w)[2].trigger('focus')
    expect(lit(w)).toBe(3)
    await radios(w)[2].trigger('blur')
    expect(lit(w)).toBe(2)
    // previewing never changes the choice
    expect(checked(w)[1]).toBe('true')
    unmount(w)
  })

  it('submits the chosen option id', async () => {
    const ctx = makeContext()
    const w = mountRenderer(RatingMessage, rating(), ctx)
    await radios(w)[3].trigger('click')
    await submitButton(w).trigger('click')
    expect(ctx.actions.submitRating).toHaveBeenCalledWith('r1', '104')
    unmount(w)
  })

  it('shows why the engine refused', async () => {
    const ctx = makeContext()
    ctx.actions.submitRating.mockReturnValue({ ok: false, error: { code: 'alreadyRated', message: 'x' } })
    const w = mountRenderer(RatingMessage, rating(), ctx)
    await radios(w)[0].trigger('click')
    await submitButton(w).trigger('click')
    expect(w.find('[role="alert"]').text()).toBe('You already rated this service.')
    unmount(w)
  })
})

describe(`given a number rating (${vueLabel})`, () => {
  it('draws the numbers 1 to 5 as radios with the same names', async () => {
    const w = mountRenderer(RatingMessage, rating({ type: 2 }))
    expect(radios(w).map((r) => r.text())).toEqual(['1', '2', '3', '4', '5'])
    expect(radios(w)[2].attributes('aria-label')).toBe('3 of 5: 一般')
    expect(w.find('svg').exists()).toBe(false)
    await radios(w)[2].trigger('click')
    // numbers light only the chosen one
    expect(lit(w)).toBe(1)
    unmount(w)
  })
})

describe(`given a rating in other states (${vueLabel})`, () => {
  it('submitting: everything disabled and busy, the choice shown', () => {
    const ctx = makeContext()
    const w = mountRenderer(RatingMessage, rating({ selected: MENU[3] }, { pendingChoice: true }), ctx)
    expect(w.find('.kefu-rating').attributes('aria-busy')).toBe('true')
    for (const r of radios(w)) expect(r.attributes('disabled')).toBeDefined()
    expect(checked(w)[3]).toBe('true')
    expect(submitButton(w).text()).toBe('Submitting…')
    expect(submitButton(w).attributes('disabled')).toBeDefined()
    unmount(w)
  })

  it('submitted: shows the choice in words and the tail, with no controls', () => {
    const w = mountRenderer(RatingMessage, rating({ selected: MENU[3] }))
    expect(w.find('[role="radiogroup"]').exists()).toBe(false)
    expect(w.find('button').exists()).toBe(false)
    expect(w.find('.kefu-rating__chosen').text()).toBe('Your rating: 4 of 5: 满意')
    expect(w.find('.kefu-card__tail').text()).toBe('感谢您的评价，再见！')
    expect(w.findAll('.kefu-rating__star--lit').length).toBe(4)
    unmount(w)
  })

  it('expired: disabled with a notice, and nothing is sent', async () => {
    const ctx = makeContext()
    const w = mountRenderer(RatingMessage, rating({ expireTime: PAST_SECONDS }), ctx)
    expect(w.find('.kefu-rating__notice').text()).toBe('This rating has expired and can no longer be submitted.')
    for (const r of radios(w)) expect(r.attributes('disabled')).toBeDefined()
    expect(submitButton(w).attributes('disabled')).toBeDefined()
    expect(w.find('[role="radiogroup"]').attributes('aria-disabled')).toBe('true')
    // the key handler refuses too, not only the disabled attribute
    await key(radios(w)[0].element, 'keydown', { key: 'ArrowRight' })
    expect(checked(w)).toEqual(['false', 'false', 'false', 'false', 'false'])
    expect(ctx.actions.submitRating).not.toHaveBeenCalled()
    unmount(w)
  })

  it('expires while on screen', async () => {
    vi.useFakeTimers()
    let now = FIXED_NOW
    const ctx = makeContext({ now: () => now })
    const w = mountRenderer(RatingMessage, rating({ expireTime: FIXED_NOW / 1000 + 60 }), ctx)
    expect(w.find('.kefu-rating__notice').exists()).toBe(false)
    now += 61_000
    vi.advanceTimersByTime(61_000)
    await nextTick()
    expect(w.find('.kefu-rating__notice').exists()).toBe(true)
    unmount(w)
  })

  it('failed: shows the reason and is usable again', async () => {
    const ctx = makeContext()
    const w = mountRenderer(RatingMessage, rating({}, { error: { code: 'timeout', message: 'raw transport text' } }), ctx)
    const alert = w.find('[role="alert"]')
    expect(alert.text()).toBe('Your rating was not sent: the server did not answer in time')
    expect(alert.text()).not.toContain('raw transport text')
    for (const r of radios(w)) expect(r.attributes('disabled')).toBeUndefined()
    await radios(w)[4].trigger('click')
    await submitButton(w).trigger('click')
    expect(ctx.actions.submitRating).toHaveBeenCalledWith('r1', '105')
    unmount(w)
  })

  describe('without options', () => {
    const warnings = captureWarnings()
    it('draws the placeholder, and tells the developer why', () => {
      const w = mountRenderer(RatingMessage, rating({ menu: [] }))
      expect(w.text()).toContain('This message type is not supported')
      expect(warnings()).toEqual([expect.stringContaining("reached a renderer that cannot draw a 'rating' payload")])
      unmount(w)
    })
  })

  it('translates the option names', () => {
    const w = mountRenderer(RatingMessage, rating(), makeContext({ locale: 'zh-CN', t: (k, p) => translate('zh-CN', k, p) }))
    expect(radios(w)[3].attributes('aria-label')).toBe('4/5：满意')
    unmount(w)
  })
})

describe(`given a rating on a real engine (${vueLabel})`, () => {
  it('submitting 4 stars sends src 10 with the option, only to an online user, and shows it submitted', async () => {
    const live = await mountLive(RatingMessage, {
      customerServicePlugin: 0, src: '9',
      menuContent: { head: '请评价', tail: '谢谢', menu: MENU, type: 1, sessionId: 'session-9', expireTime: FAR_FUTURE_SECONDS },
    })
    await radios(live.wrapper)[3].trigger('click')
    await submitButton(live.wrapper).trigger('click')
    await live.settle()
    const sent = live.transport.delivered.filter((m) => m.body.type === 'custom')
    const rated = sent.map((m) => ({ data: JSON.parse((m.body as { data: string }).data), options: m.options })).filter((m) => m.data.src === '10')
    expect(rated).toHaveLength(1)
    expect(rated[0].data.menuSelected).toEqual({ id: '104', content: '满意', sessionId: 'session-9' })
    expect(rated[0].options).toEqual({ onlineUserOnly: true })
    expect(live.wrapper.find('.kefu-rating__chosen').text()).toBe('Your rating: 4 of 5: 满意')
    unmount(live.wrapper)
  })

  it('a failed submission comes back usable, with the reason', async () => {
    const live = await mountLive(RatingMessage, {
      customerServicePlugin: 0, src: '9',
      menuContent: { head: '请评价', tail: '谢谢', menu: MENU, type: 1, sessionId: 'session-9', expireTime: FAR_FUTURE_SECONDS },
    })
    live.transport.failNext(1, 'rejected')
    await radios(live.wrapper)[1].trigger('click')
    await submitButton(live.wrapper).trigger('click')
    await live.settle()
    expect(live.wrapper.find('[role="alert"]').text()).toBe('Your rating was not sent: the server refused it')
    expect(submitButton(live.wrapper).attributes('disabled')).toBeUndefined()
    unmount(live.wrapper)
  })
})
