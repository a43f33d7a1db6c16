export { OrderMessage } from './OrderMessage'
export { orderFixtures } from './fixtures'
