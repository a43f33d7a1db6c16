import type { GalleryFixture } from '../gallery'
import { fixtureMessage } from '../_shared/fixture'

// built in a pure IIFE so a bundle that does not use the gallery drops it (and the decoder calls)
export const noticeFixtures: GalleryFixture[] = /* @__PURE__ */ (() => [
  {
    id: 'notice-queue',
    kind: 'notice',
    title: 'Queue position',
    message: fixtureMessage('notice-queue', { kind: 'notice', notice: 'queue', text: '当前排队人数较多，您排在第 3 位，前面还有 2 人，请耐心等待', position: 3, waitNo: 2 }),
  },
  {
    id: 'notice-transfer-succeeded',
    kind: 'notice',
    title: 'Transfer to a human succeeded',
    message: fixtureMessage('notice-transfer-succeeded', { kind: 'notice', notice: 'transferSucceeded', text: '转接人工成功，812827号客服为您服务。' }),
  },
  {
    id: 'notice-transfer-failed',
    kind: 'notice',
    title: 'Transfer to a human failed',
    message: fixtureMessage('notice-transfer-failed', { kind: 'notice', notice: 'transferFailed', text: '转人工失败，请稍后再试' }),
  },
  {
    id: 'notice-off-hours',
    kind: 'notice',
    title: 'Outside working hours',
    message: fixtureMessage('notice-off-hours', { kind: 'notice', notice: 'offHours', text: '当前为非工作时间（工作日 9:00–18:00），请留言，我们会尽快回复' }),
  },
  {
    id: 'notice-info',
    kind: 'notice',
    title: 'Information',
    message: fixtureMessage('notice-info', { kind: 'notice', notice: 'info', text: '客服已结束本次服务' }),
  },
])()
