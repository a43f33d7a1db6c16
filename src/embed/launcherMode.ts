// Launcher mode (the default): KefuLauncher, the floating button with the unread badge and the
// preview, opening the chat in a panel. The embed drives its open state (so `open()`/`close()`
// work) and remembers it across reloads itself.
import { defineComponent, h } from 'vue'
import { KefuLauncher } from '../components/KefuLauncher/KefuLauncher'
import type { EmbedView } from './mount'

/** The root component of a launcher-mode embed. @internal */
export function launcherMode(view: EmbedView) {
  return defineComponent({
    name: 'KefuEmbedLauncher',
    setup() {
      const p = view.props
      return () => h(KefuLauncher, {
        engine: view.engine,
        locale: p.locale,
        theme: p.theme,
        title: p.title,
        avatar: p.avatar,
        strings: p.strings,
        position: p.position,
        offset: p.offset,
        notifications: p.notifications,
        open: p.open,
        persist: false,
        'onUpdate:open': (open: boolean) => view.setOpen(open),
      })
    },
  })
}
