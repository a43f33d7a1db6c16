export { DividerMessage } from './DividerMessage'
export { dividerFixtures } from './fixtures'
