export { KefuQueueBanner } from './KefuQueueBanner'
