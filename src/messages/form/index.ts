export { FormMessage } from './FormMessage'
export { formFixtures } from './fixtures'
