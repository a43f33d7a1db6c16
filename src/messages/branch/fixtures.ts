import type { GalleryFixture } from '../gallery'
import { fixtureMessage } from '../_shared/fixture'
import { docPayload, edgePayload } from '../_shared/wireFixture'

// built in a pure IIFE so a bundle that does not use the gallery drops it (and the decoder calls)
export const branchFixtures: GalleryFixture[] = /* @__PURE__ */ (() => [
  {
    id: 'branch-doc-intro',
    kind: 'branch',
    title: 'Branch menu (documentation example)',
    message: fixtureMessage('branch-doc-intro', docPayload('branchIntro')),
  },
  {
    id: 'branch-doc-example',
    kind: 'branch',
    title: 'Branch menu already chosen (documentation example)',
    note: '"人工" is marked chosen and the menu is locked.',
    message: fixtureMessage('branch-doc-example', docPayload('branch')),
  },
  {
    id: 'branch-desc-tail',
    kind: 'branch',
    title: 'Items with descriptions, and a tail',
    message: fixtureMessage('branch-desc-tail', {
      kind: 'branch', src: '15', header: '请选择您要办理的业务',
      items: [
        { content: '退款', desc: '7 天内未发货的订单可直接退款' },
        { content: '换货', desc: '收货后 15 天内' },
        { content: '发票', desc: '' },
        { content: '转人工' },
      ],
      tail: '以上都不是？请直接输入您的问题',
    }),
  },
  {
    id: 'branch-title-chosen',
    kind: 'branch',
    title: 'Header from `title`, chosen item with a description',
    message: fixtureMessage('branch-title-chosen', edgePayload('branchTitleSelected')),
  },
  {
    id: 'branch-pending',
    kind: 'branch',
    title: 'Choice being sent',
    note: 'pendingChoice: the item is marked as sending and the menu is locked.',
    message: fixtureMessage('branch-pending', {
      kind: 'branch', src: '15', header: '请输入您想接入的功能',
      items: [{ content: '人工' }, { content: '表单选项分支' }, { content: '表单输入' }, { content: '返回' }],
      tail: '', selected: { content: '表单输入' },
    }, { pendingChoice: true }),
  },
  {
    id: 'branch-many-items',
    kind: 'branch',
    title: 'Many items with long texts',
    message: fixtureMessage('branch-many-items', {
      kind: 'branch', src: '15', header: '请选择问题分类（共 12 项）',
      items: Array.from({ length: 12 }, (_, i) => ({
        content: i === 3 ? '一个非常非常长的选项文字，用来检查按钮在气泡里是否能正常换行而不会撑破布局' + 'x'.repeat(60) : `分类 ${i + 1}`,
        desc: i % 4 === 0 ? `分类 ${i + 1} 的说明文字` : '',
      })),
      tail: '',
    }),
  },
  {
    id: 'branch-hostile-strings',
    kind: 'branch',
    title: 'Hostile strings are text',
    note: 'Bidi override, zero-width characters, combining marks and HTML are drawn as text.',
    message: fixtureMessage('branch-hostile-strings', edgePayload('hostileStrings')),
  },
])()
