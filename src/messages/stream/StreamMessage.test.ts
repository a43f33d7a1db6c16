import { beforeAll, describe, expect, it } from 'vitest'
import { StreamMessage } from './StreamMessage'
import { loadMarkdown } from '../richText/markdown'
import { fixtureMessage } from '../_shared/fixture'
import { mountRenderer, unmount } from '../../testing/renderers'
import { vueLabel } from '../../testing/mount'

// marked and DOMPurify load on demand; these tests are about the rendered Markdown
beforeAll(() => loadMarkdown())

const stream = (chunks: string[], isFinished: boolean) => fixtureMessage('st', { kind: 'stream', src: '31', chunks, isFinished })

describe(`given a streaming answer (${vueLabel})`, () => {
  it('is busy with a cursor while streaming, and grows as chunks arrive', async () => {
    const w = mountRenderer(StreamMessage, stream(['您好，'], false))
    expect(w.find('.kefu-stream').attributes('aria-busy')).toBe('true')
    expect(w.find('.kefu-stream__cursor').exists()).toBe(true)
    expect(w.find('.kefu-markdown').text()).toBe('您好，')
    await w.setProps({ message: stream(['您好，', '**智能客服**'], false) })
    expect(w.find('.kefu-markdown').text()).toBe('您好，智能客服')
    expect(w.find('strong').text()).toBe('智能客服')
    await w.setProps({ message: stream(['您好，', '**智能客服**', '为您服务'], true) })
    expect(w.find('.kefu-stream').attributes('aria-busy')).toBe('false')
    expect(w.find('.kefu-stream__cursor').exists()).toBe(false)
    expect(w.find('.kefu-markdown').text()).toBe('您好，智能客服为您服务')
    unmount(w)
  })

  it('sanitizes like rich text', () => {
    const w = mountRenderer(StreamMessage, stream(['<img src=x one', 'rror=alert(1)>', '[x](javascript:alert(1))'], true))
    expect(w.html()).not.toMatch(/onerror/)
    expect(w.find('a').attributes('href')).toBeUndefined()
    unmount(w)
  })

  it('tells screen readers the answer is still coming', () => {
    const w = mountRenderer(StreamMessage, stream([], false))
    expect(w.find('.kefu-stream__cursor .kefu-sr-only').text()).toBe('Answering…')
    unmount(w)
  })
})
