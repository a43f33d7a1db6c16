export { ProductMessage } from './ProductMessage'
export { productFixtures } from './fixtures'
