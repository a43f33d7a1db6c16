// Type-checks the BUILT declarations (dist/types) the way a Vue 3 + TypeScript host sees them.
import { KefuChat, KefuProvider, createConversation, rendererProps, type RendererMap } from 'kefu-kit'
import { createSimulator } from 'kefu-kit/simulator'
import { decode } from 'kefu-kit/protocol'
import { createApp, defineComponent, h } from 'vue'

const Custom = defineComponent({ props: rendererProps, setup: (props) => () => h('div', props.message.id) })
const renderers: RendererMap = { 'src:1001': Custom, sessionTimeout: false }
const transport = createSimulator({ locale: 'en' })
createApp({ render: () => h(KefuChat, { transport, locale: 'en', theme: 'auto', renderers, title: 'Acme' }) })
createApp({ render: () => h(KefuProvider, { engine: createConversation({ transport }) }) })
// @ts-expect-error theme must be a string
h(KefuChat, { theme: 42 })
export const kind: string = decode('{}').kind
