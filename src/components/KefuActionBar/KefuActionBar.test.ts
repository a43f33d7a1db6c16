import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadLocale } from '../../i18n'
import { defineComponent } from 'vue-demi'
import { vueLabel } from '../../testing/mount'
import { hc } from '../../vue/compat'
import { all, host, keydown, mountCompat, realEngine, sentSrcs, settle, unmount } from '../../testing/shell'
import { KefuProvider } from '../KefuProvider/KefuProvider'
import { KefuActionBar } from './KefuActionBar'

const inSeat = { customerServicePlugin: 0, src: '26', content: { command: 'updateSeatStatus', content: 'inSeat' } }
const outSeat = { customerServicePlugin: 0, src: '26', content: { command: 'updateSeatStatus', content: 'outSeat' } }
/** src 23 with the given rule bits (1<<2: the customer may ask for the rating card) */
const rules = (flag: number) => ({ customerServicePlugin: 0, src: '23', content: { menuSendRuleFlag: flag } })

function mountBar(engineOptions: Record<string, unknown> = {}, providerProps: Record<string, unknown> = {}) {
  const harness = realEngine({ history: false }, engineOptions)
  const Host = defineComponent({
    setup() {
      return () => hc(KefuProvider, {
        props: { engine: harness.engine, locale: 'en', ...providerProps },
        slots: { default: () => hc(KefuActionBar, { props: { errorDuration: 1000 } }) },
      })
    },
  })
  const w = mountCompat(Host, { attachTo: host() })
  const actions = () => all(w, '[data-kefu-action]').map((b) => b.attributes('data-kefu-action'))
  const button = (name: string) => w.find(`[data-kefu-action="${name}"]`)
  return { ...harness, w, actions, button }
}

afterEach(() => {
  vi.useRealTimers()
})

