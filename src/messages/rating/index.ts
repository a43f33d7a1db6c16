export { RatingMessage } from './RatingMessage'
export { ratingFixtures } from './fixtures'
