export { StreamMessage } from './StreamMessage'
export { streamFixtures } from './fixtures'