describe(`KefuActionBar on ${vueLabel}`, () => {
  it('offers exactly what state.can allows, as it changes', async () => {
    const { w, transport, actions } = mountBar()
    // not started: nothing at all
    expect(w.find('.kefu-actions').exists()).toBe(false)
    await settle()
    expect(actions()).toEqual(['transfer'])
    expect(w.find('.kefu-actions').attributes('role')).toBe('group')
    expect(w.find('.kefu-actions').attributes('aria-label')).toBe('Conversation actions')
    transport.receiveCustom(rules(0))
    transport.receiveCustom(inSeat)
    await settle()
    // a human serves: no transfer; rules forbid asking for the rating card
    expect(actions()).toEqual(['end'])
    transport.receiveCustom(rules(1 | 2 | 4))
    await settle()
    expect(actions()).toEqual(['rate', 'end'])
    transport.receiveCustom(outSeat)
    await settle()
    expect(actions()).toEqual(['transfer'])
    unmount(w)
  })

  it('transfers to a human by sending the transfer keyword', async () => {
    const { w, transport, button } = mountBar({ transferKeyword: 'human please' })
    await settle()
    expect(button('transfer').text()).toBe('Talk to a person')
    expect(button('transfer').attributes('type')).toBe('button')
    await button('transfer').trigger('click')
    await settle()
    expect(transport.deliveredTexts()).toEqual(['human please'])
    unmount(w)
  })

  it('hides "Talk to a person" while the transfer waits for an agent, and brings it back when no one is available', async () => {
    const { w, transport, actions, button } = mountBar()
    await settle()
    await button('transfer').trigger('click')
    await settle()
    // sent, not answered yet (an agent is being connected): asking again would only repeat it
    expect(transport.deliveredTexts()).toEqual(['Human service'])
    expect(actions()).toEqual([])
    transport.receiveText('Connecting you to an agent, one moment please…')
    await settle()
    expect(actions()).toEqual([])
    // no agent: the customer may try again
    transport.receiveText('Sorry, no agent is available right now. Please try again later.')
    await settle()
    expect(actions()).toEqual(['transfer'])
    // again, then queued, then served, then the agent leaves: offered again after the session
    await button('transfer').trigger('click')
    await settle()
    expect(actions()).toEqual([])
    transport.receiveText('You are number 2 in the queue, with 1 ahead of you. Please wait.')
    await settle()
    expect(actions()).toEqual([])
    transport.receiveCustom(inSeat)
    await settle()
    expect(actions()).toEqual(['end'])
    transport.receiveCustom(outSeat)
    await settle()
    expect(actions()).toEqual(['transfer'])
    unmount(w)
  })

  it('sends the keyword of the customer’s language, which the host may override per locale', async () => {
    await loadLocale('ja')
    for (const [props, want] of [
      [{}, 'Human service'],
      [{ locale: 'ja' }, '有人対応'],
      [{ locale: 'ja', strings: { ja: { 'action.transferKeyword': '人間' } } }, '人間'],
    ] as const) {
      const { w, transport, button } = mountBar({}, props)
      await settle()
      await button('transfer').trigger('click')
      await settle()
      expect(transport.deliveredTexts()).toEqual([want])
      unmount(w)
    }
  })

  it('asks for the rating card with src 24', async () => {
    const { w, transport, button } = mountBar()
    await settle()
    transport.receiveCustom(rules(4))
    transport.receiveCustom(inSeat)
    await settle()
    expect(button('rate').text()).toBe('Rate this service')
    await button('rate').trigger('click')
    await settle()
    expect(sentSrcs(transport)).toEqual(['7', '24'])
    expect(transport.sent[1]!.options).toEqual({ onlineUserOnly: true })
    unmount(w)
  })

  it('ends the human session (src 27) only after an inline confirmation', async () => {
    const { w, transport, button } = mountBar()
    await settle()
    transport.receiveCustom(inSeat)
    await settle()
    await button('end').trigger('click')
    await settle()
    // nothing sent yet: the question is asked in place, focus on the safe answer
    expect(sentSrcs(transport)).toEqual(['7'])
    const group = w.find('.kefu-action-confirm')
    expect(group.attributes('role')).toBe('group')
    const promptId = group.attributes('aria-labelledby')
    expect(w.find(`#${promptId}`).text()).toBe('End the conversation?')
    expect(document.activeElement).toBe(button('end-cancel').element)
    expect(button('end-confirm').text()).toBe('End it')
    await button('end-confirm').trigger('click')
    await settle()
    expect(sentSrcs(transport)).toEqual(['7', '27'])
    expect(transport.sent[1]!.options).toEqual({ onlineUserOnly: true })
    unmount(w)
  })

  it('cancels the confirmation with the Cancel button or Escape, returning focus to End', async () => {
    const { w, transport, button } = mountBar()
    await settle()
    transport.receiveCustom(inSeat)
    await settle()
    await button('end').trigger('click')
    await settle()
    await button('end-cancel').trigger('click')
    await settle()
    expect(button('end-confirm').exists()).toBe(false)
    expect(document.activeElement).toBe(button('end').element)
    await button('end').trigger('click')
    await settle()
    await keydown(button('end-confirm').element, { key: 'Escape' })
    await settle()
    expect(button('end-confirm').exists()).toBe(false)
    expect(document.activeElement).toBe(button('end').element)
    expect(sentSrcs(transport)).toEqual(['7'])
    unmount(w)
  })

  it('drops the confirmation when the agent leaves meanwhile', async () => {
    const { w, transport, button, actions } = mountBar()
    await settle()
    transport.receiveCustom(inSeat)
    await settle()
    await button('end').trigger('click')
    transport.receiveCustom(outSeat)
    await settle()
    expect(actions()).toEqual(['transfer'])
    unmount(w)
  })

  it('shows a refused action briefly', async () => {
    const { w, engine, button } = mountBar()
    await settle()
    // the engine refuses (e.g. the state moved on between render and click)
    vi.spyOn(engine, 'transferToHuman').mockReturnValue({ ok: false, error: { code: 'notAllowed', message: 'no' } })
    vi.useFakeTimers()
    await button('transfer').trigger('click')
    const error = w.find('.kefu-actions__error')
    expect(error.text()).toBe('That isn’t available right now.')
    expect(error.attributes('role')).toBe('alert')
    vi.advanceTimersByTime(1001)
    await settle()
    expect(w.find('.kefu-actions__error').exists()).toBe(false)
    unmount(w)
  })
})
