// Kefu Kit playground (`npm run dev`): a gallery of every message kind, a live conversation with
// the simulator and an agent panel, and a payload inspector. It imports the kit only by its
// published names (`kefu-kit`, `kefu-kit/simulator`, …), which vite.config.ts maps to the sources.
import { createApp, defineComponent, h, watch, watchEffect } from 'vue'
// the kit's stylesheet, imported the way a host app does (tokens and every component's rules)
import 'kefu-kit/style.css'
import './playground.css'
import { Toolbar } from './parts/Toolbar'
import { GalleryPage } from './pages/GalleryPage'
import { ChatPage } from './pages/ChatPage'
import { InspectPage } from './pages/InspectPage'
import { LauncherPage } from './pages/LauncherPage'
import { route, settings } from './state'

const TITLES = { gallery: 'Gallery', chat: 'Live chat', inspect: 'Payload inspector', launcher: 'Launcher' } as const

const App = defineComponent({
  name: 'KefuPlayground',
  setup() {
    watchEffect(() => {
      const root = document.documentElement
      root.dataset.pgTheme = settings.theme
      root.style.colorScheme = settings.theme
      document.title = `${TITLES[route.page]} · Kefu Kit playground`
    })
    // A new page opens at its top (the browser keeps the window's scroll across hash changes, so
    // the live chat would open where the long gallery was left).
    watch(() => route.page, () => {
      window.scrollTo(0, 0)
      document.getElementById('pg-main')?.scrollTo?.(0, 0)
    }, { flush: 'post' })
    return () => {
      const page =
        route.page === 'chat'
          ? h(ChatPage, { key: 'chat' })
          : route.page === 'inspect'
            ? h(InspectPage, { key: 'inspect' })
            : route.page === 'launcher'
              ? h(LauncherPage, { key: 'launcher' })
              : h(GalleryPage, { key: 'gallery' })
      return h('div', { class: ['pg-app', `pg-app--${settings.theme}`] }, [
        h(Toolbar),
        h(
          'div',
          {
            class: ['pg-frame', settings.width === '375' ? 'pg-frame--mobile' : 'pg-frame--full'],
            'data-width': settings.width,
          },
          [h('main', { id: 'pg-main', class: 'pg-main', tabindex: '-1' }, [page])],
        ),
      ])
    }
  },
})

// Without @vitejs/plugin-vue nothing defines Vue's compile-time feature flags; set them before the
// renderer is created so the esm-bundler build neither warns nor ships devtools hooks.
Object.assign(globalThis as Record<string, unknown>, {
  __VUE_OPTIONS_API__: true,
  __VUE_PROD_DEVTOOLS__: false,
  __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
})

createApp(App).mount('#app')
