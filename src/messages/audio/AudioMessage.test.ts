import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AudioMessage } from './AudioMessage'
import { audioKind } from './index'
import { fixtureMessage } from '../_shared/fixture'
import { fire, mountRenderer, unmount } from '../../testing/renderers'
import { vueLabel } from '../../testing/mount'
import { translate } from '../../i18n'
import type { AudioPayload } from '../../protocol/types'

const audio = (id: string, p: Partial<AudioPayload> = {}) => fixtureMessage(id, { kind: 'audio', url: 'https://example.com/v.m4a', duration: 12, ...p })

// jsdom has no media playback: play/pause flip `paused` and fire the events a browser would
let play: ReturnType<typeof vi.spyOn>
let pause: ReturnType<typeof vi.spyOn>
beforeEach(() => {
  const paused = new WeakMap<HTMLMediaElement, boolean>()
  vi.spyOn(HTMLMediaElement.prototype, 'paused', 'get').mockImplementation(function (this: HTMLMediaElement) { return paused.get(this) ?? true })
  play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(function (this: HTMLMediaElement) {
    paused.set(this, false)
    this.dispatchEvent(new Event('play'))
    return Promise.resolve()
  })
  pause = vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(function (this: HTMLMediaElement) {
    paused.set(this, true)
    this.dispatchEvent(new Event('pause'))
  })
})
afterEach(() => vi.restoreAllMocks())

describe(`given an audio message (${vueLabel})`, () => {
  it('draws a labelled play button, the duration and a hidden player that only loads metadata', () => {
    const w = mountRenderer(AudioMessage, audio('a1'))
    const button = w.find('button.kefu-audio__toggle')
    expect(button.attributes('aria-label')).toBe('Play voice message (0:12)')
    expect(w.find('.kefu-audio__time').text()).toBe('0:12')
    const el = w.find('audio')
    expect(el.attributes('preload')).toBe('metadata')
    expect(el.attributes('controls')).toBeUndefined()
    expect(el.attributes('autoplay')).toBeUndefined()
    unmount(w)
  })

  it('plays and pauses, showing the progress', async () => {
    const w = mountRenderer(AudioMessage, audio('a1'))
    await w.find('button').trigger('click')
    expect(play).toHaveBeenCalledTimes(1)
    expect(w.find('button').attributes('aria-label')).toBe('Pause')
    const el = w.find('audio').element as HTMLAudioElement
    Object.defineProperty(el, 'currentTime', { value: 3, configurable: true })
    await fire(el, 'timeupdate')
    expect(w.find('.kefu-audio__time').text()).toBe('0:03 / 0:12')
    expect((w.find('.kefu-audio__bar').element as HTMLElement).style.inlineSize).toBe('25%')
    await w.find('button').trigger('click')
    expect(pause).toHaveBeenCalled()
    expect(w.find('button').attributes('aria-label')).toBe('Play voice message (0:12)')
    unmount(w)
  })

  it('plays one at a time: starting a second pauses the first', async () => {
    const a = mountRenderer(AudioMessage, audio('a1'))
    const b = mountRenderer(AudioMessage, audio('a2'))
    await a.find('button').trigger('click')
    await b.find('button').trigger('click')
    expect(a.find('button').attributes('aria-label')).toBe('Play voice message (0:12)')
    expect(b.find('button').attributes('aria-label')).toBe('Pause')
    unmount(a)
    unmount(b)
  })

  it('shows a visible fallback for a blob: URL from the wire and for a broken file', async () => {
    const refused = mountRenderer(AudioMessage, audio('a1', { url: 'blob:https://evil.example/1' }))
    expect(refused.find('audio').exists()).toBe(false)
    expect(refused.find('[data-kefu-fallback="refused"]').text()).toBe('Audio unavailable')
    unmount(refused)
    const broken = mountRenderer(AudioMessage, audio('a1'))
    await fire(broken.find('audio').element, 'error')
    expect(broken.find('button').exists()).toBe(false)
    expect(broken.find('[data-kefu-fallback="error"]').exists()).toBe(true)
    unmount(broken)
  })

  it('summarises as a voice message with its duration', () => {
    expect(audioKind.summary!(audio('a1'), { t: (k, p) => translate('en', k, p) })).toBe('[Voice] 0:12')
  })
})
