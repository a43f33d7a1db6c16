export { ImageMessage } from './ImageMessage'
export { imageFixtures } from './fixtures'
