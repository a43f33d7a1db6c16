import type { GalleryFixture } from '../gallery'
import { wireMediaMessage } from '../_shared/mediaFixture'

// built in a pure IIFE so a bundle that does not use the gallery drops it (and the decoder calls)
export const mergerFixtures: GalleryFixture[] = /* @__PURE__ */ (() => [
  {
    id: 'merger-record',
    kind: 'merger',
    title: 'Forwarded chat record',
    message: wireMediaMessage('merger-record', {
      type: 'merger', title: '张三和李四的聊天记录', count: 12,
      lines: ['张三：订单 20250115 还没发货', '李四：我帮您查一下', '李四：已经催仓库了，今天发出', '张三：好的，谢谢', '李四：不客气'],
    }),
  },
  {
    id: 'merger-empty',
    kind: 'merger',
    title: 'Forwarded record without a title or lines',
    note: 'A default title, the count from the lines.',
    message: wireMediaMessage('merger-empty', { type: 'merger', title: '', lines: [] }),
  },
  {
    id: 'merger-hostile',
    kind: 'merger',
    title: 'Forwarded record with long lines and a direction override',
    message: wireMediaMessage('merger-hostile', {
      type: 'merger', title: 'Chat \u202Egnp.exe', count: 3,
      lines: ['a'.repeat(2000), '<img src=x onerror=alert(1)>', 'مرحبا: hello'],
    }),
  },
  {
    id: 'merger-invalid',
    kind: 'invalid',
    title: 'Forwarded record whose lines are not a list',
    message: wireMediaMessage('merger-invalid', { type: 'merger', title: 'x', lines: 'a, b' }),
  },
])()
