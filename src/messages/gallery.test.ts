import { beforeAll, describe, expect, it } from 'vitest'
import { galleryFixtures, loadGalleryFixtures } from './gallery'
import { loadMarkdown } from './richText/markdown'
import { createRendererRegistry } from './registry'
import { RevokedMessage } from './unsupported/RevokedMessage'
import { all, makeContext, mountRenderer, unmount } from '../testing/renderers'
import { vueLabel } from '../testing/mount'
import { captureWarnings } from '../testing/console'
import axe from 'axe-core'
import { KefuMessageRow, rowLazyParts } from '../components/KefuMessageList/KefuMessageRow'
import { mountCompat } from '../testing/mount'

// marked and DOMPurify load on demand; these tests are about the rendered Markdown
beforeAll(() => loadMarkdown())

describe(`given the gallery (${vueLabel})`, () => {
  it('is exactly what the kind declarations load, in their order', async () => {
    const loaded = await loadGalleryFixtures()
    expect(galleryFixtures.map((f) => f.id)).toEqual(loaded.map((f) => f.id))
    expect(loaded.length).toBeGreaterThanOrEqual(66)
  })

  it('has unique, stable ids', () => {
    const ids = galleryFixtures.map((f) => f.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/)
    // the fixture's message id is the fixture's id, so a screenshot can find its message
    for (const f of galleryFixtures) expect(f.message.id).toBe(f.id)
  })

  it('covers every drawn kind', () => {
    const kinds = new Set(galleryFixtures.map((f) => f.message.payload.kind))
    for (const kind of ['text', 'image', 'branch', 'form', 'rating', 'product', 'order', 'welcome', 'clarify', 'richText', 'stream', 'sessionEnd', 'sessionTimeout', 'notice', 'unknown', 'invalid']) {
      expect(kinds.has(kind as never), kind).toBe(true)
    }
  })

  const registry = createRendererRegistry()
  const warnings = captureWarnings()
  it.each(galleryFixtures.map((f) => [f.id, f] as const))('%s renders something visible, without a missing string', (_id, fixture) => {
    const resolved = registry.resolve(fixture.message)
    expect(resolved).not.toBeNull()
    const component = fixture.message.revoked ? RevokedMessage : resolved!.component
    const wrapper = mountRenderer(component, fixture.message, makeContext())
    expect(wrapper.text().trim().length + wrapper.findAll('img').length).toBeGreaterThan(0)
    // an unknown key comes back as the key itself
    expect(wrapper.html()).not.toMatch(/messages\.[a-zA-Z]+\.[a-zA-Z]+/)
    // documentation examples decode to the kind their fixture claims
    if (fixture.kind !== 'revoked') expect(fixture.message.payload.kind).toBe(fixture.kind)
    // the placeholder tells the developer why (once); a drawn message says nothing
    const placeholder = fixture.message.payload.kind === 'unknown' || fixture.message.payload.kind === 'invalid'
    expect(warnings()).toEqual(placeholder ? [expect.stringMatching(new RegExp(`^\\[kefu-kit\\] message ${fixture.id} `))] : [])
    unmount(wrapper)
  })

  // Issue 13: in a right-to-left chat, text the backend wrote (a card's header and tail, a choice,
  // a form field's name) keeps its own direction, so "Which order?" does not read "?Which order".
  it.each(galleryFixtures.map((f) => [f.id, f] as const))('%s draws backend-written headers, choices and field names with dir=auto', (_id, fixture) => {
    const resolved = registry.resolve(fixture.message)
    const component = fixture.message.revoked ? RevokedMessage : resolved!.component
    const wrapper = mountRenderer(component, fixture.message, makeContext())
    const selector = '.kefu-card__header, .kefu-card__tail, .kefu-choice__label, .kefu-choice__desc, .kefu-task-form__label'
    const own = Array.from((wrapper.element as Element).querySelectorAll<HTMLElement>(selector)).filter((el) => !el.closest('[dir="auto"]'))
    expect(own.map((el) => el.outerHTML)).toEqual([])
    unmount(wrapper)
  })

  // Structure and names only: jsdom cannot lay out, so contrast is checked by the browser tests.
  it.each(galleryFixtures.map((f) => [f.id, f] as const))('%s passes axe', async (_id, fixture) => {
    const resolved = registry.resolve(fixture.message)
    const component = fixture.message.revoked ? RevokedMessage : resolved!.component
    const wrapper = mountRenderer(component, fixture.message, makeContext())
    const results = await axe.run(wrapper.element, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } })
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([])
    unmount(wrapper)
  })

  it('has AI answers: metadata the row draws as the AI label with thumbs, and answers with the choice already made', async () => {
    // the thumbs' code loads with the first AI answer (KefuMessageRow.lazy.test.ts): here, first
    await rowLazyParts.answerFeedback.load()
    const ai = galleryFixtures.filter((f) => f.id.startsWith('text-ai-answer'))
    expect(ai.map((f) => [f.id, f.feedback?.helpful, f.feedback?.status])).toEqual([
      ['text-ai-answer', undefined, undefined],
      ['text-ai-answer-helpful', true, 'sent'],
      ['text-ai-answer-not-helpful', false, 'sent'],
      ['text-ai-answer-feedback-failed', false, 'failed'],
    ])
    for (const f of ai) {
      const resolved = registry.resolve(f.message)!
      const feedbackState = f.feedback ? { ...f.feedback, messageId: `${f.id}-feedback` } : undefined
      const w = mountCompat(KefuMessageRow, {
        props: { message: f.message, renderer: resolved.component, defaultRenderer: resolved.defaultRenderer, context: makeContext(), groupStart: true, feedbackState },
        attachTo: document.body.appendChild(document.createElement('div')),
      })
      expect(w.find('[data-kefu-ai-label]').exists(), f.id).toBe(true)
      const pressed = all(w, '[data-kefu-feedback]').map((b: { attributes(name: string): string | undefined }) => [b.attributes('data-kefu-feedback'), b.attributes('aria-pressed')])
      expect(pressed, f.id).toEqual([
        ['up', f.feedback?.helpful === true ? 'true' : 'false'],
        ['down', f.feedback?.helpful === false ? 'true' : 'false'],
      ])
      unmount(w)
    }
  })
})
