import { describe, expect, it } from 'vitest'
import { VideoMessage } from './VideoMessage'
import { videoKind } from './index'
import { fixtureMessage } from '../_shared/fixture'
import { fire, mountRenderer, unmount } from '../../testing/renderers'
import { vueLabel } from '../../testing/mount'
import { translate } from '../../i18n'
import type { VideoPayload } from '../../protocol/types'

const video = (p: Partial<VideoPayload>) => fixtureMessage('v1', { kind: 'video', url: 'https://example.com/v.mp4', ...p })

describe(`given a video message (${vueLabel})`, () => {
  it('draws the native player with a poster, controls, no autoplay and metadata preload', () => {
    const w = mountRenderer(VideoMessage, video({ posterUrl: 'https://example.com/p.jpg', duration: 83, width: 640, height: 360 }))
    const v = w.find('video')
    expect(v.attributes('src')).toBe('https://example.com/v.mp4')
    expect(v.attributes('poster')).toBe('https://example.com/p.jpg')
    expect(v.attributes('controls')).toBeDefined()
    expect(v.attributes('autoplay')).toBeUndefined()
    expect(v.attributes('preload')).toBe('metadata')
    expect(v.attributes('aria-label')).toBe('Video, 1:23')
    expect((v.element as HTMLElement).style.aspectRatio).toBe('640 / 360')
    expect(w.find('.kefu-video__duration').text()).toBe('1:23')
    unmount(w)
  })

  it('reserves a 16:9 box when the size is unknown, and drops an unsafe poster', () => {
    const w = mountRenderer(VideoMessage, video({ posterUrl: 'javascript:alert(1)' }))
    expect((w.find('video').element as HTMLElement).style.aspectRatio).toBe('16 / 9')
    expect(w.find('video').attributes('poster')).toBeUndefined()
    unmount(w)
  })

  it('shows a visible fallback for a refused URL and for a video that fails', async () => {
    const refused = mountRenderer(VideoMessage, video({ url: 'data:video/mp4;base64,AAAA' }))
    expect(refused.find('video').exists()).toBe(false)
    expect(refused.find('[data-kefu-fallback="refused"]').text()).toBe('Video unavailable')
    unmount(refused)
    const broken = mountRenderer(VideoMessage, video({}))
    await fire(broken.find('video').element, 'error')
    expect(broken.find('video').exists()).toBe(false)
    expect(broken.find('[data-kefu-fallback="error"]').attributes('role')).toBe('img')
    unmount(broken)
  })

  it('summarises with the duration', () => {
    expect(videoKind.summary!(video({ duration: 5 }), { t: (k, p) => translate('en', k, p) })).toBe('[Video] 0:05')
  })
})
