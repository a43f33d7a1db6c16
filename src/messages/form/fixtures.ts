import type { GalleryFixture } from '../gallery'
import { fixtureMessage } from '../_shared/fixture'
import { docPayload, edgePayload } from '../_shared/wireFixture'

// built in a pure IIFE so a bundle that does not use the gallery drops it (and the decoder calls)
export const formFixtures: GalleryFixture[] = /* @__PURE__ */ (() => [
  {
    id: 'form-options-open',
    kind: 'form',
    title: 'Options form',
    message: fixtureMessage('form-options-open', edgePayload('formOptionsOpen')),
  },
  {
    id: 'form-options-doc-example',
    kind: 'form',
    title: 'Options form answered (documentation example)',
    message: fixtureMessage('form-options-doc-example', docPayload('formOptions')),
  },
  {
    id: 'form-options-pending',
    kind: 'form',
    title: 'Options form: answer being sent',
    message: fixtureMessage('form-options-pending', {
      kind: 'form', src: '21', header: '请选择城市', type: 1,
      items: [{ content: '北京' }, { content: '上海' }, { content: '深圳' }], selected: { content: '上海' },
    }, { pendingChoice: true }),
  },
  {
    id: 'form-text-open',
    kind: 'form',
    title: 'Text form',
    note: 'Labelled input and submit button; Enter submits (not while an IME is composing); empty is refused.',
    message: fixtureMessage('form-text-open', { kind: 'form', src: '21', header: '请输入您的手机号，方便客服回电', type: 0, items: [] }),
  },
  {
    id: 'form-text-doc-example',
    kind: 'form',
    title: 'Text form answered (documentation example)',
    message: fixtureMessage('form-text-doc-example', docPayload('formText')),
  },
  {
    id: 'form-text-pending',
    kind: 'form',
    title: 'Text form: answer being sent',
    message: fixtureMessage('form-text-pending', { kind: 'form', src: '21', header: '请输入您的手机号', type: 0, items: [], selected: { content: '13800000000' } }, { pendingChoice: true }),
  },
])()
