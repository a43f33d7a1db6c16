export { KefuHeader } from './KefuHeader'
