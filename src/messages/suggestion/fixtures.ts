import type { GalleryFixture } from '../gallery'
import { fixtureMessage } from '../_shared/fixture'
import { docPayload } from '../_shared/wireFixture'

// built in a pure IIFE so a bundle that does not use the gallery drops it (and the decoder calls)
export const suggestionFixtures: GalleryFixture[] = /* @__PURE__ */ (() => [
  {
    id: 'suggestion-welcome-doc-example',
    kind: 'welcome',
    title: 'Welcome card (documentation example)',
    note: '8 questions: 2 batches of 5, with "another batch".',
    message: fixtureMessage('suggestion-welcome-doc-example', docPayload('welcome')),
  },
  {
    id: 'suggestion-welcome-many',
    kind: 'welcome',
    title: 'Welcome card with 25 questions',
    note: 'At most 20 are offered: 4 batches.',
    message: fixtureMessage('suggestion-welcome-many', {
      kind: 'welcome', src: '29', subtype: 'welcome_msg', title: '猜你想问', content: '以下是大家最常问的问题',
      items: Array.from({ length: 25 }, (_, i) => ({ content: `常见问题 ${i + 1}` })),
    }),
  },
  {
    id: 'suggestion-welcome-few',
    kind: 'welcome',
    title: 'Welcome card with 3 questions',
    note: 'One batch: no pager.',
    message: fixtureMessage('suggestion-welcome-few', {
      kind: 'welcome', src: '29', subtype: 'welcome_msg', title: '猜你想问', content: '',
      items: [{ content: '如何设置工作时间' }, { content: '支持哪些消息渠道' }, { content: '什么情况会进入排队' }],
    }),
  },
  {
    id: 'suggestion-clarify-doc-example',
    kind: 'clarify',
    title: 'Clarify card (documentation example)',
    message: fixtureMessage('suggestion-clarify-doc-example', docPayload('clarify')),
  },
])()
