// A stream chunk in the real shell (engine → provider → list → rows): only the streaming
// message's row draws again; the other rows are not re-rendered, and the text is never lost.
import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue-demi'
import { rendererProps } from '../types'
import { vueLabel } from '../../testing/mount'
import { hc } from '../../vue/compat'
import { host, mountCompat, realEngine, settle, unmount } from '../../testing/shell'
import { KefuProvider } from '../../components/KefuProvider/KefuProvider'
import { KefuMessageList } from '../../components/KefuMessageList/KefuMessageList'
import { StreamMessage } from './StreamMessage'

describe(`a streamed answer in the message list (${vueLabel})`, () => {
  it('re-renders only its own row per chunk', async () => {
    const renders = new Map<string, number>()
    const count = (id: string) => renders.set(id, (renders.get(id) ?? 0) + 1)
    const Counting = defineComponent({
      name: 'CountingText',
      props: rendererProps,
      setup(props) {
        return () => (count(props.message.id), hc('p', {}, (props.message.payload as any).text))
      },
    })
    const CountingStream = defineComponent({
      name: 'CountingStream',
      props: rendererProps,
      setup(props) {
        return () => (count('stream'), hc(StreamMessage, { props }))
      },
    })
    const { engine, transport } = realEngine({ history: false })
    const Host = defineComponent({
      setup() {
        return () => hc(KefuProvider, {
          props: { engine, locale: 'en', renderers: { text: Counting, stream: CountingStream } },
          slots: { default: () => hc(KefuMessageList, { props: { estimatedRowHeight: 50, fallbackViewportHeight: 400 } }) },
        })
      },
    })
    const w = mountCompat(Host, { attachTo: host() })
    await settle()
    const a = transport.receiveText('before')
    const b = transport.receiveText('also before')
    await settle()
    const chunks: string[] = []
    for (let k = 0; k < 12; k++) {
      chunks.push(`part ${k} `)
      transport.receiveCustom({ customerServicePlugin: 0, src: '31', chunks: [...chunks], isFinished: k === 11 ? 1 : 0 })
      await settle()
    }
    expect(renders.get(a.id)).toBe(1)
    expect(renders.get(b.id)).toBe(1)
    expect(renders.get('stream')).toBeGreaterThanOrEqual(12)
    expect(engine.getState().messages.filter((m) => m.payload.kind === 'stream')).toHaveLength(1)
    expect(w.find('.kefu-stream').text()).toContain(chunks.join('').trim())
    unmount(w)
  })
})
