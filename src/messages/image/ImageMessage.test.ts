import { describe, expect, it } from 'vitest'
import { ImageMessage } from './ImageMessage'
import { SafeImage } from '../_shared/SafeImage'
import { fixtureMessage } from '../_shared/fixture'
import { fire, mountRenderer, unmount } from '../../testing/renderers'
import { mountCompat, vueLabel } from '../../testing/mount'
import type { ImagePayload } from '../../protocol/types'

const image = (p: Partial<ImagePayload>) => fixtureMessage('i1', { kind: 'image', url: 'https://example.com/full.png', ...p })

describe(`given an image message (${vueLabel})`, () => {
  it('draws a lazy image with alt text inside a link to the full image', () => {
    const w = mountRenderer(ImageMessage, image({ thumbUrl: 'https://example.com/thumb.png', width: 640, height: 480 }))
    const img = w.find('img')
    expect(img.attributes('src')).toBe('https://example.com/thumb.png')
    expect(img.attributes('alt')).toBe('Image')
    expect(img.attributes('loading')).toBe('lazy')
    expect(img.attributes('width')).toBe('640')
    expect(img.attributes('height')).toBe('480')
    const a = w.find('a')
    expect(a.attributes('href')).toBe('https://example.com/full.png')
    expect(a.attributes('target')).toBe('_blank')
    expect(a.attributes('rel')).toBe('noopener noreferrer')
    unmount(w)
  })

  it('uses the alt text the payload carries', () => {
    const w = mountRenderer(ImageMessage, image({ alt: '破损处' }))
    expect(w.find('img').attributes('alt')).toBe('破损处')
    unmount(w)
  })

  it('shows a visible fallback when the image fails to load', async () => {
    const w = mountRenderer(ImageMessage, image({}))
    await fire(w.find('img').element, 'error')
    expect(w.find('img').exists()).toBe(false)
    const fallback = w.find('.kefu-image-fallback')
    expect(fallback.text()).toBe('Image failed to load')
    expect(fallback.attributes('role')).toBe('img')
    expect(fallback.attributes('aria-label')).toContain('Image')
    unmount(w)
  })

  it('refuses a javascript: image: fallback, and nothing clickable', () => {
    const w = mountRenderer(ImageMessage, image({ url: 'javascript:alert(1)', thumbUrl: 'data:image/png;base64,AAAA' }))
    expect(w.find('img').exists()).toBe(false)
    expect(w.find('a').exists()).toBe(false)
    expect(w.find('.kefu-image-fallback').attributes('data-kefu-fallback')).toBe('refused')
    unmount(w)
  })

  it('shows a safe thumbnail without a link when only the full URL is unsafe', () => {
    const w = mountRenderer(ImageMessage, image({ url: 'file:///etc/passwd', thumbUrl: 'https://example.com/t.png' }))
    expect(w.find('img').attributes('src')).toBe('https://example.com/t.png')
    expect(w.find('a').exists()).toBe(false)
    unmount(w)
  })
})

describe(`given SafeImage (${vueLabel})`, () => {
  it('tries again when its source changes after a failure', async () => {
    const w = mountCompat(SafeImage, { props: { src: 'https://example.com/a.png', alt: 'a', fallbackText: 'broken' } })
    await fire(w.find('img').element, 'error')
    expect(w.find('img').exists()).toBe(false)
    await w.setProps({ src: 'https://example.com/b.png' })
    expect(w.find('img').attributes('src')).toBe('https://example.com/b.png')
    unmount(w)
  })

  it('reserves a box until the picture loads, with the aspect ratio when the size is known', async () => {
    const w = mountCompat(SafeImage, { props: { src: 'https://example.com/a.png', alt: 'a', fallbackText: 'x', width: 400, height: 300 } })
    const img = w.find('img')
    expect(img.classes()).toContain('kefu-image--loading')
    expect((img.element as HTMLElement).style.width).toBe('400px')
    await fire(img.element, 'load')
    expect(w.find('img').classes()).not.toContain('kefu-image--loading')
    unmount(w)
  })

  it('hides a decorative fallback from screen readers', () => {
    const w = mountCompat(SafeImage, { props: { src: 'nope', alt: '', fallbackText: 'broken' } })
    expect(w.find('.kefu-image-fallback').attributes('aria-hidden')).toBe('true')
    expect(w.find('.kefu-image-fallback').attributes('role')).toBeUndefined()
    unmount(w)
  })

  it('ignores sizes that are not positive numbers', () => {
    const w = mountCompat(SafeImage, { props: { src: 'https://example.com/a.png', alt: 'a', fallbackText: 'x', width: -3, height: Number.NaN } })
    expect(w.find('img').attributes('width')).toBeUndefined()
    expect(w.find('img').attributes('height')).toBeUndefined()
    unmount(w)
  })
})
