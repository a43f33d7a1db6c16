// Type-checks the BUILT declarations (dist/types) the way a Vue 2.7 + TypeScript host sees them
// (tsc's own DefineComponent<…18 args> fails there with TS2707; scripts/fix-dts.mjs fixes it).
import { KefuChat, createConversation, rendererProps, type RendererMap } from 'kefu-kit'
import { createSimulator } from 'kefu-kit/simulator'
import Vue, { defineComponent, h } from 'vue'

const Custom = defineComponent({ props: rendererProps, setup: (props) => () => h('div', props.message.id) })
const renderers: RendererMap = { product: Custom }
const transport = createSimulator({ locale: 'zh-CN' })
new Vue({ components: { KefuChat }, render: (hh) => hh(KefuChat, { props: { transport, renderers } }) })
export const engine = createConversation({ transport })
