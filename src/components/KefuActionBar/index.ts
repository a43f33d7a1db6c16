export { KefuActionBar } from './KefuActionBar'
