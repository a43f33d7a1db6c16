export { NoticeMessage } from './NoticeMessage'
export { noticeFixtures } from './fixtures'
