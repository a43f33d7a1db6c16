// kefu-kit/pinia on Vue 3 with Pinia: the store mirrors the bound conversation and acts on it.
import { describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createApp, defineComponent, h, nextTick } from 'vue'
import { createConversation } from '../protocol/engine'
import { createFakeTransport, flush } from '../testing/fakeTransport'
import { bindKefuStore, defineKefuStore, useKefuStore } from './index'

async function setupStore() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const transport = createFakeTransport({ history: false })
  const engine = createConversation({ transport })
  await engine.start()
  await flush()
  return { pinia, transport, engine }
}

describe('useKefuStore', () => {
  it('mirrors messages, unread, connection and phase of the bound engine, live', async () => {
    const { transport, engine } = await setupStore()
    const store = useKefuStore()
    expect(store.bound).toBe(false)
    bindKefuStore(engine)
    expect(store.bound).toBe(true)
    expect(store.connection).toBe('online')
    expect(store.phase).toBe('active')
    transport.receiveText('Hello from the agent')
    expect(store.unread).toBe(1)
    expect(store.messages).toHaveLength(1)
    expect(store.newestUnread?.payload).toMatchObject({ kind: 'text', text: 'Hello from the agent' })
    engine.setViewing!(true)
    expect(store.unread).toBe(0)
    await engine.stop()
    expect(store.phase).toBe('idle')
  })

  it("exposes the engine's actions, and refuses them while nothing is bound", async () => {
    const { transport, engine } = await setupStore()
    const store = useKefuStore()
    const refused = store.sendText('too early')
    expect(refused).toMatchObject({ ok: false, error: { code: 'notStarted' } })
    const unbind = bindKefuStore(engine)
    const sent = store.sendText('Where is my parcel?')
    expect(sent.ok).toBe(true)
    await flush()
    expect(transport.deliveredTexts()).toEqual(['Where is my parcel?'])
    expect(store.messages.map((m) => m.from)).toEqual(['customer'])
    transport.receiveText('one')
    store.markRead()
    expect(store.unread).toBe(0)
    expect(transport.markReadCalls).toBe(1)
    unbind()
    transport.receiveText('after unbind')
    expect(store.messages).toHaveLength(2)
    expect(store.bound).toBe(false)
  })

  it('keeps one store per id, so two conversations do not mix', async () => {
    const a = await setupStore()
    const b = createConversation({ transport: createFakeTransport({ history: false }) })
    const useOther = defineKefuStore('kefu-other')
    bindKefuStore(a.engine)
    useOther().bind(b)
    a.transport.receiveText('for the first')
    expect(useKefuStore().unread).toBe(1)
    expect(useOther().unread).toBe(0)
  })

  it('re-renders a component outside the chat that shows the unread count', async () => {
    const { pinia, transport, engine } = await setupStore()
    const Header = defineComponent({
      setup() {
        const kefu = useKefuStore()
        return () => h('span', { class: 'count' }, String(kefu.unread))
      },
    })
    const el = document.createElement('div')
    const app = createApp(Header)
    app.use(pinia)
    app.mount(el)
    bindKefuStore(engine, pinia)
    transport.receiveText('one')
    transport.receiveText('two')
    await nextTick()
    expect(el.textContent).toBe('2')
    app.unmount()
  })
})
