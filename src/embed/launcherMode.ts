// Launcher mode: the floating button with the unread badge that opens the chat in a panel.
import { defineComponent, h } from 'vue'
import type { EmbedView } from './mount'

/** The root component of a launcher-mode embed. @internal */
export function launcherMode(view: EmbedView) {
  console.warn('[kefu-kit] the launcher is not in this build yet: the chat is shown as a fixed panel (use launcher: false with a target to place it yourself).')
  return defineComponent({
    name: 'KefuEmbedLauncher',
    setup() {
      return () => view.props.open
        ? h('div', { style: 'position:fixed;right:16px;bottom:16px;width:400px;max-width:calc(100vw - 32px);height:640px;max-height:calc(100vh - 32px);z-index:2147483000;box-shadow:0 8px 32px rgba(0,0,0,.2);border-radius:12px;overflow:hidden' }, [view.chat('100%') as never])
        : null
    },
  })
}
